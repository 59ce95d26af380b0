import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import IllustrativeNotice from '@site/src/components/IllustrativeNotice';
import type {FileKind, TableGroup} from '../../../lib/open-data/table';
import type {OpenDataPageData, OpenDataTableEntry} from '../types';
import styles from './styles.module.css';

function kindLabel(kind: FileKind): string {
  switch (kind) {
    case 'xlsx':
      return translate({id: 'opendata.kind.xlsx', message: 'Classeur Excel (.xlsx)'});
    case 'csv-excel':
      return translate({id: 'opendata.kind.csvExcel', message: 'CSV pour Excel en français'});
    case 'csv':
      return translate({id: 'opendata.kind.csv', message: 'CSV pour les programmes'});
    case 'json':
      return 'JSON';
  }
}

function groupTitle(id: TableGroup): string {
  switch (id) {
    case 'etalonnage':
      return translate({id: 'opendata.group.etalonnage', message: 'Étalonnage : l\'ensemble des données'});
    case 'indicateur':
      return translate({id: 'opendata.group.indicateur', message: 'Étalonnage : un fichier par indicateur'});
    case 'organisme':
      return translate({id: 'opendata.group.organisme', message: 'Étalonnage : un fichier par organisme'});
    case 'finances':
      return translate({id: 'opendata.group.finances', message: 'États financiers du Centre'});
    case 'conferences':
      return translate({id: 'opendata.group.conferences', message: 'Déjeuners-conférences'});
  }
}

function TableRow({t, licence}: {t: OpenDataTableEntry; licence: OpenDataPageData['licence']}): React.ReactNode {
  return (
    <tr>
      <th scope="row" className={styles.what}>
        <span className={styles.tableTitle}>{t.title}</span>
        {t.illustrative && (
          <span className={styles.badge}>
            <Translate id="opendata.table.illustrative">valeurs illustratives</Translate>
          </span>
        )}
        <span className={styles.description}>{t.description}</span>
        {t.sources.length > 0 && (
          <span className={styles.sources}>
            <Translate id="opendata.table.sources">Sources :</Translate> {t.sources.join(' · ')}
          </span>
        )}
      </th>
      <td className={styles.rows}>{t.rowsText}</td>
      <td>
        <ul className={styles.files}>
          {t.files.map((f) => (
            <li key={f.kind}>
              <a href={f.href} download={f.file} data-download={f.kind}>
                {kindLabel(f.kind)}
              </a>{' '}
              <span className={styles.size}>{f.sizeText}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        <a href={licence.url}>CC BY 4.0</a>
      </td>
    </tr>
  );
}

export default function OpenDataPage({data}: {data: OpenDataPageData}): React.ReactNode {
  const title = translate({id: 'opendata.page.title', message: 'Données ouvertes'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'opendata.page.description',
        message: 'Toutes les données du Centre à télécharger : indicateurs d\'étalonnage, états financiers et évaluations, en classeur Excel, en CSV et en JSON, sous licence CC BY 4.0.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="opendata.page.lead" values={{count: data.fileCount}}>
            {'Le Centre publie ses tableaux d\'étalonnage, ses états financiers et les évaluations de ses déjeuners-conférences sous forme de données ouvertes : {count} fichiers, libres de réutilisation.'}
          </Translate>
        </p>
        <IllustrativeNotice>
          <Translate id="opendata.page.illustrative">
            La plupart des valeurs d'étalonnage sont des exemples : chaque fichier le dit ligne par ligne dans sa colonne Statut. Ne citez que les valeurs « publié ».
          </Translate>
        </IllustrativeNotice>

        <Heading as="h2" id="quel-fichier">
          <Translate id="opendata.choose.title">Quel fichier choisir ?</Translate>
        </Heading>
        <dl className={styles.choose}>
          <dt>{kindLabel('xlsx')}</dt>
          <dd>
            <Translate id="opendata.choose.xlsx">
              Pour lire, trier, filtrer et calculer dans Excel ou LibreOffice : les nombres sont des nombres (avec leurs formats : milliers, %, $), les dates des dates. La deuxième feuille, « À propos », donne la source, la licence, le sens du statut et la date d'extraction.
            </Translate>
          </dd>
          <dt>{kindLabel('csv-excel')}</dt>
          <dd>
            <Translate id="opendata.choose.csvExcel">
              Pour un tableur réglé en français (Canada) : point-virgule entre les colonnes, virgule décimale, UTF-8 avec BOM. Il s'ouvre d'un double-clic et chaque valeur est un nombre. Pour les valeurs d'étalonnage, c'est le format des contributions : on peut le corriger et le proposer de nouveau au Centre.
            </Translate>
          </dd>
          <dt>{kindLabel('csv')}</dt>
          <dd>
            <Translate id="opendata.choose.csv">
              Pour les programmes et les tableurs réglés en anglais : virgule entre les colonnes, point décimal, sans séparateur de milliers, identifiants stables en en-tête.
            </Translate>
          </dd>
          <dt>JSON</dt>
          <dd>
            <Translate id="opendata.choose.json">Pour les programmes : les mêmes données, avec le titre, les sources et la licence.</Translate>
          </dd>
          <dt>datapackage.json</dt>
          <dd>
            <Translate id="opendata.choose.datapackage" values={{resources: data.datapackage.resources}}>
              {'La description normalisée (Frictionless Data Package) des {resources} fichiers CSV : types et unités des colonnes, valeurs manquantes, clés, séparateurs, sources et licence. Les outils Frictionless la lisent pour valider ou charger les données.'}
            </Translate>{' '}
            <a href={data.datapackage.href} download="datapackage.json" data-download="datapackage">
              datapackage.json
            </a>{' '}
            <span className={styles.size}>{data.datapackage.sizeText}</span>
          </dd>
        </dl>

        <Heading as="h2" id="licence">
          <Translate id="opendata.licence.title">Licence et citation</Translate>
        </Heading>
        <p>
          <Translate id="opendata.licence.body">
            Toutes les données sont publiées sous la licence Creative Commons Attribution 4.0 International : vous pouvez les copier, les transformer et les rediffuser, y compris à des fins commerciales, en citant la source : « Centre d'expertise des grands organismes ».
          </Translate>{' '}
          <a href={data.licence.url}>{data.licence.title}</a>
        </p>
        <p>
          <Translate id="opendata.generated" values={{date: <time dateTime={data.generatedIso}>{data.generatedText}</time>}}>
            {'Fichiers produits le {date}, à partir des données validées du site.'}
          </Translate>
        </p>

        {data.groups.map((g) => (
          <section key={g.id} aria-labelledby={`groupe-${g.id}`}>
            <Heading as="h2" id={`groupe-${g.id}`}>
              {groupTitle(g.id)}
            </Heading>
            {g.id === 'organisme' && data.agenciesWithoutData.length > 0 && (
              <p>
                <Translate id="opendata.group.withoutData" values={{names: data.agenciesWithoutData.join(', ')}}>
                  {'Sans fichier : {names}. Cet organisme n\'a déclaré aucune valeur, et le site n\'offre pas de fichier vide.'}
                </Translate>
              </p>
            )}
            <div className={styles.scroll}>
              <table className={styles.table}>
                <caption className="visually-hidden">{groupTitle(g.id)}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Translate id="opendata.table.what">Données</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="opendata.table.rows">Lignes</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="opendata.table.files">Fichiers</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="opendata.table.licence">Licence</Translate>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.tables.map((t) => (
                    <TableRow key={t.name} t={t} licence={data.licence} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}

        <p>
          <Translate id="opendata.contribute">Pour proposer des données ou corriger une valeur, voir</Translate>{' '}
          <Link to="/etalonnage">
            <Translate id="opendata.contribute.link">les pages d'étalonnage</Translate>
          </Link>
          .
        </p>
      </main>
    </Layout>
  );
}
