/// <reference lib="webworker" />
/**
 * The checker's Web Worker: the data core (scripts/pipeline/core.ts, the
 * code `npm run validate` runs) checks the dropped files off the main thread.
 * Its only request is the site catalogue, fetched once when the page opens
 * (same origin); checking a file reads it from memory and sends nothing.
 */
import {canonicalFile, checkData, parseSiteCatalogue, type SiteCatalogue} from '../../../scripts/pipeline/core';
import type {Locale} from '../../../scripts/pipeline/types';
import type {FromWorker, ToWorker} from './protocol';
import {checkView, kindOptions} from './view';

/** Largest file read (bytes): beyond, one clear error instead of a tab that freezes. */
export const MAX_BYTES = 20_000_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let base: SiteCatalogue | null = null;
let locale: Locale = 'fr';

const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.op === 'init') {
    locale = m.locale;
    try {
      const response = await fetch(m.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      base = parseSiteCatalogue(await response.text());
      post({op: 'ready', kinds: kindOptions(locale)});
    } catch (err) {
      post({op: 'failed', stage: 'init', message: String(err)});
    }
    return;
  }
  if (m.op === 'check') {
    let last = 0;
    // checkData never throws on bad data; anything else is a bug, said plainly rather than a page that waits forever
    const result = await checkData(
      m.files.map((f) => ({name: f.name, source: f.file, kind: f.kind})),
      {
        base,
        locale,
        maxBytes: MAX_BYTES,
        onProgress: (p) => {
          const now = Date.now();
          if (now - last < 100) return;
          last = now;
          post({op: 'progress', id: m.id, file: p.file, pass: p.pass, bytesRead: p.bytesRead, fraction: p.bytesTotal ? p.bytesRead / p.bytesTotal : null});
        },
      },
    ).catch((err: unknown) => {
      post({op: 'failed', stage: 'check', message: String(err)});
      return null;
    });
    if (result) post({op: 'result', id: m.id, view: checkView(result, base, locale)});
    return;
  }
  if (m.op === 'download') {
    const c = await canonicalFile(m.file);
    if (!c) post({op: 'download', id: m.id, name: m.name, bytes: null, records: 0});
    else post({op: 'download', id: m.id, name: m.name, bytes: c.bytes, records: c.records}, [c.bytes.buffer]);
  }
};
