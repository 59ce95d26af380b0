import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import {DEFAULT_ACCESSIBILITY_CONTACT, accessibilityMailto} from '@site/src/lib/accessibility-contact';

/**
 * How to report an accessibility problem: the address comes from
 * customFields.accessibilityContact (CEGO_ACCESSIBILITY_CONTACT at build time).
 */
export default function SignalerProbleme(): React.ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const configured = siteConfig.customFields?.accessibilityContact;
  const address = typeof configured === 'string' && configured !== '' ? configured : DEFAULT_ACCESSIBILITY_CONTACT;
  const subject = translate({id: 'accessibility.report.subject', message: "Problème d'accessibilité sur le site du Centre"});
  return (
    <p className="cego-report-problem">
      <Translate id="accessibility.report.lead">Écrivez à la permanence du Centre à l'adresse</Translate>{' '}
      <a href={accessibilityMailto(address, subject)}>{address}</a>.
    </p>
  );
}
