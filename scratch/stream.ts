import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../e2e/support/browser';
const prose = 'Городской совет обсудил ремонт дворов и транспортные маршруты на следующий год. '.repeat(3);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.write(`<!doctype html><html><head><meta charset="utf-8"><title>stream</title></head><body>` +
    `<div class="side"><div class="box-x"><a href="https://refpa58144.com/L?tag=d_1m_2c_side" target="_blank">` +
    `<img width="300" height="250" alt="1xBet" src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='300' height='250'/>"></a></div>` +
    `<div class="promo-y">Промокод <b>KZ2025</b>: <a href="https://melbet.kz/?tag=d_1m_2c_">фрибет 5000 ₸</a>. 21+</div>` + ' '.repeat(2048));
  setTimeout(() => res.end(`<div class="news-z"><b>Новости</b><p>${prose}</p></div></div><article><h1>Статья</h1><p>${prose}</p><p>${prose}</p></article></body></html>`), 1200);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const ext = await launchWithExtension();
const page = await ext.context.newPage();
page.on('console', (m) => console.log('CONSOLE', m.text()));
await page.goto(url, { waitUntil: 'commit' });
await page.waitForSelector('.promo-y', { state: 'attached' });
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(100);
  console.log(await page.evaluate(() => { const b = document.querySelector(".box-x")!; return { rs: document.readyState, attr: b.getAttribute("data-taza-shield"), disp: getComputedStyle(b).display, vis: b.checkVisibility(), sheets: document.styleSheets.length, htmlAttrs: document.documentElement.getAttributeNames() }; }));
}
await ext.close(); server.close(); process.exit(0);
