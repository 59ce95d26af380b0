import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';

/**
 * Links to the practice sheets of a network or working group (front matter `reseau`);
 * with reseau="externe", the practices of bodies outside the Centre, each with its body.
 */
export default function PratiquesDuReseau({reseau}: {reseau: string}): React.ReactNode {
  const {practices} = useCegoData();
  const list = practices.filter((p) => p.network === reseau).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  if (list.length === 0) {
    return (
      <p>
        <Translate id="network.practices.none">Aucune fiche de pratique n'est encore publiée pour ce réseau.</Translate>
      </p>
    );
  }
  return (
    <ul>
      {list.map((p) => (
        <li key={p.permalink}>
          <Link to={p.permalink}>{p.title}</Link> ({p.outsideBody ? `${p.outsideBody}, ` : ''}
          {p.year})
        </li>
      ))}
    </ul>
  );
}
