/**
 * The finance charts, drawn with the chart kit (src/components/ChartKit):
 * geometry from values and already formatted labels, a wide and a narrow
 * drawing of each. The table next to each chart is its accessible equivalent.
 */
import React from 'react';
import {Chart, GridY, chartStyles as styles, hbars, linear, series, textWidth, thin, type BarRow, type ChartLayout, type Drawing} from '@site/src/components/ChartKit';

interface Tick {
  value: number;
  text: string;
}

interface Frame {
  id: string;
  title: string;
  desc: string;
}

type Group = {label: string; values: {value: number; text: string}[]};

/** Vertical bars by group; at narrow widths, horizontal bars under each group's label. */
function groupedBars(layout: ChartLayout, groups: Group[], names: string[], ticks: Tick[]): Drawing {
  if (layout.name === 'narrow') {
    const rows: BarRow[] = groups.flatMap((g) =>
      g.values.map((v, si) => ({key: `${g.label}-${si}`, label: '', value: v.value, text: v.text, className: series(si)})),
    );
    return hbars(layout, rows, {groups: groups.map((g) => ({label: g.label, size: g.values.length})), groupGap: 6});
  }
  const W = layout.width;
  const H = 300;
  const left = Math.max(...ticks.map((t) => textWidth(t.text)), 20) + 12;
  const right = 16;
  const top = 24;
  const bottom = 40;
  const max = ticks[ticks.length - 1]?.value || 1;
  const y = linear(0, max, H - bottom, top);
  const plotW = W - left - right;
  const groupW = plotW / Math.max(groups.length, 1);
  const per = Math.max(...groups.map((g) => g.values.length), 1);
  const barW = Math.min(64, (groupW * 0.8) / per);
  // Value labels above the bars when they fit side by side, else on every other bar's top, staggered.
  const widest = Math.max(...groups.flatMap((g) => g.values.map((v) => textWidth(v.text))), 0);
  const stagger = widest > barW - 2;
  return {
    height: H,
    body: (
      <>
        <GridY ticks={ticks} x0={left} x1={W - right} y={y} />
        {groups.map((g, gi) => {
          const x0 = left + gi * groupW + (groupW - barW * g.values.length) / 2;
          return (
            <g key={g.label}>
              {g.values.map((v, si) => (
                <g key={si}>
                  <rect x={x0 + si * barW + 2} y={y(v.value)} width={barW - 4} height={Math.max(0, y(0) - y(v.value))} className={series(si)} />
                  <text x={x0 + si * barW + barW / 2} y={y(v.value) - 6 - (stagger && si % 2 === 1 ? 14 : 0)} textAnchor="middle" className={styles.value}>
                    {v.text}
                  </text>
                </g>
              ))}
              <text x={left + gi * groupW + groupW / 2} y={H - bottom + 20} textAnchor="middle" className={styles.label}>
                {g.label}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={W - right} y1={y(0)} y2={y(0)} className={styles.baseline} />
      </>
    ),
  };
}

/** Vertical grouped bars: one group per fiscal year, one bar per series. */
export function GroupedBarChart({groups, series: names, ticks, id, ...frame}: Frame & {groups: Group[]; series: string[]; ticks: Tick[]}): React.ReactNode {
  return (
    <div id={id}>
      <Chart {...frame} draw={(layout) => groupedBars(layout, groups, names, ticks)} legend={names.map((label, i) => ({label, className: series(i)}))} />
    </div>
  );
}

type Point = {label: string; value: number; text: string};

function line(layout: ChartLayout, points: Point[], ticks: Tick[]): Drawing {
  if (layout.name === 'narrow') {
    // A line's labels do not fit a phone: one bar per date, its label above.
    return hbars(layout, points.map((p) => ({key: p.label, label: p.label, value: p.value, text: p.text})));
  }
  const W = layout.width;
  const H = 280;
  const left = Math.max(...ticks.map((t) => textWidth(t.text)), 20) + 12;
  const right = 48;
  const top = 28;
  const bottom = 40;
  const max = ticks[ticks.length - 1]?.value || 1;
  const plotW = W - left - right;
  const x = (i: number) => (points.length === 1 ? left + plotW / 2 : linear(0, points.length - 1, left, left + plotW)(i));
  const y = linear(0, max, H - bottom, top);
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const widest = Math.max(...points.flatMap((p) => [textWidth(p.text), textWidth(p.label)]), 0);
  const shown = thin(points.length, points.length > 1 ? plotW / (points.length - 1) : plotW, widest);
  return {
    height: H,
    body: (
      <>
        <GridY ticks={ticks} x0={left} x1={W - right} y={y} />
        <path d={d} className={styles.line} />
        {points.map((p, i) => (
          <g key={p.label}>
            <circle cx={x(i)} cy={y(p.value)} r={5} className={styles.point} />
            {shown[i] && (
              <>
                <text x={x(i)} y={y(p.value) - 10} textAnchor="middle" className={styles.value}>
                  {p.text}
                </text>
                <text x={x(i)} y={H - bottom + 20} textAnchor="middle" className={styles.label}>
                  {p.label}
                </text>
              </>
            )}
          </g>
        ))}
      </>
    ),
  };
}

/** A line through dated points (accumulated surplus). */
export function LineChart({points, ticks, id, ...frame}: Frame & {points: Point[]; ticks: Tick[]}): React.ReactNode {
  return (
    <div id={id}>
      <Chart {...frame} draw={(layout) => line(layout, points, ticks)} />
    </div>
  );
}

/** Horizontal bars (rating distribution, participation per conference). */
export function HBarChart({rows, id, ...frame}: Frame & {rows: {label: string; value: number; text: string; highlight?: boolean}[]; max: number}): React.ReactNode {
  const bars: BarRow[] = rows.map((r) => ({key: r.label, label: r.label, value: r.value, text: r.text, strong: r.highlight, className: r.highlight ? series(1) : series(0)}));
  return (
    <div id={id}>
      <Chart {...frame} draw={(layout) => hbars(layout, bars)} />
    </div>
  );
}
