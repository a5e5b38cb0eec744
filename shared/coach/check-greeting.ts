import { quote, type CheckResult } from './check-types';
import { isStopword } from './content-words';
import { fold, words } from './fold';
import type { NoteParts } from './note-parts';
import { HONORIFICS, type PersonNames } from './person-names';
import { PLACEHOLDER_MARK } from './placeholders';

/** Words of a greeting that address nobody in particular. */
const GENERIC = new Set(
  `sir sirs madam madame team hiring manager managers committee recruiter recruiters recruiting recruitment talent
  acquisition hr human resources all everyone everybody there folks friend friends colleague colleagues whom concern
  members member panel interviewer interviewers department search ladies gentlemen guys people y'all you both
  future employer staff board company organization organisation reader whoever`.split(/\s+/u),
);
// Folded; some other languages' greetings too ("عزيزي يوسف", "Querida Ana").
const OPENERS = new Set(
  'dear dearest hi hello hey hiya howdy greetings good morning afternoon evening day to it may again cher chere bonjour hola querido querida estimado estimada liebe lieber hallo ciao caro cara ola عزيزي عزيزتي مرحبا اهلا'.split(
    ' ',
  ),
);

const isNameLike = (word: string) => word.length > 1 && !OPENERS.has(word) && !GENERIC.has(word) && !HONORIFICS.has(word) && !isStopword(word);

/**
 * Addressed by name: the greeting (or, with no greeting, the first sentence) names the person.
 * A greeting naming someone else is called out: it is the classic slip of a note copied from
 * the one written to the previous interviewer.
 */
export function checkGreeting(parts: NoteParts, names: PersonNames): CheckResult {
  if (names.tokens.size === 0) return { ok: true, message: 'No name is recorded for this person, so the greeting is not checked.' };
  const suggestion = `Dear ${names.greetAs},`;
  const greeting = parts.greeting;
  if (greeting === null) {
    if (words(fold(parts.opening)).some((word) => names.tokens.has(word))) return { ok: true, message: `Names ${names.greetAs} in the opening line.` };
    return { ok: false, message: `There is no greeting; open by addressing ${names.greetAs} by name.`, suggestion };
  }

  const greetingWords = words(fold(greeting));
  const named = greetingWords.some((word) => names.tokens.has(word));
  const generic = greetingWords.some((word) => GENERIC.has(word));
  const others = greeting
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}'’-]+/gu, ''))
    .filter((word) => {
      const parts = words(fold(word));
      return parts.length > 0 && parts.every((part) => isNameLike(part) && !names.tokens.has(part));
    });

  if (named) {
    if (others.length > 0) {
      return { ok: true, message: `Greets ${names.greetAs}, and ${others.join(' ')} too; each person deserves a note of their own.` };
    }
    return { ok: true, message: `Greets them by name: ${quote(greeting)}.` };
  }
  if (greeting.includes(PLACEHOLDER_MARK)) return { ok: false, message: `The greeting still holds a placeholder; greet ${names.greetAs} by name.`, suggestion };
  if (others.length > 0 && !generic) {
    return { ok: false, message: `The greeting names ${others.join(' ')}, but this note is for ${names.fullName}; copied from another note?`, suggestion };
  }
  return { ok: false, message: `${quote(greeting)} could be to anyone; greet ${names.greetAs} by name.`, suggestion };
}
