/**
 * data/reseaux.csv says what the sources say: members apart from agencies a
 * group only visited, a group's unlisted members left empty (not filled in),
 * dates in the source's words and a status for the period it is stated for.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../../scripts/pipeline/index';
import { CURRENT_YEAR, REPO, dataDirWith, flatten } from './helpers';

const HEADER = 'code,type,nom_fr,nom_en,debut,debut_fr,debut_en,fin,statut,statut_periode,organismes,organismes_visites,source\n';

async function check(rows: string) {
  const dir = dataDirWith({ 'reseaux.csv': HEADER + rows });
  return loadDataFolder(dir, { currentYear: CURRENT_YEAR });
}

describe('data/reseaux.csv', () => {
  it('le groupe sur les services d’accueil a visité la RAMQ, la SAAQ et la RRQ, sans membres connus', async () => {
    const { networks, report } = await loadDataFolder(join(REPO, 'data'), { currentYear: CURRENT_YEAR });
    expect(report.errors).toEqual([]);
    const accueil = networks.find((n) => n.code === 'accueil')!;
    expect(accueil.agencies).toEqual([]);
    expect(accueil.visited).toEqual(['RAMQ', 'SAAQ', 'RRQ']);
    expect(accueil.startText).toEqual({ fr: 'début de 2007', en: 'early 2007' });
    // No source says a group ended: every status is the annual report's, for 2006-2007.
    for (const n of networks) {
      expect(n.status, n.code).not.toBe('termine');
      expect(n.statusPeriod, n.code).toBe('2006-2007');
      expect(n.source, n.code).toBe('rapport-annuel-2006-2007');
    }
    const risques = networks.find((n) => n.code === 'risques-operationnels')!;
    expect(risques.status).toBe('prevu');
    expect(risques.start).toBe('2007'); // "au printemps 2007": no month
    expect(networks.find((n) => n.code === 'pandemie')!.start).toBeNull();
  });

  it('accepte un groupe sans membres, refuse un réseau sans membres', async () => {
    const r = await check('g,groupe,G,G,,,,,actif,2006-2007,,RAMQ,\nr,reseau,R,R,,,,,actif,,,,\n');
    expect(flatten(r.report).filter((e) => e[0] === 'data/reseaux.csv')).toEqual([['data/reseaux.csv', 3, 11, 'constraint-error']]);
    expect(r.networks.map((n) => n.code)).toEqual(['g']);
  });

  it('refuse un organisme visité ou une source inconnus, et un statut inconnu', async () => {
    const r = await check('g,groupe,G,G,,,,,actif,,,RAMQ;XYZ,\nh,groupe,H,H,,,,,actif,,,,inconnue\ni,groupe,I,I,,,,,fini,,,,\n');
    expect(flatten(r.report).filter((e) => e[0] === 'data/reseaux.csv')).toEqual([
      ['data/reseaux.csv', 2, 12, 'foreign-key'],
      ['data/reseaux.csv', 3, 13, 'foreign-key'],
      ['data/reseaux.csv', 4, 9, 'constraint-error'],
    ]);
  });
});
