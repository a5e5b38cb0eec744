// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keepFocusInPage, returnFocus } from './return-focus';

function button(label: string, parent: HTMLElement = document.body): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = label;
  parent.append(element);
  return element;
}

describe('returnFocus', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('puts focus back on the opener when focus was lost to the page', () => {
    const opener = button('Snooze');
    const overlay = document.createElement('div');
    document.body.append(overlay);
    returnFocus(opener, overlay);
    expect(document.activeElement).toBe(opener);
  });

  it('takes focus back from inside the overlay', () => {
    const opener = button('Delete');
    const overlay = document.createElement('div');
    document.body.append(overlay);
    button('Cancel', overlay).focus();
    returnFocus(opener, overlay);
    expect(document.activeElement).toBe(opener);
  });

  it('falls back to the main content when the opener is gone', () => {
    const main = document.createElement('main');
    main.id = 'main';
    main.tabIndex = -1;
    document.body.append(main);
    const opener = button('Mark sent');
    opener.remove();
    returnFocus(opener, document.createElement('div'));
    expect(document.activeElement).toBe(main);
  });

  it('leaves focus that the overlay moved on purpose', () => {
    const opener = button('Open');
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    document.body.append(heading);
    heading.focus();
    returnFocus(opener, document.createElement('div'));
    expect(document.activeElement).toBe(heading);
  });
});

describe('keepFocusInPage', () => {
  it('moves focus to the container when the focused control is taken off the page', async () => {
    const main = document.createElement('main');
    main.tabIndex = -1;
    document.body.append(main);
    const stop = keepFocusInPage(main);
    const row = button('Mark sent', main);
    row.focus();
    row.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(main);
    stop();
  });

  it('leaves focus alone when something else was removed', async () => {
    const main = document.createElement('main');
    main.tabIndex = -1;
    document.body.append(main);
    const stop = keepFocusInPage(main);
    const kept = button('Snooze', main);
    const other = button('Skip', main);
    kept.focus();
    other.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(kept);
    stop();
  });
});
