import {describe, expect, it} from 'vitest';
import {otherLocaleInDev} from '../../../src/lib/dev-locale';

const locales = ['fr', 'en'];

describe('the development 404 names the other language', () => {
  it('on the French dev server, /en/… is the English site the reader wanted', () => {
    expect(otherLocaleInDev('/en/', 'fr', locales, 'development')).toBe('en');
    expect(otherLocaleInDev('/en/etalonnage', 'fr', locales, 'development')).toBe('en');
  });
  it('says nothing for a plain missing page, or in a build', () => {
    expect(otherLocaleInDev('/page-absente', 'fr', locales, 'development')).toBeNull();
    expect(otherLocaleInDev('/english-words', 'fr', locales, 'development')).toBeNull();
    expect(otherLocaleInDev('/en/', 'fr', locales, 'production')).toBeNull();
    expect(otherLocaleInDev('/en/', 'en', locales, 'development')).toBeNull();
  });
});
