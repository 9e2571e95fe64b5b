// A local HTTP server on 127.0.0.1 that serves list fixtures to the refresh tests (used by tests only).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A canned answer: status, headers and body. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An answer: canned, or written by a handler. */
export type Route = CannedResponse | ((req: IncomingMessage, res: ServerResponse) => void);

/** A running server. */
export interface ListServer {
  /** The absolute URL of a path on the server. */
  url(path: string): string;
  /** Replaces or adds routes. */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 at a random port; unknown paths get a 404 HTML page. */
export async function startListServer(routes: Record<string, Route> = {}): Promise<ListServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req, res) => {
    const route = table.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (typeof route === 'function') return route(req, res);
    const answer = route ?? { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>Not found</html>' };
    res.writeHead(answer.status ?? 200, answer.headers ?? {});
    res.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes: table,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** What a {@link streamedBody} route sent, and a promise settled when its response ends or is cut off. */
export interface StreamStats {
  sent: number;
  finished: boolean;
  closed: Promise<void>;
}

/**
 * A route that generates `total` bytes on the fly in 64 KB chunks, honouring back-pressure, and stops when the client
 * goes away. With `announce`, the Content-Length header gives the size.
 */
export function streamedBody(total: number, announce = false): { route: Route; stats: StreamStats } {
  let onClose: () => void = () => undefined;
  const stats: StreamStats = { sent: 0, finished: false, closed: new Promise((resolve) => (onClose = resolve)) };
  const chunk = Buffer.alloc(64 * 1024, '1,"A",-0- ,"DPRK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
  const route: Route = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv', ...(announce ? { 'content-length': String(total) } : {}) });
    res.on('close', onClose);
    const pump = () => {
      while (stats.sent < total && !res.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - stats.sent));
        stats.sent += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      if (!res.destroyed) {
        stats.finished = true;
        res.end();
      }
    };
    pump();
  };
  return { route, stats };
}
