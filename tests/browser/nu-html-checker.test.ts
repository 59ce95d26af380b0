/**
 * The W3C Nu HTML Checker (vnu-jar, on the system Java) over every page of the
 * production build, both locales, in one JVM: 0 errors. A deliberately invalid
 * page goes through the same run, so the test also proves that the checker's
 * errors reach it (a run that silently checked nothing would fail).
 *
 * Java: Debian's default-jre-headless (.ci/run installs it when absent). In CI
 * a missing Java or build is a failure; locally the test says loudly what to
 * install and does not run.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {buildDir} from './helpers';

const require = createRequire(import.meta.url);
/** vnu-jar exports the path of its vnu.jar. */
const vnuJar = String(require('vnu-jar'));

function findJava(): string | null {
  const candidates = [process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java'), 'java'].filter(Boolean) as string[];
  return candidates.find((c) => spawnSync(c, ['-version'], {stdio: 'ignore'}).status === 0) ?? null;
}

function unavailable(): string | null {
  const missing: string[] = [];
  if (!findJava()) missing.push('Java est introuvable (java dans le PATH ou JAVA_HOME). Installez-le : sudo apt-get install -y default-jre-headless');
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) missing.push(`Le site compilé est absent de ${buildDir}. Lancez d'abord : npm run build`);
  if (missing.length === 0) return null;
  if (process.env.CI) throw new Error(`Validateur HTML du W3C impossible à lancer en CI :\n${missing.join('\n')}`);
  console.warn(`\n${'!'.repeat(78)}\n!! VALIDATEUR HTML DU W3C (vnu) NON EXÉCUTÉ\n${missing.map((l) => `!! ${l}`).join('\n')}\n${'!'.repeat(78)}\n`);
  return missing.join('\n');
}

/** Every .html file under dir, sorted. */
export function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, {recursive: true, withFileTypes: true}) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io';
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const skip = unavailable();

describe.skipIf(skip)('W3C Nu HTML Checker (vnu-jar) on every built page', () => {
  it('finds no error on any page of either locale', {timeout: 900_000}, () => {
    const pages = htmlFiles(buildDir);
    expect(pages.filter((p) => p.startsWith(path.join(buildDir, 'en') + path.sep)).length).toBeGreaterThan(10);
    // A page with two errors the checker must report: a duplicate id and a <div> inside a <p>'s phrasing content.
    const canaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-vnu-'));
    const canary = path.join(canaryDir, 'canary.html');
    fs.writeFileSync(canary, '<!doctype html><html lang="fr"><title>t</title><p id="a">x</p><span id="a"><div>y</div></span>');

    const started = Date.now();
    const run = spawnSync(findJava()!, ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', canary, ...pages], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    fs.rmSync(canaryDir, {recursive: true, force: true});
    expect(run.status, run.stderr).toBe(0);
    const messages = (JSON.parse(run.stdout) as {messages: VnuMessage[]}).messages;
    const isCanary = (m: VnuMessage) => m.url.endsWith('/canary.html');

    expect(messages.filter(isCanary).map((m) => m.message).join('\n')).toMatch(/Duplicate ID/);
    expect(messages.filter(isCanary).some((m) => /Element “div” not allowed/.test(m.message))).toBe(true);

    const errors = messages.filter((m) => !isCanary(m));
    const report = errors.map((m) => `${path.relative(buildDir, new URL(m.url).pathname)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.message}\n    ${m.extract ?? ''}`);
    console.log(`vnu: ${pages.length} pages, ${errors.length} error(s), ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(report, report.join('\n')).toEqual([]);
  });
});
