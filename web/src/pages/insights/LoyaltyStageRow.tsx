import { Badge, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { insightsApi } from '../../api/insightsApi';
import { stageColors, useStageRule } from './LoyaltySection';

/** The contact's rung on the loyalty ladder, with the rule behind it on hover (inbox contact panel). */
export function LoyaltyStageRow({ workspaceId, contactId }: { workspaceId: string; contactId: string }) {
  const { t } = useTranslation();
  const ruleOf = useStageRule();
  const loyalty = useQuery({
    queryKey: ['workspaces', workspaceId, 'insights', 'contact-loyalty', contactId],
    // 404 means the contact's messages are not counted yet (the rollup runs every 30 s): an
    // answer ("not counted yet"), not an error toast on every new follower's conversation.
    queryFn: () => insightsApi.contactLoyalty(workspaceId, contactId).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  });
  const contact = loyalty.data?.contact;
  return (
    <>
      <Text size="xs" c="dimmed">{t('insights.loyalty.stage')}</Text>
      {contact === undefined || loyalty.data === undefined || loyalty.data === null ? <Text size="xs">{t('insights.loyalty.stageUnknown')}</Text> : (
        <Tooltip label={ruleOf(contact.stage, loyalty.data.rules)} multiline w={260}>
          <Badge size="sm" variant="light" color={stageColors[contact.stage]} data-testid="contact-loyalty-stage" data-stage={contact.stage} w="fit-content">
            {t(`insights.loyalty.stages.${contact.stage}` as 'insights.loyalty.stages.new')}
          </Badge>
        </Tooltip>
      )}
    </>
  );
}
