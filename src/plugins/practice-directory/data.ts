/**
 * The practice directory's data, per locale (Node only): the practice sheets'
 * front matter (src/lib/practices.ts) with the catalogue labels of their facets.
 * Used by the plugin (JSON index of the local search client) and by
 * scripts/search-records.ts (facets of the Algolia records).
 */
import path from 'node:path';
import {loadSiteCatalog} from '../../lib/catalog';
import {loadPractices, OUTSIDE_NETWORK} from '../../lib/practices';
import type {DirectoryData, PracticeRecord} from './types';

export const PRACTICE_ROUTE = '/meilleures-pratiques';

/** Facet label of the outside practices (reseau: externe). */
export const OUTSIDE_LABEL = {fr: 'Pratiques externes', en: 'Outside practices'} as const;

export async function loadDirectoryData(siteDir: string, locale: 'fr' | 'en'): Promise<DirectoryData> {
  const catalog = await loadSiteCatalog(path.join(siteDir, 'data'));
  const frDir = path.join(siteDir, 'docs', 'meilleures-pratiques');
  const enDir = path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'meilleures-pratiques');
  const practices = await loadPractices(siteDir, frDir, PRACTICE_ROUTE, catalog);
  const english = locale === 'en' ? await loadPractices(siteDir, enDir, PRACTICE_ROUTE, catalog) : [];
  const byLink = new Map(english.map((p) => [p.permalink, p]));
  const records: PracticeRecord[] = practices.map((p) => {
    const en = byLink.get(p.permalink);
    return {
      objectID: p.permalink,
      permalink: p.permalink,
      title: en?.title ?? p.title,
      description: en?.description ?? p.description,
      // The sheet's text is in French when it has no translation.
      textLang: locale === 'en' && !en ? 'fr' : locale,
      network: p.network,
      // The outside body as the sheet of this locale names it (City of Toronto, not Ville de Toronto).
      ...(p.outsideBody ? {outsideBody: en?.outsideBody ?? p.outsideBody} : {}),
      themes: p.themes,
      channels: p.channels,
      agencies: p.agencies,
      year: p.year,
      status: p.status,
    };
  });
  records.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, locale));
  const used = (pick: (r: PracticeRecord) => string[]) => new Set(records.flatMap(pick));
  const networks = used((r) => [r.network]);
  const themes = used((r) => r.themes);
  const channels = used((r) => r.channels);
  const agencies = used((r) => r.agencies);
  const labelsOf = (entries: {code: string; name: Record<'fr' | 'en', string>}[], inUse: Set<string>) =>
    inLabelOrder(entries.filter((e) => inUse.has(e.code)).map((e) => [e.code, e.name[locale]]), locale);
  return {
    locale,
    labels: {
      network: inLabelOrder(
        [
          ...catalog.networks.filter((n) => networks.has(n.code)).map((n): [string, string] => [n.code, n.name[locale]]),
          // Practices of bodies outside the Centre: one group of their own, under no Centre body.
          ...(networks.has(OUTSIDE_NETWORK) ? [[OUTSIDE_NETWORK, OUTSIDE_LABEL[locale]] as [string, string]] : []),
        ],
        locale,
      ),
      themes: labelsOf(catalog.themes, themes),
      channels: labelsOf(catalog.channels, channels),
      agencies: labelsOf(catalog.agencies, agencies),
    },
    records,
  };
}

/**
 * code → label, its keys in alphabetical order of the labels in the page's
 * locale: the order the directory shows a facet's values in (sortFacetValues).
 * A key that looks like an array index would be moved first by JavaScript, so
 * such a code fails the build.
 */
export function inLabelOrder(entries: [string, string][], locale: 'fr' | 'en'): Record<string, string> {
  for (const [code] of entries) {
    if (/^(0|[1-9]\d*)$/.test(code)) throw new Error(`Code de catalogue « ${code} » : un code fait seulement de chiffres ne peut pas servir de valeur de filtre ; ajoutez-y une lettre dans le fichier de data/ qui le définit (reseaux.csv, themes.csv, modes-de-prestation.csv ou organismes.csv) et dans les fiches qui l'emploient.`);
  }
  return Object.fromEntries([...entries].sort((a, b) => a[1].localeCompare(b[1], locale)));
}
