import { useEffect } from 'react';

/** Focus a chosen field once the dialog has opened (showModal focuses the close button first). */
export function useInitialFocus(elementId: string) {
  useEffect(() => {
    const timer = setTimeout(() => document.getElementById(elementId)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [elementId]);
}
