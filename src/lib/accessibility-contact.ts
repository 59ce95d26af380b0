/**
 * The address readers write to when a page is hard to use (accessibility page).
 * Set at build time with CEGO_ACCESSIBILITY_CONTACT; an e-mail address only, so
 * the page can build a mailto: link that cannot carry anything else.
 */
export const DEFAULT_ACCESSIBILITY_CONTACT = 'accessibilite@grandsorganismes.gouv.qc.ca';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function accessibilityContact(env: Record<string, string | undefined>): string {
  const value = (env.CEGO_ACCESSIBILITY_CONTACT ?? '').trim();
  if (value === '') return DEFAULT_ACCESSIBILITY_CONTACT;
  if (!EMAIL.test(value)) {
    throw new Error(
      `CEGO_ACCESSIBILITY_CONTACT « ${value} » n'est pas une adresse de courriel (exemple : accessibilite@exemple.gouv.qc.ca).`,
    );
  }
  return value;
}

/** mailto: link with a subject that says what the message is about. */
export function accessibilityMailto(address: string, subject: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
