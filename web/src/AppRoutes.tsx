import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireSession } from './session/RequireSession';
import { SignInPage } from './pages/sign-in/SignInPage';
import { DefaultWorkspaceRedirect } from './workspace/DefaultWorkspaceRedirect';
import { WorkspaceRoute } from './workspace/WorkspaceRoute';
import { AppLayout } from './shell/AppLayout';
import { InboxPage } from './pages/inbox/InboxPage';
import { ComposePage } from './pages/compose/ComposePage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { InsightsPage } from './pages/insights/InsightsPage';
import { ListeningPage } from './pages/listening/ListeningPage';
import { WeeklyReportPage } from './pages/insights/WeeklyReportPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { JoinPage } from './pages/join/JoinPage';

/**
 * URL map. The workspace id is part of every signed-in URL so links can be
 * shared between officers and a reload keeps the officer where they were.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/join/:code" element={<JoinPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<DefaultWorkspaceRedirect />} />
        <Route path="w/:workspaceId" element={<WorkspaceRoute />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="inbox" replace />} />
            <Route path="inbox/:conversationId?" element={<InboxPage />} />
            <Route path="compose" element={<ComposePage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="insights" element={<InsightsPage />} />
            <Route path="insights/report" element={<WeeklyReportPage />} />
            <Route path="listening" element={<ListeningPage />} />
            <Route path="settings/:section?" element={<SettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
