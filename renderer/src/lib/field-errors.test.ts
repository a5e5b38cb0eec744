import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared';
import { byFieldName, fieldErrorsFrom, splitFieldErrors } from './field-errors';

const validation = (fields: { field: string; message: string }[]): AppError => ({ code: 'VALIDATION', message: 'Check the highlighted fields.', fields });

describe('splitFieldErrors', () => {
  it('keeps the first message per input and puts the rest of the messages in general', () => {
    const error = validation([
      { field: 'link', message: 'Enter a web address.' },
      { field: 'link', message: 'Too long.' },
      { field: 'odd', message: 'Something else.' },
    ]);
    expect(splitFieldErrors(error, (path) => (path === 'link' ? 'link' : undefined))).toEqual({ fields: { link: 'Enter a web address.' }, general: ['Something else.'] });
  });

  it('falls back on the error’s own message when it names no field', () => {
    expect(splitFieldErrors({ code: 'INTERNAL', message: 'The database is busy.' }, () => 'x')).toEqual({ fields: {}, general: ['The database is busy.'] });
  });
});

describe('byFieldName', () => {
  it('finds the input for nested paths and drops an update’s prefix', () => {
    const error = validation([
      { field: 'opportunity.link', message: 'Enter a web address.' },
      { field: 'opportunity.stage.0', message: 'Pick a stage.' },
      { field: 'opportunity.id', message: 'Unknown.' },
    ]);
    expect(fieldErrorsFrom(error, byFieldName(['company', 'link', 'stage'] as const, 'opportunity.'))).toEqual({ link: 'Enter a web address.', stage: 'Pick a stage.' });
  });
});
