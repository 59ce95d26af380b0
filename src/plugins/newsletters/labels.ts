/**
 * Interface text of the newsletter pages and components, in both locales.
 * Kept here rather than in i18n/en/code.json so the French and English texts
 * of one string sit side by side.
 */
import type {Locale} from '../../../scripts/newsletter/series';

export const LABELS = {
  fr: {
    archiveTitle: (series: string) => `Archives — ${series}`,
    archiveIntro: (count: number) => `${count} numéros, du plus récent au plus ancien.`,
    latestIssues: 'Derniers numéros',
    latestHeading: 'Les bulletins du Centre',
    allIssues: 'Tous les numéros',
    example: 'Exemple',
    follow: 'Suivre les bulletins',
    authorsTitle: (series: string) => `Auteurs — ${series}`,
    authorsDescription: (series: string) => `${series}\u00a0: les équipes du Centre qui signent les numéros, avec le nombre de numéros de chacune.`,
    authorTitle: (author: string, series: string) => `${author} — ${series}`,
    authorDescription: (author: string, series: string, count: number) =>
      count === 1 ? `${series}\u00a0: le numéro signé par ${author}.` : `${series}\u00a0: les ${count} numéros signés par ${author}.`,
    tagsTitle: (series: string) => `Sujets — ${series}`,
    tagsDescription: (series: string) => `${series}\u00a0: les sujets des numéros, chacun avec la liste de ses numéros.`,
    tagTitle: (tag: string, series: string) => `${tag} — ${series}`,
  },
  en: {
    archiveTitle: (series: string) => `Archive — ${series}`,
    archiveIntro: (count: number) => `${count} issues, newest first.`,
    latestIssues: 'Latest issues',
    latestHeading: "The Centre's newsletters",
    allIssues: 'All issues',
    example: 'Example',
    follow: 'Follow the newsletters',
    authorsTitle: (series: string) => `Authors — ${series}`,
    authorsDescription: (series: string) => `${series}: the Centre's teams who sign the issues, with the number of issues of each.`,
    authorTitle: (author: string, series: string) => `${author} — ${series}`,
    authorDescription: (author: string, series: string, count: number) =>
      count === 1 ? `${series}: the issue signed by ${author}.` : `${series}: the ${count} issues signed by ${author}.`,
    tagsTitle: (series: string) => `Subjects — ${series}`,
    tagsDescription: (series: string) => `${series}: the subjects of the issues, each with its list of issues.`,
    tagTitle: (tag: string, series: string) => `${tag} — ${series}`,
  },
} satisfies Record<Locale, unknown>;

export function labelsFor(locale: string) {
  return locale === 'en' ? LABELS.en : LABELS.fr;
}
