/**
 * Small SVG charts rendered at build time (static HTML), the same markup in the
 * browser: no measuring, no formatting, only geometry from values and already
 * formatted labels. Each chart is role="img" with a <title> and a <desc>; the
 * table next to it is the accessible equivalent.
 */
import React from 'react';
import styles from './styles.module.css';

interface Tick {
  value: number;
  text: string;
}

interface Frame {
  id: string;
  title: string;
  desc: string;
}

const W = 640;

function Svg({id, title, desc, height, children}: Frame & {height: number; children: React.ReactNode}): React.ReactNode {
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}

/** Vertical grouped bars: one group per fiscal year, one bar per series. */
export function GroupedBarChart({
  groups,
  series,
  ticks,
  ...frame
}: Frame & {
  groups: {label: string; values: {value: number; text: string}[]}[];
  series: string[];
  ticks: Tick[];
}): React.ReactNode {
  const H = 300;
  const left = 96;
  const right = 16;
  const top = 24;
  const bottom = 40;
  const max = ticks[ticks.length - 1]?.value || 1;
  const plotH = H - top - bottom;
  const plotW = W - left - right;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const groupW = plotW / Math.max(groups.length, 1);
  const barW = Math.min(64, (groupW * 0.7) / Math.max(series.length, 1));
  return (
    <figure className={styles.figure}>
      <Svg {...frame} height={H}>
        {ticks.map((t) => (
          <g key={t.value}>
            <line x1={left} x2={W - right} y1={y(t.value)} y2={y(t.value)} className={styles.grid} />
            <text x={left - 8} y={y(t.value) + 4} textAnchor="end" className={styles.axis}>
              {t.text}
            </text>
          </g>
        ))}
        {groups.map((g, gi) => {
          const x0 = left + gi * groupW + (groupW - barW * g.values.length) / 2;
          return (
            <g key={g.label}>
              {g.values.map((v, si) => (
                <g key={si}>
                  <rect x={x0 + si * barW + 2} y={y(v.value)} width={barW - 4} height={Math.max(0, y(0) - y(v.value))} className={styles[`series${si}`]} />
                  <text x={x0 + si * barW + barW / 2} y={y(v.value) - 6} textAnchor="middle" className={styles.value}>
                    {v.text}
                  </text>
                </g>
              ))}
              <text x={left + gi * groupW + groupW / 2} y={H - bottom + 20} textAnchor="middle" className={styles.axis}>
                {g.label}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={W - right} y1={y(0)} y2={y(0)} className={styles.baseline} />
      </Svg>
      <figcaption>
        <ul className={styles.legend}>
          {series.map((s, i) => (
            <li key={s}>
              <span className={`${styles.swatch} ${styles[`series${i}`]}`} aria-hidden="true" /> {s}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A line through dated points (accumulated surplus). */
export function LineChart({points, ticks, ...frame}: Frame & {points: {label: string; value: number; text: string}[]; ticks: Tick[]}): React.ReactNode {
  const H = 280;
  const left = 96;
  const right = 48;
  const top = 28;
  const bottom = 40;
  const max = ticks[ticks.length - 1]?.value || 1;
  const plotH = H - top - bottom;
  const plotW = W - left - right;
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure className={styles.figure}>
      <Svg {...frame} height={H}>
        {ticks.map((t) => (
          <g key={t.value}>
            <line x1={left} x2={W - right} y1={y(t.value)} y2={y(t.value)} className={styles.grid} />
            <text x={left - 8} y={y(t.value) + 4} textAnchor="end" className={styles.axis}>
              {t.text}
            </text>
          </g>
        ))}
        <path d={d} className={styles.line} />
        {points.map((p, i) => (
          <g key={p.label}>
            <circle cx={x(i)} cy={y(p.value)} r={5} className={styles.point} />
            <text x={x(i)} y={y(p.value) - 10} textAnchor="middle" className={styles.value}>
              {p.text}
            </text>
            <text x={x(i)} y={H - bottom + 20} textAnchor="middle" className={styles.axis}>
              {p.label}
            </text>
          </g>
        ))}
      </Svg>
    </figure>
  );
}

/** Horizontal bars (rating distribution, participation per conference). */
export function HBarChart({
  rows,
  max,
  ...frame
}: Frame & {rows: {label: string; value: number; text: string; highlight?: boolean}[]; max: number}): React.ReactNode {
  const rowH = 34;
  const top = 8;
  const left = 170;
  const right = 110;
  const H = top * 2 + rows.length * rowH;
  const plotW = W - left - right;
  return (
    <figure className={styles.figure}>
      <Svg {...frame} height={H}>
        {rows.map((r, i) => {
          const yy = top + i * rowH;
          const w = max > 0 ? (r.value / max) * plotW : 0;
          return (
            <g key={r.label}>
              <text x={left - 8} y={yy + rowH / 2 + 4} textAnchor="end" className={r.highlight ? styles.axisStrong : styles.axis}>
                {r.label}
              </text>
              <rect x={left} y={yy + 6} width={w} height={rowH - 12} className={r.highlight ? styles.series1 : styles.series0} />
              <text x={left + w + 6} y={yy + rowH / 2 + 4} className={styles.value}>
                {r.text}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={left} y1={top} y2={H - top} className={styles.baseline} />
      </Svg>
    </figure>
  );
}
