/**
 * Code blocks render as plain preformatted text (src/theme/CodeBlock): the
 * content is kept verbatim, escaped, and the block can be reached with the
 * keyboard when it scrolls.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import CodeBlock from '../../../src/theme/CodeBlock';

describe('CodeBlock', () => {
  it('keeps the text verbatim and escapes markup', () => {
    const html = renderToStaticMarkup(
      createElement(CodeBlock, {className: 'language-csv', children: 'code;valeur\n<script>alert(1)</script>;1 006 000\n'}),
    );
    expect(html).toContain('code;valeur\n&lt;script&gt;alert(1)&lt;/script&gt;;1 006 000\n');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<pre[^>]*class="[^"]*language-csv[^"]*"[^>]*tabindex="0"/);
  });

  it('shows the title as the caption of the block', () => {
    const html = renderToStaticMarkup(createElement(CodeBlock, {title: 'data/indicateurs.csv', children: 'id;nom'}));
    expect(html).toMatch(/<figure[^>]*><figcaption[^>]*>data\/indicateurs\.csv<\/figcaption><pre/);
  });
});
