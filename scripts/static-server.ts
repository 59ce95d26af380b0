/**
 * Serves the production build (build/) the way the static host does: clean URLs
 * (/centre → centre.html or centre/index.html), no trailing slash, and the
 * response headers of build/_headers (Netlify / Cloudflare Pages format, written by the build from static/_headers), path
 * rules included. Used by the browser tests (tests/browser/helpers.ts re-exports
 * it), the link check and `npm run audit:lighthouse`.
 *
 * With `compress: true` text responses are gzip-encoded, as every production
 * host (nginx gzip on, Netlify, Cloudflare Pages) does; Lighthouse measures that.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';
import serveHandler from 'serve-handler';

export const siteDir = path.resolve(__dirname, '..');
export const defaultBuildDir = path.resolve(siteDir, process.env.CEGO_BUILD_DIR ?? 'build');
/** The build writes its _headers (with its Content-Security-Policy) at the root of the built site. */
export const headersFile = path.join(defaultBuildDir, '_headers');

export interface HeaderRule {
  /** Path pattern as written in _headers: "/*", "/assets/*", "/centre". */
  pattern: string;
  headers: [string, string][];
}

/**
 * Parses a _headers file: a path line at the start of a line, then indented
 * "Name: value" lines. Comments start with "#".
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(raw);
    if (header) {
      if (!current) {
        current = {pattern: '/*', headers: []};
        rules.push(current);
      }
      current.headers.push([header[1]!, header[2]!.trim()]);
    } else {
      current = {pattern: raw.trim(), headers: []};
      rules.push(current);
    }
  }
  return rules;
}

/** Whether a _headers path pattern ("/*", "/assets/*", "/x") matches a URL path. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

export function readHeaderRules(file = headersFile): HeaderRule[] {
  return fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : [];
}

/** The headers the host adds to a response for `pathname` (later rules override earlier ones). */
export function headersFor(pathname: string, rules: HeaderRule[] = readHeaderRules()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [k, v] of rule.headers) out[k] = v;
  }
  return out;
}

/** Headers that apply to every page (the "/*" rule): kept for tests/browser/helpers.ts. */
export function readHostHeaders(): Record<string, string> {
  return headersFor('/*');
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServerOptions {
  buildDir?: string;
  compress?: boolean;
  /** Apply the build's _headers (default). Off for a folder that is not this site (the stock baseline of the JS bench). */
  headers?: boolean;
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|xml|txt|map|csv|ico)$|\/[^.]*$/;

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const publicDir = options.buildDir ?? defaultBuildDir;
  const rules = options.headers === false ? [] : readHeaderRules(path.join(publicDir, '_headers'));
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    for (const [k, v] of Object.entries(headersFor(pathname, rules))) res.setHeader(k, v);
    if (options.compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(pathname)) {
      gzipResponse(res);
    }
    // A folder's index with its slash (/en/, the English home page Docusaurus
    // links to) is served as is, like nginx's try_files and Cloudflare Pages do;
    // serve-handler would answer 301 to /en first.
    if (pathname.length > 1 && pathname.endsWith('/') && fs.existsSync(path.join(publicDir, pathname, 'index.html'))) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      req.url = `${url.pathname.replace(/\/+$/, '')}${url.search}`;
    }
    void serveHandler(req, res, {public: publicDir, cleanUrls: true, trailingSlash: false, directoryListing: false});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Wraps res so that the body serve-handler writes is gzip-encoded (Content-Length dropped). */
function gzipResponse(res: http.ServerResponse): void {
  const gzip = zlib.createGzip();
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let passthrough = false;
  gzip.on('data', (chunk: Buffer) => write(chunk));
  gzip.on('end', () => end());
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = (rest.find((r) => typeof r === 'object' && r !== null) ?? {}) as Record<string, string | number>;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v as string);
    if (status !== 200) passthrough = true;
    else {
      res.removeHeader('Content-Length');
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    return writeHead(status);
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (passthrough) return write(chunk as Buffer, ...(rest as []));
    gzip.write(chunk as Buffer);
    // Never report backpressure: the real socket's 'drain' would not reach the piping stream.
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown) => {
    if (passthrough) return end(chunk as Buffer);
    if (chunk && typeof chunk !== 'function') gzip.end(chunk as Buffer);
    else gzip.end();
    return res;
  }) as typeof res.end;
}
