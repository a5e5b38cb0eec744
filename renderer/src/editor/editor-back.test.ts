import { describe, expect, it } from 'vitest';
import { editorOrigin, originLabel, routeOf } from './editor-back';

const at = (...routes: string[]) => routes.map((route) => `app://thankful/#${route}`);

describe('editorOrigin', () => {
  it('leads back through the history to the page the note was opened from', () => {
    expect(editorOrigin(null, { urls: at('/dashboard', '/occasions/4', '/thanks/9'), current: 2 })).toEqual({ path: '/occasions/4', label: 'Occasion', delta: -1 });
  });

  it('passes over notes opened one from another (a link, the next one owed, a duplicate)', () => {
    expect(editorOrigin(null, { urls: at('/people/2', '/thanks/3', '/thanks/8', '/thanks/9'), current: 3 })).toEqual({ path: '/people/2', label: 'Person', delta: -3 });
  });

  it('goes to the dashboard when the note was opened directly', () => {
    expect(editorOrigin(null, { urls: at('/thanks/9'), current: 0 })).toEqual({ path: '/dashboard', label: 'Dashboard', delta: null });
    expect(editorOrigin(null, null)).toEqual({ path: '/dashboard', label: 'Dashboard', delta: null });
  });

  it('takes the page named in the location state, through the history when it is there, else anew', () => {
    expect(editorOrigin('/opportunities/5', { urls: at('/opportunities/5', '/thanks/1', '/thanks/2'), current: 2 })).toMatchObject({ path: '/opportunities/5', delta: -2 });
    expect(editorOrigin('/opportunities/5', { urls: at('/thanks/2'), current: 0 })).toEqual({ path: '/opportunities/5', label: 'Opportunity', delta: null });
    expect(editorOrigin('/opportunities/5', null)).toMatchObject({ path: '/opportunities/5', delta: null });
  });

  it('ignores entries that are not the app’s routes', () => {
    expect(editorOrigin(null, { urls: ['https://elsewhere.example/', ...at('/thanks/2')], current: 1 })).toMatchObject({ path: '/dashboard', delta: null });
  });
});

describe('routeOf and originLabel', () => {
  it('reads the hash route and names the page', () => {
    expect(routeOf('http://127.0.0.1:5000/#/people/7?tab=notes')).toBe('/people/7');
    expect(routeOf('http://127.0.0.1:5000/')).toBeNull();
    expect(originLabel('/people')).toBe('People');
    expect(originLabel('/somewhere')).toBe('Back');
  });
});
