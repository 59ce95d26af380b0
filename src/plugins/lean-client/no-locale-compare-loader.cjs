/**
 * Build-time rewrite of one line of @docusaurus/theme-common (see ./index.ts).
 * useShallowMemoObject sorts an object's keys with localeCompare only to make
 * its memo order-insensitive; the first localeCompare of a page builds the
 * browser's collator (about 60 ms at 4× CPU), inside a render that blocks the
 * page right after hydration on every page with a sidebar. Code-unit order is
 * as stable. If an upgrade changes the line, the build fails here rather than
 * silently losing the fix.
 */
const FROM = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const TO = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

module.exports = function noLocaleCompare(source) {
  if (!source.includes(FROM)) {
    throw new Error(`lean-client: "${FROM}" not found in ${this.resourcePath}; update src/plugins/lean-client/no-locale-compare-loader.cjs for this version of @docusaurus/theme-common.`);
  }
  return source.replace(FROM, TO);
};
module.exports.FROM = FROM;
