/**
 * Benchmarking statistics for the comparison pages (src/plugins/etalonnage) and
 * the change preview (preview.ts).
 * Pure functions, no locale, no I/O: the plugin calls them at build time.
 *
 * A missing value is `null`, never 0: it is left out of medians and quartiles,
 * gets no rank, and every gap involving it is `null` too.
 */

export type Direction = 'hausse' | 'baisse' | 'neutre';

/** A value that may be missing. */
export type MaybeNumber = number | null;

function present(values: readonly MaybeNumber[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

/**
 * Quantile of the reported values, **type 7 of Hyndman & Fan (1996)**: linear
 * interpolation between the two nearest order statistics, h = (n − 1)·p. It is
 * the default of R and NumPy and what Excel's QUARTILE.INC / MEDIAN return.
 * Null when no value is reported; with one value, every quantile is that value.
 */
export function quantile(values: readonly MaybeNumber[], p: number): MaybeNumber {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p=${p} is not in [0, 1]`);
  const xs = present(values).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const v = xs[lo]! + (h - lo) * (xs[hi]! - xs[lo]!);
  return roundFloat(v);
}

/** Median (type 7 at p = 0.5, i.e. the usual median). */
export function median(values: readonly MaybeNumber[]): MaybeNumber {
  return quantile(values, 0.5);
}

export interface Summary {
  /** Number of reported (non-missing) values. */
  n: number;
  min: MaybeNumber;
  q1: MaybeNumber;
  median: MaybeNumber;
  q3: MaybeNumber;
  max: MaybeNumber;
}

/** Count, extremes, quartiles (type 7) and median of the reported values. */
export function summarise(values: readonly MaybeNumber[]): Summary {
  const xs = present(values);
  return {
    n: xs.length,
    min: xs.length ? Math.min(...xs) : null,
    q1: quantile(xs, 0.25),
    median: quantile(xs, 0.5),
    q3: quantile(xs, 0.75),
    max: xs.length ? Math.max(...xs) : null,
  };
}

/**
 * Ranks in the order of `values`: 1 is the best value for the indicator's
 * direction (highest when 'hausse', lowest when 'baisse'). Ties share the best
 * rank of their group and the next rank is skipped ("1224" competition
 * ranking, as in sports tables). Missing values get no rank (null). A 'neutre'
 * indicator (a volume, context not performance) has no ranking: all null.
 */
export function rank(values: readonly MaybeNumber[], direction: Direction): MaybeNumber[] {
  if (direction === 'neutre') return values.map(() => null);
  const sign = direction === 'hausse' ? -1 : 1;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    let better = 0;
    for (const w of values) if (w !== null && Number.isFinite(w) && sign * (w - v) < 0) better++;
    return better + 1;
  });
}

/** value − reference, or null when either is missing. Rounded to hide float noise (0.1 + 0.2). */
export function gap(value: MaybeNumber, reference: MaybeNumber): MaybeNumber {
  if (value === null || reference === null) return null;
  return roundFloat(value - reference);
}

/**
 * Whether a gap is good news for the indicator: 'favorable' when the value is
 * better than the reference in the indicator's direction, 'defavorable' when
 * worse, 'egal' when equal, null for a missing gap or a 'neutre' indicator.
 */
export function gapMeaning(g: MaybeNumber, direction: Direction): 'favorable' | 'defavorable' | 'egal' | null {
  if (g === null || direction === 'neutre') return null;
  if (g === 0) return 'egal';
  return (direction === 'hausse') === g > 0 ? 'favorable' : 'defavorable';
}

export type QuartilePosition = 'meilleur' | 'pire' | 'milieu' | 'haut' | 'bas';

/** Fewest reporting agencies for "best / worst quartile" to mean anything. */
export const MIN_FOR_QUARTILES = 4;

/**
 * Where a value stands among its peers. For a directional indicator:
 * 'meilleur' (in the best quartile: ≥ Q3 when higher is better, ≤ Q1 when lower
 * is better), 'pire' (the worst quartile), else 'milieu'. For a 'neutre'
 * indicator the words carry no judgement: 'haut' (≥ Q3), 'bas' (≤ Q1) or
 * 'milieu'. Null when the value is missing or fewer than MIN_FOR_QUARTILES
 * agencies reported (with one or two values every value is its own quartile).
 */
export function quartilePosition(value: MaybeNumber, s: Summary, direction: Direction): QuartilePosition | null {
  if (value === null || s.n < MIN_FOR_QUARTILES || s.q1 === null || s.q3 === null) return null;
  if (s.q1 === s.q3) return 'milieu';
  const high = value >= s.q3;
  const low = value <= s.q1;
  if (direction === 'neutre') return high ? 'haut' : low ? 'bas' : 'milieu';
  if (direction === 'hausse') return high ? 'meilleur' : low ? 'pire' : 'milieu';
  return low ? 'meilleur' : high ? 'pire' : 'milieu';
}

/** Rounds away binary floating-point noise (12 significant digits). */
export function roundFloat(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(12));
}
