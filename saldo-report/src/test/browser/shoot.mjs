// Screenshots of every section of a saldo report.html (headless Chromium), for notes and reviews.
// Usage: node shoot.mjs REPORT_HTML DIR [PREFIX]; writes PREFIX<section id>.png and PREFIXtop.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const [report, shots, prefix = ''] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
await page.waitForSelector('body[data-rendered="true"]', { timeout: 60000 });
for (const id of ['key-findings', 'contents', 'sec-a', 'sec-b', 'sec-c', 'sec-d', 'sec-e', 'sec-f', 'sec-g', 'sec-j', 'sec-k', 'sec-h', 'sec-i']) {
  const n = page.locator('#' + id);
  if (await n.count()) await n.screenshot({ path: join(shots, prefix + id + '.png') });
}
await page.screenshot({ path: join(shots, prefix + 'top.png') });
await browser.close();
