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
  practices: {
    permalink: string;
    title: string;
    /** A network or group code, or 'externe' (a practice of a body outside the Centre). */
    network: string;
    /** The outside body, when network is 'externe'. */
    outsideBody?: string;
    themes: string[];
    channels: string[];
    agencies: string[];
    year: number;
    status: string;
  }[];
}

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
