// Quick syntax check of .md/.mdx files without a full site build:
//   node scripts/dev/check-mdx.mjs docs/centre/*.mdx
// .md files are compiled as CommonMark (format: 'md'), .mdx as MDX, as the site does.
import fs from 'node:fs';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    await compile(text, {format: file.endsWith('.mdx') ? 'mdx' : 'md', remarkPlugins: [remarkGfm, remarkFrontmatter]});
    console.log(`ok   ${file}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${file}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
