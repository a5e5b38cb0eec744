import { useSyncExternalStore } from 'react';

/**
 * Wide enough for the coach and the preview to be shown together (about 1200 px for the editor
 * beside the sidebar): the window's width, followed as it is resized.
 */
export const WIDE_EDITOR_QUERY = '(min-width: 1480px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
