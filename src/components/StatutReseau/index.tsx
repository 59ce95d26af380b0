import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';
import ScrollTable from '@site/src/components/ScrollTable';
import {formatDate, formatPeriod} from '@site/src/lib/format';
import type {CegoGlobalData} from '@site/src/plugins/cego-data/types';

/**
 * Dates and status of a network or working group, from data/reseaux.csv, as
 * the source says them: the start in the source's words when it is vague
 * ("début de 2007"), the status for the period the source gives
 * ("Actif en 2006-2007"), and the source's title. Nothing the sources do not
 * say (an end date, a "Terminé") is shown as known.
 */

type Network = CegoGlobalData['networks'][number];

function useNetwork(reseau: string, component: string): {network: Network; data: CegoGlobalData} {
  const data = useCegoData();
  const network = data.networks.find((n) => n.code === reseau);
  if (!network) throw new Error(`<${component} reseau="${reseau}"> : réseau inconnu dans data/reseaux.csv.`);
  return {network, data};
}

function startOf(n: Network, locale: 'fr' | 'en'): string {
  if (n.startText) return n.startText;
  if (n.start) return formatDate(n.start, locale);
  return translate({id: 'network.start.unknown', message: 'non précisé dans les sources'});
}

/** "Actif en 2006-2007", "Annoncé en 2006-2007, pas encore commencé". */
export function statusText(n: Network, locale: 'fr' | 'en'): string {
  const period = n.statusPeriod ? formatPeriod(n.statusPeriod, locale) : null;
  switch (n.status) {
    case 'actif':
      return period
        ? translate({id: 'network.status.active.in', message: 'Actif en {period}'}, {period})
        : translate({id: 'network.status.active', message: 'Actif'});
    case 'termine':
      return period
        ? translate({id: 'network.status.ended.in', message: 'Terminé en {period}'}, {period})
        : translate({id: 'network.status.ended', message: 'Terminé'});
    case 'prevu':
      return period
        ? translate({id: 'network.status.planned.in', message: 'Annoncé en {period}, pas encore commencé'}, {period})
        : translate({id: 'network.status.planned', message: 'Annoncé, pas encore commencé'});
  }
}

function SourceNote({network, data}: {network: Network; data: CegoGlobalData}): React.ReactNode {
  const source = data.sources.find((s) => s.code === network.source);
  if (!source) return null;
  return (
    <>
      {' '}
      (<Translate id="network.source">source :</Translate> <cite>{source.title}</cite>)
    </>
  );
}

/** The "Dates" of a group: start (as the source words it) and end. */
export function DatesReseau({reseau}: {reseau: string}): React.ReactNode {
  const {network, data} = useNetwork(reseau, 'DatesReseau');
  return (
    <ul>
      <li>
        <strong><Translate id="network.start">Début</Translate></strong>
        {translate({id: 'network.colon', message: '\u00a0: '})}
        {startOf(network, data.locale)}
        {network.start || network.startText ? <SourceNote network={network} data={data} /> : null}
      </li>
      <li>
        <strong><Translate id="network.end">Fin</Translate></strong>
        {translate({id: 'network.colon', message: '\u00a0: '})}
        {network.end ? formatDate(network.end, data.locale) : translate({id: 'network.end.unknown', message: 'non précisée dans les sources'})}
      </li>
    </ul>
  );
}

/** The status of a network or group, for the period the source states it. */
export default function StatutReseau({reseau}: {reseau: string}): React.ReactNode {
  const {network, data} = useNetwork(reseau, 'StatutReseau');
  return (
    <p>
      {statusText(network, data.locale)}
      <SourceNote network={network} data={data} />.
    </p>
  );
}

/** Table of the working groups: name, start, status, each as the sources say them. */
export function TableauGroupes(): React.ReactNode {
  const data = useCegoData();
  const groups = data.networks.filter((n) => n.kind === 'groupe');
  return (
    <ScrollTable label={translate({id: 'network.table.label', message: 'Groupes de travail du Centre'})}>
      <thead>
        <tr>
          <th scope="col"><Translate id="network.table.group">Groupe de travail</Translate></th>
          <th scope="col"><Translate id="network.start">Début</Translate></th>
          <th scope="col"><Translate id="network.table.status">Statut</Translate></th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.code}>
            <th scope="row">
              <Link to={`/groupes-de-travail/${g.code}`}>{g.name}</Link>
            </th>
            <td>{startOf(g, data.locale)}</td>
            <td>{statusText(g, data.locale)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
