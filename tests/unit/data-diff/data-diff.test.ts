/**
 * npm run data:diff on a throw-away git repository: commit a values CSV, change
 * it, and check that the Markdown report names what a reviewer must see — the
 * indicator, the agency, old and new values, the rank move and the median shift.
 * Reference files (agencies, channels, themes, sources) are copied from data/.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {dataDiff, diffTables, parseArgs} from '../../../scripts/data-diff';

const siteDir = path.resolve(__dirname, '../../..');
const INDICATORS = ['appels-reponse-3-minutes', 'appels-abandon', 'courriels-volume'];

const VALUES = `organisme;indicateur;periode;valeur;statut;note;source
RAMQ;appels-reponse-3-minutes;2010-2011;80,0;illustratif;;
RRQ;appels-reponse-3-minutes;2010-2011;70,0;illustratif;;
SAAQ;appels-reponse-3-minutes;2010-2011;60,0;illustratif;;
CSST;appels-reponse-3-minutes;2010-2011;50,0;illustratif;;
RAMQ;appels-abandon;2010-2011;5,0;illustratif;;
RRQ;appels-abandon;2010-2011;8,0;illustratif;;
RAMQ;courriels-volume;2010-2011;1 000;illustratif;;
RRQ;courriels-volume;2010-2011;3 000;illustratif;;
`;

let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {cwd: repo, encoding: 'utf8'});
}

function write(rel: string, text: string): void {
  const file = path.join(repo, rel);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

function commit(message: string): void {
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', message);
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-data-diff-test-'));
  git('init', '-q', '-b', 'main');
  for (const f of ['organismes.csv', 'modes-de-prestation.csv', 'themes.csv', 'sources.csv']) {
    fs.mkdirSync(path.join(repo, 'data'), {recursive: true});
    fs.copyFileSync(path.join(siteDir, 'data', f), path.join(repo, 'data', f));
  }
  const catalogue = fs.readFileSync(path.join(siteDir, 'data', 'indicateurs.csv'), 'utf8').split(/\r?\n/);
  const rows = catalogue.filter((line, i) => i === 0 || INDICATORS.some((id) => line.startsWith(`${id},`)));
  expect(rows).toHaveLength(INDICATORS.length + 1);
  write('data/indicateurs.csv', `${rows.join('\n')}\n`);
  write('data/valeurs/2010-2011.csv', VALUES);
  commit('base');
});

afterAll(() => {
  if (repo) fs.rmSync(repo, {recursive: true, force: true});
});

describe('npm run data:diff', () => {
  it('says nothing changes when the data are the same', async () => {
    const md = await dataDiff({base: 'HEAD', head: null, data: 'data', maxRows: 50, cwd: repo});
    expect(md).toContain('Aucune modification des fichiers de données');
  });

  it('names the indicator, the agency, the old and new values, the rank move and the median shift', async () => {
    // CSST goes from last (50 %) to first (90 %) on a higher-is-better indicator.
    write('data/valeurs/2010-2011.csv', VALUES.replace('CSST;appels-reponse-3-minutes;2010-2011;50,0', 'CSST;appels-reponse-3-minutes;2010-2011;90,0'));
    const md = await dataDiff({base: 'HEAD', head: null, data: 'data', maxRows: 50, cwd: repo});
    // Per-file counts from daff.
    expect(md).toMatch(/\| `data\/valeurs\/2010-2011\.csv` \| modifié \| 0 \| 1 \| 0 \|/);
    // The indicator, by name and id.
    expect(md).toContain('(`appels-reponse-3-minutes`), 2010-2011');
    // The agency, with old and new values.
    expect(md).toMatch(/\| Commission de la santé et de la sécurité du travail \(CSST\) \| 50 % \(illustratif\) \| \*\*90 % \(illustratif\)\*\* \| 4 → 1 \(gagne 3 rangs\) \|/);
    // The agencies it overtakes lose one rank each.
    expect(md).toContain('RAMQ 1 → 2');
    expect(md).toContain('RRQ 2 → 3');
    expect(md).toContain('SAAQ 3 → 4');
    // Median of 80, 70, 60, 50 = 65 → of 90, 80, 70, 60 = 75.
    expect(md).toContain('Médiane : 65 % → 75 % (+10 %)');
    // Indicators that did not change are not listed.
    expect(md).not.toContain('`appels-abandon`');
    // The daff detail shows the cell change.
    expect(md).toContain('**50,0 → 90,0**');
  });

  it('ranks lower-is-better indicators lowest first, and shows added and removed rows', async () => {
    write(
      'data/valeurs/2010-2011.csv',
      VALUES.replace('RRQ;appels-abandon;2010-2011;8,0;illustratif;;\n', '').replace(
        'RAMQ;appels-abandon;2010-2011;5,0;illustratif;;\n',
        'RAMQ;appels-abandon;2010-2011;5,0;illustratif;;\nSAAQ;appels-abandon;2010-2011;4,0;illustratif;;\n',
      ),
    );
    const md = await dataDiff({base: 'HEAD', head: null, data: 'data', maxRows: 50, cwd: repo});
    expect(md).toMatch(/\| `data\/valeurs\/2010-2011\.csv` \| modifié \| 1 \| 0 \| 1 \|/);
    expect(md).toContain('(`appels-abandon`), 2010-2011');
    expect(md).toContain('plus bas = meilleur');
    expect(md).toMatch(/\(SAAQ\) \| — \| \*\*4 % \(illustratif\)\*\* \| entre au rang 1 \|/);
    expect(md).toMatch(/\(RRQ\) \| 8 % \(illustratif\) \| — \| sort du classement \(était 2\) \|/);
    expect(md).toContain('RAMQ 1 → 2');
    expect(md).toContain('Médiane : 6,5 % → 4,5 % (−2 %)');
  });

  it('does not rank a neutral indicator but shows its median', async () => {
    write('data/valeurs/2010-2011.csv', VALUES.replace('RRQ;courriels-volume;2010-2011;3 000', 'RRQ;courriels-volume;2010-2011;5 000'));
    const md = await dataDiff({base: 'HEAD', head: null, data: 'data', maxRows: 50, cwd: repo});
    expect(md).toContain('(`courriels-volume`), 2010-2011');
    expect(md).toContain('neutre (volume : aucun classement)');
    expect(md).toContain('Médiane : 2 000 → 3 000 (+1 000)');
    expect(md).not.toContain('rang avant');
  });

  it('treats a comma CSV and a semicolon CSV with the same numbers as the same data', async () => {
    const comma = VALUES.replace(/;/g, ',').replace(/(\d),0,/g, '$1.0,').replace(/1 000/, '1000').replace(/3 000/, '3000');
    write('data/valeurs/2010-2011.csv', comma);
    const md = await dataDiff({base: 'HEAD', head: null, data: 'data', maxRows: 50, cwd: repo});
    expect(md).toContain("Aucune valeur d'indicateur d'étalonnage ne change");
  });

  it('runs as a CLI against a committed base and a committed head', () => {
    write('data/valeurs/2010-2011.csv', VALUES.replace('RAMQ;appels-reponse-3-minutes;2010-2011;80,0', 'RAMQ;appels-reponse-3-minutes;2010-2011;40,0'));
    commit('RAMQ drops');
    const r = spawnSync(process.execPath, [path.join(siteDir, 'node_modules/tsx/dist/cli.mjs'), path.join(siteDir, 'scripts/data-diff.ts'), '--base', 'HEAD~1', '--head', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Régie de l'assurance maladie du Québec (RAMQ)");
    expect(r.stdout).toContain('1 → 4 (perd 3 rangs)');
    expect(r.stdout).toContain('Médiane : 65 % → 55 % (−10 %)');
    const bad = spawnSync(process.execPath, [path.join(siteDir, 'node_modules/tsx/dist/cli.mjs'), path.join(siteDir, 'scripts/data-diff.ts'), '--base', 'no-such-ref'], {cwd: repo, encoding: 'utf8'});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Référence git inconnue');
  }, 60_000);
});

describe('argument parsing and table diff', () => {
  it('requires --base', () => {
    expect(() => parseArgs([])).toThrow(/--base/);
    expect(parseArgs(['--base', 'origin/main'])).toMatchObject({base: 'origin/main', head: null, data: 'data'});
    expect(parseArgs(['--base=origin/main', '--max-rows', '5'])).toMatchObject({base: 'origin/main', maxRows: 5});
  });

  it('matches rows on their key columns, not their position', () => {
    const h = ['organisme', 'indicateur', 'periode', 'valeur'];
    const d = diffTables('x.csv', [h, ['A', 'i', '2010', '1'], ['B', 'i', '2010', '2']], [h, ['B', 'i', '2010', '2'], ['A', 'i', '2010', '3']]);
    expect(d).toMatchObject({added: 0, removed: 0, changed: 1});
    expect(diffTables('x.csv', [h, ['A', 'i', '2010', '1']], [h, ['A', 'i', '2010', '1']])).toBeNull();
    expect(diffTables('new.csv', null, [h, ['A', 'i', '2010', '1']])).toMatchObject({status: 'ajouté', added: 1});
  });
});
