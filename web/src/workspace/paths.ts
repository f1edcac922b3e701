// Builders for in-app URLs, so no component spells a path by hand.

export type Section = 'inbox' | 'compose' | 'calendar' | 'insights' | 'listening' | 'settings';

export const sections: readonly Section[] = ['inbox', 'compose', 'calendar', 'insights', 'listening', 'settings'];

export function sectionPath(workspaceId: string, section: Section): string {
  return `/w/${encodeURIComponent(workspaceId)}/${section}`;
}

export function conversationPath(workspaceId: string, conversationId: string, search = ''): string {
  return `${sectionPath(workspaceId, 'inbox')}/${encodeURIComponent(conversationId)}${search}`;
}

/** The section of the current URL, so switching workspace keeps the officer on the same page. */
export function sectionOf(pathname: string): Section {
  const segment = pathname.split('/')[3];
  return sections.find((section) => section === segment) ?? 'inbox';
}

export type SettingsTab = 'general' | 'team' | 'channels' | 'inbox' | 'brand' | 'insights';

/** A tab of Settings ('general' is the page itself). */
export function settingsPath(workspaceId: string, tab: SettingsTab, search = ''): string {
  const base = sectionPath(workspaceId, 'settings');
  return `${tab === 'general' ? base : `${base}/${tab}`}${search}`;
}
