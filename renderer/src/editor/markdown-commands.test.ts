import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { insertLink, toggleBold, toggleBulletList, toggleItalic, toggleNumberedList } from './markdown-commands';

/** Runs a command on `text` with the selection marked by `[` and `]` (or a cursor `|`); returns the same notation. */
function run(command: StateCommand, marked: string): string {
  const cursor = marked.indexOf('|');
  const from = cursor >= 0 ? cursor : marked.indexOf('[');
  const to = cursor >= 0 ? cursor : marked.indexOf(']') - 1;
  const doc = marked.replace(/[[\]|]/gu, '');
  let state = EditorState.create({ doc, selection: EditorSelection.single(from, to) });
  command({ state, dispatch: (tr) => (state = tr.state) });
  const { from: a, to: b } = state.selection.main;
  const text = state.doc.toString();
  return a === b ? `${text.slice(0, a)}|${text.slice(a)}` : `${text.slice(0, a)}[${text.slice(a, b)}]${text.slice(b)}`;
}

describe('formatting commands', () => {
  it('bold wraps the selection and unwraps it again', () => {
    expect(run(toggleBold, 'I [enjoyed] it')).toBe('I **[enjoyed]** it');
    expect(run(toggleBold, 'I **[enjoyed]** it')).toBe('I [enjoyed] it');
    expect(run(toggleBold, 'I [**enjoyed**] it')).toBe('I [enjoyed] it');
  });

  it('bold on a cursor leaves it between the markers, ready to type', () => {
    expect(run(toggleBold, 'I | it')).toBe('I **|** it');
  });

  it('keeps spaces at the ends of a selection outside the markers', () => {
    expect(run(toggleBold, 'I[ enjoyed ]it')).toBe('I **[enjoyed]** it');
  });

  it('italic inside bold adds a star, and takes it away again', () => {
    expect(run(toggleItalic, 'a [word] b')).toBe('a *[word]* b');
    expect(run(toggleItalic, 'a **[word]** b')).toBe('a ***[word]*** b');
    expect(run(toggleItalic, 'a ***[word]*** b')).toBe('a **[word]** b');
  });

  it('link: selected text becomes the text with the address selected; an address becomes the address', () => {
    expect(run(insertLink, 'see [the talk] now')).toBe('see [the talk]([https://]) now');
    expect(run(insertLink, 'see [https://example.com/talk] now')).toBe('see [[link text]](https://example.com/talk) now');
    expect(run(insertLink, 'see | now')).toBe('see [[link text]](https://) now');
  });

  it('bullets each selected line, skips blank ones, and takes bullets off when all have one', () => {
    expect(run(toggleBulletList, '[one\n\ntwo]')).toBe('- [one\n\n- two]');
    expect(run(toggleBulletList, '[- one\n- two]')).toBe('[one\ntwo]');
    expect(run(toggleBulletList, '1. [one]')).toBe('- [one]');
  });

  it('numbers each selected line', () => {
    expect(run(toggleNumberedList, '[one\ntwo\nthree]')).toBe('1. [one\n2. two\n3. three]');
    expect(run(toggleNumberedList, '[1. one\n2. two]')).toBe('[one\ntwo]');
  });

  it('changes nothing in a read-only note', () => {
    let state = EditorState.create({ doc: 'text', selection: EditorSelection.single(0, 4), extensions: EditorState.readOnly.of(true) });
    expect(toggleBold({ state, dispatch: (tr) => (state = tr.state) })).toBe(false);
    expect(state.doc.toString()).toBe('text');
  });
});
