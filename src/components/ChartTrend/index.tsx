import React from 'react';
import styles from './styles.module.css';

export interface TrendSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

interface Props {
  title: string;
  desc: string;
  /** X axis labels (periods). */
  periods: string[];
  series: TrendSeries[];
  /** Drawn thicker, in colour (the peer median). */
  median?: {label: string; values: (number | null)[]};
  /** Formats the extreme values printed on the Y axis. */
  ticks: {value: number; text: string}[];
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 80;
const RIGHT = 90;
const TOP = 14;
const BOTTOM = 30;

/** Line segments between consecutive known values; a missing value breaks the line. */
function segments(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
    pen = true;
  });
  return d.trim();
}

/** Spreads end labels so they do not overlap (minimum 13 px apart). */
function spread(ys: {key: string; y: number}[]): Map<string, number> {
  const sorted = [...ys].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.y - sorted[i - 1]!.y < 13) sorted[i]!.y = sorted[i - 1]!.y + 13;
  }
  return new Map(sorted.map((s) => [s.key, s.y]));
}

/**
 * The trend over periods: one grey line per agency, labelled at its end, and the
 * peer median in colour. Plain SVG built at build time; a table gives the same values.
 */
export default function ChartTrend({title, desc, periods, series, median, ticks}: Props): React.ReactNode {
  const id = React.useId();
  const all = [...series.flatMap((s) => s.values), ...(median?.values ?? []), ...ticks.map((t) => t.value)].filter(
    (v): v is number => v !== null,
  );
  const max = all.length ? Math.max(...all) : 1;
  const min = all.length ? Math.min(...all) : 0;
  const span = max - min || 1;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (periods.length <= 1 ? plotW / 2 : (i / (periods.length - 1)) * plotW);
  const y = (v: number) => TOP + plotH - ((v - min) / span) * plotH;
  const ends = series
    .map((s) => {
      let i = s.values.length - 1;
      while (i >= 0 && s.values[i] === null) i--;
      return i < 0 ? null : {key: s.key, y: y(s.values[i]!) + 4, i};
    })
    .filter((e): e is {key: string; y: number; i: number} => e !== null);
  let medianEnd = (median?.values.length ?? 0) - 1;
  while (median && medianEnd >= 0 && median.values[medianEnd] === null) medianEnd--;
  if (median && medianEnd >= 0) ends.push({key: '\u0000median', y: y(median.values[medianEnd]!) + 4, i: medianEnd});
  const labelY = spread(ends);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}t ${id}d`}>
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t.value)} y2={y(t.value)} className={styles.grid} />
          <text x={LEFT - 6} y={y(t.value) + 4} textAnchor="end" className={styles.axisLabel}>
            {t.text}
          </text>
        </g>
      ))}
      {periods.map((p, i) => (
        <text key={p} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className={styles.axisLabel}>
          {p}
        </text>
      ))}
      {series.map((s) => (
        <g key={s.key}>
          <path d={segments(s.values, x, y)} className={styles.series} />
          {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className={styles.dot} />))}
        </g>
      ))}
      {median && <path d={segments(median.values, x, y)} className={styles.seriesMedian} />}
      {ends.map((e) => (
        <text key={e.key} x={x(e.i) + 8} y={labelY.get(e.key)} className={e.key === '\u0000median' ? styles.medianText : styles.seriesLabel}>
          {e.key === '\u0000median' ? median!.label : series.find((s) => s.key === e.key)!.label}
        </text>
      ))}
    </svg>
  );
}
