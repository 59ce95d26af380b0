import React from 'react';
import Translate from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';

/**
 * The agencies taking part in a network or working group (data/reseaux.csv,
 * column organismes), and apart, the agencies a group visited
 * (organismes_visites): a visit does not make an agency a member. When no
 * source lists a group's members, the page says so.
 */
export default function MembresReseau({reseau}: {reseau: string}): React.ReactNode {
  const {networks, agencies} = useCegoData();
  const network = networks.find((n) => n.code === reseau);
  if (!network) throw new Error(`<MembresReseau reseau="${reseau}"> : réseau inconnu dans data/reseaux.csv.`);
  const item = (code: string) => {
    const agency = agencies.find((a) => a.code === code)!;
    return (
      <li key={code}>
        {agency.name} (<abbr title={agency.name}>{code}</abbr>)
      </li>
    );
  };
  return (
    <>
      {network.agencies.length > 0 ? (
        <ul data-members={network.code}>{network.agencies.map(item)}</ul>
      ) : (
        <p data-members-unknown={network.code}>
          <Translate id="network.members.unknown">Les documents du Centre ne donnent pas la liste des organismes membres de ce groupe.</Translate>
        </p>
      )}
      {network.visited.length > 0 ? (
        <>
          <p>
            <Translate id="network.visited.intro">Organismes dont le groupe a visité les services (une visite n'en fait pas un membre) :</Translate>
          </p>
          <ul data-visited={network.code}>{network.visited.map(item)}</ul>
        </>
      ) : null}
    </>
  );
}
