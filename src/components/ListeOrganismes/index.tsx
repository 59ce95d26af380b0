import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import ScrollTable from '@site/src/components/ScrollTable';
import {useCegoData} from '@site/src/lib/useCegoData';

interface Props {
  statut?: 'actif' | 'ancien' | 'tous';
}

/** Table of member agencies, from data/organismes.csv. */
export default function ListeOrganismes({statut = 'tous'}: Props): React.ReactNode {
  const {agencies} = useCegoData();
  const rows = agencies.filter((a) => statut === 'tous' || a.status === statut);
  return (
    <ScrollTable label={translate({id: 'agencies.table.caption', message: 'Organismes membres du Centre'})}>
      <caption>
        <Translate id="agencies.table.caption">Organismes membres du Centre</Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col"><Translate id="agencies.table.code">Sigle</Translate></th>
          <th scope="col"><Translate id="agencies.table.name">Nom</Translate></th>
          <th scope="col"><Translate id="agencies.table.since">Membre depuis</Translate></th>
          <th scope="col"><Translate id="agencies.table.status">Statut</Translate></th>
          <th scope="col"><Translate id="agencies.table.note">Remarque</Translate></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.code} id={`organisme-${a.code.toLowerCase()}`}>
            <th scope="row">{a.code}</th>
            <td>{a.website ? <a href={a.website} rel="noopener noreferrer">{a.name}</a> : a.name}</td>
            <td>{a.memberSince ?? <Translate id="agencies.table.unknown">non précisé</Translate>}</td>
            <td>
              {a.status === 'actif' ? (
                <Translate id="agencies.status.active">Membre</Translate>
              ) : (
                <Translate id="agencies.status.former">Ancien membre</Translate>
              )}
            </td>
            <td>{a.note}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
