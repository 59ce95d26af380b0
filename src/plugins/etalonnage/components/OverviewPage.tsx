import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import type {OverviewPageData} from '../types';
import {Downloads, IllustrativeMark, TableScroll} from './parts';
import styles from './styles.module.css';

/** "2008-2009" → "08-09" for narrow column headers; the full period is in the header's title row. */
function shortPeriod(p: string): string {
  const m = /^\d{2}(\d{2})-\d{2}(\d{2})$/.exec(p);
  return m ? `${m[1]}-${m[2]}` : p;
}

/** /etalonnage: what benchmarking is, the catalogue, the coverage matrix. */
/** Id of a coverage table header: an agency's column group, or one of its periods. */
function coverageId(agency: string, period?: string): string {
  return period ? `couverture-${agency}-${period}` : `couverture-${agency}`;
}

export default function OverviewPage({data}: {data: OverviewPageData}): React.ReactNode {
  const title = translate({id: 'etalonnage.overview.title', message: 'Étalonnage des organismes membres'});
  const yes = translate({id: 'etalonnage.coverage.yes', message: 'valeur déclarée'});
  const no = translate({id: 'etalonnage.coverage.no', message: 'aucune valeur'});
  return (
    <Layout
      title={title}
      description={translate({id: 'etalonnage.overview.description', message: 'Comparer les indicateurs de performance des organismes membres : catalogue, couverture, pages par indicateur et par organisme.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        {data.illustrative && <IllustrativeNotice />}
        <Heading as="h2" id="comprendre">
          <Translate id="etalonnage.overview.what">Ce qu'est l'étalonnage</Translate>
        </Heading>
        <p>
          <Translate id="etalonnage.overview.what.body">
            L'étalonnage (benchmarking) compare les résultats des organismes membres sur des indicateurs définis de la même façon, pour repérer les écarts et apprendre des organismes qui obtiennent les meilleurs résultats. Il ne s'agit pas d'un palmarès : le contexte de chaque organisme (clientèle, mandat, volume) compte autant que le chiffre.
          </Translate>
        </p>
        <Heading as="h3" id="lire">
          <Translate id="etalonnage.overview.read">Comment lire les pages</Translate>
        </Heading>
        <ul>
          <li>
            <Translate id="etalonnage.overview.read.direction">
              Sens : pour chaque indicateur, une valeur plus élevée ou plus basse est meilleure ; les volumes décrivent le contexte et ne sont pas classés.
            </Translate>
          </li>
          <li>
            <Translate id="etalonnage.overview.read.rank">
              Rang : 1 est la meilleure valeur de la période ; les organismes à égalité partagent le même rang.
            </Translate>
          </li>
          <li>
            <Translate id="etalonnage.overview.read.median">
              Médiane et quartiles : la moitié des organismes se situe de part et d'autre de la médiane ; le quart le plus élevé dépasse le 3e quartile, le quart le plus bas est sous le 1er quartile. Seules les valeurs déclarées comptent.
            </Translate>
          </li>
          <li>
            <Translate id="etalonnage.overview.read.missing">
              Valeur manquante : « n.d. » (non disponible) n'est jamais comptée comme zéro.
            </Translate>
          </li>
          <li>
            <Translate id="etalonnage.overview.read.illustrative">
              Données illustratives : marquées d'un astérisque, elles servent d'exemple et ne doivent pas être citées.
            </Translate>
          </li>
        </ul>
        <p>
          <Link to={data.channelMixHref}>
            <Translate id="etalonnage.overview.channelMix">Modes de prestation : répartition des contacts et coût par transaction</Translate>
          </Link>
        </p>
        <p>
          <Translate id="etalonnage.overview.contribute">Vous préparez des valeurs pour le groupe de travail ?</Translate>{' '}
          <Link to="/verifier-un-fichier">
            <Translate id="etalonnage.overview.checker">Vérifiez votre fichier avant de le proposer</Translate>
          </Link>
        </p>

        <Heading as="h2" id="organismes">
          <Translate id="etalonnage.overview.agencies">Profils des organismes</Translate>
        </Heading>
        <ul>
          {data.agencies.map((a) =>
            // A member with no value has no profile to show: named, not linked.
            a.indicators === 0 ? (
              <li key={a.code}>
                {translate({id: 'etalonnage.overview.noProfile', message: '{name} : aucune valeur d\'indicateur déclarée, donc pas de profil d\'étalonnage'}, {name: a.name})}
              </li>
            ) : (
              <li key={a.code}>
                <Link to={a.href}>{a.name}</Link>{' '}
                ({translate({id: 'etalonnage.overview.agencyCount', message: '{n} indicateurs'}, {n: a.indicators})})
              </li>
            ),
          )}
        </ul>

        <Heading as="h2" id="catalogue">
          <Translate id="etalonnage.overview.catalogue">Catalogue des indicateurs</Translate>
        </Heading>
        <p>
          {translate(
            {id: 'etalonnage.overview.counts', message: '{indicators} indicateurs, {agencies} organismes, {periods} périodes, {observations} valeurs.'},
            {indicators: data.counts.indicators, agencies: data.counts.agencies, periods: data.counts.periods, observations: data.counts.observations},
          )}
        </p>
        {data.themes.map((t) => (
          <section key={t.code} aria-labelledby={`theme-${t.code}`}>
            <Heading as="h3" id={`theme-${t.code}`}>{t.label}</Heading>
            <TableScroll label={t.label}>
              <table className={styles.table}>
                <caption className="visually-hidden">{t.label}</caption>
                <thead>
                  <tr>
                    <th scope="col"><Translate id="etalonnage.col.indicator">Indicateur</Translate></th>
                    <th scope="col"><Translate id="etalonnage.meta.channel">Mode de prestation</Translate></th>
                    <th scope="col"><Translate id="etalonnage.meta.unit">Unité</Translate></th>
                    <th scope="col"><Translate id="etalonnage.meta.direction">Sens</Translate></th>
                    <th scope="col" className="num"><Translate id="etalonnage.meta.target">Cible</Translate></th>
                    <th scope="col"><Translate id="etalonnage.col.periods">Périodes</Translate></th>
                    <th scope="col" className="num"><Translate id="etalonnage.col.agencies">Organismes</Translate></th>
                  </tr>
                </thead>
                <tbody>
                  {t.indicators.map((i) => (
                    <tr key={i.id}>
                      <th scope="row"><Link to={i.href}>{i.label}</Link></th>
                      <td>{i.channelLabel}</td>
                      <td>{i.unitLabel}</td>
                      <td>{i.directionLabel}</td>
                      <td className="num">{i.target ?? '—'}{i.target !== null && i.targetIllustrative && <IllustrativeMark />}</td>
                      <td>{i.periods.join(', ') || '—'}</td>
                      <td className="num">{i.agencies}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))}
        <Heading as="h3" id="par-mode">
          <Translate id="etalonnage.overview.byChannel">Par mode de prestation</Translate>
        </Heading>
        <dl className={styles.meta}>
          {data.channels.map((c) => (
            <React.Fragment key={c.code}>
              <dt>{c.label}</dt>
              <dd>
                {c.indicators.map((id, k) => {
                  const entry = data.themes.flatMap((t) => t.indicators).find((i) => i.id === id);
                  return (
                    <React.Fragment key={id}>
                      {k > 0 && ' · '}
                      {entry ? <Link to={entry.href}>{entry.label}</Link> : id}
                    </React.Fragment>
                  );
                })}
              </dd>
            </React.Fragment>
          ))}
        </dl>
        <Downloads links={data.downloads.catalogue} what={translate({id: 'etalonnage.download.catalogue', message: 'catalogue des indicateurs'})} />

        <Heading as="h2" id="couverture">
          <Translate id="etalonnage.overview.coverage">Couverture des données</Translate>
        </Heading>
        <p>
          <Translate id="etalonnage.overview.coverage.body">
            Quel organisme a déclaré quel indicateur, pour quelle période : ✓ valeur déclarée, — aucune valeur (non déclarée ou non disponible).
          </Translate>
        </p>
        <div className={styles.tableWrap} role="region" aria-labelledby="coverage-caption" tabIndex={0}>
          <table className={`${styles.table} ${styles.coverage}`} data-testid="coverage">
            <caption id="coverage-caption">
              <Translate id="etalonnage.coverage.caption">Valeurs déclarées par indicateur, organisme et période</Translate>
            </caption>
            {/* Two levels of column headers (agency, then period): each cell names its three
                headers with `headers`, the technique for multi-level tables (WCAG H43). */}
            <thead>
              <tr>
                <td rowSpan={2} />
                {data.agencies.map((a) => (
                  <th key={a.code} id={coverageId(a.code)} scope="colgroup" colSpan={data.periods.length}>
                    <abbr title={a.name}>{a.code}</abbr>
                  </th>
                ))}
              </tr>
              <tr>
                {data.agencies.flatMap((a) =>
                  data.periods.map((p) => (
                    <th key={`${a.code}-${p}`} id={coverageId(a.code, p)} scope="col">
                      <abbr title={p}>{shortPeriod(p)}</abbr>
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {data.coverage.map((row, r) => (
                <tr key={row.indicator.id}>
                  <th scope="row" id={`couverture-i${r}`}>
                    <Link to={row.indicator.href}>{row.indicator.label}</Link>
                  </th>
                  {row.cells.flatMap((c) =>
                    data.periods.map((p) => {
                      const has = c.periods.includes(p);
                      return (
                        <td key={`${c.agency}-${p}`} headers={`couverture-i${r} ${coverageId(c.agency)} ${coverageId(c.agency, p)}`}>
                          <span aria-hidden="true">{has ? '✓' : '—'}</span>
                          <span className="visually-hidden">{has ? yes : no}</span>
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Downloads links={data.downloads.coverage} what={translate({id: 'etalonnage.download.coverage', message: 'couverture'})} />
        <Downloads links={data.downloads.all} what={translate({id: 'etalonnage.download.all', message: 'toutes les valeurs de tous les indicateurs'})} />
      </main>
    </Layout>
  );
}
