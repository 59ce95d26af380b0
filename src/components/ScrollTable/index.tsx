/**
 * A table that scrolls sideways in its own area, not the page (a phone is
 * narrower than most tables): a labelled, focusable region a keyboard can
 * scroll. Markdown tables (src/theme/MDXComponents) and the content
 * components' tables use it; the benchmarking pages have their TableScroll.
 */
import React, {type ComponentProps} from 'react';
import {translate} from '@docusaurus/Translate';

export default function ScrollTable({label, ...props}: ComponentProps<'table'> & {label?: string}): React.ReactNode {
  return (
    <div className="cego-table-scroll" role="region" tabIndex={0} aria-label={label ?? translate({id: 'cego.table.scroll', message: 'Tableau (défilement horizontal)'})}>
      <table {...props} />
    </div>
  );
}
