import React from 'react';
import styles from '../ChartTrend/styles.module.css';

/** One colour per channel, distinguishable and dark enough against white. */
export const CHANNEL_COLOURS = ['#095797', '#c0392b', '#2e7d32', '#8e44ad', '#b9770e', '#4e5662', '#00838f'];

interface Props {
  title: string;
  desc: string;
  /** Rows (periods), each with one share per channel (null when missing). */
  rows: {label: string; shares: (number | null)[]}[];
  channels: string[];
}

const WIDTH = 640;
const ROW = 30;
const LEFT = 80;
const RIGHT = 10;

/** 100 % stacked bars, one per period: the channel mix and its migration over time. */
export default function ChartStacked({title, desc, rows, channels}: Props): React.ReactNode {
  const id = React.useId();
  const plot = WIDTH - LEFT - RIGHT;
  const height = rows.length * ROW + 6;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}t ${id}d`}>
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {rows.map((r, i) => {
        const total = r.shares.reduce<number>((s, v) => s + (v ?? 0), 0) || 1;
        let acc = 0;
        const y = 3 + i * ROW;
        return (
          <g key={r.label}>
            <text x={LEFT - 6} y={y + ROW / 2 + 4} textAnchor="end" className={styles.axisLabel}>
              {r.label}
            </text>
            {r.shares.map((v, k) => {
              if (v === null || v <= 0) return null;
              const x = LEFT + (acc / total) * plot;
              const w = (v / total) * plot;
              acc += v;
              return <rect key={channels[k]} x={x} y={y + 3} width={w} height={ROW - 6} fill={CHANNEL_COLOURS[k % CHANNEL_COLOURS.length]} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}
