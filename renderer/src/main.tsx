// The base stylesheet first, so each screen's own CSS (imported by its components) builds on it.
import './styles.css';
import './ui/common.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createDefaultClient } from './api/client';
import { ClientProvider } from './api/client-context';

const client = createDefaultClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  </StrictMode>,
);
