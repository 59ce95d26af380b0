/**
 * Build-time rewrite of one line of @docusaurus/core's client entry (see ./index.ts).
 * Once the page's chunks are in, Docusaurus hydrates in a `startTransition`,
 * which preact/compat runs at once: evaluating main.js, matching the route and
 * hydrating were one task. Hydrating in a task of its own (a message, no timer
 * clamp) splits it in two, each shorter than the whole. If an upgrade changes
 * the line, the build fails here rather than silently losing the split.
 */
const FROM = 'startTransition(renderApp);';
const TO = '{ const c = new MessageChannel(); c.port1.onmessage = () => startTransition(renderApp); c.port2.postMessage(null); }';

module.exports = function hydrateInOwnTask(source) {
  if (!source.includes(FROM)) {
    throw new Error(`lean-client: "${FROM}" not found in ${this.resourcePath}; update src/plugins/lean-client/hydrate-in-own-task-loader.cjs for this version of @docusaurus/core.`);
  }
  return source.replace(FROM, TO);
};
module.exports.FROM = FROM;
