import { Fragment, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import './handoff.css';
import { Icon } from '../ui/Icon';
import type { HandoffAction } from './handoff-types';
import { onMenuKeyDown } from '../lib/menu-keys';
import { readOpenAfterSaving, writeOpenAfterSaving } from './open-after-saving';
import { sendMenuItems, type SendMenuItem } from './send-menu-items';

interface Props {
  /** Why nothing can be sent yet (an empty note), or null. */
  disabledReason: string | null;
  busy: HandoffAction['kind'] | null;
  desktop: boolean;
  noAddress: boolean;
  /** Not the page's main action: a sent or skipped note's is the next one owed. */
  secondary?: boolean;
  onAction(action: HandoffAction): void;
}

/**
 * "Open in mail app", with the other ways (an .eml draft, rich or plain text on the clipboard) in
 * a menu beside it: a split button, used from the keyboard like any menu (arrows, Home, End,
 * Escape).
 */
export function SendMenu({ disabledReason, busy, desktop, noAddress, secondary = false, onAction }: Props) {
  const [open, setOpen] = useState(false);
  const [openAfterSaving, setOpenAfterSaving] = useState(readOpenAfterSaving);
  const startAt = useRef<'first' | 'last'>('first');
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const items = sendMenuItems({ desktop, noAddress, openAfterSaving });
  const disabled = disabledReason !== null;
  const look = secondary ? 'button' : 'button primary';

  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    const all = entries();
    (startAt.current === 'last' ? all.at(-1) : all[0])?.focus();
  }, [open]);

  const openMenu = (at: 'first' | 'last') => {
    startAt.current = at;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const choose = (item: SendMenuItem) => {
    close();
    onAction(item.action);
  };


  function onBlur(event: FocusEvent) {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  }

  return (
    <div className="send-area" onBlur={onBlur}>
      <div className="send-split" role="group" aria-label="Send">
        <button
          type="button"
          className={`${look} send-main`}
          disabled={disabled}
          aria-describedby={disabled ? `${id}-reason` : undefined}
          onClick={() => onAction({ kind: 'mail-app' })}
        >
          <Icon name="mail" />
          {busy === 'mail-app' ? 'Opening…' : 'Open in mail app'}
        </button>
        <button
          ref={toggle}
          type="button"
          className={`${look} send-toggle`}
          aria-label="More ways to send"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? `${id}-menu` : undefined}
          disabled={disabled}
          onClick={() => (open ? setOpen(false) : openMenu('first'))}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            event.preventDefault();
            openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
          }}
        >
          <svg className="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="M6 9l6 6 6-6" />
          </svg>
        </button>
      </div>
      {open && (
        <div ref={menu} id={`${id}-menu`} role="menu" aria-label="Ways to send" className="send-menu" tabIndex={-1} onKeyDown={(event) => onMenuKeyDown(event, close, () => setOpen(false))}>
          {items.map((item) => (
            <Fragment key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="send-menu-item"
                // Named by all it shows, label and hint (WCAG 2.5.3: the visible text is in the name).
                aria-describedby={`${id}-${item.id}-hint`}
                onClick={() => choose(item)}
              >
                <span id={`${id}-${item.id}`} className="send-menu-label">
                  {item.label}
                </span>
                <span id={`${id}-${item.id}-hint`} className="send-menu-hint">
                  {item.hint}
                </span>
              </button>
              {item.id === 'email-file' && desktop && (
                <button
                  type="button"
                  role="menuitemcheckbox"
                  tabIndex={-1}
                  aria-checked={openAfterSaving}
                  className="send-menu-item send-menu-check"
                  onClick={() => {
                    writeOpenAfterSaving(!openAfterSaving);
                    setOpenAfterSaving(!openAfterSaving);
                  }}
                >
                  <span className="send-menu-box" aria-hidden="true">
                    {openAfterSaving && <Icon name="check" />}
                  </span>
                  Open the draft after saving it
                </button>
              )}
            </Fragment>
          ))}
        </div>
      )}
      {disabledReason && (
        <p id={`${id}-reason`} className="send-reason">
          {disabledReason}
        </p>
      )}
    </div>
  );
}
