import { useCallback, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LogOccasionDialog } from '../occasions/LogOccasionDialog';
import { ImportInviteDialog } from '../imports/ImportInviteDialog';
import { ImportPeopleDialog } from '../imports/ImportPeopleDialog';
import { useFileDrop } from '../imports/use-file-drop';
import { ImportContext, type ImportKind, type StartImport } from './import-file';
import { Icon, type IconName } from '../ui/Icon';
import { useAppInfo } from './app-info';
import { LogOccasionContext, type OccasionPreset } from './log-occasion';
import { ariaKeys, keyLabel } from '../lib/platform-keys';
import { useToast } from '../ui/toast';
import { useBrowserReminders } from '../reminders/use-browser-reminders';
import { useOpenTarget } from './open-target';
import { takeRestoreNotice } from '../backups/restore-notice';
import { usePageHeading } from './page-heading';
import { keepFocusInPage } from '../ui/return-focus';

const SECTIONS: { to: string; label: string; icon: IconName }[] = [
  { to: '/dashboard', label: 'Dashboard', icon: 'inbox' },
  { to: '/people', label: 'People', icon: 'people' },
  { to: '/occasions', label: 'Occasions', icon: 'calendar' },
  { to: '/opportunities', label: 'Opportunities', icon: 'briefcase' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
];

/** Ctrl+L (⌘L on macOS) logs an occasion from anywhere. */
export const LOG_OCCASION_SHORTCUT = { key: 'l', label: keyLabel('Mod+L'), aria: ariaKeys('Mod+L') };

export function AppShell() {
  // While the dialog is open: what it was opened with. Asking again while it is open changes nothing.
  const [logging, setLogging] = useState<{ preset: OccasionPreset | undefined } | null>(null);
  const { database } = useAppInfo();
  const logOccasion = useCallback((preset?: OccasionPreset) => setLogging((current) => current ?? { preset }), []);
  // The import under way: which one, and the file it was started with. A new file starts it over.
  const [importing, setImporting] = useState<{ kind: ImportKind; file: File | null; id: number } | null>(null);
  // True once the open import shows what it read: another file dropped then would throw away the choices made there.
  const importEngaged = useRef(false);
  const toast = useToast();
  const startImport: StartImport = useCallback(
    (kind, file) => {
      if (importEngaged.current) {
        toast({ tone: 'error', message: 'Finish or close the import that is open before starting another one.' });
        return;
      }
      setLogging(null);
      setImporting((current) => ({ kind, file: file ?? null, id: (current?.id ?? 0) + 1 }));
    },
    [toast],
  );
  const engage = useCallback((engaged: boolean) => {
    importEngaged.current = engaged;
  }, []);
  const closeImport = useCallback(() => {
    importEngaged.current = false;
    setImporting(null);
  }, []);
  const dragging = useFileDrop(startImport);
  const main = useRef<HTMLElement>(null);
  usePageHeading(main);
  useEffect(() => keepFocusInPage(main.current!), []);
  // Notifications, the tray and the menu point somewhere; browser mode shows its own notifications.
  const openTarget = useOpenTarget(logOccasion);
  useBrowserReminders(openTarget);
  useEffect(() => {
    // The page was reloaded after a restore: say from what, once.
    const restored = takeRestoreNotice();
    if (restored) toast({ message: restored });
  }, [toast]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === LOG_OCCASION_SHORTCUT.key) {
        event.preventDefault();
        logOccasion();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [logOccasion]);

  return (
    <LogOccasionContext value={logOccasion}>
      <ImportContext value={startImport}>
        <div className="shell">
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <nav className="sidebar" aria-label="Sections">
            <div className="brand">
              <span className="brand-mark" aria-hidden="true">
                ✉
              </span>
              Thankful
            </div>
            {/* On a narrow window only the icon shows; the label stays its name, and the tooltip says it too. */}
            <button
              type="button"
              className="button primary log-button"
              onClick={() => logOccasion()}
              aria-keyshortcuts={LOG_OCCASION_SHORTCUT.aria}
              title={`Log an occasion (${LOG_OCCASION_SHORTCUT.label})`}
            >
              <Icon name="plus" />
              <span className="log-button-label">Log an occasion</span>
            </button>
            {/* The shortcut under the button, not in it: the label never wraps, and the hint is not part of its name. */}
            <p className="log-shortcut" aria-hidden="true">
              or press <kbd>{LOG_OCCASION_SHORTCUT.label}</kbd>
            </p>
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')} title={section.label}>
                    <Icon name={section.icon} />
                    <span>{section.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" ref={main} className="content" tabIndex={-1}>
            {/* Read-only: everything can be seen; said once, above every screen, before the first edit fails. */}
            {database.status === 'ok' && database.readOnly && (
              <p className="read-only-banner" role="status" data-testid="read-only-banner">
                <Icon name="alert" />
                <span>{database.readOnly}</span>
              </p>
            )}
            <Outlet />
          </main>
          <LogOccasionDialog open={logging !== null} preset={logging?.preset} onClose={() => setLogging(null)} />
          <ImportInviteDialog
            key={`invite-${importing?.id}`}
            open={importing?.kind === 'invite'}
            file={importing?.file ?? null}
            onEngaged={engage}
            onClose={closeImport}
          />
          <ImportPeopleDialog
            key={`people-${importing?.id}`}
            open={importing?.kind === 'people'}
            file={importing?.file ?? null}
            onEngaged={engage}
            onClose={closeImport}
          />
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              Drop to import
            </div>
          )}
        </div>
      </ImportContext>
    </LogOccasionContext>
  );
}
