/**
 * Code blocks as plain, readable preformatted text. The site publishes prose
 * (practices, reports, newsletters), not source code: the classic theme's
 * CodeBlock would ship and run the Prism highlighter on every page for nothing
 * (see src/plugins/lean-client). The block scrolls with the keyboard (tabIndex).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

export default function CodeBlock({children, className, title}: Props): ReactNode {
  return (
    <figure className={styles.block}>
      {title ? <figcaption className={styles.title}>{title}</figcaption> : null}
      <pre className={clsx(styles.pre, className)} tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
