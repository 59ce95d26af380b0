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
 * once the browser reports the first contentful paint (Paint Timing: the frame
 * has been presented, which a task queued from requestAnimationFrame does not
 * guarantee), or after the next frame where Paint Timing is missing, or at once
 * when the page is not visible (a background tab or a prerender paints nothing).
 * The scripts then run in the template's order, from the preload's response.
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
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (document.visibilityState !== 'visible') run();
  else if (types && types.indexOf('paint') >= 0) {
    document.addEventListener('visibilitychange', run);
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        setTimeout(run, 0);
      }
    }).observe({type: 'paint', buffered: true});
    // Should the browser never report the paint, the page still comes to life.
    setTimeout(run, ${FALLBACK_MS});
  } else if (typeof requestAnimationFrame === 'function') {
    document.addEventListener('visibilitychange', run);
    requestAnimationFrame(function () { setTimeout(run, 0); });
  } else run();
})();`;
