/** Page data of /donnees-ouvertes (one JSON module, in the page's locale, sizes already formatted). */
import type {FileKind, TableGroup} from '../../lib/open-data/table';

export interface OpenDataFileLink {
  kind: FileKind;
  href: string;
  /** File name, for the download attribute. */
  file: string;
  /** "12,3 Ko" / "12.3 KB". */
  sizeText: string;
  bytes: number;
}

export interface OpenDataTableEntry {
  name: string;
  title: string;
  description: string;
  rowsText: string;
  sources: string[];
  illustrative: boolean;
  files: OpenDataFileLink[];
}

export interface OpenDataGroup {
  id: TableGroup;
  tables: OpenDataTableEntry[];
}

export interface OpenDataPageData {
  locale: 'fr' | 'en';
  /** Formatted extraction date ("2 décembre 2026"). */
  generatedText: string;
  generatedIso: string;
  licence: {title: string; url: string};
  datapackage: {href: string; sizeText: string; resources: number};
  groups: OpenDataGroup[];
  /** Agencies that reported no value: named on the page instead of an empty download. */
  agenciesWithoutData: string[];
  /** Number of files in all (workbooks, CSV, JSON). */
  fileCount: number;
}
