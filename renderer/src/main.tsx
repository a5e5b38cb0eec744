// The base stylesheet first, so each screen's own CSS (imported by its components) builds on it.
import './styles.css';
import './ui/common.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDefaultClient, type ClientStart } from './api/client';
import { ClientProvider } from './api/client-context';
import { SERVER_NOT_ANSWERING } from './api/http-transport';
import { SessionNeededScreen } from './startup/SessionNeededScreen';
import { StartupFailedScreen } from './startup/StartupFailedScreen';

const root = createRoot(document.getElementById('root')!);

void startDefaultClient().then((start) => root.render(<StrictMode>{screenFor(start)}</StrictMode>));

function screenFor(start: ClientStart): ReactNode {
  if (start.state === 'session-needed') return <SessionNeededScreen reason={start.reason} />;
  if (start.state === 'offline') return <StartupFailedScreen error={SERVER_NOT_ANSWERING} />;
  return (
    <ClientProvider client={start.client}>
      <App />
    </ClientProvider>
  );
}
