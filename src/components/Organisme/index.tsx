import React from 'react';
import {useCegoData} from '@site/src/lib/useCegoData';

interface Props {
  /** Agency code from data/organismes.csv, e.g. "RAMQ". */
  code: string;
  /** "complet" (default): full name; "sigle": the code, with the full name as <abbr title>. */
  forme?: 'complet' | 'sigle';
}

/** An agency's name, always from data/organismes.csv: pages never hard-code it. */
export default function Organisme({code, forme = 'complet'}: Props): React.ReactNode {
  const {agencies} = useCegoData();
  const agency = agencies.find((a) => a.code === code);
  if (!agency) {
    // Fails the build (static rendering) rather than printing a wrong name.
    throw new Error(`<Organisme code="${code}"> : code inconnu. Codes valides : ${agencies.map((a) => a.code).join(', ')}.`);
  }
  if (forme === 'sigle') return <abbr title={agency.name}>{agency.code}</abbr>;
  return <>{agency.name}</>;
}
