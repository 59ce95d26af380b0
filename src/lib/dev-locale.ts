/**
 * `npm start` serves one locale. Under the French development server, /en/…
 * is the French site's 404: the 404 page then says, in both languages, how to
 * see English. Never in a build (NODE_ENV is "production" there), so the
 * built 404 pages and their hydration are unchanged.
 */
export function otherLocaleInDev(pathname: string, currentLocale: string, locales: readonly string[], nodeEnv: string | undefined): string | null {
  if (nodeEnv !== 'development') return null;
  const first = pathname.split('/')[1] ?? '';
  return first !== currentLocale && locales.includes(first) ? first : null;
}
