/**
 * Serves test pages from 127.0.0.1 only: the demo pages at /demo/, the project's
 * fixtures at /fixtures/, and the shared corpus (when present beside the repo) at
 * /corpus/. Scripts in corpus pages are stripped: they expect the network. The bench
 * can also serve pages it made itself (`serve`), e.g. a restyled page saved from a tab.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOTS: Record<string, string> = {
  demo: resolve('demo'),
  fixtures: resolve('tests/fixtures'),
  corpus: resolve('../shared/corpus'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PageServer {
  readonly origin: string;
  url(path: string): string;
  /** Serves `html` at `path` from now on; gives the page's address. */
  serve(path: string, html: string): string;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  const [, root, ...rest] = decodeURIComponent(pathname).split('/');
  const base = root ? ROOTS[root] : undefined;
  if (!base) return null;
  const file = normalize(join(base, ...rest));
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export async function startPageServer(): Promise<PageServer> {
  const made = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = made.get(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(page);
      return;
    }
    const file = fileFor(pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    let body: string | Buffer = readFileSync(file);
    if (pathname.startsWith('/corpus/') && extname(file) === '.html') {
      body = body.toString('utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    // The strict policy of many official sites: no inline style or script at all.
    if (pathname.endsWith('/csp.html')) {
      headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'";
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    serve(path, html) {
      made.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
