import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useCegoData} from '@site/src/lib/useCegoData';
import styles from './styles.module.css';

export interface PracticeFrontMatter {
  /** A Centre network or group code, or 'externe' (practice of a body outside the Centre). */
  reseau: string;
  /** The outside body, when reseau is 'externe'. */
  organisme_externe?: string;
  themes?: string[];
  modes?: string[];
  organismes?: string[];
  annee: number;
  source: string;
  statut: string;
}

const STATUS_LABELS: Record<string, () => string> = {
  publiee: () => translate({id: 'practice.status.publiee', message: 'Publiée'}),
  archivee: () => translate({id: 'practice.status.archivee', message: 'Archivée'}),
  exemple: () => translate({id: 'practice.status.exemple', message: 'Exemple (fiche illustrative)'}),
};

/** The metadata box at the top of a practice sheet, from its validated front matter. */
export default function PracticeMetadata({fm}: {fm: PracticeFrontMatter}): React.ReactNode {
  const data = useCegoData();
  const network = data.networks.find((n) => n.code === fm.reseau);
  const name = <T extends {code: string; name: string}>(list: T[], code: string) => list.find((x) => x.code === code)?.name ?? code;
  const source = data.sources.find((s) => s.code === fm.source);
  const networkPath = network ? `/${network.kind === 'reseau' ? 'reseaux' : 'groupes-de-travail'}/${network.code}` : null;
  return (
    <aside className={styles.box} aria-labelledby="practice-metadata-title">
      <h2 id="practice-metadata-title" className={styles.title}>
        <Translate id="practice.metadata.title">Fiche en bref</Translate>
      </h2>
      <dl className={styles.list} data-testid="practice-metadata">
        {fm.reseau === 'externe' ? (
          // Not a Centre body: say whose practice it is and where the Centre read about it.
          <>
            <dt>
              <Translate id="practice.metadata.origin">Provenance</Translate>
            </dt>
            <dd data-testid="practice-origin">
              <Translate id="practice.metadata.outside" values={{body: fm.organisme_externe ?? ''}}>
                {'Pratique externe : {body}, présentée dans le rapport source'}
              </Translate>
            </dd>
          </>
        ) : (
          <>
            <dt>{network?.kind === 'groupe' ? <Translate id="practice.metadata.group">Groupe de travail</Translate> : <Translate id="practice.metadata.network">Réseau d'échange</Translate>}</dt>
            <dd>{networkPath ? <Link to={networkPath}>{network!.name}</Link> : fm.reseau}</dd>
          </>
        )}
        <dt><Translate id="practice.metadata.themes">Thèmes</Translate></dt>
        <dd>{(fm.themes ?? []).map((t) => name(data.themes, t)).join(', ')}</dd>
        <dt><Translate id="practice.metadata.channels">Modes de prestation</Translate></dt>
        <dd>{(fm.modes ?? []).map((c) => name(data.channels, c)).join(', ')}</dd>
        <dt><Translate id="practice.metadata.agencies">Organismes</Translate></dt>
        <dd>
          {(fm.organismes ?? []).length === 0 ? (
            <Translate id="practice.metadata.agencies.none">Aucun organisme membre en particulier</Translate>
          ) : (
            // Names, not codes: the reader may not know what « CNT » stands for.
            (fm.organismes ?? []).map((code) => name(data.agencies, code)).join(', ')
          )}
        </dd>
        <dt><Translate id="practice.metadata.year">Année</Translate></dt>
        <dd>{fm.annee}</dd>
        <dt><Translate id="practice.metadata.source">Document source</Translate></dt>
        <dd>{source ? source.title : fm.source}</dd>
        <dt><Translate id="practice.metadata.status">Statut</Translate></dt>
        <dd>{STATUS_LABELS[fm.statut]?.() ?? fm.statut}</dd>
      </dl>
    </aside>
  );
}
