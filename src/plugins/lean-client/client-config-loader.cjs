/**
 * Build-time trim of the site config the browser gets (see ./index.ts).
 * Docusaurus writes the whole config into .docusaurus/docusaurus.config.mjs,
 * which main.js carries on every page. These parts are read by the build and
 * the server render only: the plugin and preset list with their options, the
 * HTML template, and the Prism theme of a site that highlights no code
 * (src/theme/CodeBlock). The server bundle keeps the whole config. If
 * Docusaurus changes the file's shape, the build fails here rather than
 * shipping the config untrimmed.
 */
const SERVER_ONLY = ['plugins', 'presets', 'ssrTemplate'];
const SERVER_ONLY_THEME = ['prism'];
const SHAPE = /^([\s\S]*?export default )(\{[\s\S]*\});\s*$/;

module.exports = function clientConfig(source) {
  const m = SHAPE.exec(source);
  let config;
  try {
    config = m && JSON.parse(m[2]);
  } catch {
    config = null;
  }
  if (!config || typeof config !== 'object' || !config.themeConfig) {
    throw new Error(`lean-client: ${this.resourcePath} is not "export default {JSON};" with a themeConfig; update src/plugins/lean-client/client-config-loader.cjs for this version of Docusaurus.`);
  }
  for (const key of SERVER_ONLY) delete config[key];
  for (const key of SERVER_ONLY_THEME) delete config.themeConfig[key];
  return `${m[1]}${JSON.stringify(config, null, 2)};\n`;
};
module.exports.SERVER_ONLY = SERVER_ONLY;
module.exports.SERVER_ONLY_THEME = SERVER_ONLY_THEME;
