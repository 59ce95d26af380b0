/**
 * /recherche (/en/recherche): offline full-text search over the whole site of
 * this language. Loads search-index.json (built after the site) on first visit;
 * the query lives in the URL (?q=) so a search can be shared or bookmarked.
 */
import React, {useEffect, useMemo, useRef, useState, type FormEvent} from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {SiteSearch, type SearchHit, type SearchIndexFile} from '@site/src/lib/search/engine';
import styles from './styles.module.css';

type Status = 'loading' | 'ready' | 'error';

declare global {
  interface Window {
    /** Test and benchmark hook: the loaded engine of this page. */
    __cegoSearch?: SiteSearch;
  }
}

function countMessage(n: number, q: string): string {
  if (n === 0) return translate({id: 'search.page.none', message: 'Aucun résultat pour « {q} ».'}, {q});
  if (n === 1) return translate({id: 'search.page.one', message: '1 résultat pour « {q} ».'}, {q});
  return translate({id: 'search.page.many', message: '{n} résultats pour « {q} ».'}, {n: String(n), q});
}

export default function SearchPage(): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  const indexUrl = useBaseUrl('/search-index.json');
  const location = useLocation();
  const history = useHistory();
  // Empty on the server and at hydration; the URL's query is read right after.
  const [query, setQuery] = useState('');
  const [engine, setEngine] = useState<SiteSearch | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLOListElement>(null);
  const pagePath = useBaseUrl('/recherche');

  // Follow the URL when the navbar form sends a new query to this same page.
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    setQuery((current) => (current === q ? current : q));
  }, [location.search]);

  useEffect(() => {
    let cancelled = false;
    fetch(indexUrl)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<SearchIndexFile>;
      })
      .then((file) => {
        if (cancelled) return;
        const e = new SiteSearch(file, locale);
        window.__cegoSearch = e;
        setEngine(e);
        setStatus('ready');
      })
      .catch(() => !cancelled && setStatus('error'));
    return () => {
      cancelled = true;
    };
  }, [indexUrl, locale]);

  const hits: SearchHit[] = useMemo(() => (engine && query.trim() ? engine.search(query, 200) : []), [engine, query]);

  const onChange = (value: string) => {
    setQuery(value);
    const params = new URLSearchParams(location.search);
    if (value.trim()) params.set('q', value);
    else params.delete('q');
    const search = params.toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : ''});
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onChange(inputRef.current?.value ?? query);
    resultsRef.current?.focus();
  };

  const title = translate({id: 'search.page.title', message: 'Rechercher dans le site'});
  const q = query.trim();
  let announce = '';
  if (status === 'loading' && q) announce = translate({id: 'search.page.loading', message: 'Chargement de l\'index de recherche…'});
  else if (status === 'error') announce = translate({id: 'search.page.error', message: 'L\'index de recherche est introuvable. Il est produit par la compilation du site (npm run build).'});
  else if (status === 'ready' && q) announce = countMessage(hits.length, q);

  return (
    <Layout title={title} description={translate({id: 'search.page.description', message: 'Recherche plein texte dans les pages, rapports, bulletins et fiches de pratiques du Centre.'})}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        {/* A plain GET form: without JavaScript the button reloads this page with ?q=;
            with it, results follow the typing and the button moves to the results. */}
        <form role="search" className={styles.form} action={pagePath} method="get" onSubmit={onSubmit}>
          <label htmlFor="cego-search-input" className={styles.label}>
            <Translate id="search.page.label">Mots à rechercher</Translate>
          </label>
          <div className={styles.row}>
          <input
            ref={inputRef}
            id="cego-search-input"
            className={styles.input}
            type="search"
            name="q"
            value={query}
            onChange={(e) => onChange(e.target.value)}
            autoComplete="off"
            aria-describedby="cego-search-hint"
            aria-controls="cego-search-results"
          />
          <button type="submit" className="button button--primary">
            <Translate id="search.page.submit">Rechercher</Translate>
          </button>
          </div>
          <p id="cego-search-hint" className={styles.hint}>
            <Translate id="search.page.hint">Les accents et les majuscules sont facultatifs ; les résultats s'affichent pendant la saisie.</Translate>
          </p>
        </form>
        <p role="status" aria-live="polite" className={styles.status} data-testid="search-status">
          {announce}
        </p>
        <ol id="cego-search-results" ref={resultsRef} tabIndex={-1} className={styles.results} data-testid="search-results">
          {hits.map((hit) => (
            <li key={hit.id} className={styles.hit}>
              <Link to={hit.url} className={styles.hitTitle}>
                {hit.title}
              </Link>
              {hit.section && <span className={styles.section}>{hit.section}</span>}
              {hit.description && <p className={styles.description}>{hit.description}</p>}
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
