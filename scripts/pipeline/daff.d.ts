/** daff ships no types; its browser-safe build (no require of fs or child_process) is lib/core.js. */
declare module 'daff/lib/core.js' {
  const daff: unknown;
  export default daff;
}
