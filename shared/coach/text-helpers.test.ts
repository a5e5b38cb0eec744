import { describe, expect, it } from 'vitest';
import { contentStems } from './content-words';
import { fold } from './fold';
import { buildNoteIndex, matchPhrase } from './note-index';
import { splitNote } from './note-parts';
import { PLACEHOLDER_MARK } from './placeholders';
import { LINK_MARK, toReaderText } from './reader-text';
import { splitSentences } from './sentences';
import { stem } from './stem';
import { extractUrls, normalizeUrl } from './urls';

const readerLines = (markdown: string) => toReaderText(markdown).lines.map((line) => line.text.replaceAll(LINK_MARK, ''));

describe('fold', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['Łukasz Żółć', 'lukasz zolc'],
    ['Søren Straße', 'soren strasse'],
    ['O’Brien', "o'brien"],
    ['ﬁnance', 'finance'],
    ['يُوسُف', 'يوسف'],
  ])('%s → %s', (text, folded) => expect(fold(text)).toBe(folded));
});

describe('stem', () => {
  it.each([
    [['migrate', 'migrating', 'migrated', 'migration', 'migrations'], 'migrat'],
    [['bill', 'billing', 'bills'], 'bill'],
    [['plan', 'plans', 'planning', 'planned'], 'plan'],
    [['question', 'questions', 'questioning'], 'quest'],
    [['organize', 'organise', 'organization', 'organisations', 'organizing'], 'organiz'],
    [['company', 'companies'], 'compani'],
    [['hire', 'hiring', 'hired'], 'hir'],
    [['manage', 'manager', 'managers', 'management'], 'manag'],
  ])('%j → %s', (variants, expected) => {
    for (const word of variants) expect(stem(word)).toBe(expected);
  });

  it('keeps short words and acronyms whole', () => {
    expect(['api', 'sql', 'q3', 'ux'].map(stem)).toEqual(['api', 'sql', 'q3', 'ux']);
  });
});

describe('contentStems', () => {
  it('drops stopwords, narration and promise verbs', () => {
    expect(contentStems('We discussed her move to Stripe')).toEqual(['mov', 'strip']);
    expect(contentStems('Send the case study deck', 'follow-up')).toEqual(['cas', 'studi', 'deck']);
    expect(contentStems('The', 'point')).toEqual([]);
  });
});

describe('toReaderText', () => {
  it('removes Markdown syntax and keeps what the reader sees', () => {
    const markdown = [
      '# A *title*',
      '- **bold** and _emphasis_ and ~~struck~~ and `code_span`',
      '1. [link text](https://example.com/a "Title") and ![alt text](https://example.com/i.png)',
      '> quoted \\*not emphasis\\*',
      '```',
      'const x = 1;',
      '```',
      'A snake_case_word, <br> a tag &amp; an entity.',
    ].join('\n');
    expect(readerLines(markdown)).toEqual([
      'A title',
      'bold and emphasis and struck and code_span',
      'link text and alt text',
      'quoted *not emphasis*',
      '',
      'const x = 1;',
      'A snake_case_word, a tag & an entity.',
    ]);
  });

  it('collects link targets, reference links, autolinks and bare URLs', () => {
    const { urls } = toReaderText('See [the deck][d] and <https://a.example/x> and www.b.example/y.\n\n[d]: https://c.example/deck');
    expect(urls.sort()).toEqual(['https://a.example/x', 'https://a.example/x', 'https://c.example/deck', 'www.b.example/y.']);
  });

  it('collects and masks placeholders, but not links, escapes, code, task boxes or footnotes', () => {
    const { lines, placeholders } = toReaderText(
      'Dear {{person.addressAs}}, [Company Name] <Your Name> {first name} %NAME% XXX TBD TODO lorem ipsum ____\n' +
        '[a link](https://x.example) \\[escaped\\] `{{code}}` [^1] [sic] [1] [defined]\n- [ ] task\n\n[defined]: https://d.example',
    );
    expect(placeholders).toEqual(['{{person.addressAs}}', '[Company Name]', '<Your Name>', '{first name}', '%NAME%', 'XXX', 'TBD', 'TODO', 'lorem ipsum', '____']);
    expect(lines[0]!.text.startsWith(`Dear ${PLACEHOLDER_MARK},`)).toBe(true);
    expect(lines[1]!.text).toBe(`a link${LINK_MARK} [escaped] {{code}} [^1] [sic] [1] [defined]`);
  });

  it('keeps "--" alone on a line as the signature delimiter and drops horizontal rules', () => {
    expect(readerLines('Body\n-- \nSam\n---\n***')).toEqual(['Body', '--', 'Sam', '', '']);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after titles, initials or abbreviations', () => {
    expect(splitSentences('I met Dr. Okafor and J. Smith, e.g. at lunch. It went well! Did it? Yes… https://x.example/a.b ok.').map((s) => s.text)).toEqual([
      'I met Dr. Okafor and J. Smith, e.g. at lunch.',
      'It went well!',
      'Did it?',
      'Yes…',
      'https://x.example/a.b ok.',
    ]);
  });
});

describe('splitNote', () => {
  const parts = (markdown: string) => splitNote(toReaderText(markdown).lines);

  it('separates greeting, body, closing and signature, and counts only the body', () => {
    const note = parts('Hi Priya,\n\nOne two three.\nFour five.\n\nBest regards,\nSam Lee\nEngineer at Acme');
    expect(note.greeting).toBe('Hi Priya');
    expect(note.body.map((s) => s.text)).toEqual(['One two three.', 'Four five.']);
    expect(note.closing).toBe('Best regards,');
    expect(note.bodyWords).toBe(5);
  });

  it('takes the greeting from the start of a line that goes on', () => {
    const note = parts('Hi Priya — thanks for today. It was great.\n\nThanks, Sam');
    expect(note.greeting).toBe('Hi Priya');
    expect(note.body.map((s) => s.text)).toEqual(['thanks for today.', 'It was great.']);
    expect(note.closing).toBe('Thanks, Sam');
  });

  it('keeps the names after an opener when the first line runs on without punctuation', () => {
    expect(parts('Hello Priya and thank you so much for meeting me yesterday about the role.').greeting).toBe('Hello Priya');
    expect(parts('Hello and thank you so much for meeting me yesterday about the role.').greeting).toBe('Hello');
    expect(parts('Hi Priya -\n\nThanks.').greeting).toBe('Hi Priya');
  });

  it('cuts the signature at the "-- " delimiter', () => {
    expect(parts('Priya,\n\nBody words here.\n\n-- \nSam\nhttps://samlee.dev').bodyWords).toBe(3);
  });

  it('has no greeting when the note opens straight into a sentence', () => {
    const note = parts('Thank you, Priya, for the hour on Tuesday.\n\nSam');
    expect(note.greeting).toBeNull();
    expect(note.opening).toBe('Thank you, Priya, for the hour on Tuesday.');
  });
});

describe('matchPhrase', () => {
  const index = (text: string) => buildNoteIndex(splitSentences(text), []);

  it('matches words in another order and inflection', () => {
    expect(matchPhrase(index('We discussed migrating billing.'), contentStems('Billing migration')).matched).toBe(true);
    expect(matchPhrase(index('The rotation for on-call is fair.'), contentStems('How the on-call rotation works')).matched).toBe(true);
  });

  it('needs most words of a longer point, and all of a two-word one', () => {
    expect(matchPhrase(index('Billing is hard.'), contentStems('Billing migration')).matched).toBe(false);
    const point = contentStems('Her move from consulting into product management');
    expect(matchPhrase(index('Your move from consulting into product was inspiring.'), point).matched).toBe(true);
    expect(matchPhrase(index('The product was great.'), point).matched).toBe(false);
  });

  it('does not add up words scattered far apart', () => {
    const far = `Billing is hard. ${'We talked about many other things that day. '.repeat(8)}Migration is too.`;
    expect(matchPhrase(index(far), contentStems('Billing migration')).matched).toBe(false);
  });
});

describe('urls', () => {
  it.each([
    ['https://www.Example.com/deck/', 'example.com/deck'],
    ['http://example.com/deck#slide-2', 'example.com/deck'],
    ['example.com/deck/?utm=x', 'example.com/deck?utm=x'],
    ['www.example.com.', 'example.com'],
  ])('%s → %s', (url, normal) => expect(normalizeUrl(url)).toBe(normal));

  it('finds links with a scheme, with www. and bare domains, not e-mail addresses or file names', () => {
    expect(extractUrls('See https://a.example/x, www.b.com/y and github.com/sam/repo. Mail sam@c.com about notes.txt or Node.js.')).toEqual([
      'https://a.example/x',
      'www.b.com/y',
      'github.com/sam/repo',
    ]);
  });
});
