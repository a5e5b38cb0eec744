import { z } from 'zod';

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a set of fields',
  array: 'a list',
  date: 'a date',
  null: 'empty',
};

/**
 * zod's own messages ("Invalid input: expected object, received Infinity") rewritten for a person.
 * Every field of the contract names itself in its own messages; these only speak where a schema
 * has none (a wrong type sent by a broken caller, an unknown field), and still reach a screen.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'This is required.' : `This must be ${KINDS[issue.expected] ?? issue.expected}.`;
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en');
      if (issue.origin === 'string') return `This can be at most ${max} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `At most ${max} items are allowed here.`;
      return `This can be at most ${max}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum).toLocaleString('en');
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'This cannot be empty.' : `This needs at least ${min} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? 'Add at least one.' : `Add at least ${min}.`;
      return `This must be at least ${min}.`;
    }
    case 'unrecognized_keys':
      return `Thankful does not know ${issue.keys.length === 1 ? 'the field' : 'the fields'} ${issue.keys.map((key) => `“${key}”`).join(', ')}.`;
    case 'invalid_value':
      return issue.values.length <= 8 ? `Choose one of: ${issue.values.map(String).join(', ')}.` : 'This is not one of the choices.';
    case 'invalid_format':
      return 'This is not in the expected form.';
    default:
      return 'This value is not one Thankful accepts.';
  }
}

// Also `jitless`: zod would otherwise try `new Function` to speed up objects, which the
// renderer's Content-Security-Policy refuses (and reports) on every load.
z.config({ customError: plainMessage, jitless: true });
