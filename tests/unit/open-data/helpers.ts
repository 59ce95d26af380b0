/**
 * The site's open data built in Node from data/, as the open-data plugin
 * builds it (same function), once per locale and test file.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadDatasetOrThrow, loadEvaluations, loadFinances} from '../../../scripts/pipeline/index';
import type {NormalisedDataset} from '../../../scripts/pipeline/types';
import {loadSiteCatalog} from '../../../src/lib/catalog';
import type {FinancesContent} from '../../../src/plugins/finances/index';
import {buildOpenData, type BuiltTables} from '../../../src/plugins/open-data/index';

export const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const DATA = path.join(REPO, 'data');
/** A fixed extraction date, so the tests can look for it. */
export const GENERATED = new Date(Date.UTC(2026, 11, 2, 15, 30));

let inputs: Promise<{dataset: NormalisedDataset; finances: FinancesContent}> | null = null;
const built = new Map<string, Promise<BuiltTables>>();

export function loadInputs(): Promise<{dataset: NormalisedDataset; finances: FinancesContent}> {
  inputs ??= (async () => {
    const dataset = await loadDatasetOrThrow(DATA);
    const finances: FinancesContent = {
      finances: (await loadFinances(DATA)).data,
      distributions: (await loadEvaluations(DATA)).distributions,
      catalog: await loadSiteCatalog(DATA),
    };
    return {dataset, finances};
  })();
  return inputs;
}

export function openData(locale: 'fr' | 'en'): Promise<BuiltTables> {
  let b = built.get(locale);
  if (!b) {
    b = loadInputs().then(({dataset, finances}) => buildOpenData(dataset, finances, locale, 'https://www.grandsorganismes.gouv.qc.ca', locale === 'fr' ? '/' : '/en/', GENERATED));
    built.set(locale, b);
  }
  return b;
}

export const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
