/**
 * `npm start` serves one locale: /en/ gives the French site's 404. Says so once,
 * when the development server starts, with the command that serves English.
 * Nothing in a build.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function devLocaleHint(context: LoadContext): Plugin {
  return {
    name: 'dev-locale-hint',
    async loadContent() {
      const g = globalThis as Record<string, unknown>;
      if (process.env.NODE_ENV !== 'development' || g.__cegoLocaleHint) return;
      g.__cegoLocaleHint = true;
      const {currentLocale, defaultLocale} = context.i18n;
      console.log(
        currentLocale === defaultLocale
          ? '[langues] Ce serveur sert le français seulement : /en/ y mène à la page 404. Pour l\'anglais : npm run start:en ; pour les deux langues : npm run build && npm run serve (http://localhost:3001).'
          : `[langues] Ce serveur sert l'anglais seulement (/en/) : pour le français, npm start ; pour les deux langues : npm run build && npm run serve (http://localhost:3001).`,
      );
    },
  };
}
