import { useCallback, useEffect, useMemo, useState } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { AppError, AppInfo } from '../../../shared';
import { ClientProvider, useClient } from '../api/client-context';
import { watchDataFile } from '../api/data-file-watch';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { OccasionPage } from '../occasions/OccasionPage';
import { OccasionsScreen } from '../occasions/OccasionsScreen';
import { OpportunitiesScreen } from '../opportunities/OpportunitiesScreen';
import { OpportunityPage } from '../opportunities/OpportunityPage';
import { PeopleScreen } from '../people/PeopleScreen';
import { PersonPage } from '../people/PersonPage';
import { SettingsScreen } from '../settings/SettingsScreen';
import { DatabaseErrorScreen } from '../startup/DatabaseErrorScreen';
import { SessionNeededScreen } from '../startup/SessionNeededScreen';
import { StartupFailedScreen } from '../startup/StartupFailedScreen';
import { ToastProvider } from '../ui/toast';
import { AppInfoContext } from './app-info';
import { AppShell } from './AppShell';

// Hash routes: they work the same from app://thankful/ in Electron and from the local server.
const router = createHashRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardScreen /> },
      { path: 'people', element: <PeopleScreen /> },
      { path: 'people/:personId', element: <PersonPage /> },
      { path: 'occasions', element: <OccasionsScreen /> },
      { path: 'occasions/:occasionId', element: <OccasionPage /> },
      { path: 'opportunities', element: <OpportunitiesScreen /> },
      { path: 'opportunities/:opportunityId', element: <OpportunityPage /> },
      { path: 'thanks/:thankYouId', element: <EditorScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <Navigate to="/dashboard" replace /> },
    ],
  },
]);

type Startup = { state: 'loading' } | { state: 'ready'; info: AppInfo } | { state: 'failed'; error: AppError };

export function App() {
  const client = useClient();
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });

  const readInfo = useCallback(
    () =>
      client.call('app.info').then((result) => (result.ok ? { state: 'ready', info: result.value } : { state: 'failed', error: result.error }) satisfies Startup),
    [client],
  );

  useEffect(() => {
    let cancelled = false;
    void readInfo().then((next) => {
      if (!cancelled) setStartup(next);
    });
    return () => {
      cancelled = true;
    };
  }, [readInfo]);

  // The data file went away mid-session: app.info now says so, and the error screen replaces the
  // app (the write that found it has shown its message where it happened).
  const watched = useMemo(() => watchDataFile(client, () => void readInfo().then(setStartup)), [client, readInfo]);

  if (startup.state === 'loading') return <div className="startup" aria-busy="true" />;
  // In browser mode, a refused key means the server was restarted since this tab got it.
  if (startup.state === 'failed' && startup.error.code === 'FORBIDDEN' && client.transport === 'http') return <SessionNeededScreen reason="ended" />;
  if (startup.state === 'failed') return <StartupFailedScreen error={startup.error} />;
  if (startup.info.database.status === 'error') return <DatabaseErrorScreen info={startup.info} database={startup.info.database} />;
  return (
    <ClientProvider client={watched}>
      <AppInfoContext value={startup.info}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </AppInfoContext>
    </ClientProvider>
  );
}
