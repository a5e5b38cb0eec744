import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError, Result } from '../../../shared';
import { AUTOSAVE_DELAY_MS, createAutosaver, RETRY_DELAYS_MS, type SavedDraft, type SaveState } from './autosaver';
import type { DraftFields } from './local-copy';

const SAVED: DraftFields = { subject: '', body: '', recipient: 'priya@example.com' };
let nextRevision = 1;
const ok = (): Result<SavedDraft> => ({ ok: true, value: { status: 'drafted', draftSavedAt: '2026-03-10T10:00:00.000Z', draftRevision: nextRevision++ } });
const fail = (code: AppError['code'], message = 'no'): Result<SavedDraft> => ({ ok: false, error: { code, message } });

function setup(answers: (() => Promise<Result<SavedDraft>>)[] = []) {
  const calls: DraftFields[] = [];
  const revisions: number[] = [];
  const states: SaveState[] = [];
  let copy: DraftFields | null = null;
  const saver = createAutosaver({
    id: 7,
    saved: SAVED,
    revision: 0,
    save: (input) => {
      revisions.push(input.draftRevision);
      calls.push({ subject: input.subject, body: input.body, recipient: input.recipient });
      return (answers.shift() ?? (() => Promise.resolve(ok())))();
    },
    keepCopy: (fields) => {
      copy = fields;
    },
    dropCopy: () => {
      copy = null;
    },
    onState: (state) => states.push(state),
    onSaved: () => {},
  });
  return { saver, calls, revisions, states, copy: () => copy, last: () => states.at(-1)?.phase };
}

const edit = (body: string): DraftFields => ({ ...SAVED, body });

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    nextRevision = 1;
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, after the typing pause', async () => {
    const { saver, calls, copy, last } = setup();
    saver.change(edit('D'));
    saver.change(edit('De'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    saver.change(edit('Dear'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([edit('Dear')]);
    expect(last()).toBe('saved');
    expect(copy()).toBeNull();
  });

  it('saves at once on flush (blur, leaving the screen)', async () => {
    const { saver, calls } = setup();
    saver.change(edit('Dear Priya'));
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([edit('Dear Priya')]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toHaveLength(1);
  });

  it('runs one save at a time and saves what was typed meanwhile right after', async () => {
    let release: (value: Result<SavedDraft>) => void = () => {};
    const { saver, calls, copy, last } = setup([() => new Promise((resolve) => (release = resolve))]);
    saver.change(edit('one'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.change(edit('one two'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(calls).toHaveLength(1);
    // Not confirmed yet: the local copy holds the newest text.
    expect(copy()).toEqual(edit('one two'));
    release(ok());
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([edit('one'), edit('one two')]);
    expect(copy()).toBeNull();
    expect(last()).toBe('saved');
  });

  it('a save asked for while another runs follows it at once, even when the screen is gone', async () => {
    let release: (value: Result<SavedDraft>) => void = () => {};
    const { saver, calls } = setup([() => new Promise((resolve) => (release = resolve))]);
    saver.change(edit('one'));
    saver.flush();
    saver.change(edit('one two'));
    saver.flush();
    saver.dispose();
    release(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([edit('one'), edit('one two')]);
  });

  it('keeps the copy and retries with growing pauses while the backend is unreachable', async () => {
    const { saver, calls, copy, states } = setup([() => Promise.resolve(fail('INTERNAL')), () => Promise.resolve(fail('INTERNAL'))]);
    saver.change(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)?.phase).toBe('retrying');
    expect(copy()).toEqual(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] - RETRY_DELAYS_MS[0]);
    expect(calls).toHaveLength(3);
    expect(states.at(-1)?.phase).toBe('saved');
    expect(copy()).toBeNull();
  });

  it('a full disk keeps the note locally and retries by itself once space may be free', async () => {
    const { saver, calls, copy, states } = setup([() => Promise.resolve(fail('DISK_FULL', 'Your disk is full, so nothing was saved.'))]);
    saver.change(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)).toMatchObject({ phase: 'retrying', error: { code: 'DISK_FULL' } });
    expect(copy()).toEqual(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(calls).toHaveLength(2);
    expect(states.at(-1)?.phase).toBe('saved');
  });

  it.each(['READ_ONLY', 'DATA_FILE_MOVED', 'DATABASE_DAMAGED'] as const)('%s stops: the note stays local, no timer retries, a change or Retry now tries again', async (code) => {
    const { saver, calls, copy, states } = setup([() => Promise.resolve(fail(code, 'Cannot be written.')), () => Promise.resolve(fail(code, 'Cannot be written.'))]);
    saver.change(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)).toEqual({ phase: 'stopped', error: { code, message: 'Cannot be written.' } });
    expect(copy()).toEqual(edit('Dear Priya'));
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)! * 2);
    expect(calls).toHaveLength(1);
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(states.at(-1)?.phase).toBe('stopped');
    saver.change(edit('Dear Priya,'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(3);
    expect(states.at(-1)?.phase).toBe('saved');
  });

  it('does not send a note over the limit; keeps it locally with the message', async () => {
    const { saver, calls, copy, states } = setup();
    const huge = 'x'.repeat(100_001);
    saver.change(edit(huge));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([]);
    const state = states.at(-1);
    expect(state?.phase).toBe('invalid');
    expect(state?.phase === 'invalid' && state.error.message).toMatch(/at most 100,000 characters/u);
    expect(copy()?.body).toBe(huge);
    // Shortened again: saved.
    saver.change(edit('short'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([edit('short')]);
  });

  it('stops saving when the note was sent meanwhile', async () => {
    const { saver, calls, states } = setup([() => Promise.resolve(fail('CONFLICT', 'This note was sent'))]);
    saver.change(edit('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)?.phase).toBe('conflict');
    saver.change(edit('ab'));
    saver.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toHaveLength(1);
  });

  it('saves nothing when the text is typed and undone, and says what is saved', async () => {
    const { saver, calls, copy, last } = setup();
    saver.change(edit('x'));
    expect(last()).toBe('saving');
    saver.change(SAVED);
    expect(last()).toBe('untouched');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([]);
    expect(copy()).toBeNull();
    saver.change(edit('y'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.change(edit('yz'));
    saver.change(edit('y'));
    expect(last()).toBe('saved');
  });

  it('saves nothing itself for text a hand-off saved, but still saves what is typed after it', async () => {
    const { saver, calls, copy, last } = setup();
    saver.change(edit('Dear Priya'));
    saver.savedElsewhere(edit('Dear Priya'), '2026-03-10T10:00:00.000Z', 5);
    expect(last()).toBe('saved');
    expect(copy()).toBeNull();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([]);

    saver.change(edit('Dear Priya,'));
    saver.savedElsewhere(edit('Dear Priya'), '2026-03-10T10:01:00.000Z', 6);
    expect(last()).toBe('saving');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([edit('Dear Priya,')]);
  });

  it('each save names the revision it was written on: the one read, then the one each save or hand-off answered', async () => {
    const { saver, revisions } = setup();
    saver.change(edit('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.change(edit('ab'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.savedElsewhere(edit('abc'), '2026-03-10T10:02:00.000Z', 9);
    expect(saver.revision()).toBe(9);
    saver.change(edit('abcd'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(revisions).toEqual([0, 1, 9]);
  });

  it('a save refused because the note was saved elsewhere stops saving and says so, keeping the text in the copy', async () => {
    const { saver, calls, copy, last } = setup([() => Promise.resolve(fail('CONFLICT', 'This note was changed in another window or tab since you opened it.'))]);
    saver.change(edit('mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(last()).toBe('conflict');
    expect(copy()).toEqual(edit('mine'));
    saver.change(edit('mine, more'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([edit('mine')]);
  });

  it('"Keep mine" after a conflict saves what this window has over the stored revision, and goes on saving', async () => {
    const { saver, calls, revisions, copy, last } = setup([() => Promise.resolve(fail('CONFLICT', 'changed elsewhere'))]);
    saver.change(edit('mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(last()).toBe('conflict');
    saver.resolve({ fields: edit('theirs'), savedAt: '2026-03-10T10:05:00.000Z', revision: 4 }, edit('mine'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([edit('mine'), edit('mine')]);
    expect(revisions).toEqual([0, 4]);
    expect(last()).toBe('saved');
    expect(copy()).toBeNull();
    saver.change(edit('mine, more'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.at(-1)).toEqual(edit('mine, more'));
  });

  it('"Keep theirs" saves nothing: the stored note is what is shown, and the next edit is written on its revision', async () => {
    const { saver, calls, revisions, copy, states } = setup([() => Promise.resolve(fail('CONFLICT', 'changed elsewhere'))]);
    saver.change(edit('mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.resolve({ fields: edit('theirs'), savedAt: '2026-03-10T10:05:00.000Z', revision: 4 }, edit('theirs'));
    expect(states.at(-1)).toEqual({ phase: 'saved', at: '2026-03-10T10:05:00.000Z' });
    expect(copy()).toBeNull();
    saver.change(edit('theirs, edited'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([edit('mine'), edit('theirs, edited')]);
    expect(revisions).toEqual([0, 4]);
  });

  it('a conflict found by a hand-off stops the saves that were waiting', async () => {
    const { saver, calls, last } = setup();
    saver.change(edit('mine'));
    saver.conflictFound({ code: 'CONFLICT', message: 'changed elsewhere' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([]);
    expect(last()).toBe('conflict');
  });
});
