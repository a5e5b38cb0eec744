import { describe, expect, it } from 'vitest';
import { guessOccasion } from './guess-occasion';

describe('guessOccasion', () => {
  it.each([
    ['Phone screen: Sam Candidate / Northwind', 'interview', 'phone-screen'],
    ['Recruiter call – Senior Engineer', 'interview', 'phone-screen'],
    ['Panel interview: Senior Platform Engineer', 'interview', 'panel'],
    ['Onsite loop (4 x 45 min)', 'interview', 'panel'],
    ['On-site interview at Contoso', 'interview', 'on-site'],
    ['Interview Design Lead (Sam Candidate)', 'interview', null],
    ['Zoom interview with the hiring manager', 'interview', 'video'],
    ['Coffee chat with Priya', 'informational-interview', null],
    ['Informational interview – Dana', 'informational-interview', null],
    ['Mentoring session', 'mentoring', null],
    ['Reference check call for Sam', 'recommendation', null],
    ['', 'interview', null],
  ] as const)('%s → %s / %s', (title, kind, format) => {
    expect(guessOccasion(title)).toEqual({ kind, interviewFormat: format });
  });
});
