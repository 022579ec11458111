import puppeteer from 'puppeteer-core';
import { connect } from 'node:net';
const port = 28280 + Math.floor(Math.random() * 1000);
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--marionette', '--remote-allow-system-access'], extraPrefsFirefox: { 'marionette.port': port } });
const sock = connect(port, '127.0.0.1');
let buf = '';
const waiters: ((m: any) => void)[] = [];
sock.on('data', (d) => {
  buf += d.toString('utf8');
  for (;;) {
    const i = buf.indexOf(':');
    if (i < 0) break;
    const len = +buf.slice(0, i);
    if (buf.length < i + 1 + len) break; // NB: bytes vs chars; fine for ASCII replies
    const msg = JSON.parse(buf.slice(i + 1, i + 1 + len));
    buf = buf.slice(i + 1 + len);
    waiters.shift()?.(msg);
  }
});
const next = () => new Promise<any>((r) => waiters.push(r));
let id = 0;
const send = async (name: string, params: object) => { const p = next(); const s = JSON.stringify([0, ++id, name, params]); sock.write(Buffer.byteLength(s) + ':' + s); return p; };
console.log('hello', JSON.stringify(await next()));
console.log(JSON.stringify(await send('WebDriver:NewSession', {})).slice(0, 200));
console.log(JSON.stringify(await send('Marionette:SetContext', { value: 'chrome' })));
console.log(JSON.stringify(await send('WebDriver:ExecuteScript', { script: 'return typeof ChromeUtils + " " + location.href', args: [] })));
const page = await browser.newPage();
await page.goto('data:text/html,<p>hi</p>');
console.log('puppeteer still works', await page.evaluate(() => document.body.textContent));
sock.end();
await browser.close();
