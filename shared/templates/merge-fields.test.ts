import { describe, expect, it } from 'vitest';
import { findUnknownMergeFields, isMergeFieldName, listMergeFields, MERGE_FIELDS } from './merge-fields';
import { findPrompts } from './prompts';

describe('MERGE_FIELDS', () => {
  it('declares every field once, each with a label, description and example for the editor', () => {
    const names = MERGE_FIELDS.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'person.addressAs',
      'person.fullName',
      'person.firstName',
      'person.company',
      'person.title',
      'occasion.title',
      'occasion.date',
      'occasion.kind',
      'occasion.place',
      'opportunity.role',
      'opportunity.company',
      'discussionPoints',
      'discussionPoint',
      'promisedFollowUps',
      'me.name',
      'me.signature',
      'signOff',
    ]);
    for (const field of MERGE_FIELDS) {
      expect(field.label, field.name).not.toBe('');
      expect(field.description, field.name).toMatch(/\.$/u);
      expect(field.example, field.name).not.toBe('');
    }
    expect(isMergeFieldName('person.fullName')).toBe(true);
    expect(isMergeFieldName('person.fullname')).toBe(false);
  });
});

describe('listMergeFields', () => {
  it('finds references with their positions, tolerating whitespace inside the braces', () => {
    const text = 'Hi {{person.addressAs}}, {{ opportunity.role }} and {{\tnope\t}}.';
    expect(listMergeFields(text)).toEqual([
      { name: 'person.addressAs', raw: '{{person.addressAs}}', start: 3, end: 23, known: true },
      { name: 'opportunity.role', raw: '{{ opportunity.role }}', start: 25, end: 47, known: true },
      { name: 'nope', raw: '{{\tnope\t}}', start: 52, end: 62, known: false },
    ]);
  });

  it('does not read across lines or nested braces', () => {
    expect(listMergeFields('{{person.\nfullName}} {single} {{{me.name}}}').map((reference) => reference.name)).toEqual(['me.name']);
  });
});

describe('findUnknownMergeFields', () => {
  it('lists each unknown name once, in order', () => {
    expect(findUnknownMergeFields('{{ person.name }} {{person.fullName}} {{company}} {{person.name}} {{}}')).toEqual(['person.name', 'company', '']);
  });

  it('checks the names in section tags, without their #, ^ or /', () => {
    expect(findUnknownMergeFields('{{#promisedFollowUps}}x{{/promisedFollowUps}} {{^ discussionPoint }}y{{/discussionPoint}}')).toEqual([]);
    expect(findUnknownMergeFields('{{#promised}}x{{/promised}}')).toEqual(['promised']);
    expect(listMergeFields('{{#signOff}}{{signOff}}{{/signOff}}')).toEqual([
      { name: 'signOff', raw: '{{#signOff}}', start: 0, end: 12, known: true, section: '#' },
      { name: 'signOff', raw: '{{signOff}}', start: 12, end: 23, known: true },
      { name: 'signOff', raw: '{{/signOff}}', start: 23, end: 35, known: true, section: '/' },
    ]);
  });

  it('is empty for a built-in style template', () => {
    expect(findUnknownMergeFields('Dear {{person.addressAs}},\n\n{{discussionPoints}}\n\n{{me.signature}}')).toEqual([]);
  });
});

describe('findPrompts', () => {
  it('finds square-bracket prompts but not Markdown links, images, escapes or task boxes', () => {
    const text = [
      'I came away excited. [One sentence on what you would bring to the team]',
      'See [the talk](https://example.com) and ![a picture](https://example.com/p.png), [ref][1] and \\[escaped\\].',
      '- [ ] a task',
      '[1]: https://example.com',
      'Again: [One sentence on what you would bring to the team]',
    ].join('\n');
    expect(findPrompts(text)).toEqual(['[One sentence on what you would bring to the team]']);
  });
});
