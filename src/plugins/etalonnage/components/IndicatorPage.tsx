import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import ChartBars from '@site/src/components/ChartBars';
import ChartTrend from '@site/src/components/ChartTrend';
import type {IndicatorPageData} from '../types';
import SortableTable, {type Column, type Row} from './SortableTable';
import {BackLink, Downloads, IllustrativeMark, Legend, Num, PeriodSelect} from './parts';
import {useViewState, type Sort} from './useViewState';
import {sortRows} from './sort';
import styles from './styles.module.css';

const SORT_KEYS = ['organisme', 'valeur', 'rang', 'ecart-mediane', 'ecart-cible', 'variation', 'note'];

/** /etalonnage/indicateurs/<id>: one indicator across member agencies. */
export default function IndicatorPage({data}: {data: IndicatorPageData}): React.ReactNode {
  const {indicator: ind, locale} = data;
  const directional = ind.direction !== 'neutre';
  const defaultSort: Sort = directional ? {key: 'rang', dir: 'asc'} : {key: 'valeur', dir: 'desc'};
  const view = useViewState(data.periods, defaultSort, SORT_KEYS);
  const current = data.byPeriod[view.period];
  const missing = locale === 'fr' ? 'n.d.' : 'n/a';

  const columns: Column[] = [
    {key: 'organisme', label: translate({id: 'etalonnage.col.agency', message: 'Organisme'})},
    {key: 'valeur', label: translate({id: 'etalonnage.col.value', message: 'Valeur'}), numeric: true},
  ];
  if (directional) columns.push({key: 'rang', label: translate({id: 'etalonnage.col.rank', message: 'Rang'}), numeric: true, firstDir: 'asc'});
  columns.push({key: 'ecart-mediane', label: translate({id: 'etalonnage.col.gapMedian', message: 'Écart à la médiane'}), numeric: true});
  if (ind.target) columns.push({key: 'ecart-cible', label: translate({id: 'etalonnage.col.gapTarget', message: 'Écart à la cible'}), numeric: true});
  if (current?.previous)
    columns.push({
      key: 'variation',
      label: translate({id: 'etalonnage.col.change', message: 'Variation depuis {period}'}, {period: current.previous}),
      numeric: true,
    });
  // A note column only when a row of the period has a note: no column of empty cells.
  if ((current?.rows ?? []).some((r) => r.note)) columns.push({key: 'note', label: translate({id: 'etalonnage.col.note', message: 'Note'})});

  const rows: Row[] = (current?.rows ?? []).map((r) => ({
    id: r.agency.code,
    cells: {
      organisme: <Link to={r.agency.href}>{r.agency.name}</Link>,
      valeur: (
        <>
          {r.missingLabel === missing ? <abbr title={translate({id: 'etalonnage.missing.title', message: 'non disponible'})}>{r.value.t}</abbr> : r.value.t}
          {r.illustrative && r.value.v !== null && <IllustrativeMark />}
        </>
      ),
      rang: r.rank === null ? '—' : <>{r.rank}{r.rankIllustrative && <IllustrativeMark />}</>,
      'ecart-mediane': <Num cell={r.gapMedian} />,
      'ecart-cible': <Num cell={r.gapTarget} />,
      variation: <Num cell={r.change} />,
      note: r.note ? <span className={styles.note} lang={r.noteLang ?? undefined}>{r.note}</span> : '',
    },
    sort: {
      organisme: r.agency.name,
      valeur: r.value.v,
      rang: r.rank,
      'ecart-mediane': r.gapMedian.v,
      'ecart-cible': r.gapTarget.v,
      variation: r.change.v,
      note: r.note,
    },
  }));

  const span = columns.length - 2;
  const s = current?.summary;
  const footer = s && (
    <tfoot>
      <tr>
        <th scope="row">{translate({id: 'etalonnage.row.q3', message: '3e quartile'})}</th>
        <td className="num"><Num cell={s.q3} /></td>
        <td colSpan={span} />
      </tr>
      <tr>
        <th scope="row">{translate({id: 'etalonnage.row.median', message: 'Médiane'})}</th>
        <td className="num"><Num cell={s.median} /></td>
        <td colSpan={span} />
      </tr>
      <tr>
        <th scope="row">{translate({id: 'etalonnage.row.q1', message: '1er quartile'})}</th>
        <td className="num"><Num cell={s.q1} /></td>
        <td colSpan={span} />
      </tr>
      <tr>
        <th scope="row">{translate({id: 'etalonnage.row.n', message: 'Organismes ayant déclaré une valeur'})}</th>
        <td className="num">{s.n}</td>
        <td colSpan={span} />
      </tr>
    </tfoot>
  );

  // The bars in the table's order (its sort, rank by default): one reading order for both.
  const byCode = new Map((current?.rows ?? []).map((r) => [r.agency.code, r]));
  const bars = sortRows(rows, view.sort, locale).map((row) => {
    const r = byCode.get(row.id)!;
    return {key: r.agency.code, label: r.agency.code, value: r.value.v, text: r.value.t, illustrative: r.illustrative};
  });
  const lines = [
    ...(s && s.median.v !== null ? [{kind: 'median' as const, value: s.median.v, label: translate({id: 'etalonnage.chart.median', message: 'Médiane {value}'}, {value: s.median.i ? `${s.median.t}*` : s.median.t})}] : []),
    ...(ind.target && ind.target.v !== null ? [{kind: 'target' as const, value: ind.target.v, label: translate({id: 'etalonnage.chart.target', message: 'Cible {value}'}, {value: ind.target.i ? `${ind.target.t}*` : ind.target.t})}] : []),
  ];

  // Trend chart ticks: the lowest and highest values shown, already formatted.
  const flat = data.trend.flatMap((t) => t.values.map((v, i) => ({v, t: t.labels[i]!}))).filter((x) => x.v !== null) as {v: number; t: string}[];
  const lo = flat.reduce<{v: number; t: string} | null>((m, x) => (m === null || x.v < m.v ? x : m), null);
  const hi = flat.reduce<{v: number; t: string} | null>((m, x) => (m === null || x.v > m.v ? x : m), null);
  const ticks = [lo, hi].filter((x): x is {v: number; t: string} => x !== null).map((x) => ({value: x.v, text: x.t}));

  return (
    // "— indicateur" in the title: a practice sheet may bear the indicator's name (e.g. first-contact resolution).
    <Layout title={translate({id: 'etalonnage.indicator.pageTitle', message: '{label} — indicateur'}, {label: ind.label})} description={ind.definition}>
      <main className="container margin-vert--lg">
        <BackLink href={data.overviewHref} />
        <Heading as="h1">{ind.label}</Heading>
        <p>{ind.definition}</p>
        {data.illustrative && <IllustrativeNotice />}
        <dl className={styles.meta}>
          <dt><Translate id="etalonnage.meta.unit">Unité</Translate></dt>
          <dd>{ind.unitLabel}</dd>
          <dt><Translate id="etalonnage.meta.direction">Sens</Translate></dt>
          <dd>{ind.directionLabel}</dd>
          <dt><Translate id="etalonnage.meta.target">Cible</Translate></dt>
          <dd>
            {ind.target ? (
              <>
                <Num cell={ind.target} />
                {ind.targetLabel ? ` — ${ind.targetLabel}` : ''}
                {ind.targetIllustrative && <> ({translate({id: 'etalonnage.meta.targetIllustrative', message: 'cible illustrative'})})</>}
              </>
            ) : (
              <Translate id="etalonnage.meta.noTarget">Aucune cible</Translate>
            )}
          </dd>
          <dt><Translate id="etalonnage.meta.channel">Mode de prestation</Translate></dt>
          <dd>{ind.channelLabel}</dd>
          <dt><Translate id="etalonnage.meta.theme">Thème</Translate></dt>
          <dd>{ind.themeLabel}</dd>
          <dt><Translate id="etalonnage.meta.frequency">Fréquence</Translate></dt>
          <dd>{ind.frequency}</dd>
          <dt><Translate id="etalonnage.meta.comparability">Comparabilité</Translate></dt>
          <dd>{ind.comparability ?? translate({id: 'etalonnage.meta.noComparability', message: 'Aucune réserve signalée.'})}</dd>
          <dt><Translate id="etalonnage.meta.source">Source</Translate></dt>
          <dd data-status={ind.illustrativeIndicator ? 'illustratif' : 'publie'}>
            {ind.source ?? translate({id: 'etalonnage.meta.noSource', message: 'Aucune : indicateur illustratif, qu\'aucun document ne définit'})}
            {ind.illustrativeIndicator && <IllustrativeMark />}
          </dd>
        </dl>

        <Heading as="h2" id="comparaison">
          <Translate id="etalonnage.indicator.comparison">Comparaison des organismes</Translate>
        </Heading>
        {data.periods.length === 0 ? (
          <p><Translate id="etalonnage.indicator.noData">Aucune valeur n'a encore été déclarée pour cet indicateur.</Translate></p>
        ) : (
          <>
            <PeriodSelect id="periode-indicateur" periods={data.periods} value={view.period} onChange={view.setPeriod} />
            <ChartBars
              title={translate({id: 'etalonnage.chart.bars.title', message: '{label}, {period}'}, {label: ind.label, period: view.period})}
              desc={translate(
                {
                  id: 'etalonnage.chart.bars.desc',
                  message: 'Barres horizontales, une par organisme, dans l\'ordre du tableau qui suit ; ligne pointillée : médiane ; ligne rouge : cible. Le tableau donne les mêmes valeurs.',
                },
              )}
              data={bars}
              lines={lines}
              missingText={missing}
            />
            <SortableTable
              testId="indicator-table"
              caption={translate({id: 'etalonnage.indicator.caption', message: '{label} par organisme, {period}'}, {label: ind.label, period: view.period})}
              columns={columns}
              rows={rows}
              rowHeader="organisme"
              sort={view.sort}
              onSort={view.setSort}
              locale={locale}
              footer={footer}
            />
            <Legend illustrative={!!current?.anyIllustrative || !!ind.target?.i} missing={missing} />
            <p className={styles.small}>
              {directional ? (
                <Translate id="etalonnage.indicator.howRank">
                  Rang : 1 est la meilleure valeur selon le sens de l'indicateur ; les organismes à égalité partagent le même rang. Médiane et quartiles : calculés sur les valeurs déclarées de la période (interpolation linéaire).
                </Translate>
              ) : (
                <Translate id="etalonnage.indicator.howNeutral">
                  Cet indicateur décrit le contexte (un volume) : il n'y a ni meilleure ni pire valeur, donc pas de rang. Médiane et quartiles : calculés sur les valeurs déclarées de la période (interpolation linéaire).
                </Translate>
              )}
            </p>
            <Downloads links={data.downloads} what={translate({id: 'etalonnage.download.indicator', message: 'toutes les périodes de cet indicateur'})} />

            <Heading as="h2" id="evolution">
              <Translate id="etalonnage.indicator.trend">Évolution</Translate>
            </Heading>
            <ChartTrend
              title={translate({id: 'etalonnage.chart.trend.title', message: '{label} : évolution par organisme'}, {label: ind.label})}
              desc={translate({
                id: 'etalonnage.chart.trend.desc',
                message: 'Une ligne grise par organisme, la médiane en bleu épais, une période par point. Le tableau qui suit donne les mêmes valeurs.',
              })}
              periods={data.periods}
              series={data.trend.map((t) => ({key: t.agency.code, label: t.agency.code, values: t.values}))}
              median={{label: translate({id: 'etalonnage.row.median', message: 'Médiane'}), values: data.trendMedian}}
              ticks={ticks}
            />
            <div className={styles.tableWrap} role="region" aria-labelledby="evolution-caption" tabIndex={0}>
              <table className={styles.table}>
                <caption id="evolution-caption">
                  {translate({id: 'etalonnage.indicator.trendCaption', message: '{label} par organisme et par période'}, {label: ind.label})}
                </caption>
                <thead>
                  <tr>
                    <th scope="col"><Translate id="etalonnage.col.agency">Organisme</Translate></th>
                    {data.periods.map((p) => (
                      <th key={p} scope="col" className="num">{p}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.trend.map((t) => (
                    <tr key={t.agency.code}>
                      <th scope="row">{t.agency.name}</th>
                      {t.labels.map((l, i) => (
                        <td key={data.periods[i]} className="num">
                          {l}
                          {t.illustrative[i] && <IllustrativeMark />}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row"><Translate id="etalonnage.row.median">Médiane</Translate></th>
                    {data.periods.map((p) => (
                      <td key={p} className="num"><Num cell={data.byPeriod[p]!.summary.median} /></td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
      </main>
    </Layout>
  );
}
