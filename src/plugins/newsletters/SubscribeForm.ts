/**
 * Subscription form and feed list of the newsletters. Pure (no Docusaurus
 * hooks) so the unit tests can render it with and without a form action.
 */
import {Fragment, createElement, type ReactNode} from 'react';
import type {Locale, SeriesId} from '../../../scripts/newsletter/series';
import {SERIES, SERIES_IDS} from '../../../scripts/newsletter/series';

export interface FeedLinks {
  rss: string;
  atom: string;
  json: string;
}

export interface SubscribeContentProps {
  locale: Locale;
  /** Action URL of the mailing-list provider's form; null when not configured. */
  formAction: string | null;
  /** Feed paths of each series, localized and with the base URL, e.g. "/en/veille/rss.xml". */
  feeds: Record<SeriesId, FeedLinks>;
  /** Site URL shown before each feed path, so readers can copy a full address. */
  siteUrl: string;
}

const TEXT = {
  fr: {
    formTitle: "S'abonner par courriel",
    formIntro: 'Recevez les bulletins choisis dans votre boîte de réception. Vous pourrez vous désabonner en un clic depuis chaque envoi.',
    email: 'Adresse courriel',
    which: 'Bulletins souhaités',
    submit: "S'abonner",
    noForm:
      "L'abonnement par courriel n'est pas offert sur cette version du site. Vous pouvez suivre les bulletins par leurs fils de nouvelles, ci-dessous.",
    feedsTitle: 'Suivre par fil RSS, Atom ou JSON',
    feedsIntro:
      "Un fil de nouvelles annonce chaque nouveau numéro dès sa parution. Copiez l'adresse d'un fil dans votre lecteur de fils (par exemple celui de votre logiciel de courriel ou de votre navigateur)\u00a0: il vérifiera lui-même les nouveautés, sans inscription ni adresse courriel.",
  },
  en: {
    formTitle: 'Subscribe by email',
    formIntro: 'Get the newsletters you choose in your inbox. Every issue has a one-click unsubscribe link.',
    email: 'Email address',
    which: 'Newsletters',
    submit: 'Subscribe',
    noForm: 'Email subscription is not available on this version of the site. You can follow the newsletters through their feeds, below.',
    feedsTitle: 'Follow by RSS, Atom or JSON feed',
    feedsIntro:
      'A feed announces every new issue as soon as it is published. Copy a feed address into your feed reader (for example the one in your email software or browser): it checks for new issues itself, with no sign-up and no email address.',
  },
} satisfies Record<Locale, Record<string, string>>;

// Written with createElement rather than JSX: the unit tests (Vitest, whose
// transform keeps the tsconfig's `jsx: preserve`) render it as is.
const h = createElement;

function FeedItem({label, href, type, siteUrl}: {label: string; href: string; type: string; siteUrl: string}): ReactNode {
  return h('li', null, h('a', {href, type}, label), ' ', h('code', null, `${siteUrl}${href}`));
}

export default function SubscribeContent({locale, formAction, feeds, siteUrl}: SubscribeContentProps): ReactNode {
  const text = TEXT[locale];
  const form = formAction
    ? h(
        'form',
        {action: formAction, method: 'post', className: 'margin-bottom--lg'},
        h('p', null, text.formIntro),
        h(
          'p',
          null,
          h('label', {htmlFor: 'newsletter-email'}, text.email),
          h('br'),
          h('input', {id: 'newsletter-email', name: 'email', type: 'email', autoComplete: 'email', required: true}),
        ),
        h(
          'fieldset',
          null,
          h('legend', null, text.which),
          ...SERIES_IDS.map((id) =>
            h(
              'p',
              {key: id},
              h('input', {id: `newsletter-${id}`, name: 'series', type: 'checkbox', value: id, defaultChecked: true}),
              ' ',
              h('label', {htmlFor: `newsletter-${id}`}, SERIES[id].title[locale]),
            ),
          ),
        ),
        h('input', {type: 'hidden', name: 'language', value: locale}),
        h('button', {type: 'submit', className: 'button button--primary'}, text.submit),
      )
    : h('p', {className: 'alert alert--info', role: 'note'}, text.noForm);
  return h(
    Fragment,
    null,
    h('section', {'aria-labelledby': 'abonnement-courriel'}, h('h2', {id: 'abonnement-courriel'}, text.formTitle), form),
    h(
      'section',
      {'aria-labelledby': 'abonnement-fils'},
      h('h2', {id: 'abonnement-fils'}, text.feedsTitle),
      h('p', null, text.feedsIntro),
      ...SERIES_IDS.map((id) =>
        h(
          'div',
          {key: id},
          h('h3', null, SERIES[id].title[locale]),
          h('p', null, SERIES[id].description[locale]),
          h(
            'ul',
            null,
            h(FeedItem, {label: 'RSS', href: feeds[id].rss, type: 'application/rss+xml', siteUrl}),
            h(FeedItem, {label: 'Atom', href: feeds[id].atom, type: 'application/atom+xml', siteUrl}),
            h(FeedItem, {label: 'JSON Feed', href: feeds[id].json, type: 'application/feed+json', siteUrl}),
          ),
        ),
      ),
    ),
  );
}
