/**
 * Navbar search form (offline search): a labelled search box that opens the
 * search page with the query (?q=). Works as a plain GET form before hydration.
 */
import React, {useState, type FormEvent} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function SearchBar(): React.ReactNode {
  const action = useBaseUrl('/recherche');
  const history = useHistory();
  const [q, setQ] = useState('');
  const label = translate({id: 'search.box.label', message: 'Rechercher dans le site'});
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    history.push(q.trim() ? `${action}?q=${encodeURIComponent(q.trim())}` : action);
  };
  return (
    <form role="search" action={action} method="get" className={styles.form} onSubmit={onSubmit}>
      <label htmlFor="cego-navbar-search" className="visually-hidden">
        {label}
      </label>
      <input
        id="cego-navbar-search"
        className={styles.input}
        type="search"
        name="q"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={translate({id: 'search.box.placeholder', message: 'Rechercher'})}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className={styles.button} aria-label={translate({id: 'search.box.submit', message: 'Lancer la recherche'})}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8.5 3a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.1 1.1-3.9-3.9A5.5 5.5 0 1 1 8.5 3zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" fill="currentColor" />
        </svg>
      </button>
    </form>
  );
}
