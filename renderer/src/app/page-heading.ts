import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const APP_NAME = 'Thankful';

/** The window title for a screen whose main heading reads `heading`. */
export function pageTitle(heading: string | null | undefined): string {
  const text = heading?.replace(/\s+/gu, ' ').trim();
  return text ? `${text} – ${APP_NAME}` : APP_NAME;
}

/** The window title for a screen outside the app's shell (start-up errors), named by its heading. */
export function useWindowTitle(heading: string): void {
  useEffect(() => {
    document.title = pageTitle(heading);
  }, [heading]);
}

/**
 * Keeps the window title on the screen's main heading, and after a move to another screen puts
 * focus on that heading so a screen reader says where the user is and Tab goes on from there.
 *
 * Screens do not each set a title: the <h1> in `main` is the one place a screen names itself,
 * and the title follows it (also while it loads, and when a record is renamed). A screen that
 * places focus itself (the editor starts in the note) keeps it.
 */
export function usePageHeading(main: React.RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const firstScreen = useRef(true);

  useEffect(() => {
    const container = main.current;
    if (!container) return;
    const update = () => {
      const title = pageTitle(container.querySelector('h1')?.textContent);
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main]);

  useEffect(() => {
    const container = main.current;
    // The first screen after start-up: focus stays where the browser put it.
    if (!container || firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const focusHeading = (): boolean => {
      const active = document.activeElement;
      // The screen chose a place for focus (the editor), or a dialog is open: leave it.
      if (active && active !== document.body && active !== container && container.contains(active)) return true;
      if (document.querySelector('dialog[open]')) return true;
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // The heading comes with the screen's data: wait for it, but not forever.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [main, pathname]);
}
