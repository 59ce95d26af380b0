/**
 * Markdown tables scroll sideways in their own area, not the page (a phone is
 * narrower than most tables): a labelled, focusable region a keyboard can
 * scroll, like the benchmarking and financial tables. Everything else is the
 * theme's own mapping.
 */
import React, {type ComponentProps} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import {translate} from '@docusaurus/Translate';

function Table(props: ComponentProps<'table'>): React.ReactNode {
  return (
    <div className="cego-table-scroll" role="region" tabIndex={0} aria-label={translate({id: 'cego.table.scroll', message: 'Tableau (défilement horizontal)'})}>
      <table {...props} />
    </div>
  );
}

export default {...MDXComponents, table: Table};
