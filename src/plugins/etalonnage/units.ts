/**
 * Values and gaps in an indicator's unit, in fr-CA or en-CA, through
 * src/lib/format.ts. Build time only (the plugin); pages get the strings.
 */
import {NBSP, formatCurrency, formatNumber, formatPercent, formatPoints, type FormatLocale} from '../../lib/format';

export type UnitCode = 'pourcentage' | 'secondes' | 'minutes' | 'jours' | 'nombre' | 'dollars' | 'ratio' | 'indice';

const SUFFIX: Record<FormatLocale, Partial<Record<UnitCode, string>>> = {
  fr: {secondes: 's', minutes: 'min', jours: 'j'},
  en: {secondes: 's', minutes: 'min', jours: 'd'},
};

export const UNIT_LABELS: Record<FormatLocale, Record<UnitCode, string>> = {
  fr: {
    pourcentage: 'pourcentage (%)',
    secondes: 'secondes (s)',
    minutes: 'minutes (min)',
    jours: 'jours (j)',
    nombre: 'nombre',
    dollars: 'dollars ($)',
    ratio: 'ratio',
    indice: 'indice',
  },
  en: {
    pourcentage: 'percentage (%)',
    secondes: 'seconds (s)',
    minutes: 'minutes (min)',
    jours: 'days (d)',
    nombre: 'count',
    dollars: 'dollars ($)',
    ratio: 'ratio',
    indice: 'index',
  },
};

/** Most decimals a value of the unit is shown with (dollars follow their own rule). */
export const UNIT_MAX_DECIMALS: Record<UnitCode, number> = {pourcentage: 1, secondes: 1, minutes: 1, jours: 1, nombre: 1, dollars: 2, ratio: 2, indice: 2};

/**
 * A value in its unit: "12,5 %", "180 s", "8,25 $", "1 006 000". With
 * `decimals` (the indicator's, see DatasetIndex.decimals), every value of an
 * indicator has the same number of decimals; dollars keep their cents rule.
 */
export function formatValue(value: number, unit: UnitCode, locale: FormatLocale, decimals?: number): string {
  if (decimals !== undefined && unit !== 'dollars') {
    if (unit === 'pourcentage') return formatPercent(value, locale, {decimals});
    const n = formatNumber(value, locale, {decimals});
    return unit === 'secondes' || unit === 'minutes' || unit === 'jours' ? `${n}${NBSP}${SUFFIX[locale][unit]}` : n;
  }
  switch (unit) {
    case 'pourcentage':
      return formatPercent(value, locale);
    case 'dollars':
      // Cents under 100 $ ("1,00 $" next to "0,75 $"), whole dollars above ("200 000 $").
      return formatCurrency(value, locale, {decimals: Math.abs(value) < 100 ? 2 : Number.isInteger(value) ? 0 : 2});
    case 'secondes':
    case 'minutes':
    case 'jours':
      return `${formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 1})}${NBSP}${SUFFIX[locale][unit]}`;
    case 'ratio':
    case 'indice':
      return formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 2});
    default:
      return formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 1});
  }
}

/** A signed difference in the unit: "+2,5 pt", "−30 s", "+1,25 $"; with the indicator's `decimals` when given. */
export function formatGap(value: number, unit: UnitCode, locale: FormatLocale, decimals?: number): string {
  if (decimals !== undefined && unit !== 'dollars') {
    const n = formatNumber(value, locale, {decimals, signed: true});
    if (unit === 'pourcentage') return locale === 'fr' ? `${n}${NBSP}pt` : `${n} pts`;
    return unit === 'secondes' || unit === 'minutes' || unit === 'jours' ? `${n}${NBSP}${SUFFIX[locale][unit]}` : n;
  }
  switch (unit) {
    case 'pourcentage':
      return formatPoints(value, locale);
    case 'dollars':
      return formatCurrency(value, locale, {decimals: Math.abs(value) < 100 ? 2 : Number.isInteger(value) ? 0 : 2, signed: true});
    case 'secondes':
    case 'minutes':
    case 'jours':
      return `${formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 1, signed: true})}${NBSP}${SUFFIX[locale][unit]}`;
    default:
      return formatNumber(value, locale, {decimals: Number.isInteger(value) ? 0 : 2, signed: true});
  }
}
