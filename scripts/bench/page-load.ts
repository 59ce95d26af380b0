/**
 * Bench section "load": main-thread work while a page loads, against the stock
 * Docusaurus classic doc page of the "js" section (same version, same `future`
 * flags), both in the system Chromium with the CPU slowed 4× (Lighthouse's
 * mobile setting), so that the differences a phone would feel show here.
 *
 * For each page, loads alternate with loads of the stock page (machine drift
 * hits both) and the medians are kept. The ratios divide by the median of all
 * the stock page's loads of the run (5 per audited page): one page's five stock
 * loads alone made ratios jump by 0.4 between runs. The medians are:
 * - script: JavaScript run by the page (Performance.getMetrics ScriptDuration)
 *   from navigation to 4 s after the load event;
 * - blocking: sum over long tasks of their time past 50 ms (what Lighthouse
 *   calls Total Blocking Time, measured here rather than simulated);
 * - longest: the longest task.
 * Figures are ratios to the stock page; nothing is asserted.
 */
import type {Browser} from 'playwright-core';
import {withSiteAndStock} from './js-size';
import type {BenchSection} from './index';
import {median, pages as lighthousePages} from '../lighthouse';

const LOADS = 5;
const CPU_SLOWDOWN = 4;

export interface LoadWork {
  script: number;
  blocking: number;
  longest: number;
}

async function loadOnce(browser: Browser, url: string): Promise<LoadWork> {
  const context = await browser.newContext({viewport: {width: 412, height: 823}});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    await cdp.send('Performance.enable');
    await page.addInitScript(() => {
      const w = window as unknown as {cegoLongTasks: number[]};
      w.cegoLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.cegoLongTasks.push(e.duration);
      }).observe({type: 'longtask', buffered: true});
    });
    const response = await page.goto(url, {waitUntil: 'load'});
    if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
    await page.waitForTimeout(4000);
    const tasks = await page.evaluate(() => (window as unknown as {cegoLongTasks: number[]}).cegoLongTasks);
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    return {script, blocking: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0), longest: Math.max(0, ...tasks)};
  } finally {
    await context.close();
  }
}

const medianWork = (runs: LoadWork[]): LoadWork => ({
  script: median(runs.map((r) => r.script)),
  blocking: median(runs.map((r) => r.blocking)),
  longest: median(runs.map((r) => r.longest)),
});

const ms = (n: number) => `${Math.round(n)} ms`.padStart(7);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)} ×` : '—').padStart(7);

export const pageLoadSection: BenchSection = {
  name: 'load',
  description: `travail du fil principal au chargement (processeur ralenti ${CPU_SLOWDOWN} ×), contre une page de documentation Docusaurus de base`,
  run: () =>
    withSiteAndStock('load', true, async ({browser, siteServer, stockServer}) => {
      process.stdout.write(`médianes de ${LOADS} chargements ; script = JavaScript exécuté, blocage = temps des tâches longues au-delà de 50 ms\n`);
      process.stdout.write(`${'page'.padEnd(44)} ${'script'.padStart(7)} ${'blocage'.padStart(7)} ${'plus longue'.padStart(11)}   ratios à la base (script, blocage)\n`);
      const measured: {path: string; site: LoadWork}[] = [];
      const allBase: LoadWork[] = [];
      for (const spec of lighthousePages()) {
        const siteRuns: LoadWork[] = [];
        for (let i = 0; i < LOADS; i++) {
          allBase.push(await loadOnce(browser, `${stockServer.origin}/docs/intro`));
          siteRuns.push(await loadOnce(browser, siteServer.origin + spec.path));
        }
        measured.push({path: spec.path, site: medianWork(siteRuns)});
      }
      const b = medianWork(allBase);
      for (const {path, site: s} of measured) {
        process.stdout.write(`${path.padEnd(44)} ${ms(s.script)} ${ms(s.blocking)} ${ms(s.longest).padStart(11)}   ${ratio(s.script, b.script)} ${ratio(s.blocking, b.blocking)}\n`);
      }
      process.stdout.write(`${`  base : /docs/intro (${allBase.length} chargements)`.padEnd(44)} ${ms(b.script)} ${ms(b.blocking)} ${ms(b.longest).padStart(11)}\n`);
      return true;
    }),
};
