import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { returnFocus } from './return-focus';

export interface ToastOptions {
  message: string;
  /** An action such as "Undo"; the toast closes after it runs. */
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
  /** How long it stays (at least the default for its kind): actions get time to be reached. */
  durationMs?: number;
}

interface Toast extends ToastOptions {
  id: number;
}

/** A message alone is read in a few seconds; an action (Undo) needs time to be reached by keyboard or switch. */
export const TOAST_MS = 6_000;
export const TOAST_WITH_ACTION_MS = 20_000;

const ToastContext = createContext<((toast: ToastOptions) => void) | null>(null);

/** Brief messages at the bottom of the window, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastOptions) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-2), { ...toast, id }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} dismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

/**
 * One toast. Its time only runs while the pointer is off it and focus is outside it (WCAG 2.2.1):
 * someone reading it or on their way to Undo never has it vanish under them.
 */
function ToastItem({ toast, dismiss }: { toast: Toast; dismiss(id: number): void }) {
  const [held, setHeld] = useState({ hover: false, focus: false });
  const minimum = toast.action ? TOAST_WITH_ACTION_MS : TOAST_MS;
  const duration = Math.max(minimum, toast.durationMs ?? 0);
  const onDismiss = () => dismiss(toast.id);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current!;
    // Undo or Dismiss pressed from the keyboard removes the focused button with the toast.
    return () => returnFocus(null, element);
  }, []);
  useEffect(() => {
    if (held.hover || held.focus) return;
    // Let go of: the full time again, so nobody is rushed after reading it.
    const timer = setTimeout(() => dismiss(toast.id), duration);
    return () => clearTimeout(timer);
  }, [held.hover, held.focus, duration, dismiss, toast.id]);
  return (
    <div
      ref={ref}
      className={`toast ${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action!.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

export function useToast(): (toast: ToastOptions) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>.');
  return show;
}
