/** JSON for a <script> data block: <, >, &, U+2028 and U+2029 escaped, so no text can close or comment the script. */
export function escapeJsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
