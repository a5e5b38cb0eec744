import path from 'node:path';
import { app, dialog } from 'electron';
import { startApp } from './start-app';

/**
 * Entry point of the Electron main process, bundled to dist/main/main.cjs. Paths are relative to
 * that bundle: the preload, the UI and the backup worker are built next to it.
 */
startApp({
  preloadPath: path.join(__dirname, '../preload/preload.cjs'),
  rendererDir: path.join(__dirname, '../renderer'),
  backupWorkerPath: path.join(__dirname, 'backup-worker.cjs'),
}).catch((error: unknown) => {
  // Reached only for faults outside the backend's own reporting (a damaged database still opens
  // the window with an explanation). Say so plainly instead of leaving a process with no window.
  console.error('[thankful] Could not start:', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Thankful could not start', `Thankful could not start.\n\n${detail}`);
  app.exit(1);
});
