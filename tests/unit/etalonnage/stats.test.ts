import {describe, expect, it} from 'vitest';
import {gap, gapMeaning, median, quantile, quartilePosition, rank, summarise} from '../../../src/lib/stats';

describe('median and quartiles (type 7, linear interpolation)', () => {
  it('gives the middle value or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates quartiles like R quantile(type = 7) and Excel QUARTILE.INC', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(quantile(xs, 0.25)).toBe(2.75);
    expect(quantile(xs, 0.75)).toBe(6.25);
    const s = summarise([10, 20, 30, 40, 50]);
    expect(s).toEqual({n: 5, min: 10, q1: 20, median: 30, q3: 40, max: 50});
  });

  it('leaves missing values out, never counts them as 0', () => {
    expect(median([10, null, 30])).toBe(20);
    expect(summarise([null, 5, null, 15]).n).toBe(2);
    expect(summarise([null, 5, null, 15]).min).toBe(5);
  });

  it('gives null when nothing is reported', () => {
    expect(median([])).toBeNull();
    expect(median([null, null])).toBeNull();
    expect(summarise([null])).toEqual({n: 0, min: null, q1: null, median: null, q3: null, max: null});
  });

  it('with a single reporting agency, every quantile is its value', () => {
    expect(summarise([null, 42, null])).toEqual({n: 1, min: 42, q1: 42, median: 42, q3: 42, max: 42});
  });

  it('hides floating-point noise', () => {
    expect(quantile([0.1, 0.2], 0.5)).toBe(0.15);
    expect(gap(0.3, 0.1)).toBe(0.2);
  });

  it('rejects a probability outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('rank', () => {
  it('ranks highest first when higher is better', () => {
    expect(rank([70, 90, 80], 'hausse')).toEqual([3, 1, 2]);
  });

  it('ranks lowest first when lower is better', () => {
    expect(rank([70, 90, 80], 'baisse')).toEqual([1, 3, 2]);
  });

  it('ties share a rank and the next rank is skipped (1224)', () => {
    expect(rank([120, 120, 90, 200], 'baisse')).toEqual([2, 2, 1, 4]);
    expect(rank([5, 9, 9, 9, 1], 'hausse')).toEqual([4, 1, 1, 1, 5]);
  });

  it('gives no rank to a missing value and does not count it', () => {
    expect(rank([null, 10, 20], 'hausse')).toEqual([null, 2, 1]);
    expect(rank([null, 10, 20], 'baisse')).toEqual([null, 1, 2]);
  });

  it('ranks a single reporting agency first', () => {
    expect(rank([null, 55, null], 'baisse')).toEqual([null, 1, null]);
  });

  it('does not rank a neutral indicator (volumes are context, not performance)', () => {
    expect(rank([3, 1, 2], 'neutre')).toEqual([null, null, null]);
  });
});

describe('gaps', () => {
  it('is value minus reference', () => {
    expect(gap(150, 180)).toBe(-30);
    expect(gap(85.5, 80)).toBe(5.5);
  });

  it('is null when the value or the reference is missing', () => {
    expect(gap(null, 10)).toBeNull();
    expect(gap(10, null)).toBeNull();
  });

  it('reads a gap in the direction of the indicator', () => {
    expect(gapMeaning(-30, 'baisse')).toBe('favorable');
    expect(gapMeaning(-30, 'hausse')).toBe('defavorable');
    expect(gapMeaning(5, 'hausse')).toBe('favorable');
    expect(gapMeaning(0, 'hausse')).toBe('egal');
    expect(gapMeaning(5, 'neutre')).toBeNull();
    expect(gapMeaning(null, 'hausse')).toBeNull();
  });
});

describe('quartile position', () => {
  const s = summarise([10, 20, 30, 40, 50]); // q1 20, q3 40
  it('puts high values in the best quartile when higher is better', () => {
    expect(quartilePosition(50, s, 'hausse')).toBe('meilleur');
    expect(quartilePosition(10, s, 'hausse')).toBe('pire');
    expect(quartilePosition(30, s, 'hausse')).toBe('milieu');
  });

  it('puts low values in the best quartile when lower is better', () => {
    expect(quartilePosition(10, s, 'baisse')).toBe('meilleur');
    expect(quartilePosition(40, s, 'baisse')).toBe('pire');
  });

  it('uses words without judgement for a neutral indicator', () => {
    expect(quartilePosition(50, s, 'neutre')).toBe('haut');
    expect(quartilePosition(10, s, 'neutre')).toBe('bas');
  });

  it('says nothing for a missing value or too few agencies', () => {
    expect(quartilePosition(null, s, 'hausse')).toBeNull();
    expect(quartilePosition(42, summarise([42]), 'hausse')).toBeNull();
    expect(quartilePosition(1, summarise([1, 2, 3]), 'hausse')).toBeNull();
  });
});
