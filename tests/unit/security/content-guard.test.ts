/**
 * Issue 14, item 1: contributed Markdown and MDX cannot run code. Each case
 * replays an attack from the security review (or a variant of it) and expects
 * the build to stop on the file, line and column, in French.
 */
import {describe, expect, it} from 'vitest';

import {ruleFor} from '../../../src/lib/content-policy/rules';
import {compileContent} from './compile';

const SHEET = 'docs/meilleures-pratiques/attaque.md';
const SHEET_MDX = 'docs/meilleures-pratiques/attaque.mdx';
const ISSUE = 'blog/rond-point/2009-01-01-attaque.md';
const REPORT = 'docs/rapports/attaque.mdx';
const PAGE = 'docs/centre/attaque.mdx';

const fm = '---\ntitle: Essai\ndescription: Essai.\n---\n\n';

/** The build's error for a refused file, split into the guard's problem lines. */
async function refusal(file: string, body: string): Promise<{message: string; problems: string[]}> {
  const error = await compileContent(file, fm + body).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${file} should be refused:\n${body}`).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toContain(`Contenu refusé : ${file}`);
  const cause = message.split('\nDetails:')[0]!;
  return {message, problems: [...cause.matchAll(/^ {2}• (.+)$/gm)].map((m) => m[1]!)};
}

describe('content guard: what the security review tried', {timeout: 30_000}, () => {
  it('refuses an .mdx practice sheet, whatever it holds', async () => {
    const e = await refusal(SHEET_MDX, 'Texte.\n');
    expect(e.problems[0]).toMatch(/^docs\/meilleures-pratiques\/attaque\.mdx : les fichiers de ce dossier \(fiche de pratique\) sont en Markdown simple/);
  });

  it('refuses an export in MDX (code run at import time), with file:line:column', async () => {
    const e = await refusal(PAGE, "Texte.\n\nexport const x = globalThis.fetch('/vol');\n");
    expect(e.problems).toEqual([expect.stringMatching(/^docs\/centre\/attaque\.mdx:8:1 : « export » n'est pas permis/)]);
    expect(e.message).toContain('docs/README.md');
  });

  it('refuses a JSX event handler and a same-origin <script src>', async () => {
    const e = await refusal(REPORT, 'Voir <img src="/img/logo.svg" onError="alert(1)" />.\n\n<script src="/img/x.js"></script>\n');
    expect(e.problems).toHaveLength(2);
    expect(e.problems[0]).toMatch(/^docs\/rapports\/attaque\.mdx:6:6 : HTML brut « <img> » refusé/);
    expect(e.problems[1]).toMatch(/:8:1 : HTML brut « <script> » refusé/);
  });

  it('refuses an allowed component with a handler or a computed prop', async () => {
    const imports = "import Organisme from '@site/src/components/Organisme';\n\n";
    const e = await refusal(REPORT, `${imports}<Organisme code="RAMQ" onClick={() => alert(1)} />\n\n<Organisme code={globalThis.x} />\n\n<Organisme {...globalThis.props} />\n`);
    expect(e.problems).toEqual([
      expect.stringMatching(/:8:\d+ : <Organisme> : attribut « onClick » refusé/),
      expect.stringMatching(/:10:\d+ : <Organisme code=\{globalThis\.x\}> : seule une valeur simple/),
      expect.stringMatching(/:12:\d+ : <Organisme \{…\}> : les attributs calculés sont refusés/),
    ]);
  });

  it('refuses imports of anything but the folder’s allow-listed components', async () => {
    const e = await refusal(REPORT, "import x from '../../static/img/x.js';\nimport MembresReseau from '@site/src/components/MembresReseau';\nimport {ChiffreCle as C} from '@site/src/components/ChiffresCles';\n\nTexte.\n");
    expect(e.problems).toHaveLength(3);
    expect(e.problems[0]).toMatch(/import de « x » depuis « \.\.\/\.\.\/static\/img\/x\.js » refusé/);
    // MembresReseau is a project component, but not one a report may use.
    expect(e.problems[1]).toMatch(/« MembresReseau ».*Composants permis ici \(rapport\) : <Organisme>/);
    expect(e.problems[2]).toMatch(/« C »/);
  });

  it('refuses {expressions} but keeps heading ids and comments', async () => {
    const e = await refusal(PAGE, '## Titre \\{#titre}\n\n{/* note */}\n\nCalcul {globalThis.alert(1)}.\n');
    expect(e.problems).toEqual([expect.stringMatching(/:10:8 : expression « \{globalThis\.alert\(1\)\} » refusée/)]);
  });

  it('refuses raw <script>, <style> and <meta http-equiv=refresh> in a .md sheet (emitted verbatim otherwise)', async () => {
    const e = await refusal(
      SHEET,
      'Texte.\n\n<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n<meta http-equiv="refresh" content="0;url=https://exemple.org">\n\nEn ligne <b onmouseover="alert(1)">gras</b>.\n',
    );
    expect(e.problems.map((p) => /:(\d+):\d+ : HTML brut « (<\w+)/.exec(p)?.slice(1).join(' '))).toEqual(['8 <script', '10 <style', '12 <meta', '14 <b']);
  });

  it('keeps an HTML comment, but not one the HTML parser closes early', async () => {
    await expect(compileContent(ISSUE, `${fm}Résumé.\n\n<!-- truncate -->\n\nSuite.\n`)).resolves.toBeTypeOf('string');
    const e = await refusal(ISSUE, 'Résumé.\n\n<!-- a --!><script>alert(1)</script> -->\n');
    expect(e.problems[0]).toMatch(/blog\/rond-point\/2009-01-01-attaque\.md:8:1 : HTML brut/);
  });

  it('refuses javascript:, data: and vbscript: links and images, however written', async () => {
    const e = await refusal(
      SHEET,
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) ![d](data:image/svg+xml,<svg/onload=alert(1)>) <vbscript:msgbox> [e][r]\n\n[r]: javascript:alert(2)\n',
    );
    expect(e.problems).toHaveLength(6);
    for (const p of e.problems) expect(p).toMatch(/adresse « .* » refusée : seules les adresses http:, https:, mailto:, tel:/);
  });

  it('refuses handler attributes on directives, keeps a titled admonition', async () => {
    await expect(compileContent(SHEET, `${fm}:::note[À retenir]\nTexte.\n:::\n`)).resolves.toBeTypeOf('string');
    const e = await refusal(SHEET, ':::note{onclick="alert(1)" class="x"}\nTexte.\n:::\n');
    expect(e.problems[0]).toMatch(/attribut\(s\) onclick, class refusé\(s\)/);
  });
});

describe('content guard: what the site needs still compiles', {timeout: 30_000}, () => {
  it('accepts a plain sheet with links, images, tables and a footnote', async () => {
    const body = '## Contexte\n\nVoir [la fiche](/meilleures-pratiques/telephonie-ip), [le site](https://www.quebec.ca), [écrire](mailto:a@b.ca).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![Logo](/img/logo.svg)\n\nNote[^1].\n\n[^1]: Source.\n';
    await expect(compileContent(SHEET, fm + body)).resolves.toBeTypeOf('string');
  });

  it('classifies the folders as documented', () => {
    expect(ruleFor('docs/meilleures-pratiques/sondages-en-ligne.md').kind).toBe('practice');
    expect(ruleFor('i18n/en/docusaurus-plugin-content-docs/current/meilleures-pratiques/sondages-en-ligne.md').kind).toBe('practice');
    expect(ruleFor('docs/meilleures-pratiques/par-reseau.mdx').kind).toBe('page');
    expect(ruleFor('blog/veille/2012-02-08-x.md').kind).toBe('newsletter');
    expect(ruleFor('i18n/en/docusaurus-plugin-content-blog-veille/2012-02-08-x.md').kind).toBe('newsletter');
    expect(ruleFor('docs/rapports/gestion-migration-modes-2012/defis.mdx').kind).toBe('report');
    expect(ruleFor('docs/centre/index.mdx').kind).toBe('page');
  });
});
