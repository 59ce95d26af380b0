import React from 'react';
import styles from '../ChartTrend/styles.module.css';

interface Props {
  values: (number | null)[];
  /** The peer median over the same periods, dashed. */
  reference?: (number | null)[];
  /** Read by screen readers: the first and last values in words. */
  text: string;
  width?: number;
  height?: number;
}

/** A word-sized trend line (Tufte's sparkline), plain SVG. */
export default function ChartSparkline({values, reference = [], text, width = 96, height = 26}: Props): React.ReactNode {
  const all = [...values, ...reference].filter((v): v is number => v !== null);
  if (all.length === 0) return <span>—</span>;
  const max = Math.max(...all);
  const min = Math.min(...all);
  const span = max - min || 1;
  const n = Math.max(values.length, reference.length);
  const pad = 3;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i / (n - 1)) * (width - 2 * pad));
  const y = (v: number) => height - pad - ((v - min) / span) * (height - 2 * pad);
  const path = (vs: (number | null)[]) => {
    let d = '';
    let pen = false;
    vs.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) last--;
  return (
    <svg className={styles.spark} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={text}>
      <title>{text}</title>
      {reference.length > 0 && <path d={path(reference)} className={styles.sparkMedian} />}
      <path d={path(values)} className={styles.sparkLine} />
      {last >= 0 && <circle cx={x(last)} cy={y(values[last]!)} r={2.5} className={styles.sparkDot} />}
    </svg>
  );
}
