import { describe, expect, it } from 'vitest';
import type { OutstandingItem } from '../../../shared';
import { bulkMessage } from '../thank-yous/bulk-message';
import { rowCommand, SHORTCUTS, type KeyLike } from './keys';
import { asksIfSent, countdown, rowLabel } from './row-text';
import { hoursText, percent } from './SummaryFigures';

const HOUR = 3_600_000;
const now = new Date('2026-03-10T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

describe('the countdown', () => {
  it('says how long is left or how late it is, from the page clock', () => {
    expect(countdown(at(5), now)).toEqual({ text: 'due in 5 h', urgency: 'soon' });
    expect(countdown(at(-2), now)).toEqual({ text: 'overdue by 2 h', urgency: 'overdue' });
    expect(countdown(at(20), now)).toEqual({ text: 'due in 20 h', urgency: 'later' });
    expect(countdown(at(0.25), now)).toEqual({ text: 'due in 15 min', urgency: 'soon' });
    expect(countdown(at(-72), now).text).toBe('overdue by 3 days');
  });

  it('moves with the clock alone', () => {
    const due = at(5);
    expect(countdown(due, new Date(now.getTime() + HOUR)).text).toBe('due in 4 h');
    expect(countdown(due, new Date(now.getTime() + 6 * HOUR)).text).toBe('overdue by 1 h');
  });
});

describe('a row as a screen reader hears it', () => {
  const item: OutstandingItem = {
    thankYouId: 1,
    status: 'pending',
    dueAt: at(-2),
    dueOverridden: false,
    snoozedUntil: null,
    channel: 'email',
    personId: 2,
    fullName: 'Priya Raman',
    company: 'Globex',
    email: null,
    occasionId: 3,
    kind: 'interview',
    interviewFormat: 'panel',
    occasionTitle: 'Panel interview',
    occasionEndsAt: at(-26),
    handedOffAt: null,
    handoffMethod: null,
  };
  it('names the person, the occasion, the time left and the state', () => {
    expect(rowLabel(item, 'overdue by 2 h', now)).toBe('Priya Raman, Globex. Interview: Panel interview. Overdue by 2 h. To do, Email.');
    expect(rowLabel({ ...item, company: '', status: 'drafted', channel: 'linkedin' }, 'due in 1 h', now)).toBe(
      'Priya Raman. Interview: Panel interview. Due in 1 h. Drafted, LinkedIn message.',
    );
  });

  it('says when the note was handed to the mail app and not marked sent yet', () => {
    const handedOff = { ...item, status: 'drafted' as const, handedOffAt: at(-2) };
    expect(rowLabel(handedOff, 'overdue by 2 h', now)).toBe(
      'Priya Raman, Globex. Interview: Panel interview. Overdue by 2 h. Drafted, Email. Handed off 2 h ago, not marked sent yet.',
    );
    // While snoozed the row shows the snooze, and so does its label.
    const snoozed = { ...handedOff, status: 'snoozed' as const, snoozedUntil: at(3) };
    expect(asksIfSent(snoozed)).toBe(false);
    expect(rowLabel(snoozed, 'overdue by 2 h', now)).not.toContain('Handed off');
  });
});

describe('the figures', () => {
  it('writes shares and durations', () => {
    expect(percent(0.8235)).toBe('82 %');
    expect(percent(1)).toBe('100 %');
    expect(hoursText(19)).toBe('19 h');
    expect(hoursText(0.5)).toBe('30 min');
    expect(hoursText(80)).toBe('3 days');
  });
});

describe('keys on a row', () => {
  const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  it('maps the shortcuts', () => {
    expect(rowCommand(key('ArrowDown'))).toEqual({ type: 'move', by: 1 });
    expect(rowCommand(key('k'))).toEqual({ type: 'move', by: -1 });
    expect(rowCommand(key('Enter'))).toEqual({ type: 'open' });
    expect(rowCommand(key('s'))).toEqual({ type: 'sent' });
    expect(rowCommand(key('z'))).toEqual({ type: 'snooze' });
    expect(rowCommand(key('x'))).toEqual({ type: 'select' });
    expect(rowCommand(key('a', { ctrlKey: true }))).toEqual({ type: 'select-all' });
  });
  it('moves between cells with ← and →, and to the ends of the list with Ctrl+Home and Ctrl+End', () => {
    expect(rowCommand(key('ArrowRight'))).toEqual({ type: 'cell', by: 1 });
    expect(rowCommand(key('ArrowLeft'))).toEqual({ type: 'cell', by: -1 });
    expect(rowCommand(key('Home'))).toEqual({ type: 'first' });
    expect(rowCommand(key('End'))).toEqual({ type: 'last' });
    expect(rowCommand(key('Home', { ctrlKey: true }))).toEqual({ type: 'grid-first' });
    expect(rowCommand(key('End', { metaKey: true }))).toEqual({ type: 'grid-last' });
  });
  it('says in the help what Enter does now: it opens the note editor', () => {
    const enter = SHORTCUTS.find((shortcut) => shortcut.keys.includes('Enter'));
    expect(enter?.what).toMatch(/note editor/u);
    expect(SHORTCUTS.map((shortcut) => shortcut.what).join(' ')).not.toMatch(/until the editor arrives/u);
  });
  it('leaves other keys and browser shortcuts alone', () => {
    expect(rowCommand(key('s', { ctrlKey: true }))).toBeNull();
    expect(rowCommand(key('ArrowDown', { altKey: true }))).toBeNull();
    expect(rowCommand(key('q'))).toBeNull();
    expect(rowCommand(key('Tab'))).toBeNull();
    expect(rowCommand(key('ArrowRight', { ctrlKey: true }))).toBeNull();
  });
});

describe('the toast after a bulk change', () => {
  const names = new Map([
    [1, 'Priya'],
    [2, 'Jonas'],
    [3, 'Mei'],
  ]);
  const nameOf = (id: number) => names.get(id);
  it('says what was done', () => {
    expect(bulkMessage('sent', { changed: [1, 2], failed: [] }, nameOf)).toEqual({ message: 'Marked 2 thank-yous as sent.', tone: 'info' });
    expect(bulkMessage('snooze', { changed: [1], failed: [] }, nameOf)).toEqual({ message: 'Snoozed 1 thank-you.', tone: 'info' });
  });
  it('names the ones that failed, and why', () => {
    const { message, tone } = bulkMessage('skip', { changed: [1], failed: [{ id: 3, message: 'It was already sent.' }] }, nameOf);
    expect(tone).toBe('error');
    expect(message).toBe('Skipped 1 of 2 thank-yous. Not changed — \u2068Mei\u2069: It was already sent.');
    expect(bulkMessage('sent', { changed: [], failed: [{ id: 9, message: 'Not found' }] }, nameOf).message).toBe('Nothing was changed. Not changed — \u2068#9\u2069: Not found.');
  });
});
