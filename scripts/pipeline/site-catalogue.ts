/**
 * The site catalogue: what the site publishes, as one JSON file the browser
 * checker loads to check a contributor's file against the published data
 * (codes that resolve, values already published, the tables a change would
 * move). Built from a checked data folder at build time:
 *
 *   const result = await loadDataFolder('data');        // Node (index.ts)
 *   const json = JSON.stringify(buildSiteCatalogue(result));
 *
 * and passed back as checkData(files, { base: catalogue }). Everything in it
 * is already public on the site.
 */
import type { CheckResult } from './check';
import type { RatingDistribution } from './evaluations';
import type { FinanceData } from './finances';
import type { Agency, Channel, Conference, Indicator, Network, NormalisedDataset, Observation, Source, Theme } from './types';

export const SITE_CATALOGUE_FORMAT = 'cego-site-catalogue';
export const SITE_CATALOGUE_VERSION = 1;

export interface SiteCatalogue {
  format: typeof SITE_CATALOGUE_FORMAT;
  version: typeof SITE_CATALOGUE_VERSION;
  agencies: Agency[];
  channels: Channel[];
  themes: Theme[];
  sources: Source[];
  /** In catalogue order, with where each row is in data/ (origin). */
  indicators: Indicator[];
  /** Published values, in dataset order, with where each row is in data/ (origin). */
  observations: Observation[];
  periods: string[];
  networks: Network[];
  conferences: Conference[];
  /** The Centre's financial statements (rows and contributions), or null. */
  finances: Pick<FinanceData, 'toleranceCents' | 'years' | 'rows' | 'contributions' | 'findings'> | null;
  evaluations: RatingDistribution[] | null;
}

/** The catalogue of a checked data folder (build it from a valid one: the site publishes only that). */
export function buildSiteCatalogue(result: Pick<CheckResult, 'dataset' | 'networks' | 'conferences' | 'finances' | 'evaluations'>): SiteCatalogue {
  const d = result.dataset;
  return {
    format: SITE_CATALOGUE_FORMAT,
    version: SITE_CATALOGUE_VERSION,
    agencies: d.agencies,
    channels: d.channels,
    themes: d.themes,
    sources: d.sources,
    indicators: d.indicators,
    observations: d.observations,
    periods: d.periods,
    networks: result.networks,
    conferences: result.conferences,
    finances: result.finances
      ? {
          toleranceCents: result.finances.toleranceCents,
          years: result.finances.years,
          rows: result.finances.rows,
          contributions: result.finances.contributions,
          findings: result.finances.findings,
        }
      : null,
    evaluations: result.evaluations,
  };
}

/** A parsed catalogue, checked for what it claims to be (a stale or foreign JSON fails clearly). */
export function parseSiteCatalogue(json: string | unknown): SiteCatalogue {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  const c = value as Partial<SiteCatalogue> | null;
  if (!c || c.format !== SITE_CATALOGUE_FORMAT) throw new Error('Not a CEGO site catalogue (format field).');
  if (c.version !== SITE_CATALOGUE_VERSION) throw new Error(`Site catalogue version ${String(c.version)}; this checker reads version ${SITE_CATALOGUE_VERSION}.`);
  return c as SiteCatalogue;
}

/** The published benchmark dataset of a catalogue (the "before" of a change preview). */
export function catalogueDataset(c: SiteCatalogue): NormalisedDataset {
  return {
    agencies: c.agencies,
    channels: c.channels,
    themes: c.themes,
    sources: c.sources,
    indicators: c.indicators,
    observations: c.observations,
    periods: c.periods,
  };
}
