import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import {HBarChart} from './Charts';
import {Downloads} from './StatementsPage';
import type {ConferencePageData} from '../types';
import styles from './styles.module.css';

interface Props {
  data: ConferencePageData;
}

/** /dejeuners-conferences/<slug>: one breakfast conference, its evaluation and the participation over time. */
export default function ConferencePage({data}: Props): React.ReactNode {
  const d = data.distribution;
  const p = data.participation;
  const [colon, semi] = data.locale === 'fr' ? ['\u00a0: ', '\u00a0; '] : [': ', '; '];
  return (
    <Layout title={data.title} description={data.summary}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/dejeuners-conferences">
            <Translate id="conference.page.back">Tous les déjeuners-conférences</Translate>
          </Link>
        </p>
        <Heading as="h1">{data.title}</Heading>
        <dl>
          <dt><Translate id="conference.page.date">Date</Translate></dt>
          <dd>{data.dateText}</dd>
          <dt>
            {data.speakers.length > 1 ? (
              <Translate id="conference.page.speakers">Conférenciers</Translate>
            ) : (
              <Translate id="conference.page.speaker">Conférencier</Translate>
            )}
          </dt>
          <dd>{data.speakers.join(', ')}</dd>
          {data.network && (
            <>
              <dt><Translate id="conference.page.network">Réseau d'échange</Translate></dt>
              <dd><Link to={data.network.path}>{data.network.name}</Link></dd>
            </>
          )}
          <dt><Translate id="conference.page.participants">Participants</Translate></dt>
          <dd>{data.participantsText}</dd>
          <dt><Translate id="conference.page.evaluations">Évaluations reçues</Translate></dt>
          <dd>
            {data.evaluationsText}
            {data.moreEvaluationsThanParticipants && (
              <>
                {' '}
                <small>
                  <Translate id="conference.page.moreEvaluations">
                    (chiffres tels que publiés : le rapport annuel compte plus d'évaluations que de participants)
                  </Translate>
                </small>
              </>
            )}
          </dd>
        </dl>
        <p>{data.summary}</p>

        <Heading as="h2" id="evaluation">
          <Translate id="conference.page.evaluation.title">Évaluation par les participants</Translate>
        </Heading>
        {d ? (
          <>
            {d.status === 'illustratif' && (
              <IllustrativeNotice>
                {translate(
                  {
                    id: 'conference.page.evaluation.illustrative',
                    message:
                      'La répartition ci-dessous est un exemple : le rapport annuel donne le nombre d\'évaluations reçues ({total}), mais leur répartition par niveau n\'a pas été conservée. Seul le total est réel.',
                  },
                  {total: d.totalText},
                )}
              </IllustrativeNotice>
            )}
            <HBarChart
              id={`graphique-evaluation-${data.slug}`}
              title={translate({id: 'conference.page.evaluation.chartTitle', message: 'Répartition des évaluations ({total} répondants)'}, {total: d.totalText})}
              desc={`${d.rows.map((r) => `${r.label}${colon}${r.text} (${r.percentText})`).join(semi)}. ${translate({id: 'conference.page.evaluation.equivalent', message: 'Les mêmes valeurs figurent dans le tableau qui suit.'})}`}
              rows={d.rows.map((r) => ({label: r.label, value: r.value, text: `${r.text} (${r.percentText})`}))}
              max={d.max}
            />
            <table>
              <caption>
                {translate({id: 'conference.page.evaluation.caption', message: 'Évaluations par niveau de satisfaction'})}
                {d.status === 'illustratif' && ` (${translate({id: 'conference.page.evaluation.illustrativeTag', message: 'répartition illustrative'})})`}
              </caption>
              <thead>
                <tr>
                  <th scope="col"><Translate id="conference.page.evaluation.level">Niveau</Translate></th>
                  <th scope="col" className="num"><Translate id="conference.page.evaluation.count">Nombre</Translate></th>
                  <th scope="col" className="num"><Translate id="conference.page.evaluation.percent">Part</Translate></th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.level}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{r.text}</td>
                    <td className="num">{r.percentText}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row"><Translate id="conference.page.evaluation.total">Total</Translate></th>
                  <td className="num">{d.totalText}</td>
                  <td className="num" />
                </tr>
              </tfoot>
            </table>
          </>
        ) : (
          <p>
            <Translate id="conference.page.evaluation.none">Aucune répartition des évaluations n'est disponible pour cette conférence.</Translate>
          </p>
        )}

        <Heading as="h2" id="participation">
          <Translate id="conference.page.participation.title">Participation au fil du temps</Translate>
        </Heading>
        <HBarChart
          id={`graphique-participation-${data.slug}`}
          title={translate({id: 'conference.page.participation.chartTitle', message: 'Participants par déjeuner-conférence'})}
          desc={`${p.rows.map((r) => `${r.dateText}${colon}${r.participantsText}`).join(semi)}. ${translate({id: 'conference.page.evaluation.equivalent', message: 'Les mêmes valeurs figurent dans le tableau qui suit.'})}`}
          rows={p.rows.map((r) => ({label: r.shortDate, value: r.value, text: r.participantsText, highlight: r.current}))}
          max={p.max}
        />
        <p>
          <small>
            <Translate id="conference.page.participation.legend">La barre orange et la ligne en gras sont celles de cette conférence.</Translate>
          </small>
        </p>
        <table>
          <caption>
            <Translate id="conference.page.participation.caption">Participation aux déjeuners-conférences</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col"><Translate id="conference.page.participation.date">Date</Translate></th>
              <th scope="col"><Translate id="conference.page.participation.conference">Conférence</Translate></th>
              <th scope="col" className="num"><Translate id="conference.page.participants">Participants</Translate></th>
              <th scope="col" className="num"><Translate id="conference.page.evaluations">Évaluations reçues</Translate></th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.slug} className={r.current ? styles.current : undefined}>
                <td>{r.dateText}</td>
                <th scope="row">
                  {r.current ? (
                    <>
                      {r.title}{' '}
                      <small>({translate({id: 'conference.page.participation.current', message: 'cette conférence'})})</small>
                    </>
                  ) : (
                    <Link to={r.path}>{r.title}</Link>
                  )}
                </th>
                <td className="num">{r.participantsText}</td>
                <td className="num">{r.evaluationsText}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {/* "Total" heads its row in the conference column, like every row above it: a
                header spanning two columns would make a multi-level table (WCAG H43). */}
            <tr>
              <td />
              <th scope="row"><Translate id="conference.page.evaluation.total">Total</Translate></th>
              <td className="num">{p.totalText}</td>
              <td />
            </tr>
          </tfoot>
        </table>

        <Heading as="h2" id="donnees">
          <Translate id="finances.downloads.title">Données à télécharger</Translate>
        </Heading>
        <Downloads links={data.downloads} what={translate({id: 'conference.page.download.what', message: 'les évaluations des déjeuners-conférences'})} />

        {data.source && (
          <p>
            <small>
              <Translate id="finances.source">Source :</Translate> {data.source}
            </small>
          </p>
        )}
      </main>
    </Layout>
  );
}
