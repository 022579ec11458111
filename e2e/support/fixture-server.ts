/**
 * E2E support: a local HTTP server for the fixture news pages (tests/fixtures/news-pages) and the e2e-only pages
 * (e2e/pages). Binds to 127.0.0.1 on a free port; nothing else is reachable in tests. `?nocanon` serves an HTML
 * page without its canonical link and og:url.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS = [resolve('tests/fixtures/news-pages'), resolve('e2e/pages'), resolve('tests/fixtures')];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Number of requests served, by path (for privacy and network assertions). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const reqUrl = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(reqUrl.pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    for (const root of ROOTS) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) continue;
      try {
        if (!(await stat(file)).isFile()) continue;
        let body = await readFile(file);
        // ?nocanon: a local copy that does not say which site it is a copy of (no canonical link, no og:url)
        if (reqUrl.searchParams.has('nocanon') && extname(file) === '.html') {
          body = Buffer.from(
            body.toString('utf8').replace(/<link[^>]+rel="canonical"[^>]*>|<meta[^>]+property="og:url"[^>]*>/gi, ''),
          );
        }
        // Files named *.cp1251.html / *.koi8r.html declare their charset in a <meta>; serve them as bytes.
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        /* try next root */
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    hits,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
