import { countWords, fold } from './fold';
import { SIGNATURE_DELIMITER, type ReaderLine } from './reader-text';
import { splitSentences, type Sentence } from './sentences';

/**
 * A note cut the way a reader reads it: the greeting ("Dear Priya"), the body, the closing
 * ("Warm regards,") and the signature below it. Checks look at the part they are about: the
 * greeting for the name, the body for everything else and for the word count.
 */
export interface NoteParts {
  /** The greeting as written, without its punctuation; null when the note opens straight into text. */
  greeting: string | null;
  /** The note's first sentence, for a note with no greeting ("Thank you, Priya, for…"). */
  opening: string;
  body: Sentence[];
  bodyWords: number;
  /** The closing line ("Best," / "Thanks again, Sam"), when there is one. */
  closing: string | null;
}

// Folded. A few other languages' openers too, for a note greeting in the reader's language.
const OPENER =
  /^(?:dear(?:est)?|hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|to whom|to the|to all|cher|chere|bonjour|hola|querid[oa]|estimad[oa]|lieber?|hallo|ciao|car[oa]|ola|عزيزي|عزيزتي|مرحبا|اهلا)(?=[\s,.:;!?—–،]|$)/u;
// The words a closing line is made of; checked against the whole (folded) line.
const CLOSING_CORE = String.raw`(?:(?:best|kind|warm|warmest|kindest|many|with|with best|with warm|with kind|all the best)\s+(?:regards|wishes|thanks)|regards|best|all the best|warmly|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?|(?:very\s+)?(?:sincerely|truly|faithfully|gratefully)\s+yours|respectfully|cheers|thanks(?:\s+(?:again|so much|a lot|again and best))?|thank you(?:\s+(?:again|so much))?|many thanks|with (?:gratitude|appreciation|thanks)|gratefully|take care|talk soon|speak soon|cordially|warm wishes|best wishes)`;
const CLOSING = new RegExp(String.raw`^${CLOSING_CORE}\s*[,.!]?$`, 'u');
const CLOSING_WITH_NAME = new RegExp(String.raw`^${CLOSING_CORE}\s*[,—–-]\s*\p{L}[\p{L}.' -]{0,40}$`, 'u');
const SIGNATURE_LINES = 6;
// Where a greeting ends on a line that goes on: "Hi Priya — thanks again for…".
const GREETING_END = /[,:;!?—–،，]|\s-\s|\.(?=\s|$)/gu;
const HONORIFIC_DOT = /(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|\p{L})$/iu;

function greetingEnd(line: string): number {
  for (const match of line.matchAll(GREETING_END)) {
    if (match[0] === '.' && HONORIFIC_DOT.test(line.slice(0, match.index))) continue;
    return match.index;
  }
  return -1;
}

const THANKS = /^(?:thanks?|thank you|many thanks|cheers)$/u;
const looksLikeNames = (segment: string) => segment.split(/\s+/u).every((word) => !/^\p{Ll}/u.test(word));

/** The greeting at the start of the first line, and the rest of that line (body text). */
export function splitGreeting(line: string): { greeting: string | null; rest: string } {
  const end = greetingEnd(line);
  const segment = (end === -1 ? line : line.slice(0, end)).replace(/[\s–—-]+$/u, '').trim();
  const rest = end === -1 ? '' : line.slice(end + 1).replace(/^[\s,:;!?—–،，-]+/u, '');
  const segmentWords = countWords(segment);
  const opener = OPENER.exec(fold(segment));
  if (opener) {
    if (segmentWords <= 8) return { greeting: segment, rest };
    // "Hello Priya and thank you so much for…": the opener and the names after it are the greeting.
    const parts = line.trim().split(/\s+/u);
    let length = countWords(opener[0]);
    while (length < parts.length && length < countWords(opener[0]) + 3 && looksLikeNames(parts[length]!) && /\p{L}/u.test(parts[length]!)) length += 1;
    return { greeting: parts.slice(0, length).join(' '), rest: parts.slice(length).join(' ') };
  }
  // "Priya," or "Priya —" alone at the start (but "Thanks, Priya!" is not a greeting named Thanks).
  if (end !== -1 && !THANKS.test(fold(segment)) && segmentWords >= 1 && segmentWords <= 3 && looksLikeNames(segment)) return { greeting: segment, rest };
  return { greeting: null, rest: line };
}

function isClosing(text: string): boolean {
  const folded = fold(text).trim();
  return CLOSING.test(folded) || CLOSING_WITH_NAME.test(folded);
}

/** The index of the closing line: the last closing-like line followed only by a short signature. */
export function findClosing(lines: readonly ReaderLine[], from: number, to: number): number {
  let nonEmptyAfter = 0;
  for (let index = to - 1; index >= from; index -= 1) {
    const text = lines[index]!.text;
    if (text === '') continue;
    if (isClosing(text)) return index;
    nonEmptyAfter += 1;
    if (nonEmptyAfter > SIGNATURE_LINES || countWords(text) > 8) return -1;
  }
  return -1;
}

export function splitNote(lines: readonly ReaderLine[]): NoteParts {
  let first = lines.findIndex((line) => line.text !== '');
  if (first === -1) return { greeting: null, opening: '', body: [], bodyWords: 0, closing: null };
  // A title heading above the greeting ("# Thank you!") reads like a subject line: skip it.
  const next = lines.findIndex((line, index) => index > first && line.text !== '');
  if (lines[first]!.heading && next !== -1 && splitGreeting(lines[next]!.text).greeting !== null) first = next;
  const delimiter = lines.findIndex((line, index) => index > first && line.text === SIGNATURE_DELIMITER);
  const end = delimiter === -1 ? lines.length : delimiter;
  const closingIndex = findClosing(lines, first + 1, end);
  const bodyEnd = closingIndex === -1 ? end : closingIndex;

  const { greeting, rest } = splitGreeting(lines[first]!.text);
  const bodyLines: ReaderLine[] = [{ text: rest, blockStart: false }, ...lines.slice(first + 1, bodyEnd)];
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of bodyLines) {
    if ((line.text === '' || line.blockStart) && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    if (line.text !== '') current.push(line.text);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));

  const body = paragraphs.flatMap(splitSentences);
  const opening = greeting === null ? (body[0]?.text ?? '') : greeting;
  return {
    greeting,
    opening,
    body,
    bodyWords: paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0),
    closing: closingIndex === -1 ? null : lines[closingIndex]!.text,
  };
}
