import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

export function InsightsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('insights.title')} description={t('insights.comingSoon')} icon={<IconChartBar size={30} />} testId="insights-page" />;
}
