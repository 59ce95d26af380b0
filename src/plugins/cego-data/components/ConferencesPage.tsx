import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';
import {formatDate, formatNumber} from '@site/src/lib/format';
import type {ConferenceItem} from '../types';

interface Props {
  conferences: ConferenceItem[];
}

/** /dejeuners-conferences: every breakfast conference, from data/dejeuners-conferences.csv. */
export default function ConferencesPage({conferences}: Props): React.ReactNode {
  const {locale, networks, sources} = useCegoData();
  const title = translate({id: 'conferences.title', message: 'Déjeuners-conférences'});
  const total = conferences.reduce((sum, c) => sum + (c.participants ?? 0), 0);
  return (
    <Layout
      title={title}
      description={translate({
        id: 'conferences.description',
        message: 'Les déjeuners-conférences du Centre : dates, conférenciers, participation et évaluations.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="conferences.intro">
            Le Centre présente des déjeuners-conférences pour faire connaître les meilleures pratiques repérées par ses
            réseaux d'échange et les réussites des organismes membres. Chaque conférence est évaluée par les personnes
            présentes.
          </Translate>
        </p>
        <table>
          <caption>
            <Translate id="conferences.table.caption">Déjeuners-conférences, participation et évaluations reçues</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col"><Translate id="conferences.table.date">Date</Translate></th>
              <th scope="col"><Translate id="conferences.table.title">Conférence</Translate></th>
              <th scope="col"><Translate id="conferences.table.network">Réseau</Translate></th>
              <th scope="col" className="num"><Translate id="conferences.table.participants">Participants</Translate></th>
              <th scope="col" className="num"><Translate id="conferences.table.evaluations">Évaluations reçues</Translate></th>
            </tr>
          </thead>
          <tbody>
            {conferences.map((c) => (
              <tr key={c.slug}>
                <td>{formatDate(c.date, locale)}</td>
                <th scope="row"><Link to={`/dejeuners-conferences/${c.slug}`}>{c.title}</Link></th>
                <td>{networks.find((n) => n.code === c.network)?.name}</td>
                <td className="num">{c.participants === null ? 'n.d.' : formatNumber(c.participants, locale)}</td>
                <td className="num">{c.evaluations === null ? 'n.d.' : formatNumber(c.evaluations, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {/* Each row is headed by its conference, the total row by "Total" in the same
                column: one header per axis, so `scope` labels every cell (WCAG H63). */}
            <tr>
              <td />
              <th scope="row"><Translate id="conferences.table.total">Total</Translate></th>
              <td />
              <td className="num">{formatNumber(total, locale)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
        {conferences.map((c) => {
          const network = networks.find((n) => n.code === c.network);
          return (
            <section key={c.slug} aria-labelledby={c.slug} className="margin-top--lg">
              <Heading as="h2" id={c.slug}>{c.title}</Heading>
              <dl>
                <dt><Translate id="conferences.date">Date</Translate></dt>
                <dd>{formatDate(c.date, locale)}</dd>
                <dt><Translate id="conferences.speakers">Conférenciers</Translate></dt>
                <dd>{c.speakers.join(', ')}</dd>
                <dt><Translate id="conferences.network">Réseau d'échange</Translate></dt>
                <dd>{network && <Link to={`/${network.kind === 'reseau' ? 'reseaux' : 'groupes-de-travail'}/${network.code}`}>{network.name}</Link>}</dd>
                <dt><Translate id="conferences.participation">Participation</Translate></dt>
                <dd>
                  {c.participants === null ? 'n.d.' : formatNumber(c.participants, locale)}{' '}
                  <Translate id="conferences.participantsUnit">participants</Translate>,{' '}
                  {c.evaluations === null ? 'n.d.' : formatNumber(c.evaluations, locale)}{' '}
                  <Translate id="conferences.evaluationsUnit">évaluations reçues</Translate>
                </dd>
              </dl>
              <p>{c.summary}</p>
              <p>
                <small>
                  <Translate id="conferences.source">Source :</Translate> {sources.find((s) => s.code === c.source)?.title}
                </small>
              </p>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
