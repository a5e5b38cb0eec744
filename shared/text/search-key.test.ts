import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key';

describe('searchKey', () => {
  it('ignores case and accents', () => {
    expect(searchKey('Núñez')).toBe('nunez');
    expect(searchKey('Zoë')).toBe(searchKey('ZOE'));
    expect(searchKey('Ångström Çelik')).toBe('angstrom celik');
  });

  it('folds letters that have no decomposition to what a plain keyboard types', () => {
    expect(searchKey('Straße')).toBe('strasse');
    expect(searchKey('Łukasz Søren Đorđe')).toBe('lukasz soren dorde');
  });

  it('finds a typed accent as well as a missing one', () => {
    expect(searchKey('Müller').includes(searchKey('mü'))).toBe(true);
    expect(searchKey('Muller').includes(searchKey('Mü'))).toBe(true);
  });

  it('keeps scripts without case, and other characters, as they are', () => {
    expect(searchKey('يوسف حداد')).toBe('يوسف حداد');
    expect(searchKey('田中 & co + 100%')).toBe('田中 & co + 100%');
    expect(searchKey('🎉 Dana')).toBe('🎉 dana');
  });

  it('folds compatibility forms (full-width letters, ligatures)', () => {
    expect(searchKey('Ｊｏｈｎ ﬁsh')).toBe('john fish');
  });
});
