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
  },
  en: {
    archiveTitle: (series: string) => `Archive — ${series}`,
    archiveIntro: (count: number) => `${count} issues, newest first.`,
    latestIssues: 'Latest issues',
    latestHeading: "The Centre's newsletters",
    allIssues: 'All issues',
    example: 'Example',
    follow: 'Follow the newsletters',
  },
} satisfies Record<Locale, unknown>;

export function labelsFor(locale: string) {
  return locale === 'en' ? LABELS.en : LABELS.fr;
}
