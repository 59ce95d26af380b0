/**
 * The email edition of an issue: MJML lays it out in tables with every style
 * inline (mj-style inline="inline" runs juice on the content's CSS), and
 * html-to-text writes the plain-text part from the same HTML.
 */
import mjml2html from 'mjml';
import type {MJMLJsonObject} from 'mjml-core';
import {convert} from 'html-to-text';
import {CENTRE_NAME, SERIES, localePrefix, type Locale} from './series';
import type {Issue} from './issue';
import {markdownToEmailHtml, type UrlContext} from './markdown';

/**
 * Placeholder the mailing-list tool replaces with each subscriber's unsubscribe
 * link (e.g. Mailchimp *|UNSUB|*, listmonk {{ UnsubscribeURL }}).
 */
export const DEFAULT_UNSUBSCRIBE_PLACEHOLDER = '{{unsubscribe_url}}';

export interface EmailOptions {
  siteUrl: string;
  unsubscribePlaceholder?: string;
  /** Sibling post file name → web URL, for links between issues. */
  postUrl?: UrlContext['postUrl'];
}

export interface EmailEdition {
  html: string;
  text: string;
}

const TEXT = {
  fr: {
    webVersion: 'Voir ce numéro dans votre navigateur',
    readOnline: 'Lire sur le site',
    issue: (n: number) => `Numéro ${n}`,
    by: 'Par',
    example: "Numéro d'exemple",
    why: (series: string) => `Vous recevez ce courriel parce que vous êtes abonné au bulletin ${series} du ${CENTRE_NAME.fr}.`,
    unsubscribe: 'Se désabonner',
    follow: 'Suivre les bulletins par RSS',
    logoAlt: `${CENTRE_NAME.fr} — accueil du site`,
  },
  en: {
    webVersion: 'View this issue in your browser',
    readOnline: 'Read on the website',
    issue: (n: number) => `Issue ${n}`,
    by: 'By',
    example: 'Example issue',
    why: (series: string) => `You receive this email because you subscribed to ${series} from the ${CENTRE_NAME.en}.`,
    unsubscribe: 'Unsubscribe',
    follow: 'Follow the newsletters by RSS',
    logoAlt: `${CENTRE_NAME.en} — website home`,
  },
} satisfies Record<Locale, unknown>;

// Québec government palette, as on the site (src/css/custom.css).
const COLORS = {navy: '#223654', blue: '#095797', text: '#1d1d1d', muted: '#4a4a4a', page: '#f1f1f2', white: '#ffffff'};
const FONT = "Arial, 'Helvetica Neue', Helvetica, sans-serif";

/** Styles of the Markdown content; MJML inlines them on every matching element. */
const CONTENT_CSS = `
  .content h2 { font-size: 20px; line-height: 1.3; color: ${COLORS.navy}; margin: 24px 0 8px; }
  .content h3 { font-size: 17px; line-height: 1.3; color: ${COLORS.navy}; margin: 20px 0 8px; }
  .content p { margin: 0 0 12px; }
  .content ul, .content ol { margin: 0 0 12px; padding-left: 24px; }
  .content li { margin: 0 0 6px; }
  .content a { color: ${COLORS.blue}; text-decoration: underline; }
  .content blockquote { margin: 0 0 16px; padding: 12px 16px; background-color: #fff4d6; border-left: 4px solid #e0ab00; }
  .content blockquote p { margin: 0; }
  .content strong { font-weight: bold; }
  .content em { font-style: italic; }
  .content img { max-width: 100%; height: auto; border: 0; }
  .content table { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
  .content th, .content td { border: 1px solid #c5cad2; padding: 6px 8px; text-align: left; }
  .footer a { color: ${COLORS.white}; text-decoration: underline; }
  .meta a { color: ${COLORS.blue}; text-decoration: underline; }
`;

function el(tagName: string, attributes: Record<string, unknown>, children: MJMLJsonObject[]): MJMLJsonObject {
  return {tagName, attributes, children};
}

function leaf(tagName: string, attributes: Record<string, unknown>, content = ''): MJMLJsonObject {
  return {tagName, attributes, content};
}

/** Escapes text placed inside MJML content (which is HTML). */
function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function metaLine(issue: Issue): string {
  const t = TEXT[issue.locale];
  const parts = [formatDate(issue.date, issue.locale)];
  if (issue.number !== null) parts.push(t.issue(issue.number));
  if (issue.authors.length) parts.push(`${t.by} ${issue.authors.join(', ')}`);
  return parts.join(' · ');
}

export async function buildEmail(issue: Issue, options: EmailOptions): Promise<EmailEdition> {
  const {locale} = issue;
  const t = TEXT[locale];
  const siteRoot = options.siteUrl.replace(/\/$/, '');
  const localeRoot = `${siteRoot}${localePrefix(locale)}`;
  const unsubscribe = options.unsubscribePlaceholder ?? DEFAULT_UNSUBSCRIBE_PLACEHOLDER;
  const seriesTitle = SERIES[issue.series].title[locale];
  const followUrl = `${localeRoot}/suivre-les-bulletins`;

  const contentHtml = await markdownToEmailHtml(issue.markdown, {
    pageUrl: issue.url,
    localeRoot,
    siteRoot,
    postUrl: options.postUrl,
  });

  const document = el('mjml', {lang: locale === 'fr' ? 'fr-CA' : 'en-CA'}, [
    el('mj-head', {}, [
      leaf('mj-title', {}, escapeHtml(issue.title)),
      leaf('mj-preview', {}, escapeHtml(issue.description)),
      el('mj-attributes', {}, [
        leaf('mj-all', {'font-family': FONT}),
        leaf('mj-text', {'font-size': '16px', 'line-height': '1.5', color: COLORS.text, padding: '0 24px'}),
        leaf('mj-section', {padding: '0'}),
      ]),
      leaf('mj-style', {inline: 'inline'}, CONTENT_CSS),
    ]),
    el('mj-body', {'background-color': COLORS.page, width: '600px'}, [
      // Link to the web version, above everything else.
      el('mj-section', {padding: '12px 0'}, [
        el('mj-column', {}, [
          leaf(
            'mj-text',
            {align: 'center', 'font-size': '13px', color: COLORS.muted, 'css-class': 'meta'},
            `<a href="${escapeHtml(issue.url)}">${escapeHtml(t.webVersion)}</a>`,
          ),
        ]),
      ]),
      // Masthead: one column, so it looks the same where <style> is stripped.
      el('mj-section', {'background-color': COLORS.navy, padding: '16px 0'}, [
        el('mj-column', {}, [
          leaf('mj-image', {
            src: `${siteRoot}/img/logo.svg`,
            alt: t.logoAlt,
            href: localeRoot,
            width: '56px',
            height: '56px',
            padding: '0 24px 8px',
            align: 'left',
          }),
          leaf('mj-text', {color: COLORS.white, 'font-size': '24px', 'font-weight': 'bold', 'line-height': '1.2'}, escapeHtml(seriesTitle)),
          leaf('mj-text', {color: COLORS.white, 'font-size': '14px', padding: '4px 24px 0'}, escapeHtml(CENTRE_NAME[locale])),
        ]),
      ]),
      // The issue.
      el('mj-section', {'background-color': COLORS.white, padding: '24px 0 8px'}, [
        el('mj-column', {}, [
          leaf('mj-text', {'font-size': '26px', 'line-height': '1.25', 'font-weight': 'bold', color: COLORS.navy}, `<h1 style="margin:0;font-size:26px;line-height:1.25;">${escapeHtml(issue.title)}</h1>`),
          leaf('mj-text', {'font-size': '14px', color: COLORS.muted, padding: '8px 24px 16px'}, escapeHtml(metaLine(issue))),
          leaf('mj-text', {'css-class': 'content'}, contentHtml),
          leaf(
            'mj-button',
            {href: issue.url, 'background-color': COLORS.blue, color: COLORS.white, 'font-size': '16px', 'inner-padding': '12px 24px', padding: '8px 24px 24px', align: 'left'},
            escapeHtml(t.readOnline),
          ),
        ]),
      ]),
      // Footer: why you get this, unsubscribe placeholder, feeds.
      el('mj-section', {'background-color': COLORS.navy, padding: '16px 0'}, [
        el('mj-column', {}, [
          leaf(
            'mj-text',
            {color: COLORS.white, 'font-size': '13px', 'line-height': '1.5', 'css-class': 'footer'},
            [
              `<p style="margin:0 0 8px;">${escapeHtml(t.why(seriesTitle))}</p>`,
              `<p style="margin:0;"><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t.unsubscribe)}</a> · <a href="${escapeHtml(followUrl)}">${escapeHtml(t.follow)}</a></p>`,
            ].join(''),
          ),
        ]),
      ]),
    ]),
  ]);

  const result = await mjml2html(document, {validationLevel: 'strict', keepComments: false});
  if (result.errors.length) {
    throw new Error(`MJML: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  }

  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const text = [
    `${seriesTitle} — ${CENTRE_NAME[locale]}`,
    '',
    issue.title,
    metaLine(issue),
    `${t.webVersion}${colon} ${issue.url}`,
    '',
    convert(contentHtml, {
      wordwrap: 78,
      selectors: [
        {selector: 'a', options: {hideLinkHrefIfSameAsText: true}},
        {selector: 'h2', options: {uppercase: false}},
        {selector: 'h3', options: {uppercase: false}},
      ],
    }),
    '',
    '—',
    t.why(seriesTitle),
    `${t.unsubscribe}${colon} ${unsubscribe}`,
    `${t.follow}${colon} ${followUrl}`,
    '',
  ].join('\n');

  return {html: result.html, text};
}
