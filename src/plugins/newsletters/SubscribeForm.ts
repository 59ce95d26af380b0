/**
 * Subscription form and feed list of the newsletters. Pure (no Docusaurus
 * hooks) so the unit tests can render it with and without a form action.
 */
import React, {type ReactNode} from 'react';
import type {Locale, SeriesId} from '@site/scripts/newsletter/series';
import {SERIES, SERIES_IDS} from '@site/scripts/newsletter/series';

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
      "Un fil de nouvelles annonce chaque nouveau numéro dès sa parution. Copiez l'adresse d'un fil dans votre lecteur de fils (par exemple celui de votre logiciel de courriel ou de votre navigateur) : il vérifiera lui-même les nouveautés, sans inscription ni adresse courriel.",
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

export default function SubscribeContent({locale, formAction, feeds, siteUrl}: SubscribeContentProps): ReactNode {
  const text = TEXT[locale];
  return (
    <>
      <section aria-labelledby="abonnement-courriel">
        <h2 id="abonnement-courriel">{text.formTitle}</h2>
        {formAction ? (
          <form action={formAction} method="post" className="margin-bottom--lg">
            <p>{text.formIntro}</p>
            <p>
              <label htmlFor="newsletter-email">{text.email}</label>
              <br />
              <input id="newsletter-email" name="email" type="email" autoComplete="email" required />
            </p>
            <fieldset>
              <legend>{text.which}</legend>
              {SERIES_IDS.map((id) => (
                <p key={id}>
                  <input id={`newsletter-${id}`} name="series" type="checkbox" value={id} defaultChecked />{' '}
                  <label htmlFor={`newsletter-${id}`}>{SERIES[id].title[locale]}</label>
                </p>
              ))}
            </fieldset>
            <input type="hidden" name="language" value={locale} />
            <button type="submit" className="button button--primary">
              {text.submit}
            </button>
          </form>
        ) : (
          <p className="alert alert--info" role="note">
            {text.noForm}
          </p>
        )}
      </section>
      <section aria-labelledby="abonnement-fils">
        <h2 id="abonnement-fils">{text.feedsTitle}</h2>
        <p>{text.feedsIntro}</p>
        {SERIES_IDS.map((id) => (
          <div key={id}>
            <h3>{SERIES[id].title[locale]}</h3>
            <p>{SERIES[id].description[locale]}</p>
            <ul>
              <li>
                <a href={feeds[id].rss} type="application/rss+xml">
                  RSS
                </a>{' '}
                <code>{`${siteUrl}${feeds[id].rss}`}</code>
              </li>
              <li>
                <a href={feeds[id].atom} type="application/atom+xml">
                  Atom
                </a>{' '}
                <code>{`${siteUrl}${feeds[id].atom}`}</code>
              </li>
              <li>
                <a href={feeds[id].json} type="application/feed+json">
                  JSON Feed
                </a>{' '}
                <code>{`${siteUrl}${feeds[id].json}`}</code>
              </li>
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
