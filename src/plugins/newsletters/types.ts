/** Global data each newsletter blog instance ships to every page: keep it tiny. */
export interface IssueSummary {
  title: string;
  permalink: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  description: string;
  number: number | null;
  example: boolean;
}

export interface NewsletterGlobalData {
  /** Blog title, already translated for the current locale. */
  title: string;
  /** Base path of the series in the current locale, e.g. "/en/veille". */
  basePath: string;
  /** The three latest listed issues, newest first. */
  latest: IssueSummary[];
}
