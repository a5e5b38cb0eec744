import { useState } from 'react';
import type { Settings } from '../../../shared';
import { useQuery } from '../api/use-query';
import { useAppInfo } from '../app/app-info';
import { QueryState } from '../ui/QueryState';
import { BackupsCard } from '../backups/BackupsCard';
import { FullExportCard } from '../full-export/FullExportCard';
import { DeadlinesCard } from './DeadlinesCard';
import { RemindersCard } from './RemindersCard';
import { TemplatesCard } from './TemplatesCard';
import { YouCard } from './YouCard';
import './settings.css';


export function SettingsScreen() {
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p className="subtitle">You, your deadlines and reminders, and keeping your data safe.</p>
        </div>
      </header>
      <PreferenceCards />
      <TemplatesCard />
      <DataCards />
      <BackupsCard />
      <FullExportCard />
    </section>
  );
}

/** The "You" and "Deadlines" cards, fed by settings.get and kept current across windows. */
function PreferenceCards() {
  const { state, reload } = useQuery('settings.get', {});
  // The answer of a save shows at once (no flash of the old values while the refetch runs);
  // any newer answer from settings.get replaces it.
  const [latest, setLatest] = useState<{ from: unknown; settings: Settings } | null>(null);

  return (
    <QueryState
      state={state}
      onRetry={reload}
      look="card"
      loadingText="Loading your settings…"
      failedText="Your settings could not be loaded."
      frame={(message, busy) =>
        busy ? (
          <div className="card settings-placeholder" aria-busy="true">
            {message}
          </div>
        ) : (
          message
        )
      }
    >
      {({ data: fetched }) => {
        const saved = latest && latest.from === fetched ? latest.settings : fetched;
        const onSaved = (settings: Settings) => setLatest({ from: fetched, settings });
        return (
          <>
            <YouCard saved={saved} onSaved={onSaved} />
            <DeadlinesCard saved={saved} onSaved={onSaved} />
            <RemindersCard saved={saved} onSaved={onSaved} />
          </>
        );
      }}
    </QueryState>
  );
}

function DataCards() {
  const info = useAppInfo();
  const database = info.database;
  return (
    <>
      <div className="card">
        <h2>Your data</h2>
        <dl className="facts">
          <dt>Data folder</dt>
          <dd className="path">{info.dataDir}</dd>
          <dt>Database file</dt>
          <dd className="path">{database.path}</dd>
          {database.status === 'ok' && (
            <>
              <dt>Data format</dt>
              <dd>version {database.schemaVersion}</dd>
            </>
          )}
        </dl>
        <p className="muted">
          Everything stays on this computer. To move it, quit Thankful, move the data folder, and start Thankful with
          <code> --data-dir NEW-FOLDER</code> or the <code>THANKFUL_DATA_DIR</code> environment variable.
        </p>
      </div>
      <div className="card">
        <h2>About</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>Thankful {info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.shell === 'electron' ? 'Desktop app' : 'Browser mode (local server on this computer)'}</dd>
        </dl>
      </div>
    </>
  );
}
