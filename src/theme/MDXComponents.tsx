/**
 * Markdown tables scroll sideways in their own area, not the page (a phone is
 * narrower than most tables): a labelled, focusable region a keyboard can
 * scroll, like the benchmarking and financial tables. Everything else is the
 * theme's own mapping.
 */
import MDXComponents from '@theme-original/MDXComponents';
import ScrollTable from '@site/src/components/ScrollTable';

export default {...MDXComponents, table: ScrollTable};
