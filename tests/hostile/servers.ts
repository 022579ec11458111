/**
 * E2E support for the hostile suites (Node only): a 127.0.0.1 server of generated pages with chosen headers, and an
 * "attacker" server on another port that only counts what reaches it. Every request is logged with its path and the
 * headers that tell who asked (Origin, Referer, Sec-Fetch-*).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  method: string;
  origin?: string;
  referer?: string;
  dest?: string;
  site?: string;
  at: number;
}

export type Route = { body: string | Buffer; type?: string; headers?: Record<string, string> } | ((req: IncomingMessage, res: ServerResponse) => void);

export interface RecordingServer {
  origin: string;
  host: string;
  url(path: string): string;
  hits: Hit[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startRecordingServer(routes: Record<string, Route> = {}): Promise<RecordingServer> {
  const table = new Map(Object.entries(routes));
  const hits: Hit[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({
      path,
      method: req.method ?? 'GET',
      origin: req.headers.origin,
      referer: req.headers.referer,
      dest: req.headers['sec-fetch-dest'] as string | undefined,
      site: req.headers['sec-fetch-site'] as string | undefined,
      at: Date.now(),
    });
    const route = table.get(path);
    if (typeof route === 'function') {
      open.add(res);
      res.on('close', () => open.delete(res));
      route(req, res);
      return;
    }
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(route.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    hits,
    routes: table,
    close: () =>
      new Promise<void>((ok) => {
        for (const res of open) res.destroy();
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
