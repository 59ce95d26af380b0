/**
 * Locale formatting that gives the same characters on the server (Node's ICU) and
 * in every browser, so hydration never disagrees: fr-CA "1 006 000", "12,5 %",
 * "200 000 $"; en-CA "1,006,000", "12.5%", "$200,000". The French separators are
 * no-break spaces (U+00A0), as the Office québécois de la langue française recommends.
 */
export type FormatLocale = 'fr' | 'en';

export const NBSP = '\u00A0';

export interface NumberOptions {
  /** Exact number of decimals; default: 0 for integers, up to 1 otherwise. */
  decimals?: number;
  /** Show a + sign before positive numbers (for gaps and changes). */
  signed?: boolean;
}

function decimalsFor(value: number, opts: NumberOptions): number {
  if (opts.decimals !== undefined) return opts.decimals;
  return Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
}

export function formatNumber(value: number, locale: FormatLocale, opts: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: ${value} is not a finite number`);
  const decimals = decimalsFor(value, opts);
  const fixed = Math.abs(value).toFixed(decimals);
  let [intPart, fracPart] = fixed.split('.') as [string, string | undefined];
  // Trim trailing zeros when decimals were not asked for explicitly.
  if (fracPart !== undefined && opts.decimals === undefined) {
    fracPart = fracPart.replace(/0+$/, '');
    if (fracPart === '') fracPart = undefined;
  }
  const group = locale === 'fr' ? NBSP : ',';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fracPart === undefined ? grouped : `${grouped}${locale === 'fr' ? ',' : '.'}${fracPart}`;
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero ? '−' : opts.signed && value > 0 && !isZero ? '+' : '';
  return `${sign}${body}`;
}

export function formatPercent(value: number, locale: FormatLocale, opts: NumberOptions = {}): string {
  const n = formatNumber(value, locale, {decimals: opts.decimals ?? (Number.isInteger(value) ? 0 : 1), signed: opts.signed});
  return locale === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

/** Percentage points, for gaps between two percentages. */
export function formatPoints(value: number, locale: FormatLocale): string {
  const n = formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 1, signed: true});
  return locale === 'fr' ? `${n}${NBSP}pt` : `${n} pts`;
}

export function formatCurrency(value: number, locale: FormatLocale, opts: NumberOptions = {}): string {
  const decimals = opts.decimals ?? (Number.isInteger(value) ? 0 : 2);
  const n = formatNumber(value, locale, {decimals, signed: opts.signed});
  if (locale === 'fr') return `${n}${NBSP}$`;
  // en-CA: sign before the dollar sign: -$200, +$5
  const m = /^([+−]?)(.*)$/.exec(n)!;
  return `${m[1]}$${m[2]}`;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2006-09-21" → "21 septembre 2006" / "September 21, 2006"; "2006-09" → "septembre 2006". */
export function formatDate(iso: string, locale: FormatLocale): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new RangeError(`formatDate: "${iso}" is not an ISO date`);
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = (locale === 'fr' ? MONTHS_FR : MONTHS_EN)[Number(mo) - 1]!;
  if (!d) return `${month} ${y}`;
  const day = Number(d);
  if (locale === 'fr') return `${day === 1 ? '1er' : day}${NBSP}${month} ${y}`;
  return `${month} ${day}, ${y}`;
}

/** Fiscal year "2010-2011" reads the same in both languages; "2010" too. */
export function formatPeriod(period: string, locale: FormatLocale): string {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  return m ? `${m[1]}-${m[2]}` : period;
}
