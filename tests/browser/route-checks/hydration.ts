import type {RouteCheck} from './types';

/**
 * Hydration keeps the page the server rendered. The browser's bundle renders
 * with preact/compat, the server's with React (src/plugins/lean-client): a
 * component whose first render in the browser differs from the server's (a
 * date, a number formatted with the reader's locale, an id, a branch on
 * `window`) would make hydration rewrite the page under the reader's eyes,
 * move the focus of a reader who already pressed Tab, or paint a later LCP.
 *
 * The init script watches the app (#__docusaurus) from the end of parsing
 * until Docusaurus's client entry stores its root, which it does right after
 * the (synchronous) hydration call returns. A finding is:
 * - an element added, removed or moved, or an attribute changed;
 * - a change of the app's text (its textContent, before and after).
 * How text is split into nodes may change: React's server renderer separates
 * adjacent texts with `<!-- -->` comments and leaves out empty strings, which
 * Preact renders as empty text nodes; the reader sees the same text.
 */
export const HYDRATION_WATCH = `(() => {
  const observer = new MutationObserver(() => {});
  let before = null, root;
  const describe = (n) => '<' + n.nodeName.toLowerCase() + (n.id ? '#' + n.id : '') + '>';
  const where = (el) => { const parts = []; for (let e = el; e && e.id !== '__docusaurus' && parts.length < 4; e = e.parentElement) parts.unshift(describe(e)); return parts.join(' > ') || '#__docusaurus'; };
  const changesOf = (records, app) => {
    const out = [];
    for (const r of records) {
      if (!app.contains(r.target)) continue;
      if (r.type === 'attributes') out.push('attribut ' + r.attributeName + ' ' + JSON.stringify(r.oldValue) + ' devient ' + JSON.stringify(r.target.getAttribute(r.attributeName)) + ' sur ' + where(r.target));
      if (r.type !== 'childList') continue;
      const elements = (nodes) => [...nodes].filter((n) => n.nodeType === 1).map(describe).join(', ');
      const added = elements(r.addedNodes), removed = elements(r.removedNodes);
      if (added) out.push('ajout de ' + added + ' dans ' + where(r.target));
      if (removed) out.push('retrait de ' + removed + ' dans ' + where(r.target));
    }
    const after = app.textContent;
    if (after !== before) {
      let i = 0;
      while (before[i] === after[i]) i++;
      const around = (t) => JSON.stringify(t.slice(Math.max(0, i - 30), i + 50));
      out.push('le texte change : ' + around(before) + ' devient ' + around(after));
    }
    return out;
  };
  observer.observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true});
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    const app = document.getElementById('__docusaurus');
    before = app ? app.textContent : null;
  });
  Object.defineProperty(window, 'docusaurusRoot', {configurable: true, get: () => root, set: (value) => {
    if (root === undefined) {
      const app = document.getElementById('__docusaurus');
      window.__cegoHydration = before === null || !app ? ['hydratation avant la fin de l’analyse du document : non observée'] : changesOf(observer.takeRecords(), app);
      observer.disconnect();
    }
    root = value;
  }});
})()`;

export const hydration: RouteCheck = {
  name: 'hydration',
  initScript: HYDRATION_WATCH,
  async run({page}) {
    const changes = await page.evaluate(() => (window as unknown as {__cegoHydration?: string[]}).__cegoHydration);
    return changes ?? ['hydratation non observée : la racine de Docusaurus (window.docusaurusRoot) n’a pas été créée'];
  },
};
