/**
 * Structured data (JSON-LD) in <head>, with <, >, & and U+2028/2029 escaped as
 * \u003c… so that no title or description written by a contributor can close
 * the <script> (the upstream theme components write JSON.stringify as is).
 * The build checks every JSON-LD block again and re-escapes it after HTML
 * minification (src/plugins/security/harden.ts).
 */
import React from 'react';
import Head from '@docusaurus/Head';
import {escapeJsonForScript} from '@site/src/lib/json-ld';

export default function JsonLd({data}: {data: unknown}): React.ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{escapeJsonForScript(JSON.stringify(data))}</script>
    </Head>
  );
}
