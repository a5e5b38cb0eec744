import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useMediaQuery, WIDE_EDITOR_QUERY } from './use-wide-window';

interface Props {
  readOnly: boolean;
  coach: ReactNode;
  preview: ReactNode;
}

type Tab = 'coach' | 'preview';

/**
 * Beside the editor: the coach and the preview. A wide window shows both together (regions, no
 * tabs); a narrower one shows one at a time behind tabs. A sent note has only its preview.
 * Each panel scrolls on its own, so it takes the focus (tabIndex 0, named by its heading): the
 * keyboard can scroll it too.
 */
export function SidePanel({ readOnly, coach, preview }: Props) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('coach');
  const wide = useMediaQuery(WIDE_EDITOR_QUERY);
  const tabbed = !readOnly && !wide;
  const shown: Tab | 'both' = readOnly ? 'preview' : wide ? 'both' : tab;
  const tabs: { key: Tab; label: string }[] = [
    { key: 'coach', label: 'Coach' },
    { key: 'preview', label: 'Preview' },
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next: Tab = tab === 'coach' ? 'preview' : 'coach';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className={`side-pane show-${shown}${readOnly ? ' read-only' : ''}${tabbed ? ' tabbed' : ''}`}>
      {tabbed && (
        <div className="side-tabs" role="tablist" aria-label="Coach and preview" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.key}
              id={`${id}-tab-${t.key}`}
              type="button"
              role="tab"
              aria-selected={shown === t.key}
              aria-controls={`${id}-panel-${t.key}`}
              tabIndex={shown === t.key ? 0 : -1}
              className="side-tab"
              onClick={() => setTab(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      {!readOnly && (
        <section
          id={`${id}-panel-coach`}
          className="side-panel card panel-coach"
          role={tabbed ? 'tabpanel' : undefined}
          aria-labelledby={`${id}-title-coach`}
          tabIndex={0}
          hidden={shown === 'preview'}
        >
          <h2 id={`${id}-title-coach`} className="side-panel-title">
            Coach
          </h2>
          {coach}
        </section>
      )}
      <section
        id={`${id}-panel-preview`}
        className="side-panel card panel-preview"
        role={tabbed ? 'tabpanel' : undefined}
        aria-labelledby={`${id}-title-preview`}
        tabIndex={0}
        hidden={shown === 'coach'}
      >
        <h2 id={`${id}-title-preview`} className="side-panel-title">
          Preview
        </h2>
        {preview}
      </section>
    </div>
  );
}
