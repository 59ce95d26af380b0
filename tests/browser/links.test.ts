/**
 * Link check of the built site (scripts/links.ts, linkinator, offline): every
 * internal link, asset and download of both sitemaps' pages resolves, and every
 * #anchor exists as an id in its target page.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {checkLinks, type LinkReport} from '../../scripts/links';
import {browserTestsUnavailable, buildDir} from './helpers';

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable)('links of the built site', () => {
  let report: LinkReport;

  beforeAll(async () => {
    report = await checkLinks(buildDir);
  }, 600_000);

  it('crawls the pages of both languages', () => {
    expect(report.pages.fr).toBeGreaterThan(10);
    expect(report.pages.en).toBeGreaterThan(10);
  });

  it('every internal link, asset and download resolves', () => {
    expect(report.broken).toEqual([]);
  });

  it('every #anchor exists in its target page', () => {
    expect(report.brokenAnchors).toEqual([]);
  });
});
