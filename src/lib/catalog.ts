/**
 * Site-content catalogues: the reference files under data/ that pages and
 * practice sheets refer to by code (agencies, networks, channels, themes,
 * sources, breakfast conferences). They are read and checked by the data
 * pipeline (scripts/pipeline), with the same reader, rules and messages as
 * `npm run validate`. Read at build time only (Node), never in the browser.
 */
import {loadSiteTables} from '../../scripts/pipeline/index';
import {formatReport} from '../../scripts/pipeline/report';
import type {Agency, Channel, Conference, Network, Source, Theme} from '../../scripts/pipeline/types';

export type CatalogAgency = Agency;
export type CatalogNetwork = Network;
export type CatalogEntry = Channel | Theme;
export type CatalogSource = Source;
export type {Conference};

export interface SiteCatalog {
  agencies: CatalogAgency[];
  networks: CatalogNetwork[];
  channels: CatalogEntry[];
  themes: CatalogEntry[];
  sources: CatalogSource[];
  conferences: Conference[];
}

/** A catalogue file that cannot be read: the message is the pipeline's French report (file:line:column). */
export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

export async function loadSiteCatalog(dataDir: string): Promise<SiteCatalog> {
  const result = await loadSiteTables(dataDir);
  if (!result.report.valid) throw new CatalogError(`Fichiers de référence non valides :\n${formatReport(result.report)}`);
  const d = result.dataset;
  return {agencies: d.agencies, networks: result.networks, channels: d.channels, themes: d.themes, sources: d.sources, conferences: result.conferences};
}
