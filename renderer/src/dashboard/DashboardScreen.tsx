import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DashboardSummary, OutstandingItem } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery, type QueryState as Query } from '../api/use-query';
import { AddUpcomingToCalendar } from '../exports/AddToCalendar';
import { usePagedList } from '../api/use-paged-list';
import { useNow } from '../lib/use-now';
import { MarkSentDialog, SkipDialog, SnoozeDialog, type ThankYouRef } from '../thank-yous/ThankYouDialogs';
import { undoBulkSkip, undoBulkSnooze } from '../thank-yous/undo';
import { HowItWentOffers } from '../thank-yous/HowItWentOffers';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { bulkMessage, type BulkAction, type BulkResult } from '../thank-yous/bulk-message';
import { BulkMarkSentDialog, BulkSkipDialog, BulkSnoozeDialog } from '../thank-yous/BulkDialogs';
import { clearFilters, outstandingInput, useDashboardView } from './dashboard-view';
import { AllCaughtUp, ShortcutsHelp, Welcome } from './EmptyStates';
import { FollowUps, RecentlySent } from './FollowUps';
import { isTypingTarget } from './keys';
import { OutstandingSection } from './OutstandingSection';
import { writeNotePath, type RowAction } from './OutstandingRow';
import { SummaryFigures } from './SummaryFigures';
import './dashboard.css';

/** How often the figures are read again while the screen stays open (snoozes end, things fall due). */
const REFRESH_MS = 5 * 60_000;
const PAGE_SIZE = 100;

type OpenDialog =
  | { kind: 'sent' | 'snooze' | 'skip'; item: OutstandingItem }
  /**
   * The rows as they were when the dialog opened: a row may leave the list before the answer
   * comes, and Undo puts each back as it was.
   */
  | { kind: 'bulk'; action: BulkAction; ids: number[]; items: Map<number, OutstandingItem> }
  | { kind: 'help' }
  | null;

/**
 * The home screen: who still needs a thank-you, overdue first. The countdowns run on the page's
 * clock (one tick a minute, no database read); the figures are read again every few minutes, and
 * the list only when they show that something came back (a snooze ended) or on a change.
 */
export function DashboardScreen() {
  const navigate = useNavigate();
  const toast = useToast();
  const client = useClient();
  const [view, setView] = useDashboardView();
  const text = useDebouncedValue(view.text, 250);
  const outstanding = usePagedList('dashboard.outstanding', outstandingInput({ ...view, text }), { pageSize: PAGE_SIZE, id: 'thankYouId' });
  const summary = useQuery('dashboard.summary', {});
  const followUps = useQuery('dashboard.followUps', { limit: 20 });
  const recent = useQuery('dashboard.recentlySent', { limit: 10 });
  const settings = useQuery('settings.get', {});
  const now = useNow(60_000);
  const filterRef = useRef<HTMLInputElement>(null);
  const [dialog, setDialogState] = useState<OpenDialog>(null);
  // What had focus when a dialog opened: it gets focus back when the dialog goes (the <dialog> is
  // removed, not closed, so the browser does not do it).
  const opener = useRef<HTMLElement | null>(null);
  const setDialog = useCallback((next: OpenDialog) => {
    if (next) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialogState(next);
  }, []);
  useEffect(() => {
    if (dialog) return;
    const element = opener.current;
    opener.current = null;
    if (element?.isConnected && (document.activeElement === document.body || document.activeElement === null)) element.focus({ preventScroll: true });
  }, [dialog]);

  useListCatchUp(summary, outstanding.reload, followUps.reload, view.overdueOnly);

  // Selection: thank-yous by id, limited to the rows loaded (one that left the list is dropped).
  const items = outstanding.state.status === 'loaded' ? outstanding.state.items : null;
  const [selection, setSelection] = useState<{ ids: ReadonlySet<number>; items: OutstandingItem[] | null }>({ ids: new Set(), items });
  if (selection.items !== items) {
    const loaded = new Set((items ?? []).map((item) => item.thankYouId));
    setSelection({ ids: new Set([...selection.ids].filter((id) => loaded.has(id))), items });
  }
  const selected = selection.ids;
  const setSelected = useCallback((update: (ids: ReadonlySet<number>) => ReadonlySet<number>) => setSelection((s) => ({ ...s, ids: update(s.ids) })), []);
  const onToggle = useCallback(
    (id: number) =>
      setSelected((ids) => {
        const next = new Set(ids);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [setSelected],
  );
  const onSelectAll = useCallback(() => setSelected(() => new Set((items ?? []).map((item) => item.thankYouId))), [items, setSelected]);
  const onClearSelection = useCallback(() => setSelected(() => new Set()), [setSelected]);

  const onAction = useCallback(
    (action: RowAction, item: OutstandingItem) => {
      if (action === 'open') navigate(writeNotePath(item));
      else if (action === 'person') navigate(`/people/${item.personId}`);
      else setDialog({ kind: action, item });
    },
    [navigate, setDialog],
  );

  function onBulkDone(action: BulkAction, result: BulkResult, before: Map<number, OutstandingItem>) {
    const nameOf = (id: number) => before.get(id)?.fullName;
    const { message, tone } = bulkMessage(action, result, nameOf);
    const undone = result.changed.flatMap((id) => (before.has(id) ? [thankYouRef(before.get(id)!)] : []));
    const undo = { skip: undoBulkSkip, snooze: undoBulkSnooze, sent: null }[action];
    toast({
      message,
      tone,
      durationMs: tone === 'error' ? 12_000 : undefined,
      action: undo && undone.length > 0 ? { label: 'Undo', run: () => void undo(client, toast, undone, nameOf) } : undefined,
    });
    const changed = new Set(result.changed);
    setSelected((ids) => new Set([...ids].filter((id) => !changed.has(id))));
  }

  // "/" filters, "?" lists the shortcuts — unless the user is typing or a dialog is open.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '/') {
        event.preventDefault();
        filterRef.current?.focus();
        filterRef.current?.select();
      } else if (event.key === '?') {
        event.preventDefault();
        setDialog({ kind: 'help' });
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [setDialog]);

  const showSnoozed = () => setView((v) => ({ ...clearFilters(v), statuses: ['pending', 'drafted', 'snoozed'] }));
  const s = summary.state.status === 'loaded' ? summary.state.data : null;
  const owedNow = s ? s.overdue + s.dueNext24Hours + s.later : null;
  const listEmpty = outstanding.state.status === 'loaded' && outstanding.state.total === 0;
  const defaultChannel = settings.state.status === 'loaded' ? settings.state.data.defaultChannel : 'email';

  return (
    <section className="screen dashboard-screen" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-title">Dashboard</h1>
          <p className="subtitle">Who still needs a thank-you, overdue first.</p>
        </div>
        {s?.everRecorded !== 0 && (
          <div className="dash-header-actions">
            <AddUpcomingToCalendar />
            <button type="button" className="button compact help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={() => setDialog({ kind: 'help' })}>
              <kbd aria-hidden="true">?</kbd>
              <span className="help-label">Shortcuts</span>
            </button>
          </div>
        )}
      </header>

      {summary.state.status === 'failed' && (
        <QueryState state={summary.state} onRetry={summary.reload} look="card" failedText="The figures could not be loaded.">
          {() => null}
        </QueryState>
      )}

      {s?.everRecorded === 0 ? (
        <Welcome />
      ) : (
        <>
          {s && <SummaryFigures summary={s} onShowSnoozed={showSnoozed} />}
          {listEmpty && owedNow === 0 ? (
            <AllCaughtUp snoozed={s?.snoozed ?? 0} onShowSnoozed={showSnoozed} />
          ) : (
            (!listEmpty || s) && (
              <OutstandingSection
                outstanding={outstanding}
                view={view}
                onViewChange={setView}
                filterRef={filterRef}
                now={now}
                selected={selected}
                onToggle={onToggle}
                onSelectAll={onSelectAll}
                onClearSelection={onClearSelection}
                onAction={onAction}
                onBulk={(action) =>
                  setDialog({
                    kind: 'bulk',
                    action,
                    ids: [...selected],
                    items: new Map((items ?? []).filter((item) => selected.has(item.thankYouId)).map((item) => [item.thankYouId, item])),
                  })
                }
              />
            )
          )}
          <HowItWentOffers />
          {followUps.state.status === 'loaded' && <FollowUps items={followUps.state.data.items} now={now} />}
          {recent.state.status === 'loaded' && <RecentlySent items={recent.state.data.items} now={now} />}
        </>
      )}

      {dialog?.kind === 'sent' && (
        <MarkSentDialog
          thankYou={thankYouRef(dialog.item)}
          personName={dialog.item.fullName}
          defaultChannel={defaultChannel}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'snooze' && <SnoozeDialog thankYou={thankYouRef(dialog.item)} personName={dialog.item.fullName} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'skip' && <SkipDialog thankYou={thankYouRef(dialog.item)} personName={dialog.item.fullName} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'bulk' && dialog.action === 'sent' && (
        <BulkMarkSentDialog ids={dialog.ids} defaultChannel={defaultChannel} onClose={() => setDialog(null)} onDone={(result) => onBulkDone('sent', result, dialog.items)} />
      )}
      {dialog?.kind === 'bulk' && dialog.action === 'snooze' && <BulkSnoozeDialog ids={dialog.ids} dueAts={[...dialog.items.values()].map((item) => new Date(item.dueAt))} onClose={() => setDialog(null)} onDone={(result) => onBulkDone('snooze', result, dialog.items)} />}
      {dialog?.kind === 'bulk' && dialog.action === 'skip' && <BulkSkipDialog ids={dialog.ids} onClose={() => setDialog(null)} onDone={(result) => onBulkDone('skip', result, dialog.items)} />}
      {dialog?.kind === 'help' && <ShortcutsHelp onClose={() => setDialog(null)} />}
    </section>
  );
}

/** A row as the thank-you dialogs need it: its due time warns of a late snooze, its snooze and hand-off come back on Undo. */
function thankYouRef(item: OutstandingItem): ThankYouRef {
  return { id: item.thankYouId, channel: item.channel, dueAt: item.dueAt, snoozedUntil: item.snoozedUntil, handedOffAt: item.handedOffAt, handoffMethod: item.handoffMethod };
}

/**
 * Time passing changes what is owed without any write (a snooze ends; with "overdue only", rows
 * fall due), so no change event comes. Every few minutes, and when the window is shown again, the
 * figures are read; only if they differ in a way the list would show is the list read again. The
 * countdowns themselves need no read at all.
 */
function useListCatchUp(
  summary: { state: Query<DashboardSummary>; reload(): void },
  reloadList: () => void,
  reloadFollowUps: () => void,
  overdueOnly: boolean,
) {
  const checking = useRef(false);
  const last = useRef<string | null>(null);
  const { reload } = summary;

  useEffect(() => {
    const check = () => {
      checking.current = true;
      reload();
      reloadFollowUps();
    };
    const timer = setInterval(check, REFRESH_MS);
    const onVisible = () => document.visibilityState === 'visible' && check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, reloadFollowUps]);

  const data = summary.state.status === 'loaded' ? summary.state.data : undefined;
  useEffect(() => {
    if (!data) return;
    const signature = `${data.overdue + data.dueNext24Hours + data.later}/${data.snoozed}${overdueOnly ? `/${data.overdue}` : ''}`;
    if (checking.current && last.current !== null && signature !== last.current) reloadList();
    checking.current = false;
    last.current = signature;
  }, [data, overdueOnly, reloadList]);
}
