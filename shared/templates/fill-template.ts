import { toSingleLine } from './markdown-escape';
import type { MergeContext } from './merge-context';
import { isMergeFieldName, MERGE_FIELDS, mergeFieldPattern, type MergeFieldName } from './merge-fields';
import { mergeFieldValue, signatureOf, type MergeOutput } from './merge-values';
import type { DateFormatOptions } from './occasion-date';
import { findPrompts } from './prompts';
import { resolveSections } from './sections';
import { closingFor, followsClosingLine, withoutClosing } from './sign-off';

export interface MessageTemplate {
  subject: string;
  /** Markdown with `{{field}}` merge fields. */
  body: string;
}

export interface FilledTemplate {
  /** Plain text on one line. */
  subject: string;
  /** Markdown; the values in it are escaped so they show as typed. */
  body: string;
  /** Known fields with nothing to fill in: left in the text as `{{name}}` for the user to see. */
  unfilled: string[];
  /** Names that are not merge fields: left exactly as written. */
  unknown: string[];
  /** The template's square-bracket prompts for the writer (see findPrompts), still in the text (those in sections left out are not). */
  prompts: string[];
}

const BLOCK_FIELDS: ReadonlySet<string> = new Set(MERGE_FIELDS.filter((field) => field.shape === 'block').map((field) => field.name));
const LIST_FIELDS: ReadonlySet<string> = new Set<MergeFieldName>(['discussionPoints', 'promisedFollowUps']);

/**
 * A template filled with what was recorded. Sections (`{{#field}}…{{/field}}`, see sections.ts)
 * are resolved first: text that only makes sense with a value is left out without one. Otherwise
 * nothing is silently dropped: a field with no value stays as `{{name}}` (and is listed in
 * `unfilled`), so a sentence never reads "at ." and the coach can point at what is missing; a
 * misspelt field stays as written (listed in `unknown`). Each value is inserted once and not
 * scanned again, so a value that looks like a field stays text. The note signs off once: a
 * signature or `{{signOff}}` right below a closing line the template wrote leaves its own closing out.
 */
export function fillTemplate(template: MessageTemplate, context: MergeContext, options: DateFormatOptions = {}): FilledTemplate {
  const unfilled: string[] = [];
  const unknown: string[] = [];
  const valueOf = (name: MergeFieldName, output: MergeOutput) => mergeFieldValue(name, context, output, options);
  const resolve = (text: string, output: MergeOutput) => resolveSections(text, (name) => isMergeFieldName(name) && valueOf(name, output) !== '', isMergeFieldName);
  const fill = (text: string, output: MergeOutput) =>
    text.replace(mergeFieldPattern(), (raw: string, inner: string, offset: number) => {
      const name = inner.trim();
      if (!isMergeFieldName(name)) {
        unknown.push(name);
        return raw;
      }
      let value = valueOf(name, output);
      if (output === 'markdown' && (name === 'signOff' || name === 'me.signature')) {
        const afterClosing = followsClosingLine(text, offset);
        if (afterClosing) value = withoutClosing(signatureOf(context, output)) || valueOf('me.name', output);
        if (value === '' && name === 'signOff') {
          // No name and no signature: the closing is written, your name is left for you to see.
          unfilled.push('me.name');
          return afterClosing ? '{{me.name}}' : `${closingFor(context.occasion?.kind)}\n{{me.name}}`;
        }
      }
      if (value === '') {
        unfilled.push(name);
        return `{{${name}}}`;
      }
      return output === 'markdown' && BLOCK_FIELDS.has(name) ? placeBlock(text, offset, raw.length, value, LIST_FIELDS.has(name)) : value;
    });

  const subjectTemplate = resolve(str(template?.subject), 'plain');
  const bodyTemplate = resolve(str(template?.body).replace(/\r\n?/gu, '\n'), 'markdown');
  const subject = toSingleLine(fill(subjectTemplate, 'plain'));
  const body = fill(bodyTemplate, 'markdown');
  return {
    subject,
    body,
    unfilled: [...new Set(unfilled)],
    unknown: [...new Set(unknown)],
    prompts: findPrompts(`${subjectTemplate}\n${bodyTemplate}`),
  };
}

/**
 * A multi-line value where the field stood: later lines take the field's indentation (so a list
 * inside a list item stays inside it), and a list gets a line of its own when the template put it
 * mid-line (a list cannot start mid-paragraph, and text right after it would join its last item).
 */
function placeBlock(text: string, offset: number, length: number, value: string, isList: boolean): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const lineEnd = text.indexOf('\n', offset + length);
  const after = text.slice(offset + length, lineEnd === -1 ? text.length : lineEnd);
  const ownLine = before.trim() === '';
  const indent = ownLine ? before : '';
  const indented = value.replace(/\n/gu, `\n${indent}`);
  if (!isList) return indented;
  return `${ownLine ? '' : '\n'}${indented}${after.trim() === '' ? '' : '\n\n'}`;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
