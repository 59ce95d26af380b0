import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import {GroupedBarChart, LineChart} from './Charts';
import DownloadBlock from '@site/src/components/DownloadBlock';
import type {AmountCell, DownloadLinks, StatementTable, StatementsPageData} from '../types';
import styles from './styles.module.css';

interface Props {
  data: StatementsPageData;
}

function Refs({notes, scope}: {notes: number[]; scope: string}): React.ReactNode {
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((n) => (
        <sup key={n} className={styles.ref}>
          <a
            href={`#note-${n}`}
            id={`ref-${scope}-${n}`}
            aria-label={translate({id: 'finances.footnote.ref', message: 'Note {n}'}, {n})}>
            {n}
          </a>
        </sup>
      ))}
    </>
  );
}

function Amount({cell, scope}: {cell: AmountCell; scope: string}): React.ReactNode {
  return (
    <>
      {cell.text}
      <Refs notes={cell.notes} scope={scope} />
    </>
  );
}

/** The download block; nothing when the table has no rows (no empty download is offered). */
export function Downloads({links, what}: {links: DownloadLinks | null; what: string}): React.ReactNode {
  return links ? <DownloadBlock links={links} what={what} /> : null;
}

function Statement({table, data, caption}: {table: StatementTable; data: StatementsPageData; caption: string}): React.ReactNode {
  const withShares = table.sections.some((s) => s.rows.some((r) => r.shares));
  const hasChange = data.previous !== null;
  const columns = 1 + data.years.length + (hasChange ? 2 : 0) + (withShares ? data.years.length : 0);
  // Three headers per amount (column, section, item): a multi-level table, so every
  // cell lists its headers' ids in `headers` (WCAG technique H43); `scope` stays for
  // the screen readers that read it first.
  const id = (kind: 'c' | 's' | 'r', key: string | number) => `${table.id}-${kind}-${key}`;
  const columnIds = [
    ...data.years.map((_, i) => id('c', `annee-${i}`)),
    ...(hasChange ? [id('c', 'variation'), id('c', 'variation-pct')] : []),
    ...(withShares ? data.years.map((_, i) => id('c', `part-${i}`)) : []),
  ];
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.statement} id={`tableau-${table.id}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" id={id('c', 'poste')}>
              <Translate id="finances.table.item">Poste</Translate>
            </th>
            {data.years.map((y, i) => (
              <th scope="col" className="num" key={y} id={columnIds[i]}>
                {y}
                <br />
                <small>{translate({id: 'finances.table.yearEnd', message: 'au {date}'}, {date: data.yearEnds[i]})}</small>
              </th>
            ))}
            {hasChange && (
              <>
                <th scope="col" className="num" id={id('c', 'variation')}>
                  {translate({id: 'finances.table.change', message: 'Variation {from} à {to} ($)'}, {from: data.previous!, to: data.last})}
                </th>
                <th scope="col" className="num" id={id('c', 'variation-pct')}>
                  <Translate id="finances.table.changePercent">Variation (%)</Translate>
                </th>
              </>
            )}
            {withShares &&
              data.years.map((y, i) => (
                <th scope="col" className="num" key={`share-${y}`} id={id('c', `part-${i}`)}>
                  {translate({id: 'finances.table.share', message: 'Part des dépenses {year}'}, {year: y})}
                </th>
              ))}
          </tr>
        </thead>
        {table.sections.map((section) => (
          <tbody key={section.id}>
            <tr className={styles.sectionRow}>
              <th scope="rowgroup" colSpan={columns} id={id('s', section.id)}>
                {section.title}
              </th>
            </tr>
            {section.rows.map((row) => {
              const scope = `${table.id}-${row.poste}`;
              const rowHeaders = `${id('s', section.id)} ${id('r', row.poste)}`;
              const headers = (column: number) => `${columnIds[column]} ${rowHeaders}`;
              return (
                <tr key={row.poste} className={row.total ? styles.totalRow : undefined}>
                  <th scope="row" id={id('r', row.poste)}>
                    {row.label}
                    <Refs notes={row.labelNotes} scope={`${scope}-label`} />
                  </th>
                  {row.amounts.map((cell, i) => (
                    <td className="num" key={data.years[i]} headers={headers(i)}>
                      <Amount cell={cell} scope={`${scope}-${i}`} />
                    </td>
                  ))}
                  {hasChange && (
                    <>
                      <td className="num" headers={headers(data.years.length)}>{row.change}</td>
                      <td className="num" headers={headers(data.years.length + 1)}>{row.changePercent}</td>
                    </>
                  )}
                  {withShares &&
                    data.years.map((y, i) => (
                      <td className="num" key={`share-${y}`} headers={headers(data.years.length + (hasChange ? 2 : 0) + i)}>
                        {row.shares ? row.shares[i] : ''}
                      </td>
                    ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** /centre/etats-financiers: the Centre's financial statements, from data/finances/. */
export default function StatementsPage({data}: Props): React.ReactNode {
  const title = translate({id: 'finances.title', message: 'États financiers'});
  const years = `${data.years[0]} – ${data.last}`;
  const [revenue, expenses] = [
    translate({id: 'finances.chart.revenue', message: 'Revenus'}),
    translate({id: 'finances.chart.expenses', message: 'Dépenses'}),
  ];
  const [colon, semi] = data.locale === 'fr' ? ['\u00a0: ', '\u00a0; '] : [': ', '; '];
  const chartDesc = data.chart.groups
    .map((g) => `${g.label}${colon}${revenue} ${g.values[0]!.text}, ${expenses} ${g.values[1]!.text}`)
    .join(semi);
  const surplusDesc = data.surplus.points.map((p) => `${p.label}${colon}${p.text}`).join(semi);
  const roundingNotes = data.footnotes.filter((f) => f.kind === 'arrondi').length;
  const perAgency = data.contributions.filter((c) => c.agencies.length > 0);
  return (
    <Layout
      title={title}
      description={translate({
        id: 'finances.description',
        message: 'États financiers du Centre d\'expertise des grands organismes : état des résultats et bilan, exercice par exercice, tels que publiés.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {translate(
            {
              id: 'finances.intro',
              message:
                'L\'état des résultats et le bilan du Centre pour les exercices {years}, saisis tels que publiés dans ses rapports annuels. Chaque exercice se termine le 31 mars. La Régie des rentes du Québec tient la comptabilité du Centre.',
            },
            {years},
          )}
        </p>
        <p>
          {roundingNotes > 0
            ? translate(
                {
                  id: 'finances.checks',
                  message:
                    'Les totaux concordent avec leurs postes, d\'un exercice à l\'autre et au bilan, à quelques écarts d\'arrondi près (au plus {tolerance}) qui figurent tels quels dans les états publiés : chacun est signalé par un renvoi aux notes.',
                },
                {tolerance: data.toleranceText},
              )
            : translate({id: 'finances.checks.none', message: 'Les totaux concordent avec leurs postes, d\'un exercice à l\'autre et au bilan.'})}
        </p>
        <p>
          <Link to="/centre/financement">
            <Translate id="finances.funding">Comment le Centre est financé</Translate>
          </Link>
        </p>

        <Heading as="h2" id="donnees">
          <Translate id="finances.downloads.title">Données à télécharger</Translate>
        </Heading>
        <Downloads links={data.downloads} what={translate({id: 'finances.download.what', message: 'les états financiers'})} />

        <Heading as="h2" id="etat-des-resultats">
          <Translate id="finances.operations.title">État des résultats</Translate>
        </Heading>
        <Statement
          table={data.tables[0]!}
          data={data}
          caption={translate({id: 'finances.operations.caption', message: 'État des résultats, exercices {years} (en dollars)'}, {years})}
        />

        <Heading as="h3" id="revenus-et-depenses">
          <Translate id="finances.chart.title">Revenus et dépenses par exercice</Translate>
        </Heading>
        <GroupedBarChart
          id="graphique-revenus-depenses"
          title={translate({id: 'finances.chart.title', message: 'Revenus et dépenses par exercice'})}
          desc={`${chartDesc}. ${translate({id: 'finances.chart.equivalent', message: 'Les mêmes valeurs figurent dans le tableau de l\'état des résultats.'})}`}
          groups={data.chart.groups}
          series={[revenue, expenses]}
          ticks={data.chart.ticks}
        />

        <Heading as="h3" id="excedent-accumule">
          <Translate id="finances.surplus.title">Excédent accumulé</Translate>
        </Heading>
        <LineChart
          id="graphique-excedent"
          title={translate({id: 'finances.surplus.chartTitle', message: 'Excédent accumulé au 31 mars'})}
          desc={`${surplusDesc}. ${translate({id: 'finances.surplus.equivalent', message: 'Les mêmes valeurs figurent aux lignes « Excédent au début » et « Excédent à la fin » de l\'état des résultats.'})}`}
          points={data.surplus.points}
          ticks={data.surplus.ticks}
        />

        <Heading as="h2" id="bilan">
          <Translate id="finances.balance.title">Bilan</Translate>
        </Heading>
        <Statement
          table={data.tables[1]!}
          data={data}
          caption={translate({id: 'finances.balance.caption', message: 'Bilan au 31 mars, exercices {years} (en dollars)'}, {years})}
        />

        <Heading as="h2" id="cotisations">
          <Translate id="finances.contributions.title">Cotisations des membres</Translate>
        </Heading>
        {perAgency.length === 0 ? (
          <p>
            {translate(
              {
                id: 'finances.contributions.none',
                message:
                  'La cotisation des organismes figure au total dans l\'état des résultats ({amounts}). Sa répartition entre les organismes membres n\'est pas publiée dans les sources : aucune donnée par organisme n\'est donc présentée.',
              },
              {amounts: data.contributions.filter((c) => c.totalText).map((c) => `${c.exercice}${colon}${c.totalText}`).join(semi)},
            )}
          </p>
        ) : (
          perAgency.map((c) => (
            <React.Fragment key={c.exercice}>
              {c.illustrative && <IllustrativeNotice />}
              <table>
                <caption>{translate({id: 'finances.contributions.caption', message: 'Cotisations par organisme, {year}'}, {year: c.exercice})}</caption>
                <thead>
                  <tr>
                    <th scope="col"><Translate id="finances.contributions.agency">Organisme</Translate></th>
                    <th scope="col" className="num"><Translate id="finances.contributions.amount">Cotisation</Translate></th>
                    <th scope="col" className="num"><Translate id="finances.contributions.share">Part</Translate></th>
                  </tr>
                </thead>
                <tbody>
                  {c.agencies.map((a) => (
                    <tr key={a.code}>
                      <th scope="row">{a.name}</th>
                      <td className="num">{a.text}</td>
                      <td className="num">{a.shareText}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </React.Fragment>
          ))
        )}

        <Heading as="h2" id="notes">
          <Translate id="finances.notes.title">Notes</Translate>
        </Heading>
        <ol className={styles.footnotes}>
          {data.footnotes.map((f) => (
            <li key={f.id} id={f.id}>
              {f.text}
            </li>
          ))}
        </ol>
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
