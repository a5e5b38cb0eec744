import { useEffect, useId, useRef, type ReactNode } from 'react';
import { returnFocus } from './return-focus';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider dialogs for forms. */
  size?: 'small' | 'large';
}

/**
 * A modal dialog on the native <dialog> element: focus is trapped inside, Escape closes it, and
 * the page behind is inert. Put `data-autofocus` on the control to start on (a form's first
 * field; the safe choice of a destructive question).
 *
 * Focus goes back to the control that opened it when it closes, whether it is closed or its
 * parent stops rendering it (the browser only restores focus on `close()`, and most dialogs here
 * are unmounted when they are done, which left focus on <body>).
 */
export function Dialog({ open, title, onClose, children, size = 'small' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); a dialog says where
      // to start with `data-autofocus`.
      dialog.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')?.focus();
    }
    return () => {
      if (dialog.open) dialog.close();
      returnFocus(opener, dialog);
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
