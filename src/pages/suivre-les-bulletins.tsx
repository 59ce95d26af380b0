/**
 * Follow the newsletters: the mailing-list form when CEGO_NEWSLETTER_FORM_ACTION
 * is set at build time (customFields.newsletterFormAction), and the feeds.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SubscribeContent, {type FeedLinks} from '@site/src/plugins/newsletters/SubscribeForm';
import {SERIES, SERIES_IDS, isLocale, type SeriesId} from '@site/scripts/newsletter/series';

const TITLE = {fr: 'Suivre les bulletins', en: 'Follow the newsletters'};
const INTRO = {
  fr: "Le Centre publie deux bulletins\u00a0: le Rond Point, sur ses propres travaux (huit numéros en 2006-2007), et un bulletin mensuel de veille stratégique qui signale des références sur la prestation de services aux citoyens. En 2006-2007, chacun comptait plus de 1\u00a0000 abonnés.",
  en: "The Centre publishes two newsletters: Rond Point, on its own work (eight issues in 2006-2007), and a monthly strategic-watch bulletin pointing to references on service delivery to citizens. In 2006-2007, each had more than 1,000 subscribers.",
};

export default function FollowNewsletters(): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const locale = isLocale(i18n.currentLocale) ? i18n.currentLocale : 'fr';
  const formAction = typeof siteConfig.customFields?.newsletterFormAction === 'string' ? siteConfig.customFields.newsletterFormAction : null;
  // Feeds are files, not routes: plain links under the localized base URL ("/" or "/en/").
  const baseUrl = useBaseUrl('/');
  const feeds = Object.fromEntries(
    SERIES_IDS.map((id) => {
      const base = `${baseUrl}${SERIES[id].routeBasePath}`;
      return [id, {rss: `${base}/rss.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json`}];
    }),
  ) as Record<SeriesId, FeedLinks>;
  return (
    <Layout title={TITLE[locale]} description={INTRO[locale]}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{TITLE[locale]}</Heading>
        <p>{INTRO[locale]}</p>
        <SubscribeContent locale={locale} formAction={formAction} feeds={feeds} siteUrl={siteConfig.url} />
      </main>
    </Layout>
  );
}
