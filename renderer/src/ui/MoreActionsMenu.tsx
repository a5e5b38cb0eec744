import './more-actions.css';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { onMenuKeyDown } from '../lib/menu-keys';
import { Icon, type IconName } from './Icon';

export interface MoreAction {
  /** What the item says, e.g. "Mark sent…" (an ellipsis when a dialog asks more first). */
  label: string;
  icon?: IconName;
  /** Destructive (Delete): set apart and in the danger colour. */
  danger?: boolean;
  run(): void;
}

interface Props {
  /** The button's accessible name; it starts with what the button shows ("More"). */
  label?: string;
  /** Smaller, for a row. */
  compact?: boolean;
  items: MoreAction[];
}

/**
 * "More actions": the rarer actions of a row or a page (and the destructive ones) behind one
 * button, as a menu used like any other: Enter, Space or the arrows open it, the arrows, Home and
 * End move in it, Escape closes it and returns to the button, and so does choosing an item (so a
 * dialog it opens gives the focus back to the button). Clicking elsewhere or tabbing away closes it.
 */
export function MoreActionsMenu({ label = 'More actions', compact = false, items }: Props) {
  const [open, setOpen] = useState(false);
  const [alignStart, setAlignStart] = useState(false);
  const startAt = useRef<'first' | 'last'>('first');
  const area = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();

  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Opens below the button, aligned with its end; where that would leave the window (a button at
  // the start of a narrow row), aligned with its start instead.
  useLayoutEffect(() => {
    if (!open || !menu.current) return;
    const box = menu.current.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    if (box.left < 0 || box.right > width) setAlignStart((start) => !start);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const all = entries();
    (startAt.current === 'last' ? all.at(-1) : all[0])?.focus();
    const outside = (event: PointerEvent) => {
      if (!area.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const openMenu = (at: 'first' | 'last') => {
    startAt.current = at;
    setAlignStart(false);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };


  return (
    <div
      ref={area}
      className="more-actions"
      onBlur={(event) => {
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className={compact ? 'button compact more-actions-toggle' : 'button more-actions-toggle'}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
        }}
      >
        More
        <svg className="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M6 9l6 6 6-6" />
        </svg>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={label}
          className={alignStart ? 'more-actions-menu align-start' : 'more-actions-menu'}
          tabIndex={-1}
          onKeyDown={(event) => onMenuKeyDown(event, close, () => setOpen(false))}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.danger ? 'more-actions-item danger' : 'more-actions-item'}
              onClick={() => {
                close();
                item.run();
              }}
            >
              {item.icon && <Icon name={item.icon} />}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
