import { useAppInfo } from '../app/app-info';

export function SettingsScreen() {
  const info = useAppInfo();
  const database = info.database;
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p className="subtitle">Where your data lives and which version you are running.</p>
        </div>
      </header>
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
    </section>
  );
}
