/**
 * Archive of one newsletter series, grouped by year then month (the stock
 * blog archive groups by year only).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useRouteContext from '@docusaurus/useRouteContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {PageMetadata} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {Props} from '@theme/BlogArchivePage';
import {formatDate} from '@site/src/lib/format';
import type {NewsletterGlobalData} from './types';
import {labelsFor} from './labels';

type ArchivePost = Props['archive']['blogPosts'][number];

interface MonthGroup {
  key: string; // YYYY-MM
  month: number; // 0-11
  posts: ArchivePost[];
}

interface YearGroup {
  year: string;
  months: MonthGroup[];
}

/** Posts arrive newest first; groups keep that order. */
export function groupByYearAndMonth(posts: readonly ArchivePost[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const post of posts) {
    const [year, month] = String(post.metadata.date).slice(0, 7).split('-');
    let yearGroup = years.find((y) => y.year === year);
    if (!yearGroup) {
      yearGroup = {year, months: []};
      years.push(yearGroup);
    }
    const key = `${year}-${month}`;
    let monthGroup = yearGroup.months.find((m) => m.key === key);
    if (!monthGroup) {
      monthGroup = {key, month: Number(month) - 1, posts: []};
      yearGroup.months.push(monthGroup);
    }
    monthGroup.posts.push(post);
  }
  return years;
}

export default function NewsletterArchivePage({archive}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {plugin} = useRouteContext();
  const series = usePluginData(plugin.name, plugin.id) as NewsletterGlobalData;
  // Dates are formatted by src/lib/format (same characters on server and client), not Intl.
  const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  const text = labelsFor(i18n.currentLocale);
  const title = text.archiveTitle(series.title);
  const years = groupByYearAndMonth(archive.blogPosts);
  return (
    <>
      <PageMetadata title={title} description={title} />
      <Layout>
        <main className="container margin-vert--lg">
          <Heading as="h1">{title}</Heading>
          <p>
            {text.archiveIntro(archive.blogPosts.length)}{' '}
            <Link to={series.basePath}>{text.latestIssues}</Link>
          </p>
          {years.map(({year, months}) => (
            <section key={year} aria-labelledby={`annee-${year}`}>
              <Heading as="h2" id={`annee-${year}`}>
                {year}
              </Heading>
              {months.map(({key, month, posts}) => (
                <section key={key} aria-labelledby={`mois-${key}`}>
                  <Heading as="h3" id={`mois-${key}`}>
                    {formatDate(`${year}-${String(month + 1).padStart(2, '0')}`, locale)}
                  </Heading>
                  <ul>
                    {posts.map((post) => (
                      <li key={post.metadata.permalink}>
                        <Link to={post.metadata.permalink}>{post.metadata.title}</Link>{' '}
                        <span>({formatDate(new Date(post.metadata.date).toISOString().slice(0, 10), locale)})</span>
                        {post.metadata.frontMatter.example === true && <strong className="badge badge--secondary margin-left--sm">{text.example}</strong>}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          ))}
        </main>
      </Layout>
    </>
  );
}
