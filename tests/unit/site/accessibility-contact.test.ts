/**
 * The accessibility page gives readers an address to report a problem; the
 * address is set at build time (CEGO_ACCESSIBILITY_CONTACT) and can only be an
 * e-mail address, so the page's mailto: link cannot carry anything else.
 */
import {describe, expect, it} from 'vitest';
import {DEFAULT_ACCESSIBILITY_CONTACT, accessibilityContact, accessibilityMailto} from '../../../src/lib/accessibility-contact';

describe('accessibility contact address', () => {
  it('defaults to the address on the site domain', () => {
    expect(accessibilityContact({})).toBe(DEFAULT_ACCESSIBILITY_CONTACT);
    expect(accessibilityContact({CEGO_ACCESSIBILITY_CONTACT: '  '})).toBe(DEFAULT_ACCESSIBILITY_CONTACT);
  });

  it('takes the configured address', () => {
    expect(accessibilityContact({CEGO_ACCESSIBILITY_CONTACT: ' web@exemple.gouv.qc.ca '})).toBe('web@exemple.gouv.qc.ca');
  });

  it.each(['javascript:alert(1)', 'web@exemple.gouv.qc.ca?bcc=x@y.z', '"><script>', 'https://exemple.org/contact'])('refuses %j with a French message', (value) => {
    expect(() => accessibilityContact({CEGO_ACCESSIBILITY_CONTACT: value})).toThrow(/CEGO_ACCESSIBILITY_CONTACT .* n'est pas une adresse de courriel/);
  });

  it('builds a mailto: link whose subject is encoded', () => {
    expect(accessibilityMailto('a@b.ca', "Problème d'accessibilité")).toBe("mailto:a@b.ca?subject=Probl%C3%A8me%20d'accessibilit%C3%A9");
  });
});
