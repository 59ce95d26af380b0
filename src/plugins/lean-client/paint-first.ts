/**
 * Paint first, then run the scripts.
 *
 * A page's HTML is complete without JavaScript (server-rendered). With its
 * scripts as `<script defer>`, Chromium runs them as soon as the parser is done,
 * often before the first frame when they are already downloaded (a fast network,
 * a cache): evaluating main.js and hydrating then delays the first paint of the
 * text by that work, on a phone a few hundred milliseconds.
 *
 * So the SSR template (./route-chunks.ts) lists the scripts as
 * `<link rel="preload" as="script" data-entry>` in <head>: they download as early
 * and at the same low priority as deferred scripts, but run nothing. ENTRY_LOADER,
 * at the end of <body>, appends one `<script async=false>` per link, in order,
 * once the whole page is painted: the browser has reported the first contentful
 * paint (Paint Timing, sent once the frame is presented) and two frames have
 * begun since the loader ran (the first paints everything the parser added
 * after the first paint, such as the heading of a long page; the second begins
 * once it is shown). It runs them at once when the page is not visible (a
 * background tab or a prerender paints nothing), and after FALLBACK_MS whatever
 * happens. The scripts then run in the template's order, from the preload's response.
 *
 * The loader is the same on every page, so one CSP hash allows it (it is
 * declared through injectHtmlTags: src/plugins/security hashes it). It reads
 * only links of <head>; the security pass of the build (harden.ts) refuses a
 * preloaded script that is not one of the build's.
 */

/** Attribute that marks the preload links of the page's entry scripts. */
export const ENTRY_ATTRIBUTE = 'data-entry';

/** Milliseconds after which the scripts run even if no paint was reported. */
export const FALLBACK_MS = 3000;

export const ENTRY_LOADER = `(function () {
  var done = false;
  function run() {
    if (done) return;
    done = true;
    var links = document.head.querySelectorAll('link[rel="preload"][as="script"][${ENTRY_ATTRIBUTE}]');
    for (var i = 0; i < links.length; i++) {
      var script = document.createElement('script');
      script.src = links[i].href;
      script.async = false;
      document.head.appendChild(script);
    }
  }
  if (document.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') {
    run();
    return;
  }
  document.addEventListener('visibilitychange', run);
  var waiting = 1;
  function ready() {
    if (--waiting === 0) setTimeout(run, 0);
  }
  // The page is all in the DOM now: the next frame paints it, the one after starts once it is shown.
  requestAnimationFrame(function () {
    requestAnimationFrame(ready);
  });
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    waiting++;
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        ready();
      }
    }).observe({type: 'paint', buffered: true});
  }
  // Should the browser never report the paint or draw a frame, the page still comes to life.
  setTimeout(run, ${FALLBACK_MS});
})();`;
