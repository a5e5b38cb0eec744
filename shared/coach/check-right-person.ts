import { quote, type CheckResult } from './check-types';
import { fold, words } from './fold';
import type { NoteParts } from './note-parts';
import { HONORIFICS, personNames, type PersonNames } from './person-names';
import { escapeRegExp } from '../text/escape-regexp';

/** Another participant of the occasion (another interviewer on the panel…). */
export interface OtherParticipant {
  name: string;
  addressAs?: string | null;
}

const TITLE = String.raw`(?:(?:${[...HONORIFICS].join('|')})\.?\s+)?`;
/** Words before ", Marcus." that make it an aside about a colleague, not words to Marcus. */
const ROLE_BEFORE = /\b(?:colleague|colleagues|manager|lead|boss|teammate|team-mate|cofounder|co-founder|founder|friend|partner|director|engineer|recruiter|designer|ceo|cto|vp|head|counterpart|peer|mentor|interviewer|coordinator|scientist|analyst|chair|panelist|panellist)\s*,\s*$/u;

/**
 * The ways a note speaks *to* someone by name, on folded text: "Dear Marcus", "Thank you, Marcus,",
 * "Hi Marcus", "Marcus, …" opening a sentence, "…, Marcus!" closing it, or "…, Marcus." after
 * "you". "Marcus mentioned…" or "your colleague, Marcus." only mention him.
 */
function addressPatterns(tokens: readonly string[]): { after: RegExp; opens: RegExp; closes: RegExp } {
  const name = `(?:${tokens.map(escapeRegExp).join('|')})`;
  return {
    after: new RegExp(String.raw`(?:^|[^\p{L}])(?:thanks|thank you|hi|hello|dear|hey)(?: again| so much| very much)?,?\s+${TITLE}${name}(?![\p{L}'])`, 'u'),
    opens: new RegExp(String.raw`^${TITLE}${name}\s*,`, 'u'),
    closes: new RegExp(String.raw`,\s*${TITLE}${name}\s*(?:([!?])|\.)?["”’)]*$`, 'u'),
  };
}

function addressesIn(sentence: string, patterns: ReturnType<typeof addressPatterns>): boolean {
  if (patterns.after.test(sentence) || patterns.opens.test(sentence)) return true;
  const close = patterns.closes.exec(sentence);
  if (!close) return false;
  const before = sentence.slice(0, close.index + 1);
  if (ROLE_BEFORE.test(before)) return false;
  return close[1] !== undefined || /\byou\b/u.test(before);
}

/**
 * Right person: the greeting, or a line of the body, speaks to another participant of the
 * occasion ("Dear Marcus," in Priya's note): the slip of a note written for one panelist and sent
 * to the next. Naming a colleague in passing ("Marcus mentioned…") is fine.
 */
export function checkRightPerson(parts: NoteParts, names: PersonNames, others: readonly OtherParticipant[] | undefined): CheckResult {
  const people = (others ?? [])
    .map((other) => {
      const theirs = personNames(other);
      const tokens = [...theirs.tokens].filter((token) => !names.tokens.has(token) && /\p{L}/u.test(token));
      return { fullName: theirs.fullName, tokens };
    })
    .filter((other) => other.tokens.length > 0 && other.fullName !== names.fullName);
  const reader = names.greetAs || names.fullName || 'this reader';
  if (people.length === 0) return { ok: true, message: 'No one else on this occasion to mix up with.' };

  if (parts.greeting !== null) {
    const greetingWords = new Set(words(fold(parts.greeting)));
    const greeted = people.filter((other) => other.tokens.some((token) => greetingWords.has(token)));
    if (greeted.length > 0) {
      const them = greeted.map((other) => other.fullName).join(' and ');
      const alsoOurs = [...names.tokens].some((token) => greetingWords.has(token));
      return alsoOurs
        ? { ok: false, message: `The greeting names ${them} too; this note is to ${reader} alone.` }
        : { ok: false, message: `The greeting is to ${them}, not ${reader}; copied from another note?` };
    }
  }
  for (const other of people) {
    const patterns = addressPatterns(other.tokens);
    for (const sentence of parts.body) {
      if (addressesIn(sentence.folded, patterns)) {
        return { ok: false, message: `${quote(sentence.text)} speaks to ${other.fullName}, not ${reader}.` };
      }
    }
  }
  return { ok: true, message: `Written to ${reader}, not to anyone else on this occasion.` };
}
