/**
 * What `npm ci` would warn about (EBADENGINE): every package of the lock file
 * whose `engines.node` excludes the Node 20 the README asks for. Read from
 * package-lock.json, where npm records each package's `engines`, without
 * installing anything. js-beautify (through mjml) wants nopt 10 and abbrev 5,
 * Node 22 only: package.json's `overrides` pins versions that support Node 20.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import {describe, expect, it} from 'vitest';

const siteDir = path.resolve(__dirname, '../../..');
const lock = JSON.parse(fs.readFileSync(path.join(siteDir, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, {version?: string; engines?: unknown; optional?: boolean}>;
};
const pkg = JSON.parse(fs.readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as {engines: {node: string}};

/** Node 20 as the README states it: any 20.x from 20.19 (what vite and rolldown need). */
const NODE_20 = '>=20.19.0 <21.0.0';

/** Lock entries whose engines.node has no version in common with Node 20. */
export function excludingNode20(packages: typeof lock.packages): string[] {
  return Object.entries(packages)
    .filter(([, p]) => {
      const e = p.engines;
      const range = typeof e === 'object' && e !== null && !Array.isArray(e) ? (e as {node?: unknown}).node : undefined;
      return typeof range === 'string' && semver.validRange(range) !== null && !semver.intersects(range, NODE_20);
    })
    .map(([where, p]) => `${where.replace(/^node_modules\//, '') || '(le projet)'}@${p.version} : engines.node « ${JSON.stringify(p.engines)} »`);
}

describe('Node 20 everywhere (no EBADENGINE warning from npm ci)', () => {
  it('the project itself supports Node 20', () => {
    expect(semver.intersects(pkg.engines.node, NODE_20)).toBe(true);
  });

  it('no package in package-lock.json excludes Node 20', () => {
    expect(excludingNode20(lock.packages)).toEqual([]);
  });

  it('finds the packages that npm ci warned about before the override', () => {
    // The two entries of the lock file before package.json's `overrides`.
    const before = {
      'node_modules/nopt': {version: '10.0.1', engines: {node: '^22.22.2 || ^24.15.0 || >=26.0.0'}},
      'node_modules/abbrev': {version: '5.0.0', engines: {node: '^22.22.2 || ^24.15.0 || >=26.0.0'}},
      'node_modules/vite': {version: '8.3.8', engines: {node: '^20.19.0 || >=22.12.0'}},
    };
    expect(excludingNode20(before).map((l) => l.split('@')[0])).toEqual(['nopt', 'abbrev']);
  });
});
