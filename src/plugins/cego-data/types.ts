/** Global data published by the cego-data plugin, already in the page's locale. */
export interface CegoGlobalData {
  locale: 'fr' | 'en';
  agencies: {
    code: string;
    name: string;
    status: 'actif' | 'ancien';
    memberSince: number | null;
    memberUntil: number | null;
    website: string | null;
    note: string | null;
  }[];
  networks: {
    code: string;
    kind: 'reseau' | 'groupe';
    name: string;
    status: 'actif' | 'termine' | 'prevu';
    /** Period the status is stated for ("2006-2007"), or null. */
    statusPeriod: string | null;
    start: string | null;
    /** The start as the source words it, in the page's locale, or null. */
    startText: string | null;
    end: string | null;
    /** Members; empty when no source lists them. */
    agencies: string[];
    /** Agencies visited by the group (not members). */
    visited: string[];
    source: string | null;
  }[];
  channels: {code: string; name: string}[];
  themes: {code: string; name: string}[];
  sources: {code: string; title: string; date: string | null}[];
  conferences: {
    slug: string;
    date: string;
    title: string;
    network: string;
    participants: number | null;
    evaluations: number | null;
  }[];
  /** How many practice sheets the site publishes (the sheets themselves: PracticesByNetwork, the directory). */
  practiceCount: number;
}

/**
 * The practice sheets of each network or group code ('externe': bodies outside the Centre),
 * sorted by title, in the page's locale. Written by the cego-data plugin with createData under
 * this name, read by src/components/PratiquesDuReseau through @generated.
 */
export const PRACTICES_BY_NETWORK = 'practices-by-network.json';
export type PracticesByNetwork = Record<
  string,
  {
    permalink: string;
    title: string;
    year: number;
    /** The outside body, for the 'externe' network. */
    outsideBody?: string;
  }[]
>;

export interface ConferenceItem {
  slug: string;
  date: string;
  title: string;
  speakers: string[];
  network: string;
  participants: number | null;
  evaluations: number | null;
  summary: string;
  source: string;
}
