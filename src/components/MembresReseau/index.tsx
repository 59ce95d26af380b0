import React from 'react';
import {useCegoData} from '@site/src/lib/useCegoData';

/** The agencies taking part in a network or working group (data/reseaux.csv). */
export default function MembresReseau({reseau}: {reseau: string}): React.ReactNode {
  const {networks, agencies} = useCegoData();
  const network = networks.find((n) => n.code === reseau);
  if (!network) throw new Error(`<MembresReseau reseau="${reseau}"> : réseau inconnu dans data/reseaux.csv.`);
  return (
    <ul>
      {network.agencies.map((code) => {
        const agency = agencies.find((a) => a.code === code)!;
        return (
          <li key={code}>
            {agency.name} (<abbr title={agency.name}>{code}</abbr>)
          </li>
        );
      })}
    </ul>
  );
}
