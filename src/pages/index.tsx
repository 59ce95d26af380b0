import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';
import {formatNumber} from '@site/src/lib/format';
import LatestIssues from '@site/src/components/LatestIssues';
import styles from './index.module.css';

interface Entry {
  to: string;
  title: string;
  body: string;
}

function EntryPoints(): React.ReactNode {
  const entries: Entry[] = [
    {
      to: '/meilleures-pratiques',
      title: translate({id: 'home.entry.practices.title', message: 'Meilleures pratiques'}),
      body: translate({
        id: 'home.entry.practices.body',
        message: 'Des fiches concrètes tirées des travaux des réseaux : centres d\'appels, sondages, rédaction simple, continuité des services…',
      }),
    },
    {
      to: '/rapports',
      title: translate({id: 'home.entry.reports.title', message: 'Rapports'}),
      body: translate({
        id: 'home.entry.reports.body',
        message: 'Rapports annuels, études sur la gestion des modes de prestation et comptes rendus d\'activités d\'apprentissage.',
      }),
    },
    {
      to: '/groupes-de-travail/etalonnage',
      title: translate({id: 'home.entry.benchmarking.title', message: 'Étalonnage'}),
      body: translate({
        id: 'home.entry.benchmarking.body',
        message: 'Comparer les indicateurs de performance des organismes membres pour apprendre les uns des autres.',
      }),
    },
    {
      to: '/reseaux',
      title: translate({id: 'home.entry.networks.title', message: 'Réseaux d\'échange'}),
      body: translate({
        id: 'home.entry.networks.body',
        message: 'Cinq réseaux où les organismes partagent leurs façons de faire, et des groupes de travail à durée limitée.',
      }),
    },
  ];
  return (
    <section aria-labelledby="home-entries" className="margin-vert--lg">
      <Heading as="h2" id="home-entries">
        <Translate id="home.entries.title">Trouver de l'information</Translate>
      </Heading>
      <ul className={styles.cards}>
        {entries.map((e) => (
          <li key={e.to} className={styles.card}>
            <Link to={e.to} className={styles.cardLink}>
              {e.title}
            </Link>
            <p>{e.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Home(): React.ReactNode {
  const {agencies, networks, practiceCount, locale} = useCegoData();
  const members = agencies.filter((a) => a.status === 'actif');
  const reseaux = networks.filter((n) => n.kind === 'reseau');
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Accueil'})}
      description={translate({
        id: 'home.description',
        message: "Le Centre d'expertise des grands organismes partage les meilleures pratiques de services aux citoyens entre les grands organismes publics du Québec.",
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            <Translate id="home.hero.title">Centre d'expertise des grands organismes</Translate>
          </Heading>
          <p className={styles.heroLead}>
            <Translate id="home.hero.lead">
              Depuis mars 2000, les grands organismes publics du Québec mettent en commun leurs expériences pour améliorer
              les services qu'ils rendent aux citoyens.
            </Translate>
          </p>
          <p>
            <Link className={styles.heroButton} to="/centre">
              <Translate id="home.hero.cta">Découvrir le Centre</Translate>
            </Link>
          </p>
        </div>
      </header>
      <main className="container">
        <section aria-labelledby="home-figures" className="margin-vert--lg">
          <Heading as="h2" id="home-figures" className="visually-hidden">
            <Translate id="home.figures.title">Le Centre en chiffres</Translate>
          </Heading>
          <dl className={styles.figures}>
            <div>
              <dt><Translate id="home.figures.members">organismes membres en 2006-2007</Translate></dt>
              <dd>{formatNumber(members.length, locale)}</dd>
            </div>
            <div>
              <dt><Translate id="home.figures.networks">réseaux d'échange actifs en 2006-2007</Translate></dt>
              <dd>{formatNumber(reseaux.length, locale)}</dd>
            </div>
            <div>
              <dt><Translate id="home.figures.practices">fiches de pratiques</Translate></dt>
              <dd>{formatNumber(practiceCount, locale)}</dd>
            </div>
          </dl>
          <p>
            <Translate id="home.members.lead">Les organismes membres en 2006-2007 :</Translate>{' '}
            {members.map((a, i) => (
              <React.Fragment key={a.code}>
                {i > 0 && ', '}
                <abbr title={a.name}>{a.code}</abbr>
              </React.Fragment>
            ))}
            .{' '}
            <Link to="/centre/organismes-membres">
              <Translate id="home.members.link">Voir la liste complète</Translate>
            </Link>
          </p>
        </section>
        <EntryPoints />
        {/* One heading for the newsletters: LatestIssues' own. */}
        <div className="margin-vert--lg">
          <LatestIssues />
        </div>
      </main>
    </Layout>
  );
}
