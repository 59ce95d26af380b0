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
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';

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
