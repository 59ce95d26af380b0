import React from 'react';
import styles from '../ChartTrend/styles.module.css';

export interface BarDatum {
  key: string;
  /** Short label on the axis (agency code). */
  label: string;
  value: number | null;
  /** Text printed at the end of the bar (already formatted). */
  text: string;
  illustrative?: boolean;
}

export interface RefLine {
  value: number;
  label: string;
  kind: 'median' | 'target';
}

interface Props {
  title: string;
  desc: string;
  data: BarDatum[];
  lines?: RefLine[];
  /** Label printed for a missing value. */
  missingText: string;
}

const ROW = 26;
const LEFT = 70;
const RIGHT = 110;
const WIDTH = 640;
const TOP = 30;

/**
 * Horizontal bars across agencies, with median and target lines. Plain SVG
 * rendered at build time (no charting library); the table next to it is the
 * accessible equivalent, so the SVG is one image with a title and a description.
 */
export default function ChartBars({title, desc, data, lines = [], missingText}: Props): React.ReactNode {
  const id = React.useId();
  const values = [...data.map((d) => d.value ?? 0), ...lines.map((l) => l.value), 0];
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  const plot = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + ((v - min) / span) * plot;
  const height = TOP + data.length * ROW + 10;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}t ${id}d`}
      preserveAspectRatio="xMinYMin meet">
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {data.map((d, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={d.key}>
            <text x={LEFT - 8} y={y + ROW / 2 + 4} textAnchor="end" className={styles.axisLabel}>
              {d.label}
            </text>
            {d.value === null ? (
              <text x={x(0) + 4} y={y + ROW / 2 + 4} className={styles.missing}>
                {missingText}
              </text>
            ) : (
              <>
                <rect
                  x={Math.min(x(0), x(d.value))}
                  y={y + 4}
                  width={Math.max(1, Math.abs(x(d.value) - x(0)))}
                  height={ROW - 8}
                  className={d.illustrative ? `${styles.bar} ${styles.barIllustrative}` : styles.bar}
                />
                <text x={Math.max(x(0), x(d.value)) + 4} y={y + ROW / 2 + 4} className={styles.valueLabel}>
                  {d.text}
                  {d.illustrative ? '*' : ''}
                </text>
              </>
            )}
          </g>
        );
      })}
      {lines.map((l, k) => (
        <g key={l.kind}>
          <line
            x1={x(l.value)}
            x2={x(l.value)}
            y1={TOP - 6}
            y2={height - 6}
            className={l.kind === 'median' ? styles.medianLine : styles.targetLine}
          />
          <text x={x(l.value)} y={k === 0 ? 12 : 24} textAnchor="middle" className={l.kind === 'median' ? styles.medianText : styles.targetText}>
            {l.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
