import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
// Written by the cego-data plugin for the locale being built (not global data: see PRACTICES_BY_NETWORK).
import byNetwork from '@generated/cego-data/default/practices-by-network.json';

/**
 * Links to the practice sheets of a network or working group (front matter `reseau`);
 * with reseau="externe", the practices of bodies outside the Centre, each with its body.
 */
export default function PratiquesDuReseau({reseau}: {reseau: string}): React.ReactNode {
  // own keys only: reseau="constructor" is no network (an empty list, as for any unknown code)
  const list = Object.prototype.hasOwnProperty.call(byNetwork, reseau) ? byNetwork[reseau] : [];
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
