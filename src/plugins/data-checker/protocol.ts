/**
 * Messages between the checker page and its Web Worker. Every text shown is
 * made in the worker by the data core (same words as the CLI); the page
 * only lays it out.
 */
import type {FileKind, Locale, ReportEntry} from '../../../scripts/pipeline/types';

export type ToWorker =
  | {op: 'init'; url: string; locale: Locale}
  | {op: 'check'; id: number; files: {name: string; file: Blob; kind: FileKind | null}[]}
  | {op: 'download'; id: number; name: string; file: Blob; kind: FileKind | null};

export type FromWorker =
  | {op: 'ready'; kinds: KindOption[]}
  | {op: 'failed'; stage: 'init' | 'check'; message: string}
  | {op: 'progress'; id: number; file: string; pass: 1 | 2; fraction: number | null; bytesRead: number}
  | {op: 'result'; id: number; view: CheckView}
  | {op: 'download'; id: number; name: string; bytes: Uint8Array | null; records: number};

export interface KindOption {
  kind: FileKind;
  name: string;
  /** Folder of the repository the file goes to ("data/valeurs"). */
  folder: string;
}

/** One report entry as the CLI prints it. */
export interface EntryView {
  file: string;
  line: number;
  column: number;
  code: string;
  type: string;
  /** "x.csv:2:4  — ligne 2, colonne 4 (valeur)" (entryPlace). */
  place: string;
  message: string;
}

/** Entries of one message code: how many, and the first ones. */
export interface EntryGroup {
  code: string;
  count: number;
  first: EntryView[];
}

export interface EntryList {
  total: number;
  /** Every entry when there are few; else empty (see groups). */
  all: EntryView[];
  /** Per message code, in order of first appearance, when there are many. */
  groups: EntryGroup[];
}

export interface FileView {
  file: string;
  kind: FileKind | null;
  kindName: string | null;
  detected: boolean;
  rows: number;
  accepted: number;
  rejected: number;
  ignored: number;
  /** Values of this file against the published site: new, changed, same. */
  added: number;
  changed: number;
  same: number;
  /** Where it goes in the repository and under which name. */
  folder: string | null;
  targetName: string | null;
  /** Whether the file has no error of its own (download offered). */
  clean: boolean;
}

export interface MoveView {
  agency: string;
  before: string;
  after: string;
  changed: boolean;
  rank: string | null;
}

export interface EffectView {
  title: string;
  direction: string;
  median: string;
  ranked: boolean;
  moves: MoveView[];
  /** "Rangs qui bougent : …" (movedRanksText), or null. */
  moved: string | null;
}

export interface CheckView {
  valid: boolean;
  /** The first two lines of the CLI's text report: verdict, then read = accepted + rejected + ignored. */
  verdict: string;
  accounting: string;
  stats: {files: number; rows: number; accepted: number; rejected: number; ignored: number};
  files: FileView[];
  errors: EntryList;
  warnings: EntryList;
  /** Per indicator × period touched (preview.ts, as `npm run data:diff`). */
  effects: EffectView[];
  /** Effects not shown (the page shows the first ones). */
  moreEffects: number;
}
