// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, findPrompts, listMergeFields } from '../../../shared';
import { findPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
  it('finds merge fields and prompts with their offsets', () => {
    const text = 'Dear {{person.addressAs}},\n\n[One sentence on what you would bring] and {{ nope }}.';
    expect(findPlaceholders(text).map(({ from, to, kind }) => ({ text: text.slice(from, to), kind }))).toEqual([
      { text: '{{person.addressAs}}', kind: 'field' },
      { text: '[One sentence on what you would bring]', kind: 'prompt' },
      { text: '{{ nope }}', kind: 'unknown-field' },
    ]);
  });

  it('does not take Markdown for prompts: links, images, references, task boxes, escapes', () => {
    expect(findPlaceholders('[a link](https://x.example) ![img](data:x) [ref][1] [1]: https://x.example - [ ] task \\[not\\] [x]')).toEqual([]);
  });

  it('agrees with shared/templates on every built-in template', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const found = findPlaceholders(template.body);
      expect(found.filter((p) => p.kind === 'prompt').map((p) => p.text)).toEqual(findPrompts(template.body));
      expect(found.filter((p) => p.kind !== 'prompt').map((p) => p.text)).toEqual(listMergeFields(template.body).map((f) => f.raw));
    }
  });
});
