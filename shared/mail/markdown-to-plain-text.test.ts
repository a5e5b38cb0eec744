import { describe, expect, test } from 'vitest';
import { markdownToPlainText } from '..';

const cases: { name: string; markdown: string; text: string }[] = [
  { name: 'paragraphs are kept, one blank line apart', markdown: 'Dear Priya,\n\n\n\nThank you.\n\nBest,\nSam', text: 'Dear Priya,\n\nThank you.\n\nBest,\nSam' },
  { name: 'a single line break is kept, as the preview shows it', markdown: 'Best wishes,\nSam Lee', text: 'Best wishes,\nSam Lee' },
  { name: 'emphasis markers are dropped', markdown: 'I **really** enjoyed _it_, *truly* and ~~not~~ __bold__.', text: 'I really enjoyed it, truly and not bold.' },
  { name: 'escaped markers are shown as typed', markdown: 'Call me \\*maybe\\* \\_x\\_ 2\\*3', text: 'Call me *maybe* _x_ 2*3' },
  { name: 'headings become plain lines', markdown: '# Thanks\n\nBody\n\n## Next steps\nMore', text: 'Thanks\n\nBody\n\nNext steps\n\nMore' },
  { name: 'bulleted list', markdown: '- one\n- two\n* three', text: '- one\n- two\n\n- three' },
  { name: 'numbered list keeps its start', markdown: '3. three\n4. four', text: '3. three\n4. four' },
  {
    name: 'nested lists are indented under their marker',
    markdown: '1. First\n   - a\n   - b\n2. Second\n   1. inner\n      - deepest',
    text: '1. First\n   - a\n   - b\n2. Second\n   1. inner\n      - deepest',
  },
  { name: 'loose list items stay apart', markdown: '- one\n\n- two', text: '- one\n\n- two' },
  { name: 'a list item with a second paragraph', markdown: '- one\n\n  more on one\n- two', text: '- one\n\n  more on one\n\n- two' },
  { name: 'task list', markdown: '- [ ] send slides\n- [x] thank Priya', text: '- [ ] send slides\n- [x] thank Priya' },
  { name: 'a link shows its text and URL', markdown: 'See [my talk](https://example.com/talk?x=1&y=2).', text: 'See my talk (https://example.com/talk?x=1&y=2).' },
  { name: 'a link whose text is its URL shows the URL once', markdown: '[https://example.com/](https://example.com/) and [example.com](https://example.com)', text: 'https://example.com/ and https://example.com' },
  { name: 'an autolink shows the URL once', markdown: 'Slides: <https://example.com/slides>', text: 'Slides: https://example.com/slides' },
  { name: 'a bare URL (GFM autolink) stays as it is', markdown: 'Slides: https://example.com/slides', text: 'Slides: https://example.com/slides' },
  { name: 'a mail link shows the address', markdown: '[write me](mailto:sam@example.com) or [sam@example.com](mailto:sam@example.com)', text: 'write me (sam@example.com) or sam@example.com' },
  { name: 'a link the app would not open keeps only its text', markdown: '[click](javascript:alert(1)) [file](file:///etc/passwd)', text: 'click file' },
  { name: 'inline code is verbatim, entities and markers included', markdown: 'Run `a && b` and `**x** &amp;`', text: 'Run a && b and **x** &amp;' },
  { name: 'a code block is verbatim with its indentation', markdown: '```js\nif (a < b) {\n  go();\n}\n```', text: 'if (a < b) {\n  go();\n}' },
  { name: 'an indented code block', markdown: 'Text\n\n    code  here\n    next', text: 'Text\n\ncode  here\nnext' },
  { name: 'HTML entities are decoded', markdown: 'Tom &amp; Jerry &copy; 2026 &mdash; caf&eacute; &#x1F64F; &lt;3', text: 'Tom & Jerry © 2026 — café 🙏 <3' },
  { name: 'raw HTML tags are removed, <br> is a line break', markdown: 'a<br>b <b>bold</b> <span style="x">s</span>\n\n<div>\nblock <i>it</i>\n</div>', text: 'a\nb bold s\n\nblock it' },
  { name: 'a comment disappears', markdown: 'a <!-- secret --> b', text: 'a  b' },
  { name: 'a table is one line per row, cells separated by bars', markdown: '| Who | What |\n|---|:-:|\n| Priya | the **demo** |\n| Sam | a & b |', text: 'Who | What\nPriya | the demo\nSam | a & b' },
  { name: 'a block quote keeps its marker', markdown: '> You said:\n> ship it\n\nAnd I did.', text: '> You said:\n> ship it\n\nAnd I did.' },
  { name: 'a rule is a line', markdown: 'a\n\n---\n\nb', text: 'a\n\n———\n\nb' },
  { name: 'an image becomes its description', markdown: 'Photo: ![our team at the offsite](https://example.com/p.png)', text: 'Photo: our team at the offsite' },
  { name: 'characters like & ? # % + = are left alone', markdown: 'Q&A? #1 at 100% + more = fun', text: 'Q&A? #1 at 100% + more = fun' },
  { name: 'emoji and right-to-left text pass through', markdown: 'شكرا **ليلى** 🙏🏽 — 山田様', text: 'شكرا ليلى 🙏🏽 — 山田様' },
  { name: 'CRLF input gives LF output', markdown: 'a\r\nb\r\n\r\nc', text: 'a\nb\n\nc' },
  { name: 'trailing spaces (a Markdown hard break) are not left at line ends', markdown: 'line one  \nline two', text: 'line one\nline two' },
  { name: 'empty', markdown: '', text: '' },
  { name: 'whitespace only', markdown: ' \n\n  \n', text: '' },
];

describe('markdownToPlainText', () => {
  test.each(cases)('$name', ({ markdown, text }) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });

  test('a whole thank-you note reads as a plain email', () => {
    const note = [
      'Dear Priya,',
      '',
      'Thank you for taking the time to talk about **migrating billing** to the new platform. Two things stayed with me:',
      '',
      '1. How on-call works for a team of *six*',
      '2. Your point on [idempotent retries](https://example.com/retries)',
      '',
      'As promised, here are my notes: <https://example.com/notes>',
      '',
      'Best,  ',
      'Sam',
    ].join('\n');
    expect(markdownToPlainText(note)).toBe(
      [
        'Dear Priya,',
        '',
        'Thank you for taking the time to talk about migrating billing to the new platform. Two things stayed with me:',
        '',
        '1. How on-call works for a team of six',
        '2. Your point on idempotent retries (https://example.com/retries)',
        '',
        'As promised, here are my notes: https://example.com/notes',
        '',
        'Best,',
        'Sam',
      ].join('\n'),
    );
  });

  test('a 100,000-character note converts in one piece', () => {
    const paragraph = 'Thank you for the **time** and the [link](https://example.com). '.repeat(20);
    const markdown = Array.from({ length: 75 }, () => paragraph).join('\n\n');
    const text = markdownToPlainText(markdown);
    expect(text).not.toContain('**');
    expect(text.split('\n\n').length).toBe(75);
  });
});
