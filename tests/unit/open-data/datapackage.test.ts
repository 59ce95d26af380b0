/**
 * datapackage.json against the published Frictionless JSON schemas (v1,
 * vendored in tests/fixtures/frictionless), and every CSV against its own
 * Table Schema: header, types (with the declared decimal character), required
 * fields, enums, missing-value tokens, primary keys, size and hash.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import type {DataPackage, DataResource} from '../../../src/lib/open-data/datapackage';
import {REPO, openData, text} from './helpers';

const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO, 'tests/fixtures/frictionless', name), 'utf8')) as object;

function validator(name: string) {
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  return ajv.compile(schema(name));
}

/** A cell against its Table Schema field; null when valid, the reason otherwise. */
function castError(value: string, field: DataResource['schema']['fields'][number], missing: string[]): string | null {
  if (missing.includes(value)) return field.constraints?.required ? 'required value missing' : null;
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? null : 'not an integer';
    case 'number': {
      const dec = field.decimalChar ?? '.';
      const other = dec === '.' ? ',' : '.';
      if (value.includes(other)) return `number with "${other}"`;
      return Number.isFinite(Number(value.replace(dec, '.'))) && /^-?\d+([.,]\d+)?$/.test(value) ? null : 'not a number';
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'not an ISO date';
    default:
      if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `not one of ${field.constraints.enum.join(', ')}`;
      return null;
  }
}

describe.each(['fr', 'en'] as const)('%s datapackage.json', (locale) => {
  it('is a valid Tabular Data Package, each resource schema a valid Table Schema', async () => {
    const built = await openData(locale);
    expect(built.datapackage.path).toBe('datapackage.json');
    const descriptor = JSON.parse(text(built.datapackage.bytes)) as DataPackage;
    for (const profile of ['data-package.json', 'tabular-data-package.json']) {
      const validate = validator(profile);
      expect(validate(descriptor) ? [] : validate.errors, profile).toEqual([]);
    }
    const resourceProfile = validator('tabular-data-resource.json');
    const tableSchema = validator('table-schema.json');
    for (const r of descriptor.resources) {
      expect(resourceProfile(r) ? [] : resourceProfile.errors, r.name).toEqual([]);
      expect(tableSchema(r.schema) ? [] : tableSchema.errors, r.name).toEqual([]);
    }
    // Every CSV of every table, both kinds, and nothing else.
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      built.tables
        .flatMap((t) => t.files)
        .filter((f) => f.kind === 'csv' || f.kind === 'csv-excel')
        .map((f) => f.path)
        .sort(),
    );
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
    expect(descriptor.licenses).toEqual([expect.objectContaining({name: 'CC-BY-4.0'})]);
    expect(descriptor.sources.length).toBeGreaterThan(0);
    // The schemas do reject what the specifications forbid.
    const tabular = validator('tabular-data-package.json');
    expect(tabular({...descriptor, name: 'Données CEGO'})).toBe(false);
    expect(tabular({...descriptor, resources: [{...descriptor.resources[0], schema: undefined}]})).toBe(false);
    expect(tableSchema({fields: [{name: 'valeur', type: 'nombre'}]})).toBe(false);
  }, 60_000);

  it('describes each CSV exactly: size, hash, dialect, header, types, enums, missing values, primary key', async () => {
    const built = await openData(locale);
    const descriptor = JSON.parse(text(built.datapackage.bytes)) as DataPackage;
    const files = new Map(built.tables.flatMap((t) => t.files).map((f) => [f.path, f]));
    for (const r of descriptor.resources) {
      const file = files.get(r.path)!;
      expect(r.bytes, r.name).toBe(file.bytes.byteLength);
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(file.bytes).digest('hex')}`);
      expect(r.licenses[0]!.name).toBe('CC-BY-4.0');
      // Only the tables of an indicator no document defines (illustrative values only) cite no source.
      if (r.sources) expect(r.sources.length, r.name).toBeGreaterThan(0);
      else expect(r.name).toMatch(/appels-abandon|plaintes-delai-reponse/);
      const parsed = Papa.parse<string[]>(text(file.bytes).replace(/^\uFEFF/, ''), {delimiter: r.dialect.delimiter, newline: r.dialect.lineTerminator as '\r\n', skipEmptyLines: true});
      expect(parsed.errors, r.name).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
      const keys = new Set<string>();
      rows.forEach((row, i) => {
        expect(row.length, `${r.name}:${i + 2}`).toBe(r.schema.fields.length);
        r.schema.fields.forEach((f, c) => {
          expect(castError(row[c]!, f, r.schema.missingValues), `${r.name}:${i + 2} ${f.name} = ${JSON.stringify(row[c])}`).toBeNull();
        });
        if (r.schema.primaryKey) {
          const key = r.schema.primaryKey.map((k) => row[header!.indexOf(k)]).join('\u0000');
          expect(keys.has(key), `${r.name}:${i + 2} duplicate key`).toBe(false);
          keys.add(key);
        }
      });
    }
  }, 60_000);

  it('declares the French-Excel dialect, its human headers and keys', async () => {
    const descriptor = JSON.parse(text((await openData(locale)).datapackage.bytes)) as DataPackage;
    const excel = descriptor.resources.find((r) => r.name === 'valeurs-excel-fr')!;
    expect(excel.dialect.delimiter).toBe(';');
    expect(excel.schema.missingValues).toEqual(['']);
    expect(excel.schema.fields.find((f) => f.type === 'number')!.decimalChar).toBe(',');
    // Its field names are the human headers, which the validator reads (scripts/pipeline/columns.ts).
    expect(excel.schema.fields.slice(0, 6).map((f) => f.name)).toEqual(locale === 'fr' ? ['Indicateur', 'Libellé', 'Organisme', 'Nom de l’organisme', 'Période', 'Valeur'] : ['Indicator', 'Label', 'Agency', 'Agency name', 'Period', 'Value']);
    expect(excel.schema.primaryKey).toEqual(locale === 'fr' ? ['Indicateur', 'Organisme', 'Période'] : ['Indicator', 'Agency', 'Period']);
    const machine = descriptor.resources.find((r) => r.name === 'valeurs')!;
    expect(machine.dialect.delimiter).toBe(',');
    expect(machine.schema.primaryKey).toEqual(locale === 'fr' ? ['indicateur', 'organisme', 'periode'] : ['indicator', 'agency', 'period']);
    const statements = descriptor.resources.find((r) => r.name === 'etats-financiers')!;
    expect(statements.schema.fields.find((f) => f.type === 'number')!.unit).toBe(locale === 'fr' ? 'dollars canadiens' : 'Canadian dollars');
    expect(statements.schema.fields.find((f) => f.type === 'date')).toBeDefined();
  }, 60_000);
});
