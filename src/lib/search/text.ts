/**
 * Text processing shared by the full-text index (built in Node after the build)
 * and the search box (browser), so that a query and a page are cut and folded
 * the same way.
 *
 * French: NFD + diacritics removed ("échange" → "echange"), elisions split
 * ("l'équipement", "qu’un" → "equipement", "un"; straight and curly apostrophes),
 * a light stemmer (plural, feminine, a few common endings), and a stop-word list.
 * English: the same folding, possessives dropped, a light plural/-ing/-ed stemmer.
 */

export type SearchLocale = 'fr' | 'en';

/** Lower case, no diacritics, typographic apostrophes and ligatures made plain. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018\u02bc\u2032`´]/g, "'")
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** Elided forms that precede an apostrophe in French: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'. */
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

/** Splits folded text into words; French elisions are removed, English possessives too. */
export function words(text: string, locale: SearchLocale): string[] {
  const out: string[] = [];
  // Words are runs of letters/digits, possibly joined by apostrophes (aujourd'hui, l'équipe).
  for (const raw of fold(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []) {
    let w = raw;
    if (locale === 'fr') {
      while (ELISION.test(w)) w = w.replace(ELISION, '');
      // aujourd'hui and other words that keep their apostrophe: index the parts.
      for (const part of w.split("'")) if (part) out.push(part);
    } else {
      w = w.replace(/'s$/, '').replace(/'$/, '');
      for (const part of w.split("'")) if (part) out.push(part);
    }
  }
  return out;
}

const STOP_FR = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y ' +
    'est sont ete etre avoir ont a plus ou dont ainsi'
  ).split(' '),
);
const STOP_EN = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their this to was were will with which'.split(' '),
);

export function isStopWord(word: string, locale: SearchLocale): boolean {
  return (locale === 'fr' ? STOP_FR : STOP_EN).has(word);
}

/**
 * Light French stemmer (in the spirit of Savoy's light stemmer): conflates plural,
 * feminine and the most frequent verb inflections; works on folded words.
 */
export function stemFr(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d+$/.test(w)) return w;
  if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (/[sx]$/.test(w)) w = w.slice(0, -1);
  // Inflections only (feminine, participles, infinitive): derivations such as
  // -ement or -ation are kept apart ("équipe" and "équipement" are not the same word).
  if (w.endsWith('ere') && w.length > 5) w = w.slice(0, -1); // premiere → premier
  for (const suffix of ['ees', 'ee', 'er', 'ez', 'es', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('al') && w.length > 5) w = w.slice(0, -2);
  // Double final consonant (appell-, nouvell-).
  if (/([bcdfglmnprst])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Light English stemmer: plural, -ing, -ed, -ly. */
export function stemEn(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) {
    /* keep: process, status, analysis */
  } else if (/(?:ches|shes|xes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export function stem(word: string, locale: SearchLocale): string {
  return locale === 'fr' ? stemFr(word) : stemEn(word);
}

/** The index terms of a text: words, stop words removed, stemmed. */
export function terms(text: string, locale: SearchLocale): string[] {
  return words(text, locale)
    .filter((w) => !isStopWord(w, locale))
    .map((w) => stem(w, locale));
}
