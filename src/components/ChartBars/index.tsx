import React from 'react';
import {Chart, chartStyles, hbars, type RefLine as KitRefLine} from '../ChartKit';

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
  /** In the order the bars are drawn (the page passes its table's order). */
  data: BarDatum[];
  lines?: RefLine[];
  /** Label printed for a missing value. */
  missingText: string;
}

/**
 * Horizontal bars across agencies, with median and target lines (chart kit:
 * wide and narrow drawings). The table next to it is the accessible equivalent.
 */
export default function ChartBars({title, desc, data, lines = [], missingText}: Props): React.ReactNode {
  const rows = data.map((d) => ({
    key: d.key,
    label: d.label,
    value: d.value,
    text: `${d.text}${d.illustrative ? '*' : ''}`,
    className: d.illustrative ? chartStyles.barIllustrative : undefined,
  }));
  const refs: KitRefLine[] = lines.map((l) => ({key: l.kind, ...l}));
  return <Chart title={title} desc={desc} draw={(layout) => hbars(layout, rows, {lines: refs, missingText})} />;
}
