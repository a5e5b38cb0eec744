// The text layer of an iCalendar file: unfolded content lines, their parameters, and the
// components they nest into. What the lines mean (events, times, people) is calendar.ts's.
import { decodeText } from './decode-text';

/** A calendar file the importer cannot read; the message is for the user, naming the line when there is one. */
export class CalendarFileError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `Line ${line}: ${message}`);
    this.name = 'CalendarFileError';
    this.line = line;
  }
}

export class Property {
  private parsedParams: Map<string, string[]> | null;

  constructor(
    /** Upper case. */
    readonly name: string,
    /** The unfolded line as written. */
    readonly text: string,
    private readonly paramsStart: number,
    private readonly valueStart: number,
    /** Line in the file where the property starts (1-based). */
    readonly line: number,
    params: Map<string, string[]> | null,
  ) {
    this.parsedParams = params;
  }

  get value(): string {
    return this.text.slice(this.valueStart);
  }

  /** Upper-case names; values unquoted, RFC 6868 ^-escapes decoded. */
  get params(): Map<string, string[]> {
    this.parsedParams ??= parseParams(this.text, this.paramsStart, this.line).params;
    return this.parsedParams;
  }
}

export interface Component {
  /** Upper case. */
  name: string;
  line: number;
  properties: Property[];
  children: Component[];
}

/**
 * The file's components (the VCALENDARs, with everything inside). Throws a CalendarFileError for
 * a file that is not a calendar or whose structure is broken.
 */
export function readComponents(bytes: Uint8Array): Component[] {
  const text = decodeText(bytes, { unfold: true });
  const lines = text.split(/\r\n|\n|\r/u);
  const lineNumbers = physicalLineNumbers(bytes, lines.length);

  const calendars: Component[] = [];
  const stack: Component[] = [];
  let sawContent = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    const line = lineNumbers[index]!;
    if (stack.length === 0) {
      if (/^\s*BEGIN\s*:\s*VCALENDAR\s*$/iu.test(raw)) {
        const calendar: Component = { name: 'VCALENDAR', line, properties: [], children: [] };
        stack.push(calendar);
        sawContent = true;
        continue;
      }
      // Text after the end of a calendar (a mail footer, stray bytes) is ignored.
      if (calendars.length > 0) continue;
      throw notACalendar(raw);
    }

    const property = parseContentLine(raw, line);
    if (!property) continue;
    const parent = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      const component: Component = { name: property.value.trim().toUpperCase(), line, properties: [], children: [] };
      if (component.name === '') throw new CalendarFileError('BEGIN: does not say what it begins; the file is damaged.', line);
      parent.children.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      if (name !== parent.name) {
        throw new CalendarFileError(`END:${name} does not match BEGIN:${parent.name} on line ${parent.line}; the file is damaged.`, line);
      }
      stack.pop();
      if (stack.length === 0) calendars.push(parent);
    } else {
      parent.properties.push(property);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    throw new CalendarFileError(`BEGIN:${open.name} is never closed; the file may have been cut short.`, open.line);
  }
  if (!sawContent) throw new CalendarFileError('This file is empty. Choose a calendar invite (.ics file).');
  return calendars;
}

function notACalendar(firstLine: string): CalendarFileError {
  const start = firstLine.trim().toUpperCase();
  if (start.startsWith('BEGIN:VCARD')) {
    return new CalendarFileError('This file is not a calendar invite: it is a contacts file (vCard). Choose an .ics file.');
  }
  if (/^BEGIN:(VEVENT|VTODO)/u.test(start)) {
    return new CalendarFileError('This file is not a complete calendar invite: it does not start with BEGIN:VCALENDAR.');
  }
  return new CalendarFileError('This file is not a calendar invite (.ics file): it does not start with BEGIN:VCALENDAR.');
}

/**
 * The file line on which each unfolded line starts. A line starts a new unfolded line unless it
 * begins with a space or tab (a fold), the same rule decodeText's unfolding follows.
 */
function physicalLineNumbers(bytes: Uint8Array, count: number): number[] {
  const physical = decodeText(bytes).split(/\r\n|\n|\r/u);
  const numbers: number[] = [];
  for (let index = 0; index < physical.length; index++) {
    const text = physical[index]!;
    if (index === 0 || !(text.startsWith(' ') || text.startsWith('\t'))) numbers.push(index + 1);
  }
  // Should always match; if it ever did not, later lines would get no number rather than a wrong one.
  while (numbers.length < count) numbers.push(numbers[numbers.length - 1] ?? 1);
  return numbers;
}

const NAME = /^[A-Za-z0-9-]+$/u;

/**
 * One content line: name *(";" param) ":" value. Null for a line whose name is not a property
 * name (garbled, such as `ORGANIZER="mailto:…"`), which is ignored; a line without a colon is an error.
 * Parameters are read when first asked for (most lines' never are), except on lines where a
 * quoted parameter comes before the first colon: only reading them finds where the value starts.
 */
function parseContentLine(text: string, line: number): Property | null {
  const colon = text.indexOf(':');
  if (colon < 0) throw new CalendarFileError(`this line is not valid calendar data: “${snippet(text)}”.`, line);
  const quote = text.indexOf('"');
  const semicolon = text.indexOf(';');
  const nameEnd = semicolon >= 0 && semicolon < colon ? semicolon : colon;
  const name = text.slice(0, nameEnd).trim().toUpperCase();
  if (quote < 0 || quote > colon) {
    if (!NAME.test(name)) return null;
    return new Property(name, text, nameEnd, colon + 1, line, null);
  }
  const { params, end } = parseParams(text, nameEnd, line);
  if (!NAME.test(name)) return null;
  return new Property(name, text, nameEnd, end + 1, line, params);
}

/** The parameters from `index` (at a ";", or at the ":" when there are none) to the ":" that starts the value. */
function parseParams(text: string, start: number, line: number): { params: Map<string, string[]>; end: number } {
  const length = text.length;
  const params = new Map<string, string[]>();
  let index = start;
  while (text[index] === ';') {
    index++;
    const nameStart = index;
    while (index < length && text[index] !== '=' && text[index] !== ';' && text[index] !== ':') index++;
    const paramName = text.slice(nameStart, index).trim().toUpperCase();
    const values: string[] = [];
    if (text[index] === '=') {
      index++;
      for (;;) {
        if (text[index] === '"') {
          const close = text.indexOf('"', index + 1);
          if (close < 0) throw new CalendarFileError(`a quoted value is never closed: “${snippet(text)}”.`, line);
          values.push(text.slice(index + 1, close));
          index = close + 1;
          // Anything between the closing quote and the next separator is dropped.
          while (index < length && text[index] !== ',' && text[index] !== ';' && text[index] !== ':') index++;
        } else {
          const valueStart = index;
          while (index < length && text[index] !== ',' && text[index] !== ';' && text[index] !== ':') index++;
          values.push(text.slice(valueStart, index));
        }
        if (text[index] !== ',') break;
        index++;
      }
    }
    if (paramName !== '') params.set(paramName, [...(params.get(paramName) ?? []), ...values.map(decodeCaret)]);
  }
  if (text[index] !== ':') throw new CalendarFileError(`this line has no value (no “:” after its parameters): “${snippet(text)}”.`, line);
  return { params, end: index };
}

/** RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret. */
function decodeCaret(value: string): string {
  if (!value.includes('^')) return value;
  return value.replace(/\^([n'^])/gu, (_, code: string) => (code === 'n' ? '\n' : code === "'" ? '"' : '^'));
}

export function snippet(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

export function first(component: Component, name: string): Property | undefined {
  return component.properties.find((property) => property.name === name);
}

export function firstValue(component: Component, name: string): string {
  return first(component, name)?.value ?? '';
}

export function param(property: Property, name: string): string | undefined {
  return property.params.get(name)?.[0];
}

/** TEXT values: \n and \N are line breaks, a backslash before anything else stands for that character. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/gsu, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

export function uidOf(event: Component): string {
  return firstValue(event, 'UID').trim();
}

function serialize(component: Component, text: (property: Property, component: Component) => string = (property) => property.text): string {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map((property) => text(property, component)),
    ...component.children.map((child) => serialize(child, text)),
    `END:${component.name}`,
  ].join('\r\n');
}

/**
 * A VTIMEZONE block's text for ical.js. Outlook starts its yearly rules in 1601 (emClient in year
 * 1), and ical.js steps through every year from there on first use, which takes tens of
 * milliseconds; a yearly rule fixed by month and weekday or day gives the same changes from 1970
 * on whatever year it starts in, so such a rule is started in 1970 instead. Null for a block with
 * a rule that is not yearly: no real zone has one, and ical.js would step through, say, every
 * second since the rule's start (the TZID's name is used instead).
 */
export function serializeVtimezone(block: Component): string | null {
  const rules = block.children.flatMap((observance) => observance.properties.filter((property) => property.name === 'RRULE'));
  if (rules.some((rule) => !/(?:^|;)FREQ=YEARLY(?:;|$)/iu.test(rule.value.trim()))) return null;
  return serialize(block, (property, component) => {
    if (property.name !== 'DTSTART') return property.text;
    const rule = firstValue(component, 'RRULE').toUpperCase();
    const start = /^(\d{4})(\d{4}T\d{6})$/u.exec(property.value.trim());
    const movable = /FREQ=YEARLY/u.test(rule) && /BYMONTH=/u.test(rule) && /BY(?:DAY|MONTHDAY)=/u.test(rule) && !/COUNT=/u.test(rule);
    if (!start || !movable || Number(start[1]) >= 1970 || start[2]!.startsWith('0229')) return property.text;
    return `DTSTART:1970${start[2]}`;
  });
}
