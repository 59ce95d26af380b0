/**
 * Search in a browser, against the production build (offline search):
 * - full text: accent-insensitive and elided French queries, an English query,
 *   through the navbar form and the search page;
 * - the practice directory: two facets, the URL keeps them, a shared URL restores
 *   them, English under /en/, and axe finds no WCAG 2.1 AA violation; the page
 *   opens without its search engine, which loads on the first use of the form
 *   and keeps what the reader had ticked or typed, focus included;
 * - the index and the directory's code load only on their own pages.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {WAIT_MS, browserTestsUnavailable, describeViolations, patient, runAxe, scriptsRunBy, useSiteSession} from './helpers';

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable)('offline search and the practice directory', () => {
  const site = useSiteSession();
  const open = (path: string) => site.open(path);

  /** Result URLs of the search page for a query typed in its box (once the status announces this query's results). */
  async function results(page: Page, query: string): Promise<string[]> {
    await page.locator('#cego-search-input').fill(query);
    const announced = new RegExp(`(résultats?|results?) (pour|for) [«“]\\s?${query.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?[»”]`, 'i');
    await expect.poll(() => page.getByTestId('search-status').innerText(), {timeout: WAIT_MS}).toMatch(announced);
    return page.locator('[data-testid="search-results"] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('French: a query without accents finds the accented words, from the navbar form', async () => {
    const {page, errors} = await open('/');
    // On narrower desktop widths the navbar shows only the button (it opens the search page).
    await page.setViewportSize({width: 1600, height: 900});
    const box = page.getByRole('searchbox', {name: 'Rechercher dans le site'});
    await box.fill('echange');
    await box.press('Enter');
    await page.waitForURL(/\/recherche\?q=echange$/);
    await expect.poll(() => page.getByTestId('search-status').innerText(), {timeout: WAIT_MS}).toMatch(/\d+ résultats pour «\sechange\s»/);
    const urls = await page.locator('[data-testid="search-results"] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/reseaux');
    // The pages found do contain the accented form.
    await page.goto(site.server.origin + urls[0]!, {waitUntil: 'networkidle'});
    expect((await page.locator('main').innerText()).toLowerCase()).toContain('échange');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('French: "equipement" finds "équipements", and elided forms (l’, d’) match the bare word', async () => {
    const {page, errors} = await open('/recherche');
    const equipement = await results(page, 'equipement');
    expect(equipement).toContain('/meilleures-pratiques/telephonie-ip');
    expect(await results(page, "l'équipement")).toEqual(equipement);
    expect(await results(page, 'L’ÉQUIPEMENT')).toEqual(equipement);
    // "d'équipe", "l'équipe" in the text; query without the article, with straight or curly apostrophes.
    const equipe = await results(page, 'equipe');
    expect(equipe).toContain('/meilleures-pratiques/sessions-de-calibrage');
    expect(await results(page, 'd’équipe')).toEqual(equipe);
    expect(await results(page, "l'equipe")).toEqual(equipe);
    // The URL keeps the query: the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe("l'equipe");
    const violations = await runAxe(page);
    expect(violations, describeViolations('/recherche', violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search page and the directory filters have a submit button that takes the keyboard to the results', async () => {
    const {page, errors} = await open('/recherche');
    await page.locator('#cego-search-input').fill('satisfaction');
    await page.getByRole('button', {name: 'Rechercher', exact: true}).click();
    await expect.poll(() => page.getByTestId('search-status').innerText(), {timeout: WAIT_MS}).toMatch(/\d+ résultats pour «\ssatisfaction\s»/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cego-search-results');
    expect(new URL(page.url()).searchParams.get('q')).toBe('satisfaction');

    await page.goto(`${site.server.origin}/en/meilleures-pratiques`, {waitUntil: 'networkidle'});
    await page.getByRole('searchbox', {name: 'Search for a practice'}).fill('survey');
    await page.getByRole('searchbox', {name: 'Search for a practice'}).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('directory-results-title');
    expect(await page.locator('form[role="search"] button[type="submit"]').allInnerTexts()).toContain('Show the sheets');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript the search page still sends its query (a plain GET form)', async () => {
    const context = patient(await site.browser.newContext({javaScriptEnabled: false}));
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/en/recherche`);
    await page.locator('#cego-search-input').fill('surveys');
    await page.locator('main').getByRole('button', {name: 'Search', exact: true}).click();
    await page.waitForURL(/\/en\/recherche\?q=surveys$/);
    await context.close();
  });

  it('English: the English index answers an English query, with an English interface', async () => {
    const {page, errors} = await open('/en/recherche?q=surveys');
    await expect.poll(() => page.getByTestId('search-status').innerText(), {timeout: WAIT_MS}).toMatch(/\d+ results? for “surveys”/);
    expect(await page.locator('label[for="cego-search-input"]').innerText()).toBe('Words to search for');
    const urls = await page.locator('[data-testid="search-results"] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/en/meilleures-pratiques/sondages-en-ligne');
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
    // Singular finds the plural (light stemming).
    expect(await results(page, 'survey')).toContain('/en/meilleures-pratiques/sondages-en-ligne');
    const violations = await runAxe(page);
    expect(violations, describeViolations('/en/recherche', violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Waits until InstantSearch has taken the static directory's place (one directory, drawn by the engine). */
  async function engineInPlace(page: Page): Promise<void> {
    await expect
      .poll(() => page.locator('[data-testid="directory"]').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-engine')).join()), {timeout: WAIT_MS})
      .toBe('instantsearch');
  }

  async function count(page: Page): Promise<number> {
    await expect.poll(() => page.getByTestId('directory-count').innerText(), {timeout: WAIT_MS}).toMatch(/\d+|Aucune|No sheet/);
    const text = await page.getByTestId('directory-count').innerText();
    return Number(/(\d+)/.exec(text)?.[1] ?? 0);
  }

  it('directory: filtering by two facets, counts per value, state in the URL, shared URL restores it', async () => {
    const {page, errors} = await open('/meilleures-pratiques');
    const all = await count(page);
    expect(all).toBeGreaterThan(10);
    const channels = page.locator('fieldset[data-facet="channels"]');
    await expect(channels.locator('legend').innerText()).resolves.toBe('Mode de prestation');
    // Keyboard only: focus the checkbox and press space.
    const telephone = channels.getByRole('checkbox', {name: /^Téléphone/});
    const telephoneCount = Number(await telephone.evaluate((el) => el.parentElement!.querySelector('[aria-hidden="true"]')!.textContent));
    await telephone.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(telephoneCount);
    const year = page.locator('fieldset[data-facet="year"]').getByRole('checkbox', {name: /^2012/});
    const yearCount = Number(await year.evaluate((el) => el.parentElement!.querySelector('[aria-hidden="true"]')!.textContent));
    await year.check();
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(yearCount);
    const filtered = await count(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(telephoneCount + 1);
    const metas = await page.locator('[data-testid="directory-hits"] li p').evaluateAll((ps) => ps.filter((_, i) => i % 2 === 0).map((p) => p.textContent ?? ''));
    for (const meta of metas) {
      expect(meta).toContain('2012');
      expect(meta).toContain('Téléphone');
    }
    const titles = await page.locator('[data-testid="directory-hits"] h3').allInnerTexts();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/meilleures-pratiques');
    expect(url.searchParams.getAll('mode')).toEqual(['telephone']);
    expect(url.searchParams.getAll('annee')).toEqual(['2012']);
    // The counts are readable by screen readers.
    await expect(year.evaluate((el) => el.parentElement!.querySelector('.visually-hidden')!.textContent)).resolves.toMatch(/\(\d+ fiches?\)/);
    expect(errors).toEqual([]);

    // Someone opens the shared link: same filters, same sheets.
    const shared = await open(url.pathname + url.search);
    await engineInPlace(shared.page);
    await expect.poll(() => count(shared.page), {timeout: WAIT_MS}).toBe(filtered);
    await expect(shared.page.locator('fieldset[data-facet="channels"]').getByRole('checkbox', {name: /^Téléphone/}).isChecked()).resolves.toBe(true);
    await expect(shared.page.locator('fieldset[data-facet="year"]').getByRole('checkbox', {name: /^2012/}).isChecked()).resolves.toBe(true);
    expect(await shared.page.locator('[data-testid="directory-hits"] h3').allInnerTexts()).toEqual(titles);

    // Clearable: the button empties the filters and the URL.
    await shared.page.getByRole('button', {name: 'Effacer la recherche et les filtres'}).click();
    await expect.poll(() => count(shared.page), {timeout: WAIT_MS}).toBe(all);
    expect(new URL(shared.page.url()).search).toBe('');
    expect(shared.errors).toEqual([]);
    await shared.page.close();

    // Back button returns to the filtered view.
    await page.goBack();
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(telephoneCount);
    await page.close();
  });

  it('directory: a text query with facets; axe finds nothing in French and in English', async () => {
    const {page, errors} = await open('/meilleures-pratiques?q=courriel');
    await engineInPlace(page); // a shared link: the engine takes over at once
    const n = await count(page);
    expect(n).toBeGreaterThan(0);
    await expect(page.locator('#directory-query').inputValue()).resolves.toBe('courriel');
    expect((await page.locator('[data-testid="directory-hits"] h3').allInnerTexts()).some((t) => t.startsWith('Gestion des courriels'))).toBe(true);
    let violations = await runAxe(page);
    expect(violations, describeViolations('/meilleures-pratiques', violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    const en = await open('/en/meilleures-pratiques?mode=telephone');
    await engineInPlace(en.page);
    expect(await en.page.locator('h1').innerText()).toBe('Best practices');
    await expect(en.page.locator('fieldset[data-facet="channels"] legend').innerText()).resolves.toBe('Service channel');
    await expect(en.page.locator('fieldset[data-facet="channels"]').getByRole('checkbox', {name: /^Telephone/}).isChecked()).resolves.toBe(true);
    await expect.poll(() => en.page.getByTestId('directory-count').innerText(), {timeout: WAIT_MS}).toMatch(/\d+ sheets? match/);
    const hrefs = await en.page.locator('[data-testid="directory-hits"] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/en/meilleures-pratiques/'))).toBe(true);
    violations = await runAxe(en.page);
    expect(violations, describeViolations('/en/meilleures-pratiques', violations)).toEqual([]);
    expect(en.errors).toEqual([]);
    await en.page.close();
  });

  /** Scripts the page has run or asked for that carry InstantSearch. */
  async function instantSearchScripts(page: Page): Promise<number> {
    const js = await scriptsRunBy(page);
    const bodies = await Promise.all(js.map((u) => page.evaluate(async (url) => (await fetch(url)).text(), u)));
    return bodies.filter((b) => b.includes('InstantSearch')).length;
  }

  it('directory: opening it costs no search engine; the first use of the form loads it, keeps what was ticked and typed, and leaves the focus where it was', async () => {
    const {page, errors} = await open('/meilleures-pratiques');
    const all = await count(page);
    expect(all).toBeGreaterThan(10);
    // Every facet and every sheet are there already (the server's HTML), without InstantSearch.
    await expect(page.locator('fieldset[data-facet]').count()).resolves.toBe(5);
    await expect(page.locator('[data-testid="directory-hits"] li').count()).resolves.toBe(all);
    expect(await instantSearchScripts(page), 'InstantSearch loaded before any use').toBe(0);

    // Keyboard: tick "Téléphone" with the space bar; the engine takes over with it ticked.
    const telephone = page.locator('fieldset[data-facet="channels"]').getByRole('checkbox', {name: /^Téléphone/});
    const telephoneCount = Number(await telephone.evaluate((el) => el.parentElement!.querySelector('[aria-hidden="true"]')!.textContent));
    await telephone.focus();
    await page.keyboard.press('Space');
    await engineInPlace(page);
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(telephoneCount);
    expect(await instantSearchScripts(page), 'InstantSearch loaded on first use').toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mode'), {timeout: WAIT_MS}).toEqual(['telephone']);
    // The focus is on the same checkbox, still ticked, so the next key press goes on from there.
    await expect
      .poll(() => page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el ? `${el.type}:${el.value}:${el.checked}` : '';
      }), {timeout: WAIT_MS})
      .toBe('checkbox:telephone:true');
    await page.keyboard.press('Space');
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(all);
    expect(errors).toEqual([]);
    await page.close();

    // Typing in the query field: the letters typed while the engine loads are kept, and the caret stays in the field.
    const typed = await open('/en/meilleures-pratiques');
    await typed.page.locator('#directory-query').pressSequentially('surv', {delay: 20});
    await typed.page.keyboard.type('ey');
    // (the static directory also says "N sheets match": wait for the engine's own answer)
    await engineInPlace(typed.page);
    await expect.poll(() => typed.page.getByTestId('directory-count').innerText(), {timeout: WAIT_MS}).toMatch(/^\d+ sheets? match/);
    await expect.poll(() => typed.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id), {timeout: WAIT_MS}).toBe('directory-query');
    await expect(typed.page.locator('#directory-query').inputValue()).resolves.toBe('survey');
    await expect.poll(() => new URL(typed.page.url()).searchParams.get('q'), {timeout: WAIT_MS}).toBe('survey');
    expect(await typed.page.locator('[data-testid="directory-hits"] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(
      '/en/meilleures-pratiques/sondages-en-ligne',
    );
    expect(typed.errors).toEqual([]);
    await typed.page.close();
  });

  it('directory: a box ticked then unticked while the engine loads leaves the directory working', async () => {
    const {page, errors} = await open('/meilleures-pratiques');
    const all = await count(page);
    // The engine's code is held until the reader has ticked and unticked a box: the form is back where it started.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/js/**', async (route) => {
      await held;
      await route.continue();
    });
    const telephone = page.locator('fieldset[data-facet="channels"]').getByRole('checkbox', {name: /^Téléphone/});
    const telephoneCount = Number(await telephone.evaluate((el) => el.parentElement!.querySelector('[aria-hidden="true"]')!.textContent));
    expect(telephoneCount).toBeLessThan(all);
    await telephone.check();
    await telephone.uncheck();
    release();
    // The engine comes in and takes the static directory's place, the box unticked as the reader left it.
    await engineInPlace(page);
    await expect(telephone.isChecked()).resolves.toBe(false);
    await expect(count(page)).resolves.toBe(all);
    await telephone.check();
    await expect.poll(() => count(page), {timeout: WAIT_MS}).toBe(telephoneCount);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mode'), {timeout: WAIT_MS}).toEqual(['telephone']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('directory: without JavaScript, every facet and every sheet are on the page', async () => {
    const context = patient(await site.browser.newContext({javaScriptEnabled: false}));
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/meilleures-pratiques`);
    await expect(page.locator('fieldset[data-facet]').count()).resolves.toBe(5);
    const n = Number(/(\d+)/.exec(await page.getByTestId('directory-count').innerText())?.[1] ?? 0);
    expect(n).toBeGreaterThan(10);
    await expect(page.locator('[data-testid="directory-hits"] li').count()).resolves.toBe(n);
    await context.close();
  });

  it('other pages download neither the search index, the search engine, nor the directory (InstantSearch, its index)', async () => {
    const page = patient(await site.browser.newPage());
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.origin}/reseaux/crc`, {waitUntil: 'networkidle'});
    expect(requested.some((p) => p.endsWith('search-index.json'))).toBe(false);
    // Scripts the page runs (Docusaurus may also prefetch the chunks of visible links at idle
    // time, without running them: those are not counted).
    const js = await scriptsRunBy(page);
    expect(js.length).toBeGreaterThan(0);
    // The directory's data module and InstantSearch live in chunks of that route only.
    const bodies = await Promise.all(js.map((p) => page.evaluate(async (u) => (await fetch(u)).text(), p)));
    expect(bodies.some((b) => b.includes('InstantSearch') || b.includes('MiniSearch') || b.includes('"labels":{"network"'))).toBe(false);
    await page.close();
  });
});
