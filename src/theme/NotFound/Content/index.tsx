/**
 * The 404 page, in the locale of its URL (build/404.html, build/en/404.html):
 * says the page was not found and offers the home page, the search and the
 * practice directory. Title and description are set here, inside the layout,
 * so that they are the page's (the stock page leaves the site title alone).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {otherLocaleInDev} from '@site/src/lib/dev-locale';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';

/** Development only: the server serves one language, so /en/… lands here. Both languages, since the reader wants the other one. */
function DevLocaleHint(): ReactNode {
  const {pathname} = useLocation();
  const {i18n} = useDocusaurusContext();
  const other = otherLocaleInDev(pathname, i18n.currentLocale, i18n.locales, process.env.NODE_ENV);
  if (!other) return null;
  const command = other === i18n.defaultLocale ? 'npm start' : `npm run start:${other}`;
  return (
    <div className="alert alert--info margin-bottom--md" role="note" data-testid="dev-locale-hint">
      <p lang="fr">
        Serveur de développement : il ne sert qu'une langue à la fois. Pour voir cette page, lancez <code>{command}</code>, ou <code>{'npm run build && npm run serve'}</code> pour les deux langues.
      </p>
      <p lang="en" className="margin-bottom--none">
        Development server: it serves one language at a time. To see this page, run <code>{command}</code>, or <code>{'npm run build && npm run serve'}</code> for both languages.
      </p>
    </div>
  );
}

export default function NotFoundContent({className}: Props): ReactNode {
  const title = translate({id: 'theme.NotFound.title', message: 'Page introuvable', description: 'The title of the 404 page'});
  const description = translate({
    id: 'notFound.description',
    message: "Cette adresse ne mène à aucune page du site du Centre d'expertise des grands organismes. Retrouvez l'information par l'accueil, la recherche ou le répertoire des pratiques.",
    description: 'Meta description of the 404 page',
  });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata title={title} description={description} />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">{title}</Heading>
          <DevLocaleHint />
          <p>
            <Translate id="notFound.lead" description="First paragraph of the 404 page">
              Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou l'adresse contient une faute de frappe.
            </Translate>
          </p>
          <p>
            <Translate id="notFound.next" description="Introduces the links of the 404 page">
              Pour trouver ce que vous cherchez :
            </Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="notFound.home" description="404 page: link to the home page">
                  la page d'accueil du Centre
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/recherche">
                <Translate id="notFound.search" description="404 page: link to the search page">
                  la recherche dans tout le site
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/meilleures-pratiques">
                <Translate id="notFound.directory" description="404 page: link to the practice directory">
                  le répertoire des meilleures pratiques
                </Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
