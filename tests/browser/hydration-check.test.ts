/**
 * The route pass's hydration check (route-checks/hydration.ts) on pages made
 * for it: a stand-in client entry changes the server's page the ways a real
 * mismatch would, and the check must name each, while a page whose text is
 * only split differently into nodes passes.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {browserTestsUnavailable, launchBrowser} from './helpers';
import {hydration, HYDRATION_WATCH} from './route-checks/hydration';

const SERVER_HTML = '<nav id="menu"><a href="/">Accueil</a></nav><main><p id="n">1\u00a0006\u00a0000</p><p id="y">(<!-- -->2006<!-- -->)</p></main>';

/** A page whose "client entry" runs `hydrate` on the app, then stores the root as Docusaurus does. */
const page = (hydrate: string, when: 'parsed' | 'parsing' = 'parsed') => `<!doctype html><html lang="fr"><head><title>t</title></head><body>
<div id="__docusaurus">${SERVER_HTML}</div>
<script>
  function run() { const app = document.getElementById('__docusaurus'); (${hydrate})(app); window.docusaurusRoot = {}; }
  ${when === 'parsed' ? "document.addEventListener('DOMContentLoaded', () => setTimeout(run, 0));" : 'run();'}
</script></body></html>`;

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable !== null)('the route pass’s hydration check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function findings(html: string): Promise<string[]> {
    const tab = await browser.newPage();
    await tab.addInitScript(HYDRATION_WATCH);
    await tab.route('http://cego.test/**', (route) => route.fulfill({body: html, contentType: 'text/html; charset=utf-8'}));
    await tab.goto('http://cego.test/');
    await tab.waitForFunction(() => 'docusaurusRoot' in window && (window as {docusaurusRoot?: unknown}).docusaurusRoot !== undefined);
    const out = await hydration.run({page: tab, route: '/', locale: 'fr', origin: 'http://cego.test'});
    await tab.close();
    return out;
  }

  it('passes a page whose text is only split differently (comments removed, an empty text node added)', async () => {
    const out = await findings(
      page(`(app) => { const y = document.getElementById('y'); for (const n of [...y.childNodes]) if (n.nodeType === 8) n.remove(); y.insertBefore(document.createTextNode(''), y.childNodes[1]); }`),
    );
    expect(out).toEqual([]);
  });

  it('names a text the browser renders differently (a number formatted with the reader’s locale)', async () => {
    const out = await findings(page(`(app) => { document.getElementById('n').firstChild.data = '1,006,000'; }`));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^le texte change : .*1\u00a0006\u00a0000.* devient .*1,006,000/);
  });

  it('names an element moved (the focus of a reader who pressed Tab is lost) or added, and a changed attribute', async () => {
    const out = await findings(
      page(`(app) => { app.appendChild(document.getElementById('menu')); document.getElementById('n').setAttribute('id', 'm'); app.querySelector('main').append(document.createElement('span')); }`),
    );
    expect(out).toEqual(['retrait de <nav#menu> dans #__docusaurus', 'ajout de <nav#menu> dans #__docusaurus', 'attribut id "n" devient "m" sur <main> > <p#m>', 'ajout de <span> dans <main>', 'le texte change : "Accueil1\u00a0006\u00a0000(2006)" devient "1\u00a0006\u00a0000(2006)Accueil"']);
  });

  it('says when hydration ran before the page was parsed, where it could not watch', async () => {
    expect(await findings(page('() => {}', 'parsing'))).toEqual(['hydratation avant la fin de l’analyse du document : non observée']);
  });
});
