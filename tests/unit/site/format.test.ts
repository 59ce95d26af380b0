import {describe, expect, it} from 'vitest';
import {formatCurrency, formatDate, formatNumber, formatPercent, formatPoints} from '../../../src/lib/format';

const NBSP = '\u00A0';

describe('fr-CA and en-CA number formats', () => {
  it('groups thousands with a no-break space in French and a comma in English', () => {
    expect(formatNumber(1006000, 'fr')).toBe(`1${NBSP}006${NBSP}000`);
    expect(formatNumber(1006000, 'en')).toBe('1,006,000');
    expect(formatNumber(999, 'fr')).toBe('999');
  });

  it('writes percentages as "12,5 %" and "12.5%"', () => {
    expect(formatPercent(12.5, 'fr')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(80, 'fr')).toBe(`80${NBSP}%`);
  });

  it('writes dollars as "200 000 $" and "$200,000"', () => {
    expect(formatCurrency(200000, 'fr')).toBe(`200${NBSP}000${NBSP}$`);
    expect(formatCurrency(200000, 'en')).toBe('$200,000');
    expect(formatCurrency(4.5, 'fr')).toBe(`4,50${NBSP}$`);
    expect(formatCurrency(-1000, 'en')).toBe('−$1,000');
  });

  it('signs gaps and never prints "-0"', () => {
    expect(formatNumber(-0.01, 'fr', {decimals: 1, signed: true})).toBe('0,0');
    expect(formatNumber(3, 'en', {signed: true})).toBe('+3');
    expect(formatPoints(-2.5, 'fr')).toBe(`−2,5${NBSP}pt`);
  });

  it('refuses NaN rather than printing it', () => {
    expect(() => formatNumber(Number.NaN, 'fr')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes French dates with "1er" and English dates month first', () => {
    expect(formatDate('2006-09-21', 'fr')).toBe(`21${NBSP}septembre 2006`);
    expect(formatDate('2006-09-01', 'fr')).toBe(`1er${NBSP}septembre 2006`);
    expect(formatDate('2006-09-21', 'en')).toBe('September 21, 2006');
    expect(formatDate('2012-01', 'fr')).toBe('janvier 2012');
  });
});
