import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import ChartSparkline from '@site/src/components/ChartSparkline';
import type {QuartilePosition} from '@site/src/lib/stats';
import type {AgencyPageData} from '../types';
import SortableTable, {type Column, type Row} from './SortableTable';
import {BackLink, Downloads, IllustrativeMark, Legend, Num, PeriodSelect} from './parts';
import {useViewState, type Sort} from './useViewState';
import styles from './styles.module.css';

const SORT_KEYS = ['indicateur', 'theme', 'valeur', 'mediane', 'ecart-mediane', 'rang', 'position'];
const DEFAULT_SORT: Sort = {key: 'indicateur', dir: 'asc'};
// Best quartile first when sorting by position.
const POSITION_ORDER: Record<QuartilePosition, number> = {meilleur: 0, haut: 1, milieu: 2, bas: 3, pire: 4};

function positionLabel(p: QuartilePosition | null): string {
  switch (p) {
    case 'meilleur':
      return translate({id: 'etalonnage.position.best', message: 'Meilleur quartile'});
    case 'pire':
      return translate({id: 'etalonnage.position.worst', message: 'Pire quartile'});
    case 'haut':
      return translate({id: 'etalonnage.position.high', message: 'Quartile supérieur'});
    case 'bas':
      return translate({id: 'etalonnage.position.low', message: 'Quartile inférieur'});
    case 'milieu':
      return translate({id: 'etalonnage.position.middle', message: 'Entre les quartiles'});
    default:
      return '—';
  }
}

/** /etalonnage/organismes/<code>: every indicator of one agency against its peers. */
export default function AgencyPage({data}: {data: AgencyPageData}): React.ReactNode {
  const {agency, locale} = data;
  const view = useViewState(data.periods, DEFAULT_SORT, SORT_KEYS);
  const current = data.byPeriod[view.period];
  const missing = locale === 'fr' ? 'n.d.' : 'n/a';
  const list = current?.rows ?? [];
  const best = list.filter((r) => r.position === 'meilleur');
  const worst = list.filter((r) => r.position === 'pire');

  const columns: Column[] = [
    {key: 'indicateur', label: translate({id: 'etalonnage.col.indicator', message: 'Indicateur'})},
    {key: 'theme', label: translate({id: 'etalonnage.col.theme', message: 'Thème'})},
    {key: 'valeur', label: translate({id: 'etalonnage.col.value', message: 'Valeur'}), numeric: true},
    {key: 'mediane', label: translate({id: 'etalonnage.col.peerMedian', message: 'Médiane des pairs'}), numeric: true},
    {key: 'quartiles', label: translate({id: 'etalonnage.col.quartiles', message: '1er – 3e quartile'}), numeric: true, sortable: false},
    {key: 'ecart-mediane', label: translate({id: 'etalonnage.col.gapMedian', message: 'Écart à la médiane'}), numeric: true},
    {key: 'rang', label: translate({id: 'etalonnage.col.rankOf', message: 'Rang'}), numeric: true, firstDir: 'asc'},
    {key: 'position', label: translate({id: 'etalonnage.col.position', message: 'Position'}), firstDir: 'asc'},
    {key: 'tendance', label: translate({id: 'etalonnage.col.trend', message: 'Tendance'}), sortable: false},
  ];
  const rows: Row[] = list.map((r, alphabetical) => ({
    id: r.indicator.id,
    cells: {
      indicateur: <Link to={r.indicator.href}>{r.indicator.label}</Link>,
      theme: r.theme,
      valeur: (
        <>
          {r.value.t}
          {r.illustrative && r.value.v !== null && <IllustrativeMark />}
          {r.note && <div className={styles.note} lang={r.noteLang ?? undefined}>{r.note}</div>}
        </>
      ),
      mediane: <Num cell={r.median} />,
      quartiles: r.q1.v === null ? '—' : <>{`${r.q1.t} – ${r.q3.t}`}{r.q1.i && <IllustrativeMark />}</>,
      'ecart-mediane': <Num cell={r.gapMedian} />,
      rang: r.rank === null ? '—' : <>{translate({id: 'etalonnage.rankOf', message: '{rank} sur {n}'}, {rank: r.rank, n: r.n})}{r.rankIllustrative && <IllustrativeMark />}</>,
      position: <span className={r.position === 'meilleur' ? styles.best : undefined}>{positionLabel(r.position)}{r.position !== null && r.rankIllustrative && <IllustrativeMark />}</span>,
      tendance: <ChartSparkline values={r.spark} reference={r.sparkMedian} text={r.sparkText} />,
    },
    sort: {
      // The rows come in alphabetical order from the build: no collator while hydrating.
      indicateur: alphabetical,
      theme: r.theme,
      valeur: r.value.v,
      mediane: r.median.v,
      'ecart-mediane': r.gapMedian.v,
      rang: r.rank,
      position: r.position === null ? null : POSITION_ORDER[r.position],
    },
  }));

  const title = translate({id: 'etalonnage.agency.title', message: '{name} : étalonnage'}, {name: agency.name});
  return (
    <Layout
      title={title}
      description={translate({id: 'etalonnage.agency.description', message: 'Les indicateurs de {name} comparés à la médiane et aux quartiles des organismes membres.'}, {name: agency.name})}>
      <main className="container margin-vert--lg">
        <BackLink href={data.overviewHref} />
        <Heading as="h1">{agency.name}</Heading>
        {agency.note && <p>{agency.note}</p>}
        {data.illustrative && <IllustrativeNotice />}
        {data.periods.length === 0 ? (
          <p>
            <Translate id="etalonnage.agency.noData">
              Cet organisme n'a déclaré aucune valeur d'indicateur : il n'y a donc aucun fichier de données à télécharger pour lui.
            </Translate>
          </p>
        ) : (
          <>
            <p>
              <Translate id="etalonnage.agency.intro">
                Chaque indicateur de l'organisme est comparé à la médiane et aux quartiles des organismes qui ont déclaré une valeur pour la même période. La tendance montre l'organisme (trait plein) et la médiane des pairs (pointillé) sur toutes les périodes.
              </Translate>
            </p>
            <PeriodSelect id="periode-organisme" periods={data.periods} value={view.period} onChange={view.setPeriod} />
            <Heading as="h2" id="points-saillants">
              <Translate id="etalonnage.agency.standsOut">Points saillants</Translate>
            </Heading>
            <ul data-testid="stands-out" className={styles.standsOut}>
              {[
                {key: 'best', list: best, label: translate({id: 'etalonnage.agency.best', message: 'Indicateurs dans le quart le plus favorable des organismes :'})},
                {key: 'worst', list: worst, label: translate({id: 'etalonnage.agency.worst', message: 'Indicateurs dans le quart le moins favorable des organismes :'})},
              ].map(({key, list: l}, k, all) => (
                <li key={key}>
                  {all[k]!.label}{' '}
                  {l.length === 0 ? (
                    translate({id: 'etalonnage.agency.none', message: 'aucun indicateur'})
                  ) : (
                    // In alphabetical order (the rows' order): a list of indicators, not a ranking.
                    <ul>
                      {l.map((r) => (
                        <li key={r.indicator.id}>
                          <Link to={r.indicator.href}>{r.indicator.label}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            <p className={styles.small}>
              <Translate id="etalonnage.agency.quartileRule">
                Meilleur ou pire quartile : selon le sens de l'indicateur, et seulement quand au moins quatre organismes ont déclaré une valeur. Les volumes (sans meilleur ni pire sens) sont situés en quartile supérieur ou inférieur.
              </Translate>
            </p>
            <SortableTable
              testId="agency-table"
              caption={translate({id: 'etalonnage.agency.caption', message: '{name} : indicateurs comparés aux pairs, {period}'}, {name: agency.name, period: view.period})}
              columns={columns}
              rows={rows}
              rowHeader="indicateur"
              sort={view.sort}
              onSort={view.setSort}
              locale={locale}
            />
            <Legend illustrative={!!current?.anyIllustrative} missing={missing} />
            <Downloads links={data.downloads} what={translate({id: 'etalonnage.download.agency', message: 'toutes les valeurs de cet organisme'})} />
          </>
        )}
        {agency.website && (
          <p>
            <a href={agency.website}>
              <Translate id="etalonnage.agency.website">Site Web de l'organisme</Translate>
            </a>
          </p>
        )}
      </main>
    </Layout>
  );
}
