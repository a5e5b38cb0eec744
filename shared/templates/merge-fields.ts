import type { SectionSigil } from './sections';

/**
 * The merge fields a template may use, written `{{name}}` (spaces inside the braces are fine).
 * This list is what the template editor shows as help and what it checks names against.
 *
 * `inline` fields fill in mid-sentence; `block` fields are Markdown blocks (lists, the signature)
 * and belong on a line of their own.
 */
export interface MergeField {
  name: string;
  label: string;
  description: string;
  shape: 'inline' | 'block';
  /** What it looks like filled in, for the editor's help. */
  example: string;
}

export const MERGE_FIELDS = [
  {
    name: 'person.addressAs',
    label: 'How to greet them',
    description: 'The greeting name from their page (e.g. "Priya" or "Dr. Okafor"); their first name when none is set.',
    shape: 'inline',
    example: 'Priya',
  },
  { name: 'person.fullName', label: 'Full name', description: 'Their full name as recorded.', shape: 'inline', example: 'Priya Raman' },
  {
    name: 'person.firstName',
    label: 'First name',
    description: 'The first word of their name, skipping titles such as "Dr.".',
    shape: 'inline',
    example: 'Priya',
  },
  { name: 'person.company', label: 'Their company', description: 'The company on their page.', shape: 'inline', example: 'Northwind' },
  { name: 'person.title', label: 'Their job title', description: 'The job title on their page.', shape: 'inline', example: 'Engineering Manager' },
  {
    name: 'occasion.title',
    label: 'Occasion title',
    description: 'The title of the occasion, as it appears in your lists.',
    shape: 'inline',
    example: 'Video interview with Priya Raman at Northwind',
  },
  {
    name: 'occasion.date',
    label: 'Date',
    description: 'The day it happened, written out in your time zone.',
    shape: 'inline',
    example: 'Tuesday, March 10',
  },
  {
    name: 'occasion.kind',
    label: 'Kind of occasion',
    description: 'What it was, in words that fit a sentence (e.g. "interview", "call on my behalf", "mentoring session").',
    shape: 'inline',
    example: 'interview',
  },
  { name: 'occasion.place', label: 'Place or medium', description: 'Where it happened or how (e.g. "Zoom", "their office").', shape: 'inline', example: 'Zoom' },
  {
    name: 'opportunity.role',
    label: 'Role',
    description: 'The role of the job this is about, when the occasion is linked to one.',
    shape: 'inline',
    example: 'Senior Platform Engineer',
  },
  {
    name: 'opportunity.company',
    label: 'Company of the job',
    description: 'The company of the job this is about; their own company when no job is linked.',
    shape: 'inline',
    example: 'Northwind',
  },
  {
    name: 'discussionPoints',
    label: 'All discussion points',
    description: 'Every discussion point you recorded, as a bulleted list.',
    shape: 'block',
    example: '- the move to event sourcing\n- how on-call works',
  },
  {
    name: 'discussionPoint',
    label: 'First discussion point',
    description: 'The first discussion point you recorded, written to fit mid-sentence.',
    shape: 'inline',
    example: 'the move to event sourcing',
  },
  {
    name: 'promisedFollowUps',
    label: 'Promised follow-ups',
    description: 'What you said you would send, as a list of links (or text where there is no link).',
    shape: 'block',
    example: '- [The talk on consensus I mentioned](https://example.com/talk)',
  },
  { name: 'me.name', label: 'Your name', description: 'Your name from Settings.', shape: 'inline', example: 'Sam Lee' },
  {
    name: 'me.signature',
    label: 'Your signature',
    description: 'Your signature from Settings (Markdown); your name when you have not set one.',
    shape: 'block',
    example: 'Sam Lee · [portfolio](https://example.com)',
  },
  {
    name: 'signOff',
    label: 'Sign-off',
    description:
      'The closing line and your signature from Settings, once: a signature that starts with a closing ("Best regards,") is used as it is; otherwise a closing that fits the occasion goes above it (or above your name).',
    shape: 'block',
    example: 'Warm regards,\nSam Lee',
  },
] as const satisfies readonly MergeField[];

export type MergeFieldName = (typeof MERGE_FIELDS)[number]['name'];

const NAMES: ReadonlySet<string> = new Set(MERGE_FIELDS.map((field) => field.name));

export function isMergeFieldName(name: string): name is MergeFieldName {
  return NAMES.has(name);
}

/**
 * `{{ … }}` on one line; what is inside, trimmed, is the field's name. Section tags
 * (`{{#name}}`, `{{^name}}`, `{{/name}}`, see sections.ts) match too; fillTemplate resolves them first.
 */
export const mergeFieldPattern = (): RegExp => /\{\{([^{}\n]*)\}\}/gu;

export interface MergeFieldReference {
  /** The name inside the braces, trimmed (for a section tag, without its `#`, `^` or `/`). */
  name: string;
  /** Set for a section tag: `#` opens a section kept when the field has a value, `^` one kept when it has none, `/` closes. */
  section?: SectionSigil;
  /** The reference exactly as written, braces included. */
  raw: string;
  /** Offsets in the text (end exclusive), for editor highlights and diagnostics. */
  start: number;
  end: number;
  known: boolean;
}

/** Every `{{field}}` and section tag in a template, in order, known or not. */
export function listMergeFields(text: string): MergeFieldReference[] {
  return [...text.matchAll(mergeFieldPattern())].map((match) => {
    const inner = match[1]!.trim();
    const sigil = /^[#^/]/u.exec(inner)?.[0] as SectionSigil | undefined;
    const name = sigil ? inner.slice(1).trim() : inner;
    const reference = { name, raw: match[0], start: match.index, end: match.index + match[0].length, known: NAMES.has(name) };
    return sigil ? { ...reference, section: sigil } : reference;
  });
}

/** The names of fields that are not in MERGE_FIELDS (each once, in order of appearance). */
export function findUnknownMergeFields(text: string): string[] {
  return [...new Set(listMergeFields(text).flatMap((reference) => (reference.known ? [] : [reference.name])))];
}
