import React from 'react';
import {Chart, LINE, chartStyles as styles, textWidth, type ChartLayout, type Drawing} from '../ChartKit';

/** One colour per channel, distinguishable and dark enough against white. */
export const CHANNEL_COLOURS = ['#095797', '#c0392b', '#2e7d32', '#8e44ad', '#b9770e', '#4e5662', '#00838f'];

interface Props {
  title: string;
  desc: string;
  /** Rows (periods), each with one share per channel (null when missing). */
  rows: {label: string; shares: (number | null)[]}[];
  channels: string[];
}

function draw(layout: ChartLayout, rows: Props['rows'], channels: string[]): Drawing {
  const narrow = layout.name === 'narrow';
  const W = layout.width;
  // Wide: the period on the left of its bar; narrow: above it, the bar across the whole width.
  const left = narrow ? 0 : Math.max(...rows.map((r) => textWidth(r.label)), 0) + 10;
  const barH = 22;
  const rowH = narrow ? LINE + barH + 8 : 30;
  const plot = W - left;
  const body = rows.map((r, i) => {
    const total = r.shares.reduce<number>((s, v) => s + (v ?? 0), 0) || 1;
    let acc = 0;
    const y = 3 + i * rowH;
    const barY = narrow ? y + LINE + 2 : y + (rowH - barH) / 2;
    return (
      <g key={r.label}>
        <text x={narrow ? 0 : left - 6} y={narrow ? y + 12 : barY + barH / 2 + 4} textAnchor={narrow ? 'start' : 'end'} className={styles.label}>
          {r.label}
        </text>
        {r.shares.map((v, k) => {
          if (v === null || v <= 0) return null;
          const x = left + (acc / total) * plot;
          const w = (v / total) * plot;
          acc += v;
          return <rect key={channels[k]} x={x} y={barY} width={w} height={barH} fill={CHANNEL_COLOURS[k % CHANNEL_COLOURS.length]} />;
        })}
      </g>
    );
  });
  return {height: rows.length * rowH + 6, body};
}

/** 100 % stacked bars, one per period: the channel mix and its migration over time. */
export default function ChartStacked({title, desc, rows, channels}: Props): React.ReactNode {
  return <Chart title={title} desc={desc} draw={(layout) => draw(layout, rows, channels)} />;
}
