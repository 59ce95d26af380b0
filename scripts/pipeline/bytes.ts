/**
 * Bytes in, text out, in any host: Node (the CLI, the build) and a browser
 * Web Worker (the checker page). Nothing here touches node:fs, node:path or
 * Buffer: a file is a ByteSource, and the two things a host may do better
 * (validate UTF-8 natively, decode Windows-1252 correctly) are hooks that
 * the Node adapter (scripts/pipeline/index.ts) fills in.
 *
 * Windows-1252: browsers implement it per the WHATWG Encoding Standard in
 * TextDecoder, natively and exactly. Node 20's TextDecoder('windows-1252')
 * decodes it as Latin-1 (0x80 becomes U+0080, not "€"), so there the Node
 * adapter plugs in iconv-lite, the stack's decoder. Which one runs is decided
 * by a feature test, so a Node that fixes its decoder uses it too. The bytes
 * Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), where the two
 * could differ, are refused before decoding.
 */

/** Chunks of a file, in order. Node's streams and a ReadableStream's reader both fit. */
export type ByteChunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** What the browser's File and Blob offer. */
export interface BlobLike {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * One file's bytes. A file is read twice (encoding, then rows), so a stream
 * is given as a function that opens a fresh one each time.
 */
export type ByteSource = Uint8Array | ArrayBuffer | BlobLike | OpenChunks;

/**
 * A function that opens the file afresh; it may carry the file's size (for
 * progress). A chunk may be read into the same memory as the one before it:
 * whoever reads chunks is done with one (or has copied it) before asking for
 * the next.
 */
export type OpenChunks = (() => ByteChunks | ReadableStream<Uint8Array>) & { size?: number };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes per chunk read from a source held in memory. */
export const CHUNK_BYTES = 1 << 16;

/** Size in bytes when the source knows it. */
export function sourceSize(source: ByteSource): number | null {
  if (source instanceof Uint8Array) return source.byteLength;
  if (source instanceof ArrayBuffer) return source.byteLength;
  const size = (source as { size?: unknown }).size;
  return typeof size === 'number' ? size : null;
}

function isReadableStream(x: unknown): x is ReadableStream<Uint8Array> {
  return typeof x === 'object' && x !== null && typeof (x as ReadableStream).getReader === 'function';
}

async function* fromReadable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value && value.byteLength) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function* slices(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, Math.min(bytes.byteLength, i + size));
}

/** The source's bytes as chunks (a fresh pass each call). `onBytes` gets the running total. */
export async function* readChunks(source: ByteSource, onBytes?: (read: number) => void): AsyncGenerator<Uint8Array> {
  let it: ByteChunks;
  if (source instanceof Uint8Array) it = slices(source, CHUNK_BYTES);
  else if (source instanceof ArrayBuffer) it = slices(new Uint8Array(source), CHUNK_BYTES);
  else if (typeof source === 'function') {
    const opened = source();
    it = isReadableStream(opened) ? fromReadable(opened) : opened;
  } else it = fromReadable(source.stream());
  let total = 0;
  for await (const chunk of it as AsyncIterable<Uint8Array>) {
    if (chunk.byteLength === 0) continue;
    total += chunk.byteLength;
    yield chunk;
    onBytes?.(total);
  }
}

/** All the bytes of a source in one array (for small files and tests). */
export async function readAll(source: ByteSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const parts: Uint8Array[] = [];
  let n = 0;
  // copied: a source may read its next chunk into the same memory (OpenChunks)
  for await (const c of readChunks(source)) {
    parts.push(c.slice());
    n += c.byteLength;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Host hooks

export interface TextDecoderLike {
  write(bytes: Uint8Array): string;
  end(): string;
}

export interface Platform {
  /** A native UTF-8 validity check (Node: buffer.isUtf8). Default: TextDecoder with fatal: true. */
  isUtf8?: (bytes: Uint8Array) => boolean;
  /** A correct Windows-1252 decoder when the host's TextDecoder is not (Node 20). */
  windows1252?: () => TextDecoderLike;
}

const platform: Platform = {};

/** Called once by a host adapter (scripts/pipeline/index.ts in Node). */
export function configurePlatform(p: Platform): void {
  Object.assign(platform, p);
}

let nativeCp1252: boolean | null = null;

/** True when this host's TextDecoder decodes Windows-1252 per the Encoding Standard. */
export function nativeWindows1252(): boolean {
  if (nativeCp1252 === null) {
    try {
      // 0x80 € , 0x92 ’ , 0x9C œ : the range Latin-1 gets wrong
      nativeCp1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x92, 0x9c)) === '\u20ac\u2019\u0153';
    } catch {
      nativeCp1252 = false;
    }
  }
  return nativeCp1252;
}

function nativeDecoder(label: string): TextDecoderLike {
  // TextDecoder drops a leading BOM by default (ignoreBOM: false).
  const d = new TextDecoder(label);
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

export function makeDecoder(encoding: Encoding): TextDecoderLike {
  if (encoding === 'windows-1252') {
    if (nativeWindows1252()) return nativeDecoder('windows-1252');
    if (platform.windows1252) return platform.windows1252();
    throw new Error(
      'No correct Windows-1252 decoder in this host (its TextDecoder decodes 0x80–0x9F as Latin-1): ' +
        'load the pipeline through scripts/pipeline/index.ts, or call configurePlatform({ windows1252 }).',
    );
  }
  return nativeDecoder(encoding === 'utf-16le' ? 'utf-16le' : encoding === 'utf-16be' ? 'utf-16be' : 'utf-8');
}

// ---------------------------------------------------------------------------
// Encoding

export type EncodingSniff =
  | { ok: true; encoding: Encoding; /** line of the first non-UTF-8 byte (windows-1252 only) */ firstOddLine: number | null }
  | { ok: false; reason: 'xlsx' | 'binary' | 'undefined-1252'; line: number }
  | {
      ok: false;
      reason: 'mixed';
      line: number;
      /** Lines whose bytes are not UTF-8 (Windows-1252 typed), up to MAX_LINES, and how many in all. */
      oddLines: number[];
      oddCount: number;
      /** Lines with accented UTF-8, up to MAX_LINES, and how many in all. */
      utf8Lines: number[];
      utf8Count: number;
    };

/** Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 either. */
const UNDEFINED_1252 = new Uint8Array(256);
for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) UNDEFINED_1252[b] = 1;

/** Lines kept per list in a mixed-encoding finding. */
const MAX_LINES = 50;

/** Number of bytes at the end of buf that start a UTF-8 sequence not finished in buf. */
function incompleteUtf8Tail(buf: Uint8Array): number {
  const n = buf.length;
  for (let i = 1; i <= 3 && i <= n; i++) {
    const b = buf[n - i];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > i ? i : 0;
    }
    return 0;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A streaming UTF-8 validity check: the host's native one, or a fatal TextDecoder. */
function utf8Checker(): { write(chunk: Uint8Array): boolean; end(): boolean } {
  const isUtf8 = platform.isUtf8;
  if (isUtf8) {
    let carry: Uint8Array = new Uint8Array(0);
    return {
      write(chunk) {
        const joined = carry.length ? concat(carry, chunk) : chunk;
        const tail = incompleteUtf8Tail(joined);
        const body = tail ? joined.subarray(0, joined.length - tail) : joined;
        carry = tail ? joined.slice(joined.length - tail) : new Uint8Array(0);
        return isUtf8(body);
      },
      end: () => carry.length === 0,
    };
  }
  const d = new TextDecoder('utf-8', { fatal: true });
  return {
    write(chunk) {
      try {
        d.decode(chunk, { stream: true });
        return true;
      } catch {
        return false;
      }
    },
    end() {
      try {
        d.decode();
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Decide how to decode a file: BOMs first, then a UTF-8 validity pass over
 * the whole file. A file that is not UTF-8 is read again line by line: if
 * some lines are accented UTF-8 and others are not, the encodings are mixed
 * (an error naming the lines); otherwise it is Windows-1252. A spreadsheet
 * saved as .xlsx or a UTF-16 file without BOM is refused rather than misread.
 */
export async function sniffEncoding(source: ByteSource, onBytes?: (read: number) => void): Promise<EncodingSniff> {
  let first = true;
  let bom: Encoding | null = null;
  const check = utf8Checker();
  let utf8 = true;
  let reported = 0;
  const progress = onBytes && ((n: number) => n > reported && onBytes((reported = n)));
  for await (const chunk of readChunks(source, progress)) {
    if (first) {
      first = false;
      const start = sniffStart(chunk);
      if (start !== 'utf-8' && start !== 'utf-8-bom') return start;
      if (start === 'utf-8-bom') bom = start;
    }
    if (!check.write(chunk)) {
      utf8 = false;
      break;
    }
  }
  if (utf8 && check.end()) return { ok: true, encoding: bom ?? 'utf-8', firstOddLine: null };
  return classifyLines(source, progress);
}

/** What the first chunk of a file says: a BOM, a workbook, a binary; 'utf-8' when nothing yet says otherwise. */
function sniffStart(chunk: Uint8Array): EncodingSniff | 'utf-8' | 'utf-8-bom' {
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return { ok: true, encoding: 'utf-16le', firstOddLine: null };
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return { ok: true, encoding: 'utf-16be', firstOddLine: null };
  if (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) return { ok: false, reason: 'xlsx', line: 1 };
  if (chunk.subarray(0, 4096).indexOf(0) !== -1) return { ok: false, reason: 'binary', line: 1 };
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
}

/** The slow path, for files that are not UTF-8: which lines are what. */
async function classifyLines(source: ByteSource, onBytes?: (read: number) => void): Promise<EncodingSniff> {
  const oddLines: number[] = [];
  const utf8Lines: number[] = [];
  let oddCount = 0;
  let utf8Count = 0;
  let undefinedLine = -1;
  let line = 1;
  let need = 0;
  let high = false;
  let valid = true;
  let pendingCR = false;
  const finish = () => {
    if (need > 0) valid = false;
    if (high) {
      if (valid) {
        utf8Count++;
        if (utf8Lines.length < MAX_LINES) utf8Lines.push(line);
      } else {
        oddCount++;
        if (oddLines.length < MAX_LINES) oddLines.push(line);
      }
    }
    need = 0;
    high = false;
    valid = true;
    line++;
  };
  for await (const chunk of readChunks(source, onBytes)) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (pendingCR) {
        pendingCR = false;
        if (b === 0x0a) continue; // CRLF: the line was finished at CR
      }
      if (need > 0) {
        if ((b & 0xc0) === 0x80) {
          need--;
          continue;
        }
        valid = false;
        need = 0;
      }
      if (b === 0x0a) {
        finish();
        continue;
      }
      if (b === 0x0d) {
        finish();
        pendingCR = true;
        continue;
      }
      if (b < 0x80) continue;
      high = true;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) need = 2;
      else if (b >= 0xf0 && b <= 0xf4) need = 3;
      else {
        valid = false;
        if (UNDEFINED_1252[b] && undefinedLine === -1) undefinedLine = line;
      }
    }
  }
  finish();
  if (oddCount > 0 && utf8Count > 0) {
    return { ok: false, reason: 'mixed', line: oddLines[0], oddLines, oddCount, utf8Lines, utf8Count };
  }
  if (undefinedLine !== -1) return { ok: false, reason: 'undefined-1252', line: undefinedLine };
  return { ok: true, encoding: 'windows-1252', firstOddLine: oddLines[0] ?? 1 };
}

/**
 * Line ends and BOM of decoded text, chunk by chunk: the BOM removed, every
 * CRLF or lone CR turned into LF (so a note typed on two lines is the same
 * string whatever the exporter's line ending).
 */
function textNormaliser(): (text: string, last: boolean) => string {
  let pendingCR = false;
  let first = true;
  return (text, last) => {
    if (pendingCR) {
      text = '\r' + text;
      pendingCR = false;
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length) first = false;
    if (text.indexOf('\r') === -1) return text;
    if (!last && text.charCodeAt(text.length - 1) === 13) {
      pendingCR = true;
      text = text.slice(0, -1);
    }
    // CRLF first (a split and a join: cheaper than a regular expression), then any lone CR
    text = text.split('\r\n').join('\n');
    return text.indexOf('\r') === -1 ? text : text.replace(/\r/g, '\n');
  };
}

/**
 * The file as text chunks: decoded, BOM removed, every CRLF or lone CR turned
 * into LF (so a note typed on two lines is the same string whatever the
 * exporter's line ending).
 */
export async function* decodedChunks(source: ByteSource, encoding: Encoding, onBytes?: (read: number) => void): AsyncGenerator<string> {
  const decoder = makeDecoder(encoding);
  const normalise = textNormaliser();
  for await (const buf of readChunks(source, onBytes)) {
    const text = normalise(decoder.write(buf), false);
    if (text) yield text;
  }
  const rest = normalise(decoder.end(), true);
  if (rest) yield rest;
}

/** Bytes decoded at a time in the one-pass read: strings of 32 KiB stay small objects for the garbage collector. */
const TEXT_BYTES = 1 << 15;

/** Thrown by utf8Chunks when the file is not (only) UTF-8: read it again with sniffEncoding. */
export class NotUtf8 extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8';
  }
}

/**
 * The common case in one pass: the file read, checked as UTF-8 and decoded
 * at once (a fatal TextDecoder), as decodedChunks gives it but with its line
 * ends as they are (for streamCsv, which reads CRLF and CR as LF). `found.encoding`
 * says 'utf-8-bom' once the first chunk has shown a BOM. Throws NotUtf8 as
 * soon as a byte is not UTF-8, or when the first bytes say something else
 * (UTF-16, a workbook, a binary): what was read until then must be undone,
 * and the file read with sniffEncoding and decodedChunks, which tell what it is.
 */
export async function* utf8Chunks(source: ByteSource, found: { encoding: Encoding }, onBytes?: (read: number) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // line ends are left as they are: the CSV reader (read.ts streamCsv) reads CRLF and CR as LF
  let atStart = true;
  const normalise = (text: string, _last: boolean): string => {
    if (atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length) atStart = false;
    return text;
  };
  let first = true;
  let raw: string;
  for await (const buf of readChunks(source, onBytes)) {
    if (first) {
      first = false;
      const start = sniffStart(buf);
      if (start !== 'utf-8' && start !== 'utf-8-bom') throw new NotUtf8();
      found.encoding = start;
    }
    for (let at = 0; at < buf.byteLength; at += TEXT_BYTES) {
      try {
        raw = decoder.decode(at === 0 && buf.byteLength <= TEXT_BYTES ? buf : buf.subarray(at, at + TEXT_BYTES), { stream: true });
      } catch {
        throw new NotUtf8();
      }
      const text = normalise(raw, false);
      if (text) yield text;
    }
  }
  try {
    raw = decoder.decode();
  } catch {
    throw new NotUtf8();
  }
  const rest = normalise(raw, true);
  if (rest) yield rest;
}
