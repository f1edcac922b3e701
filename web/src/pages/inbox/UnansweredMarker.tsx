import { Box, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An orange dot: the follower is still waiting for the brand's first answer. */
export function UnansweredMarker() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('inbox.unanswered')}>
      <Box
        component="span"
        role="img"
        aria-label={t('inbox.unanswered')}
        data-testid="unanswered-marker"
        w={8}
        h={8}
        bg="orange.6"
        style={{ borderRadius: '50%', flexShrink: 0 }}
      />
    </Tooltip>
  );
}
