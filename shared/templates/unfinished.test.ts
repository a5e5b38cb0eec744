import { describe, expect, it } from 'vitest';
import { findUnfinished, unfinishedMessage } from './unfinished';

describe('findUnfinished', () => {
  it('finds merge fields (known or not) and prompts, each once, in the order they appear', () => {
    expect(findUnfinished('[Intro] Hi {{person.addressAs}}, about {{ discussionPoint }} and {{nonsense}}. [Intro] {{person.addressAs}}')).toEqual([
      '[Intro]',
      '{{person.addressAs}}',
      '{{ discussionPoint }}',
      '{{nonsense}}',
    ]);
  });

  it('leaves Markdown alone: links, images, reference links and definitions, escaped brackets, task boxes, footnote-like numbers', () => {
    expect(findUnfinished('[deck](https://x.example) ![c](https://x.example/c.png) [ref][1] \\[sic\\] - [ ] done [x]\n\n[1]: https://x.example')).toEqual([]);
  });

  it('is empty for a finished note, also with & ? # % + and right-to-left text', () => {
    expect(findUnfinished('Dear ليلى, thanks for Q&A #2 — 100% + more? 🎉 {single braces}')).toEqual([]);
  });
});

describe('unfinishedMessage', () => {
  it('names one part, several, and says how many more past three; long prompts are cut at a word', () => {
    expect(unfinishedMessage('body', ['{{discussionPoint}}'])).toBe('The note still has “{{discussionPoint}}” to fill in. Replace it with your own words before it goes out (F8 goes to it).');
    expect(unfinishedMessage('body', ['[A]', '[B]', '[C]', '[D]', '[E]'])).toBe(
      'The note still has “[A]”, “[B]”, “[C]” and 2 more to fill in. Replace them with your own words before it goes out (F8 goes to each).',
    );
    expect(unfinishedMessage('subject', ['[One sentence on what you would bring to the team]'])).toBe(
      'The subject still has “[One sentence on what you would bring…]” to fill in. Write it in before the note goes out.',
    );
  });
});
