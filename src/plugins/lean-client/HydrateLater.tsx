/**
 * <HydrateLater>: hydrates its part of a server-rendered page in a task of its
 * own, after the rest.
 *
 * The browser's bundle renders with preact/compat (./index.ts), whose hydration
 * runs in one task: on a practice sheet at 4× CPU, 120–260 ms in which a tap
 * waits. React's was cut into 5 ms slices. The large parts of the layout (the
 * navbar, the sidebar, a page's content, its table of contents, the footer)
 * are wrapped in this component: during the page's first hydration it suspends
 * (Preact keeps the server's DOM of a part that suspends while hydrating), and
 * a queue lets each part go, one per task, in page order. The server render
 * and every render after the first (client navigation) are unchanged: the
 * children, at once.
 *
 * The wrapped part must render one element (what Preact keeps of a suspended
 * part is one DOM node). Each part's hydration is announced on `document` as
 * `cego:hydrate-later` events (detail "begin", "end", then "done" once the
 * queue is empty), so the browser pass can check it too
 * (tests/browser/route-checks/hydration.ts).
 */
import React, {Suspense, useLayoutEffect, useRef, useState, type ReactNode} from 'react';

export const HYDRATE_LATER_EVENT = 'cego:hydrate-later';

interface Ticket {
  done: boolean;
  promise: Promise<void>;
}

const emit = (detail: 'begin' | 'end' | 'done') => document.dispatchEvent(new CustomEvent(HYDRATE_LATER_EVENT, {detail}));

/** A page the server rendered, not yet hydrated (Docusaurus stores its root once hydration returns). */
const firstHydration = (): boolean =>
  typeof document !== 'undefined' && (window as {docusaurusRoot?: unknown}).docusaurusRoot === undefined && Boolean(document.getElementById('__docusaurus')?.firstElementChild);

const queue: (() => void)[] = [];
let channel: MessageChannel | null = null;

/** One part per task: a message each (no 4 ms timer clamp, no wait for a frame). */
function next(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const release = queue.shift();
      if (release) {
        release();
        channel!.port2.postMessage(null);
      } else {
        emit('done');
      }
    };
  }
  channel.port2.postMessage(null);
}

function ticket(): Ticket {
  let resolve!: () => void;
  const t: Ticket = {done: false, promise: new Promise<void>((r) => (resolve = r))};
  queue.push(() => {
    emit('begin');
    t.done = true;
    resolve();
  });
  if (queue.length === 1) next();
  return t;
}

function Gate({children}: {children: ReactNode}): ReactNode {
  const [t] = useState<Ticket | null>(() => (firstHydration() ? ticket() : null));
  const released = t?.done === true;
  const ended = useRef(false);
  useLayoutEffect(() => {
    if (released && !ended.current) {
      ended.current = true;
      emit('end');
    }
  }, [released]);
  if (t && !t.done) throw t.promise;
  return children;
}

export default function HydrateLater({children}: {children: ReactNode}): ReactNode {
  if (typeof window === 'undefined') return children;
  return (
    <Suspense fallback={null}>
      <Gate>{children}</Gate>
    </Suspense>
  );
}
