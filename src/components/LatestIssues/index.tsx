/**
 * The latest issues of both newsletters (3 each), for the home page.
 * Data: global data of the two blog instances (src/plugins/newsletters).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {NewsletterGlobalData} from '@site/src/plugins/newsletters/types';
import {labelsFor} from '@site/src/plugins/newsletters/labels';
import {SERIES_IDS} from '@site/scripts/newsletter/series';
import {formatDate} from '@site/src/lib/format';
import styles from './styles.module.css';

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

function SeriesColumn({id}: {id: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const text = labelsFor(i18n.currentLocale);
  const data = usePluginData(BLOG_PLUGIN, id) as NewsletterGlobalData | undefined;
  if (!data) return null;
  const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  const headingId = `derniers-numeros-${id}`;
  return (
    <section className={styles.series} aria-labelledby={headingId}>
      <Heading as="h3" id={headingId}>
        {data.title}
      </Heading>
      <ul className={styles.issues}>
        {data.latest.map((issue) => (
          <li key={issue.permalink} className={styles.issue}>
            <Link to={issue.permalink} className={styles.issueTitle}>
              {issue.title}
            </Link>
            <div className={styles.meta}>
              <time dateTime={issue.date}>{formatDate(issue.date, locale)}</time>
              {issue.example && <span className={styles.example}>{text.example}</span>}
            </div>
            <p className={styles.summary}>{issue.description}</p>
          </li>
        ))}
      </ul>
      <Link to={data.basePath}>{text.allIssues}</Link>
    </section>
  );
}

export default function LatestIssues(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const text = labelsFor(i18n.currentLocale);
  return (
    <section className={styles.latestIssues} aria-labelledby="derniers-bulletins">
      <Heading as="h2" id="derniers-bulletins">
        {text.latestHeading}
      </Heading>
      <div className={styles.columns}>
        {SERIES_IDS.map((id) => (
          <SeriesColumn key={id} id={id} />
        ))}
      </div>
      <p>
        <Link to="/suivre-les-bulletins">{text.follow}</Link>
      </p>
    </section>
  );
}
