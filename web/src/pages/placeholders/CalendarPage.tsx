import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from './ComingSoon';

export function CalendarPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('calendar.title')} description={t('calendar.comingSoon')} icon={<IconCalendarEvent size={30} />} testId="calendar-page" />;
}
