/**
 * Site-content catalogues: the small reference files under data/ that pages and
 * practice sheets refer to by code (agencies, networks, channels, themes, sources,
 * breakfast conferences). Read at build time only (Node), never in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import {loadReference} from '../../scripts/pipeline/reference';
import {formatReport, Reporter} from '../../scripts/pipeline/report';
import type {Agency} from '../../scripts/pipeline/types';

/** Agencies come from the data pipeline's reader (same checks and messages as contributions). */
export type CatalogAgency = Agency;

export interface CatalogNetwork {
  code: string;
  kind: 'reseau' | 'groupe';
  name: {fr: string; en: string};
  start: string | null;
  end: string | null;
  status: 'actif' | 'termine';
  agencies: string[];
}

export interface CatalogEntry {
  code: string;
  name: {fr: string; en: string};
}

export interface CatalogSource {
  code: string;
  title: {fr: string; en: string};
  date: string | null;
  publisher: string | null;
}

export interface Conference {
  slug: string;
  date: string;
  title: {fr: string; en: string};
  speakers: string[];
  network: string;
  participants: number | null;
  evaluations: number | null;
  summary: {fr: string; en: string};
  source: string;
}

export interface SiteCatalog {
  agencies: CatalogAgency[];
  networks: CatalogNetwork[];
  channels: CatalogEntry[];
  themes: CatalogEntry[];
  sources: CatalogSource[];
  conferences: Conference[];
}

/** A catalogue file that cannot be read: the message is French and names file:line. */
export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

type Row = Record<string, string>;

function readCsv(file: string, required: string[]): {rows: Row[]; lineOf: (i: number) => number} {
  const display = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    throw new CatalogError(`${display} : fichier introuvable. Ce fichier de référence est obligatoire.`);
  }
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, {header: true, skipEmptyLines: 'greedy', delimiter: ','});
  const header = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new CatalogError(
      `${display}:1 : colonne(s) manquante(s) « ${missing.join(' », « ')} ». En-tête attendu : ${required.join(',')}.`,
    );
  }
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new CatalogError(`${display}:${(e.row ?? 0) + 2} : ${e.message}. Vérifiez les guillemets et le nombre de colonnes.`);
  }
  // These files are small and hand-edited; no multi-line cells, so row i is on line i + 2.
  return {rows: parsed.data, lineOf: (i) => i + 2};
}

function optionalInt(value: string | undefined): number | null {
  const v = (value ?? '').trim();
  return v === '' ? null : Number.parseInt(v, 10);
}

function nonEmpty(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  return v === '' ? null : v;
}

/**
 * organismes.csv, modes-de-prestation.csv, themes.csv and sources.csv are read by
 * the data pipeline (scripts/pipeline/reference.ts); this module adds the two
 * site-only files, reseaux.csv and dejeuners-conferences.csv.
 */
export async function loadSiteCatalog(dataDir: string): Promise<SiteCatalog> {
  const f = (name: string) => path.join(dataDir, name);
  const root = path.resolve(dataDir);
  const display = (name: string) => path.relative(path.dirname(root), path.join(root, name)).split(path.sep).join('/');
  const reporter = new Reporter();
  const ref = await loadReference(dataDir, display, reporter);
  const report = reporter.toReport();
  if (!report.valid) throw new CatalogError(`Fichiers de référence non valides :\n${formatReport(report)}`);
  const agencies = ref.agencyList;
  const agencyCodes = new Set(agencies.map((a) => a.code));

  const netFile = readCsv(f('reseaux.csv'), ['code', 'type', 'nom_fr', 'nom_en', 'debut', 'fin', 'statut', 'organismes']);
  const networks = netFile.rows.map((r, i): CatalogNetwork => {
    const members = (r.organismes ?? '').split(';').map((s) => s.trim()).filter(Boolean);
    for (const m of members) {
      if (!agencyCodes.has(m)) {
        throw new CatalogError(
          `data/reseaux.csv:${netFile.lineOf(i)} : colonne « organismes » : code d'organisme inconnu « ${m} ». Codes valides : ${[...agencyCodes].join(', ')}.`,
        );
      }
    }
    return {
      code: r.code!.trim(),
      kind: r.type!.trim() === 'groupe' ? 'groupe' : 'reseau',
      name: {fr: r.nom_fr!.trim(), en: r.nom_en!.trim()},
      start: nonEmpty(r.debut),
      end: nonEmpty(r.fin),
      status: r.statut!.trim() === 'termine' ? 'termine' : 'actif',
      agencies: members,
    };
  });

  const sources = ref.sourceList;

  const networkCodes = new Set(networks.map((n) => n.code));
  const sourceCodes = new Set(sources.map((s) => s.code));
  const confFile = readCsv(f('dejeuners-conferences.csv'), [
    'slug', 'date', 'titre_fr', 'titre_en', 'conferenciers', 'reseau', 'participants', 'evaluations', 'resume_fr', 'resume_en', 'source',
  ]);
  const conferences = confFile.rows.map((r, i): Conference => {
    const where = `data/dejeuners-conferences.csv:${confFile.lineOf(i)}`;
    if (!networkCodes.has(r.reseau!.trim())) {
      throw new CatalogError(`${where} : colonne « reseau » : réseau inconnu « ${r.reseau} ». Codes valides : ${[...networkCodes].join(', ')}.`);
    }
    if (!sourceCodes.has(r.source!.trim())) {
      throw new CatalogError(`${where} : colonne « source » : source inconnue « ${r.source} ». Ajoutez-la à data/sources.csv.`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date!.trim())) {
      throw new CatalogError(`${where} : colonne « date » : « ${r.date} » n'est pas une date AAAA-MM-JJ.`);
    }
    return {
      slug: r.slug!.trim(),
      date: r.date!.trim(),
      title: {fr: r.titre_fr!.trim(), en: r.titre_en!.trim()},
      speakers: (r.conferenciers ?? '').split(';').map((s) => s.trim()).filter(Boolean),
      network: r.reseau!.trim(),
      participants: optionalInt(r.participants),
      evaluations: optionalInt(r.evaluations),
      summary: {fr: (r.resume_fr ?? '').trim(), en: (r.resume_en ?? '').trim()},
      source: r.source!.trim(),
    };
  });
  conferences.sort((a, b) => a.date.localeCompare(b.date));

  return {agencies, networks, channels: ref.channelList, themes: ref.themeList, sources, conferences};
}
