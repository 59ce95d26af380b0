import type {Locale} from '../../../scripts/pipeline/types';

/** What the plugin gives the page (a createData JSON module). */
export interface CheckerPageProps {
  locale: Locale;
  /** Same-origin URL of the site catalogue JSON (content-hashed name). */
  catalogueUrl: string;
  /** The repository's upload page, without the folder: `${uploadBase}/data/valeurs`. */
  uploadBase: string;
  repositoryUrl: string;
}
