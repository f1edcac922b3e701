import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuardResult } from '../../../content-guard/guard';
import { localized } from '../../../content-guard/localized';

function scoreColor(score: number): string {
  if (score >= 60) return 'teal';
  if (score >= 40) return 'yellow';
  return 'red';
}

/** 0 = hard sell … 100 = soft sell, with what moved it on hover. */
export function SoftSellScore({ result }: { result: GuardResult }) {
  const { t, i18n } = useTranslation();
  const reasons = (
    <Stack gap={2}>
      <Text size="xs">{t('inbox.guard.softSellHint')}</Text>
      {result.softSellReasons.map((reason) => (
        <Text key={reason.code} size="xs">
          {reason.delta > 0 ? `+${reason.delta}` : reason.delta} · {localized(reason.message, i18n.language)}
        </Text>
      ))}
    </Stack>
  );
  return (
    <Tooltip label={reasons} multiline w={280} withArrow>
      <Badge variant="light" color={scoreColor(result.softSellScore)} size="sm" data-testid="soft-sell-score" data-score={result.softSellScore}>
        {t('inbox.guard.softSell', { score: result.softSellScore })}
      </Badge>
    </Tooltip>
  );
}
