import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import ChartStacked, {CHANNEL_COLOURS} from '@site/src/components/ChartStacked';
import {Legend as ColourKey} from '@site/src/components/ChartKit';
import type {ChannelMixPageData} from '../types';
import {BackLink, Downloads, IllustrativeMark, Legend, Num, TableScroll} from './parts';
import styles from './styles.module.css';

/** /etalonnage/modes-de-prestation: channel shares per agency and period, their migration, cost per transaction. */
export default function ChannelMixPage({data}: {data: ChannelMixPageData}): React.ReactNode {
  const title = translate({id: 'etalonnage.mix.title', message: 'Modes de prestation'});
  const missing = data.locale === 'fr' ? 'n.d.' : 'n/a';
  return (
    <Layout
      title={title}
      description={translate({id: 'etalonnage.mix.description', message: 'Part de chaque mode de prestation dans les contacts des organismes membres, migration dans le temps et coût par transaction.'})}>
      <main className="container margin-vert--lg">
        <BackLink href={data.overviewHref} />
        <Heading as="h1">{title}</Heading>
        {data.illustrative && <IllustrativeNotice />}
        <p>
          <Translate id="etalonnage.mix.intro">
            Pour chaque organisme, la part de chaque mode de prestation dans l'ensemble des contacts de la période (téléphone, en personne, Web, courriel, courrier, réponse vocale interactive), puis la variation de ces parts entre la première et la dernière période : la migration des clientèles vers d'autres modes.
          </Translate>
        </p>
        <ColourKey
          label={translate({id: 'etalonnage.mix.legend', message: 'Légende des couleurs'})}
          items={data.channels.map((c, k) => ({label: c.label, colour: CHANNEL_COLOURS[k % CHANNEL_COLOURS.length]}))}
        />
        {data.agencies.map((a) => {
          const headingId = `mix-${a.agency.code.toLowerCase()}`;
          return (
            <section key={a.agency.code} aria-labelledby={headingId}>
              <Heading as="h2" id={headingId}>
                <Link to={a.agency.href}>{a.agency.name}</Link>
              </Heading>
              <ChartStacked
                title={translate({id: 'etalonnage.mix.chart.title', message: '{name} : répartition des contacts par mode'}, {name: a.agency.name})}
                desc={translate({id: 'etalonnage.mix.chart.desc', message: 'Une barre empilée par période, chaque couleur représentant un mode de prestation. Le tableau qui suit donne les mêmes parts.'})}
                rows={a.periods.map((p) => ({label: p.period, shares: p.shares.map((s) => s.v)}))}
                channels={data.channels.map((c) => c.code)}
              />
              <TableScroll label={translate({id: 'etalonnage.mix.caption', message: '{name} : part des contacts par mode de prestation'}, {name: a.agency.name})}>
                <table className={styles.table}>
                  <caption>
                    {translate({id: 'etalonnage.mix.caption', message: '{name} : part des contacts par mode de prestation'}, {name: a.agency.name})}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col"><Translate id="etalonnage.period.label">Période</Translate></th>
                      {data.channels.map((c) => (
                        <th key={c.code} scope="col" className="num">{c.label}</th>
                      ))}
                      <th scope="col" className="num"><Translate id="etalonnage.mix.total">Total</Translate></th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.periods.map((p) => (
                      <tr key={p.period}>
                        <th scope="row">{p.period}</th>
                        {p.shares.map((s, k) => (
                          <td key={data.channels[k]!.code} className="num">
                            {s.t}
                            {p.illustrative && s.v !== null && <IllustrativeMark />}
                          </td>
                        ))}
                        <td className="num"><Num cell={p.total} /></td>
                      </tr>
                    ))}
                  </tbody>
                  {a.migration && (
                    <tfoot>
                      <tr>
                        <th scope="row">
                          {translate({id: 'etalonnage.mix.migration', message: 'Variation {from} → {to}'}, {from: a.migration.from, to: a.migration.to})}
                        </th>
                        {a.migration.changes.map((c, k) => (
                          <td key={data.channels[k]!.code} className="num"><Num cell={c} /></td>
                        ))}
                        <td />
                      </tr>
                    </tfoot>
                  )}
                </table>
              </TableScroll>
            </section>
          );
        })}
        <Legend illustrative={data.illustrative} missing={missing} />

        <Heading as="h2" id="cout-par-transaction">
          <Translate id="etalonnage.mix.cost">Coût par transaction selon le mode</Translate>
        </Heading>
        {data.costs.length === 0 ? (
          <p><Translate id="etalonnage.mix.noCost">Aucun coût par transaction n'a été déclaré.</Translate></p>
        ) : (
          data.costs.map((period) => (
            <TableScroll key={period.period} label={translate({id: 'etalonnage.mix.costCaption', message: 'Coût par transaction, {period}'}, {period: period.period})}>
              <table className={styles.table}>
                <caption>{translate({id: 'etalonnage.mix.costCaption', message: 'Coût par transaction, {period}'}, {period: period.period})}</caption>
                <thead>
                  <tr>
                    <th scope="col"><Translate id="etalonnage.col.agency">Organisme</Translate></th>
                    {data.costChannels.map((c) => (
                      <th key={c.code} scope="col" className="num"><Link to={c.href}>{c.label}</Link></th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {period.rows.map((r) => (
                    <tr key={r.agency.code}>
                      <th scope="row"><Link to={r.agency.href}>{r.agency.name}</Link></th>
                      {r.costs.map((c, k) => (
                        <td key={data.costChannels[k]!.code} className="num">
                          {c.t}
                          {c.illustrative && c.v !== null && <IllustrativeMark />}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))
        )}
        <Downloads links={data.downloads} what={translate({id: 'etalonnage.download.mix', message: 'parts des modes et coûts par transaction'})} />
      </main>
    </Layout>
  );
}
