import { describe, expect, it } from 'vitest';
import { defaultAddressAs } from './address-as';

describe('defaultAddressAs', () => {
  it.each([
    ['Priya Raman', 'Priya'],
    ['  Priya   Raman ', 'Priya'],
    ['Dr. Amara Okafor', 'Amara'],
    ['Prof Ada Lovelace', 'Ada'],
    ['Madonna', 'Madonna'],
    ['Dr.', 'Dr.'],
    ['يوسف الحسيني', 'يوسف'],
    ['Zoë 🎉', 'Zoë'],
    ['', ''],
  ])('%j → %j', (name, expected) => expect(defaultAddressAs(name)).toBe(expected));
});
