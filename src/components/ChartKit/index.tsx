/**
 * The chart kit: what every chart of the site shares (benchmarking bars, trend,
 * sparkline, stacked bars; the finance charts).
 *
 * Plain SVG rendered at build time, the same markup in the browser: geometry
 * from values and already formatted labels, no measuring. Each chart is a
 * <figure> holding two drawings of the same data, a wide one (WIDE units) and a
 * narrow one (NARROW units) where labels go above the bars; a CSS container
 * query shows the one that fits the room the figure has, so chart text never
 * renders below 11 px (tests/browser/route-checks/widths.ts) and never grows
 * past about 17 px. Each drawing is role="img" with a <title> and a <desc>;
 * the table beside the chart is its accessible equivalent.
 */
import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface ChartLayout {
  name: 'wide' | 'narrow';
  /** Width of the drawing, in SVG units (= CSS px at scale 1). */
  width: number;
}

/** Shown when the figure has at least 600 px: drawn from 0.94× (600 px) to 1.4× (900 px). */
export const WIDE: ChartLayout = {name: 'wide', width: 640};
/** Shown below 600 px: from 0.96× (288 px, a 320 px phone) to 1.4× (420 px). */
export const NARROW: ChartLayout = {name: 'narrow', width: 300};

/** Text sizes in SVG units (12 × 0.94 ≥ 11 px on screen). */
export const FONT = 12;
/** Rough width of one character of chart text, to lay labels out without measuring. */
export const CHAR = 7;
/** Height of one line of chart text. */
export const LINE = 16;

export interface Drawing {
  height: number;
  body: React.ReactNode;
}

export interface LegendItem {
  label: string;
  /** A kit series class (series(i)) or a colour. */
  className?: string;
  colour?: string;
}

/** Class of the i-th data series (fill and swatch). */
export function series(i: number): string {
  return styles[`series${i % 4}`]!;
}

/** A chart: one figure, a wide and a narrow drawing of the same data, an optional legend. */
export function Chart({
  title,
  desc,
  draw,
  legend,
  className,
}: {
  title: string;
  desc: string;
  draw: (layout: ChartLayout) => Drawing;
  legend?: LegendItem[];
  className?: string;
}): React.ReactNode {
  const id = React.useId();
  return (
    <figure className={clsx(styles.figure, className)}>
      {[WIDE, NARROW].map((layout) => {
        const {height, body} = draw(layout);
        const key = `${id}-${layout.name}`;
        return (
          <svg
            key={layout.name}
            className={clsx(styles.chart, styles[layout.name])}
            viewBox={`0 0 ${layout.width} ${height}`}
            width={layout.width}
            height={height}
            role="img"
            aria-labelledby={`${key}-t ${key}-d`}
            data-layout={layout.name}>
            <title id={`${key}-t`}>{title}</title>
            <desc id={`${key}-d`}>{desc}</desc>
            {body}
          </svg>
        );
      })}
      {legend && legend.length > 0 && (
        <figcaption>
          <Legend items={legend} />
        </figcaption>
      )}
    </figure>
  );
}

/** The colour key under a chart, as an HTML list (readable at any size, translatable). */
export function Legend({items, label}: {items: LegendItem[]; label?: string}): React.ReactNode {
  return (
    <ul className={styles.legend} aria-label={label}>
      {items.map((it) => (
        <li key={it.label}>
          <span className={clsx(styles.swatch, it.className)} style={it.colour ? {background: it.colour} : undefined} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Smallest and largest of the known values, with 0 when asked (bars start at 0). */
export function extent(values: (number | null | undefined)[], withZero = false): [number, number] {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (withZero) known.push(0);
  if (known.length === 0) return [0, 1];
  return [Math.min(...known), Math.max(...known)];
}

/** Width of a label in SVG units at FONT (an estimate on the wide side: capitals and digits count more). */
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += /[A-Z0-9ÉÈÀ$%]/.test(c) ? 8.2 : /[\s.,:;'’il|()\-–]/.test(c) ? 4 : CHAR;
  return Math.ceil(w);
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A label of one or more lines (tspans), first baseline at y. */
export function Label({x, y, lines, anchor = 'start', className}: {x: number; y: number; lines: string[]; anchor?: 'start' | 'middle' | 'end'; className?: string}): React.ReactNode {
  return (
    <text x={x} y={y} textAnchor={anchor} className={className ?? styles.label}>
      {lines.length === 1
        ? lines[0]
        : lines.map((l, i) => (
            <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
              {l}
            </tspan>
          ))}
    </text>
  );
}

/** Path through the known points; a missing value breaks the line. */
export function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
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

/** Moves label baselines apart so that no two are closer than `gap`. */
export function spread<T extends {y: number}>(items: T[], gap = LINE - 2): T[] {
  const sorted = [...items].sort((a, b) => a.y - b.y).map((i) => ({...i}));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.y - sorted[i - 1]!.y < gap) sorted[i]!.y = sorted[i - 1]!.y + gap;
  }
  return sorted;
}

/** Which of `count` evenly spaced labels to print so that none overlaps the next (the last one always). */
export function thin(count: number, spacing: number, labelWidth: number): boolean[] {
  const step = Math.max(1, Math.ceil((labelWidth + 8) / Math.max(spacing, 1)));
  return Array.from({length: count}, (_, i) => (count - 1 - i) % step === 0);
}

/** Horizontal grid lines with their value on the left. */
export function GridY({ticks, x0, x1, y}: {ticks: {value: number; text: string}[]; x0: number; x1: number; y: (v: number) => number}): React.ReactNode {
  return ticks.map((t) => (
    <g key={t.value}>
      <line x1={x0} x2={x1} y1={y(t.value)} y2={y(t.value)} className={styles.grid} />
      <text x={x0 - 6} y={y(t.value) + 4} textAnchor="end" className={styles.label}>
        {t.text}
      </text>
    </g>
  ));
}

export interface BarRow {
  key: string;
  label: string;
  /** null: no value (missingText is printed instead of a bar). */
  value: number | null;
  /** Printed at the end of the row (already formatted). */
  text: string;
  className?: string;
  /** Label in bold (the row the page is about). */
  strong?: boolean;
}

export interface RefLine {
  key: string;
  value: number;
  label: string;
  kind: 'median' | 'target';
}

/**
 * Horizontal bars, one row each. Wide: label | bar | value, values in a
 * column of their own at the right. Narrow: label and value on a line, the
 * bar under them across the whole width. Reference lines (median, target)
 * get a labelled row each above the bars and start below the last of those
 * rows, so no line crosses a label; values sit outside the plot (wide) or
 * between the bars where the narrow lines do not run.
 */
export function hbars(
  layout: ChartLayout,
  rows: BarRow[],
  {lines = [], missingText = '', groupGap = 0, groups}: {lines?: RefLine[]; missingText?: string; groupGap?: number; groups?: {label: string; size: number}[]} = {},
): Drawing {
  const narrow = layout.name === 'narrow';
  const W = layout.width;
  const [min, max] = extent([...rows.map((r) => r.value), ...lines.map((l) => l.value)], true);
  const valueCol = Math.max(...rows.map((r) => textWidth(r.value === null ? missingText : r.text)), 0) + 8;
  const longest = Math.max(...rows.map((r) => r.label.length), 1);
  const labelChars = narrow ? Math.floor((W - valueCol) / CHAR) : Math.min(longest, 24);
  // Wide: room for the widest label line (at most 24 characters, longer ones wrap).
  const labelCol = narrow || longest === 0 ? 0 : Math.max(...rows.flatMap((r) => wrap(r.label, labelChars)).map(textWidth), 0) + 14;
  const plot0 = labelCol;
  const plot1 = W - (narrow ? 0 : valueCol);
  const x = linear(min, max, plot0, plot1);
  const bandTop = lines.length * LINE + (lines.length ? 6 : 0);
  const barH = narrow ? 14 : 18;
  const items: React.ReactNode[] = [];
  let y = bandTop;
  const groupStarts = new Map<number, string>();
  if (groups) {
    let at = 0;
    for (const g of groups) {
      groupStarts.set(at, g.label);
      at += g.size;
    }
  }
  const barSpans: {top: number; bottom: number}[] = [];
  rows.forEach((r, i) => {
    const group = groupStarts.get(i);
    if (group !== undefined) {
      if (i > 0) y += groupGap;
      items.push(
        <text key={`g-${group}`} x={0} y={y + 12} className={styles.strong}>
          {group}
        </text>,
      );
      y += LINE + 2;
    }
    const labelLines = r.label ? wrap(r.label, labelChars) : [];
    const value = r.value === null ? missingText : r.text;
    const cls = r.strong ? styles.strong : styles.label;
    if (narrow) {
      if (labelLines.length) {
        items.push(<Label key={`l-${r.key}`} x={0} y={y + 12} lines={labelLines} className={cls} />);
        items.push(
          <text key={`v-${r.key}`} x={W} y={y + 12} textAnchor="end" className={r.value === null ? styles.missing : styles.value}>
            {value}
          </text>,
        );
        y += labelLines.length * LINE + 2;
      }
      if (r.value !== null) {
        items.push(<rect key={`b-${r.key}`} x={Math.min(x(0), x(r.value))} y={y} width={Math.max(1, Math.abs(x(r.value) - x(0)))} height={barH} className={r.className ?? styles.bar} />);
      }
      if (!labelLines.length) {
        items.push(
          <text key={`v-${r.key}`} x={W} y={y + barH - 3} textAnchor="end" className={r.value === null ? styles.missing : styles.value}>
            {value}
          </text>,
        );
      }
      barSpans.push({top: y, bottom: y + barH});
      y += barH + 8;
    } else {
      const h = Math.max(barH + 8, labelLines.length * LINE + 6);
      const mid = y + h / 2;
      if (labelLines.length)
        items.push(
          <Label key={`l-${r.key}`} x={labelCol - 8} y={mid + 4 - ((labelLines.length - 1) * LINE) / 2} lines={labelLines} anchor="end" className={cls} />,
        );
      if (r.value !== null)
        items.push(
          <rect key={`b-${r.key}`} x={Math.min(x(0), x(r.value))} y={mid - barH / 2} width={Math.max(1, Math.abs(x(r.value) - x(0)))} height={barH} className={r.className ?? styles.bar} />,
        );
      items.push(
        <text key={`v-${r.key}`} x={W - 2} y={mid + 4} textAnchor="end" className={r.value === null ? styles.missing : styles.value}>
          {value}
        </text>,
      );
      barSpans.push({top: mid - barH / 2, bottom: mid + barH / 2});
      y += h;
    }
  });
  const bottom = y + 4;
  const refs = lines.map((l, k) => {
    const lx = x(l.value);
    const w = textWidth(l.label);
    // The label stays inside the drawing: centred on its line, pushed in at the edges.
    const anchor = lx - w / 2 < 0 ? 'start' : lx + w / 2 > W ? 'end' : 'middle';
    const cls = l.kind === 'median' ? styles.medianLine : styles.targetLine;
    return (
      <g key={l.key}>
        <text x={anchor === 'start' ? Math.max(0, lx - 4) : anchor === 'end' ? Math.min(W, lx + 4) : lx} y={k * LINE + 12} textAnchor={anchor} className={l.kind === 'median' ? styles.medianText : styles.targetText}>
          {l.label}
        </text>
        {narrow ? (
          // Across each bar only: the labels between the bars stay clear.
          barSpans.map((s, i) => <line key={i} x1={lx} x2={lx} y1={s.top - 3} y2={s.bottom + 3} className={cls} />)
        ) : (
          <line x1={lx} x2={lx} y1={bandTop - 2} y2={bottom} className={cls} />
        )}
      </g>
    );
  });
  return {height: bottom + 2, body: [...items, ...refs, <line key="axis" x1={x(0)} x2={x(0)} y1={bandTop} y2={bottom} className={styles.baseline} />]};
}

export {styles as chartStyles};
