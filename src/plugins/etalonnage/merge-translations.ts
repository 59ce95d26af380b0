/**
 * Copies the English UI strings of the comparison pages (code.en.json, next to
 * this file) into i18n/en/code.json, the file Docusaurus reads. Only keys that
 * start with "etalonnage." are touched; the rest of the file is kept as is.
 *
 *   npx tsx src/plugins/etalonnage/merge-translations.ts
 */
import fs from 'node:fs';
import path from 'node:path';

const here = __dirname;
const target = path.resolve(here, '../../../i18n/en/code.json');
const mine = JSON.parse(fs.readFileSync(path.join(here, 'code.en.json'), 'utf8')) as Record<string, string>;
const current = fs.existsSync(target) ? (JSON.parse(fs.readFileSync(target, 'utf8')) as Record<string, {message: string; description?: string}>) : {};
for (const [id, message] of Object.entries(mine)) current[id] = {...current[id], message};
fs.writeFileSync(target, `${JSON.stringify(current, null, 2)}\n`);
console.log(`${Object.keys(mine).length} chaînes etalonnage.* écrites dans ${path.relative(process.cwd(), target)}`);
