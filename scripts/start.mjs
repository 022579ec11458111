#!/usr/bin/env node
/**
 * `npm start`: serve the bundled demo news pages on 127.0.0.1 and open Chromium with the freshly built extension
 * loaded, on the demo article. Click the Taza Reader toolbar button (or press Alt+Shift+U) to see the reader view.
 *
 * Browser: $CHROMIUM_PATH, else the first of chromium / chromium-browser / google-chrome / google-chrome-stable
 * found on PATH. Port: $PORT (default 8787). Press Ctrl+C to stop.
 */
import { createServer } from 'node:http';
import { readFile, stat, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, delimiter } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';

const root = resolve('tests/fixtures/news-pages');
const ext = resolve('.output/chrome-mv3');
const port = Number(process.env.PORT ?? 8787);
const types = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

function findBrowser() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const n of names) if (existsSync(join(dir, n))) return join(dir, n);
  }
  for (const p of ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']) {
    if (existsSync(p)) return p;
  }
  return null;
}

if (!existsSync(join(ext, 'manifest.json'))) {
  console.error('No build at .output/chrome-mv3 — run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') path = '/ru-optimism-opinion.html';
  const file = normalize(join(root, path));
  try {
    if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
server.listen(port, '127.0.0.1', async () => {
  const demo = `http://127.0.0.1:${port}/ru-optimism-opinion.html`;
  console.log(`Demo pages: http://127.0.0.1:${port}/  (e.g. ${demo})`);
  const browser = findBrowser();
  if (!browser) {
    console.log('No Chromium/Chrome found. Set CHROMIUM_PATH, or load .output/chrome-mv3 as an unpacked extension yourself (see README).');
    return;
  }
  const profile = await mkdtemp(join(tmpdir(), 'taza-start-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(process.env.DISPLAY || process.platform !== 'linux' ? [] : ['--headless=new', '--remote-debugging-port=9222']),
    demo,
  ];
  console.log(`Opening ${browser} with Taza Reader loaded. Click the toolbar button or press Alt+Shift+U.`);
  if (!process.env.DISPLAY && process.platform === 'linux') {
    console.log('(No display found: Chromium runs headless; connect with DevTools on 127.0.0.1:9222.)');
  }
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => {
    server.close();
    process.exit(0);
  });
  process.on('SIGINT', () => child.kill());
});
