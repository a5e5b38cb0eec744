import { describe, expect, it } from 'vitest';
import { findSectionProblems, resolveSections } from './sections';

const VALUES: Record<string, string> = { role: 'Designer', company: 'Northwind', point: '', promised: '' };
const resolve = (text: string) => resolveSections(text, (name) => (VALUES[name] ?? '') !== '', (name) => name in VALUES);

describe('resolveSections', () => {
  it('keeps a section whose field has a value, without its tags, and leaves out one whose field is empty', () => {
    expect(resolve('the {{#role}}{{role}} {{/role}}role{{#company}} at {{company}}{{/company}}.')).toBe('the {{role}} role at {{company}}.');
    expect(resolve('about {{#point}}{{point}}{{/point}}.')).toBe('about.');
  });

  it('keeps an inverted section only when the field is empty', () => {
    expect(resolve('{{^point}}[A point]{{/point}}{{^role}}no role{{/role}}')).toBe('[A point]');
  });

  it('takes the paragraph break or the space around a section it leaves out', () => {
    expect(resolve('A\n\n{{#promised}}As promised:\n{{promised}}{{/promised}}\n\nB\n')).toBe('A\n\nB\n');
    expect(resolve('A\n\n{{#promised}}\nAs promised:\n{{promised}}\n{{/promised}}\n\nB\n')).toBe('A\n\nB\n');
    expect(resolve('One. {{#point}}Two.{{/point}} Three.')).toBe('One. Three.');
    expect(resolve('{{#point}}Gone.{{/point}}\n\nB')).toBe('B');
    expect(resolve('A\n\n{{#point}}Gone.{{/point}}\n')).toBe('A\n');
    expect(resolve('- one {{#point}}more{{/point}}\n  - two')).toBe('- one\n  - two');
  });

  it('removes the lines of tags that stand alone when the section is kept', () => {
    expect(resolve('A\n\n{{#role}}\nFor {{role}}.\n{{/role}}\n\nB')).toBe('A\n\nFor {{role}}.\n\nB');
  });

  it('nests, and a section inside one left out goes with it', () => {
    expect(resolve('x{{#role}} for {{role}}{{#company}} at {{company}}{{/company}}{{/role}}.')).toBe('x for {{role}} at {{company}}.');
    expect(resolve('x{{#point}} on {{point}}{{#company}} at {{company}}{{/company}}{{/point}}.')).toBe('x.');
  });

  it('leaves sections on unknown names, and tags that pair with nothing, as written', () => {
    expect(resolve('{{#nope}}x{{/nope}} {{#point}}y {{/role}}')).toBe('{{#nope}}x{{/nope}} {{#point}}y {{/role}}');
  });
});

describe('findSectionProblems', () => {
  it('names tags that are never closed or close nothing', () => {
    expect(findSectionProblems('{{#role}}a{{/role}} {{^point}}b')).toEqual(['{{^point}} is never closed: end the section with {{/point}}.']);
    expect(findSectionProblems('a{{/promised}}')).toEqual(['{{/promised}} closes a section that was not opened.']);
    expect(findSectionProblems('{{#role}}{{#company}}{{/role}}{{/company}}')).toEqual([
      '{{#company}} is never closed: end the section with {{/company}}.',
      '{{/company}} closes a section that was not opened.',
    ]);
    expect(findSectionProblems('No sections {{role}}')).toEqual([]);
  });
});
