/**
 * The link check catches what it claims to: a missing page, a missing download,
 * a missing anchor — on a tiny built site written here — and accepts clean URLs
 * (/a → a.html, /en/ → en/index.html) and absolute links to the site's domain.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkLinks, type LinkReport} from '../../../scripts/links';

const SITE = 'https://www.example.gouv.qc.ca';
let dir: string;
let report: LinkReport;

function page(body: string): string {
  return `<!doctype html><html lang="fr"><head><title>t</title><link rel="canonical" href="${SITE}/a"></head><body>${body}</body></html>`;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-links-'));
  const write = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('index.html', page('<a href="/a">a</a> <a href="/a#section">ok anchor</a> <a href="/a#nowhere">bad anchor</a> <a href="/missing">missing</a>'));
  write('a.html', page('<h2 id="section">S</h2><a href="/fichiers/rapport.pdf">pdf</a> <a href="/fichiers/absent.pdf">absent</a> <a href="https://other.example.org/x">external</a>'));
  write('fichiers/rapport.pdf', '%PDF-1.4');
  write('en/index.html', page(`<a href="${SITE}/a#section">abs</a>`));
  write('sitemap.xml', `<urlset><url><loc>${SITE}/</loc></url><url><loc>${SITE}/a</loc></url></urlset>`);
  write('en/sitemap.xml', `<urlset><url><loc>${SITE}/en/</loc></url></urlset>`);
  report = await checkLinks(dir);
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, {recursive: true, force: true});
});

describe('scripts/links.ts', () => {
  it('reports a missing page and a missing download, not the ones that exist', () => {
    expect(report.broken).toEqual(['/ → /missing (404)', '/a → /fichiers/absent.pdf (404)']);
  });

  it('reports a missing anchor, not an existing one', () => {
    expect(report.brokenAnchors).toEqual(['/ → /a#nowhere']);
  });

  it('does not follow external links', () => {
    expect(JSON.stringify(report)).not.toContain('other.example.org');
  });
});
