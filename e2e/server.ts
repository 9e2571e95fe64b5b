// A static file server for the e2e fixtures, on 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  /** Serves `html` at `path` (whatever the query) instead of a file, until set again; null stops it. */
  setPage(path: string, html: string | null): void;
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Scripts that fixture pages load from `/vendor/` (React for the framework test page). */
const VENDOR: Record<string, string> = {
  '/vendor/react.js': join(ROOT, 'node_modules/react/umd/react.production.min.js'),
  '/vendor/react-dom.js': join(ROOT, 'node_modules/react-dom/umd/react-dom.production.min.js'),
};

function contentType(path: string): string {
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  return 'application/octet-stream';
}

/** Serves files from `dir` (and the vendor scripts) on a free port of 127.0.0.1. */
export async function serveFixtures(dir: string): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(VENDOR[pathname] ?? join(dir, path));
      res.writeHead(200, { 'content-type': contentType(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage(path, html) {
      if (html === null) pages.delete(path);
      else pages.set(path, html);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
