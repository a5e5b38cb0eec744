import { describe, expect, it } from 'vitest';
import { followUpDateOffers } from './follow-up-suggestions';

const dates = (from: string) => followUpDateOffers(from).map((offer) => `${offer.label}: ${offer.date}`);

describe('followUpDateOffers', () => {
  it('offers a week, two weeks and a calendar month after the day it was sent', () => {
    expect(dates('2026-03-10')).toEqual(['In 1 week: 2026-03-17', 'In 2 weeks: 2026-03-24', 'In 1 month: 2026-04-10']);
  });

  it('crosses months and years, and ends a month on its last day when it is shorter', () => {
    expect(dates('2026-12-28')).toEqual(['In 1 week: 2027-01-04', 'In 2 weeks: 2027-01-11', 'In 1 month: 2027-01-28']);
    expect(dates('2026-01-31').at(-1)).toBe('In 1 month: 2026-02-28');
    expect(dates('2028-01-31').at(-1)).toBe('In 1 month: 2028-02-29');
    expect(dates('2026-03-31').at(-1)).toBe('In 1 month: 2026-04-30');
  });

  it('offers nothing while the sent date is not a date', () => {
    expect(followUpDateOffers('')).toEqual([]);
    expect(followUpDateOffers('10.03.2026')).toEqual([]);
  });
});
