import { describe, expect, it } from 'vitest';
import { countsText } from './counts-text';

describe('countsText', () => {
  it('names what there is, in words, leaving out what is empty', () => {
    expect(countsText({ people: 1, occasions: 0, thankYous: 3, settings: 5 })).toBe('1 person and 3 thank-yous');
    expect(countsText({ people: 12, occasions: 30, thankYous: 41, opportunities: 1 })).toBe('12 people, 30 occasions, 41 thank-yous and 1 opportunity');
    expect(countsText({ settings: 2 })).toBe('your settings');
  });
});
