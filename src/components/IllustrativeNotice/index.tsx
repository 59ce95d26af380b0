import React from 'react';
import Translate from '@docusaurus/Translate';

/** Shown on an English page whose content exists only in French. */
export function UntranslatedNotice(): React.ReactNode {
  return (
    <div className="alert alert--info cego-untranslated" role="note" lang="en">
      <strong>This page has not been translated yet.</strong> The French version is shown below. The Centre publishes in
      French first; English versions follow.
    </div>
  );
}

/** Marks data that does not come from a source document. */
export default function IllustrativeNotice({children}: {children?: React.ReactNode}): React.ReactNode {
  return (
    <div className="alert alert--warning" role="note">
      <strong>
        <Translate id="illustrative.title">Données illustratives.</Translate>
      </strong>{' '}
      {children ?? (
        <Translate id="illustrative.body">
          Ces valeurs ne proviennent pas d'une publication du Centre : elles servent d'exemple et ne doivent pas être citées.
        </Translate>
      )}
    </div>
  );
}
