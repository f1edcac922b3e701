import { NavLink, Stack } from '@mantine/core';
import { IconCalendarEvent, IconChartBar, IconEar, IconInbox, IconPencil, IconSettings, type Icon } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { sectionOf, sectionPath, sections, type Section } from '../workspace/paths';

const sectionIcons: Record<Section, Icon> = {
  inbox: IconInbox,
  compose: IconPencil,
  calendar: IconCalendarEvent,
  insights: IconChartBar,
  listening: IconEar,
  settings: IconSettings,
};

export function MainNavigation() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const current = sectionOf(useLocation().pathname);

  return (
    <Stack gap={4}>
      {sections.map((section) => {
        const SectionIcon = sectionIcons[section];
        const active = section === current;
        return (
          <NavLink
            key={section}
            component={Link}
            to={sectionPath(workspace.id, section)}
            label={t(`nav.${section}`)}
            leftSection={<SectionIcon size={18} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            data-testid={`nav-${section}`}
          />
        );
      })}
    </Stack>
  );
}
