import { useState } from 'react';
import { Anchor, Group, List, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuardResult } from '../../content-guard/guard';
import { localized } from '../../content-guard/localized';

const collapsedReasons = 3;

function scoreColor(score: number): string {
  if (score >= 70) return 'teal';
  if (score >= 40) return 'yellow';
  return 'red';
}

/** 0 = hard sell … 100 = soft sell, with the reasons that moved the score. */
export function SoftSellMeter({ result }: { result: GuardResult }) {
  const { t, i18n } = useTranslation();
  const score = Math.round(result.softSellScore);
  const [showAll, setShowAll] = useState(false);
  const reasons = [...result.softSellReasons].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  // The biggest movers explain the score; the rest are a click away.
  const shown = showAll ? reasons : reasons.slice(0, collapsedReasons);
  return (
    <Group align="flex-start" wrap="nowrap" gap="md" data-testid="soft-sell-score" data-score={score}>
      <RingProgress
        size={88}
        thickness={8}
        roundCaps={score > 0}
        sections={[{ value: score, color: scoreColor(score) }]}
        label={
          <Text ta="center" fw={700} size="lg">
            {score}
          </Text>
        }
        aria-label={t('compose.guard.scoreLabel', { score })}
      />
      <Stack gap={4} style={{ flex: 1 }}>
        <Text fw={600} size="sm">
          {t(score >= 70 ? 'compose.guard.scoreSoft' : score >= 40 ? 'compose.guard.scoreMixed' : 'compose.guard.scoreHard')}
        </Text>
        <List size="xs" spacing={2} data-testid="soft-sell-reasons">
          {shown.map((reason) => (
            <List.Item key={reason.code}>
              <Text span size="xs" fw={600} c={reason.delta >= 0 ? 'teal.8' : 'red.8'}>
                {reason.delta >= 0 ? `+${reason.delta}` : reason.delta}
              </Text>{' '}
              {localized(reason.message, i18n.language)}
            </List.Item>
          ))}
        </List>
        {reasons.length > collapsedReasons && (
          <Anchor component="button" type="button" size="xs" onClick={() => setShowAll(!showAll)} w="fit-content">
            {showAll ? t('compose.guard.fewerReasons') : t('compose.guard.moreReasons', { count: reasons.length - collapsedReasons })}
          </Anchor>
        )}
      </Stack>
    </Group>
  );
}
