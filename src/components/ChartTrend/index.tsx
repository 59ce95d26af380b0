import React from 'react';
import {Chart, GridY, chartStyles as styles, extent, linear, linePath, spread, textWidth, thin, type ChartLayout, type Drawing} from '../ChartKit';

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
  /** Values printed on the Y axis, already formatted. */
  ticks: {value: number; text: string}[];
}

/** "2008-2009" → "08-09" where room is short; the table gives the full period. */
export function shortPeriod(p: string): string {
  const m = /^\d{2}(\d{2})-\d{2}(\d{2})$/.exec(p);
  return m ? `${m[1]}-${m[2]}` : p;
}

const MEDIAN_KEY = '\u0000median';

function draw(layout: ChartLayout, {periods, series, median, ticks}: Props): Drawing {
  const narrow = layout.name === 'narrow';
  const W = layout.width;
  const H = narrow ? 220 : 260;
  const top = 14;
  const bottom = 30;
  const [min, max] = extent([...series.flatMap((s) => s.values), ...(median?.values ?? []), ...ticks.map((t) => t.value)]);
  const left = Math.max(...ticks.map((t) => textWidth(t.text)), 20) + 10;
  const endLabels = [...series.map((s) => s.label), median?.label ?? ''];
  // End labels (the median's in bold, about a tenth wider).
  const right = Math.ceil(Math.max(...endLabels.map(textWidth)) * 1.1) + 12;
  const plotW = W - left - right;
  const x = (i: number) => (periods.length <= 1 ? left + plotW / 2 : linear(0, periods.length - 1, left, left + plotW)(i));
  const y = linear(min, max, H - bottom, top);
  const labels = periods.map((p) => (narrow ? shortPeriod(p) : p));
  const shown = thin(periods.length, periods.length > 1 ? plotW / (periods.length - 1) : plotW, Math.max(...labels.map(textWidth), 0));
  const lastIndex = (values: (number | null)[]) => {
    let i = values.length - 1;
    while (i >= 0 && values[i] === null) i--;
    return i;
  };
  const ends = series
    .map((s) => ({key: s.key, label: s.label, i: lastIndex(s.values), v: s.values}))
    .filter((e) => e.i >= 0)
    .map((e) => ({key: e.key, label: e.label, i: e.i, y: y(e.v[e.i]!) + 4}));
  if (median && lastIndex(median.values) >= 0) {
    const i = lastIndex(median.values);
    ends.push({key: MEDIAN_KEY, label: median.label, i, y: y(median.values[i]!) + 4});
  }
  const body = (
    <>
      <GridY ticks={ticks} x0={left} x1={left + plotW} y={y} />
      {labels.map((p, i) =>
        shown[i] ? (
          <text key={periods[i]} x={x(i)} y={H - 8} textAnchor="middle" className={styles.label}>
            {p}
          </text>
        ) : null,
      )}
      {series.map((s) => (
        <g key={s.key}>
          <path d={linePath(s.values, x, y)} className={styles.series} />
          {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className={styles.dot} />))}
        </g>
      ))}
      {median && <path d={linePath(median.values, x, y)} className={styles.seriesMedian} />}
      {spread(ends).map((e) => (
        <text key={e.key} x={left + plotW + 8} y={e.y} className={e.key === MEDIAN_KEY ? styles.medianText : styles.label}>
          {e.label}
        </text>
      ))}
    </>
  );
  const lowest = Math.max(H, ...spread(ends).map((e) => e.y + 6));
  return {height: lowest, body};
}

/**
 * The trend over periods: one grey line per agency, labelled at the right,
 * and the peer median in colour (chart kit: wide and narrow drawings).
 */
export default function ChartTrend(props: Props): React.ReactNode {
  return <Chart title={props.title} desc={props.desc} draw={(layout) => draw(layout, props)} />;
}
