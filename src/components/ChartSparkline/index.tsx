import React from 'react';
import {chartStyles as styles, extent, linear, linePath} from '../ChartKit';

interface Props {
  values: (number | null)[];
  /** The peer median over the same periods, dashed. */
  reference?: (number | null)[];
  /** Read by screen readers: the first and last values in words. */
  text: string;
  width?: number;
  height?: number;
}

/** A word-sized trend line (Tufte's sparkline): fixed pixel size, no text, so it never scales. */
export default function ChartSparkline({values, reference = [], text, width = 96, height = 26}: Props): React.ReactNode {
  const [min, max] = extent([...values, ...reference]);
  if (values.every((v) => v === null) && reference.every((v) => v === null)) return <span>—</span>;
  const n = Math.max(values.length, reference.length);
  const pad = 3;
  const x = (i: number) => (n <= 1 ? width / 2 : linear(0, n - 1, pad, width - pad)(i));
  const y = linear(min, max, height - pad, pad);
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) last--;
  return (
    <svg className={styles.spark} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={text}>
      <title>{text}</title>
      {reference.length > 0 && <path d={linePath(reference, x, y)} className={styles.sparkMedian} />}
      <path d={linePath(values, x, y)} className={styles.sparkLine} />
      {last >= 0 && <circle cx={x(last)} cy={y(values[last]!)} r={2.5} className={styles.sparkDot} />}
    </svg>
  );
}
