import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';
import {formatDate, formatNumber} from '@site/src/lib/format';

/** Breakfast conferences linked to a network (data/dejeuners-conferences.csv). */
export default function ConferencesDuReseau({reseau}: {reseau: string}): React.ReactNode {
  const {conferences, locale} = useCegoData();
  const list = conferences.filter((c) => c.network === reseau);
  if (list.length === 0) {
    return (
      <p>
        <Translate id="network.conferences.none">Aucun déjeuner-conférence n'est répertorié pour ce réseau.</Translate>
      </p>
    );
  }
  return (
    <ul>
      {list.map((c) => (
        <li key={c.slug}>
          <Link to={`/dejeuners-conferences/${c.slug}`}>{c.title}</Link> — {formatDate(c.date, locale)}
          {c.participants !== null && (
            <>
              {', '}
              {formatNumber(c.participants, locale)}{' '}
              <Translate id="conference.participants">participants</Translate>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
