/**
 * The page "Vérifier un fichier de données" / "Check a data file". The files
 * are read by the data core in a Web Worker (worker.ts); this component
 * only lays out what the worker says. Nothing is sent anywhere: the worker's
 * one request is the site catalogue, when the page opens.
 */
import React, {useCallback, useEffect, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {FileKind} from '../../../scripts/pipeline/types';
import {labelsFor, type Labels} from './labels';
import type {CheckView, EntryList, EntryView, FromWorker, KindOption, ToWorker} from './protocol';
import type {CheckerPageProps} from './types';
import styles from './styles.module.css';

type Status = {state: 'loading'} | {state: 'failed'} | {state: 'check-failed'; message: string} | {state: 'ready'} | {state: 'checking'; file: string; pct: number | null; pass: 1 | 2} | {state: 'done'; view: CheckView};

function nf(n: number, locale: string): string {
  // fr-CA groups with a narrow no-break space, as the core's numberText does
  return new Intl.NumberFormat(locale === 'en' ? 'en-CA' : 'fr-CA').format(n);
}

function Entry({e}: {e: EntryView}): React.ReactNode {
  return (
    <li className={styles.entry} data-file={e.file} data-line={e.line} data-column={e.column} data-code={e.code}>
      <code className={styles.place}>{e.place}</code>
      <span className={styles.message}>{e.message}</span>
    </li>
  );
}

function Entries({list, title, t, kind, locale}: {list: EntryList; title: string; t: Labels; kind: 'errors' | 'warnings'; locale: string}): React.ReactNode {
  if (list.total === 0) return null;
  return (
    <section className={kind === 'errors' ? styles.errors : styles.warnings} data-entries={kind} aria-labelledby={`checker-${kind}`}>
      <Heading as="h3" id={`checker-${kind}`}>
        {title}
      </Heading>
      {list.all.length > 0 ? (
        <ol className={styles.entries}>
          {list.all.map((e, i) => (
            <Entry key={i} e={e} />
          ))}
        </ol>
      ) : (
        <>
          <p>{t.manyEntries}</p>
          <ul className={styles.groups}>
            {list.groups.map((g) => (
              <li key={g.code} data-group={g.code} data-count={g.count}>
                <p className={styles.groupHead}>
                  <strong>{g.first[0]?.message}</strong> <span className={styles.count}>{t.groupCount(nf(g.count, locale))}</span>
                </p>
                <p className={styles.groupFirst}>{t.groupFirst(g.first.length)}</p>
                <ol className={styles.entries}>
                  {g.first.map((e, i) => (
                    <Entry key={i} e={e} />
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export default function CheckerPage({config}: {config: CheckerPageProps}): React.ReactNode {
  const {locale} = config;
  const t = labelsFor(locale);
  const worker = useRef<Worker | null>(null);
  const files = useRef<File[]>([]);
  const seq = useRef(0);
  const [status, setStatus] = useState<Status>({state: 'loading'});
  const [kinds, setKinds] = useState<KindOption[]>([]);
  const [chosen, setChosen] = useState<Record<string, FileKind | ''>>({});
  const [dragging, setDragging] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./worker.ts', import.meta.url));
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.op === 'ready') {
        setKinds(m.kinds);
        setStatus({state: 'ready'});
      } else if (m.op === 'failed') setStatus(m.stage === 'init' ? {state: 'failed'} : {state: 'check-failed', message: m.message});
      else if (m.op === 'progress') {
        if (m.id === seq.current) setStatus({state: 'checking', file: m.file, pass: m.pass, pct: m.fraction === null ? null : Math.floor(m.fraction * 100)});
      } else if (m.op === 'result') {
        if (m.id === seq.current) setStatus({state: 'done', view: m.view});
      } else if (m.op === 'download') {
        if (!m.bytes) {
          setDownloadError(t.downloadFailed);
          return;
        }
        setDownloadError(null);
        const url = URL.createObjectURL(new Blob([m.bytes as Uint8Array<ArrayBuffer>], {type: 'text/csv;charset=utf-8'}));
        const a = document.createElement('a');
        a.href = url;
        a.download = m.name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    };
    const init: ToWorker = {op: 'init', url: config.catalogueUrl, locale};
    w.postMessage(init);
    return () => w.terminate();
  }, [config.catalogueUrl, locale, t.downloadFailed]);

  const check = useCallback((list: File[], kindsChosen: Record<string, FileKind | ''>) => {
    if (!worker.current || list.length === 0) return;
    files.current = list;
    const id = ++seq.current;
    setStatus({state: 'checking', file: list.map((f) => f.name).join(', '), pct: null, pass: 1});
    const message: ToWorker = {op: 'check', id, files: list.map((f) => ({name: f.name, file: f, kind: kindsChosen[f.name] || null}))};
    worker.current.postMessage(message);
  }, []);

  const choose = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setChosen({});
    setDownloadError(null);
    check(Array.from(list), {});
  };

  const view = status.state === 'done' ? status.view : null;

  return (
    <Layout title={t.title} description={t.description}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{t.title}</Heading>
        <p className={styles.lead}>{t.intro}</p>
        <div className={styles.privacy} role="note">
          <strong>{t.privacyTitle}.</strong> {t.privacy}
        </div>

        <section aria-labelledby="checker-choose">
          <Heading as="h2" id="checker-choose">
            {t.chooseTitle}
          </Heading>
          <div
            className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
            data-drop-zone
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              choose(e.dataTransfer.files);
            }}>
            <label htmlFor="checker-file" className={styles.label}>
              {t.chooseLabel}
            </label>
            <input
              id="checker-file"
              className={styles.input}
              type="file"
              multiple
              accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
              aria-describedby="checker-file-hint"
              disabled={status.state === 'loading' || status.state === 'failed'}
              onChange={(e) => {
                choose(e.currentTarget.files);
                e.currentTarget.value = '';
              }}
            />
            <p id="checker-file-hint" className={styles.hint}>
              {t.chooseHint}
            </p>
            <p className={styles.dropHere} aria-hidden="true">
              {t.dropHere}
            </p>
          </div>
        </section>

        <div className={styles.status} role="status" aria-live="polite" data-status={status.state}>
          {status.state === 'loading' && <p>{t.loading}</p>}
          {status.state === 'failed' && <p className={styles.failed}>{t.loadFailed}</p>}
          {status.state === 'check-failed' && (
            <p className={styles.failed}>
              {t.checkFailed} ({status.message})
            </p>
          )}
          {status.state === 'checking' && (
            <>
              <p>{t.checking(status.file)}</p>
              {status.pct !== null && <p>{t.progress(status.pct, status.pass)}</p>}
            </>
          )}
        </div>
        {status.state === 'checking' && <progress className={styles.progress} aria-label={t.progressLabel} max={100} value={status.pct ?? undefined} />}

        {view && (
          <section aria-labelledby="checker-report" data-report data-valid={view.valid} data-rows={view.stats.rows} data-accepted={view.stats.accepted} data-rejected={view.stats.rejected} data-ignored={view.stats.ignored}>
            <Heading as="h2" id="checker-report">
              {t.reportTitle}
            </Heading>
            <p className={view.valid ? styles.valid : styles.invalid} data-verdict>
              {view.verdict}
            </p>
            <p data-accounting>{view.accounting}</p>
            <div className={styles.tableWrap}>
              <table className={styles.files}>
                <caption>{t.filesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.colFile}</th>
                    <th scope="col">{t.colKind}</th>
                    <th scope="col">{t.colRows}</th>
                    <th scope="col">{t.colAccepted}</th>
                    <th scope="col">{t.colRejected}</th>
                    <th scope="col">{t.colIgnored}</th>
                    <th scope="col">{t.colAdded}</th>
                    <th scope="col">{t.colChanged}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.files.map((f) => (
                    <tr key={f.file} data-file-row={f.file}>
                      <th scope="row">{f.file}</th>
                      <td>
                        <span data-kind={f.kind ?? ''}>{f.kindName ?? t.kindUnknown}</span>
                        {f.kind && <span className={styles.kindHow}> ({f.detected ? t.kindDetected : t.kindChosen})</span>}
                        {kinds.length > 0 && (
                          <select
                            className={styles.kindSelect}
                            aria-label={t.kindSelect(f.file)}
                            value={chosen[f.file] ?? ''}
                            onChange={(e) => {
                              const next = {...chosen, [f.file]: e.currentTarget.value as FileKind | ''};
                              setChosen(next);
                              check(files.current, next);
                            }}>
                            <option value="">{t.kindAuto}</option>
                            {kinds.map((k) => (
                              <option key={k.kind} value={k.kind}>
                                {k.name}
                              </option>
                            ))}
                          </select>
                        )}
                        {!f.kind && <p className={styles.ask}>{t.kindAsk}</p>}
                      </td>
                      <td>{nf(f.rows, locale)}</td>
                      <td>{nf(f.accepted, locale)}</td>
                      <td>{nf(f.rejected, locale)}</td>
                      <td>{nf(f.ignored, locale)}</td>
                      <td>{f.kind === 'values' ? nf(f.added, locale) : '—'}</td>
                      <td>{f.kind === 'values' ? nf(f.changed, locale) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Entries list={view.errors} title={t.errorsTitle(nf(view.errors.total, locale))} t={t} kind="errors" locale={locale} />
            <Entries list={view.warnings} title={t.warningsTitle(nf(view.warnings.total, locale))} t={t} kind="warnings" locale={locale} />
          </section>
        )}

        {view && (
          <section aria-labelledby="checker-preview" data-preview>
            <Heading as="h2" id="checker-preview">
              {t.previewTitle}
            </Heading>
            {view.effects.length === 0 ? (
              <p>{t.previewNone}</p>
            ) : (
              <>
                <p>{t.previewIntro}</p>
                {view.effects.map((e, i) => (
                  <div key={i} className={styles.effect} data-effect={e.title}>
                    <Heading as="h3" id={`checker-effect-${i}`}>
                      {e.title}
                    </Heading>
                    <p>
                      {t.direction}
                      {locale === 'fr' ? ' : ' : ': '}
                      {e.direction}. {e.median}.
                    </p>
                    {e.moves.length > 0 && (
                      <div className={styles.tableWrap}>
                        <table>
                          <thead>
                            <tr>
                              <th scope="col">{t.colAgency}</th>
                              <th scope="col">{t.colBefore}</th>
                              <th scope="col">{t.colAfter}</th>
                              {e.ranked && <th scope="col">{t.colRank}</th>}
                            </tr>
                          </thead>
                          <tbody>
                            {e.moves.map((m) => (
                              <tr key={m.agency}>
                                <th scope="row">{m.agency}</th>
                                <td>{m.before}</td>
                                <td>{m.changed ? <strong>{m.after}</strong> : m.after}</td>
                                {e.ranked && <td>{m.rank}</td>}
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    )}
                    {e.moved && <p data-moved>{e.moved}</p>}
                  </div>
                ))}
                {view.moreEffects > 0 && <p>{t.moreEffects(view.moreEffects)}</p>}
              </>
            )}
          </section>
        )}

        {view && (
          <section aria-labelledby="checker-next" data-next>
            <Heading as="h2" id="checker-next">
              {t.nextTitle}
            </Heading>
            {!view.valid && <p>{t.nextFix}</p>}
            {view.files
              .filter((f) => f.clean && f.kind && f.targetName && f.folder)
              .map((f) => (
                <div key={f.file} className={styles.next}>
                  <p>
                    <button
                      type="button"
                      className="button button--primary"
                      data-download={f.file}
                      onClick={() => {
                        const file = files.current.find((x) => x.name === f.file);
                        if (!file || !worker.current) return;
                        const m: ToWorker = {op: 'download', id: seq.current, name: f.targetName!, file, kind: f.kind};
                        worker.current.postMessage(m);
                      }}>
                      {t.download(f.targetName!)}
                    </button>
                  </p>
                  <p className={styles.hint}>{t.downloadHint}</p>
                  <p>
                    <a href={`${config.uploadBase}/${f.folder}`} target="_blank" rel="noopener noreferrer" data-upload={f.folder}>
                      {t.upload(f.folder!)}
                    </a>{' '}
                    <span className={styles.hint}>{t.uploadNew}</span>
                  </p>
                </div>
              ))}
            {downloadError && <p className={styles.failed}>{downloadError}</p>}
            <p>{t.prTitle}</p>
            <ol>
              {t.prLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ol>
            <p>
              <a href={`${config.repositoryUrl}/blob/main/data/README.md`}>{t.docsLink}</a>
            </p>
          </section>
        )}
      </main>
    </Layout>
  );
}
