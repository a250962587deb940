// Opens a saldo report.html in Debian's headless Chromium with the network blocked and checks
// that it renders: no console error, no failed or outside request, chart elements in every
// section with charts, tables in the method section, and a profile that follows the unit selector.
// Usage: node report-check.mjs REPORT_HTML SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, shots] = process.argv.slice(2);
if (!report || !shots) {
  console.error('usage: node report-check.mjs REPORT_HTML SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const problems = [];
// a fresh --user-data-dir: playwright passes it to chromium for a persistent context
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'saldo-chromium-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  offline: true,
});
try {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the file: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 30000 });

  const sections = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'j', 'k', 'h'];
  const counts = {};
  for (const s of sections) {
    const n = await page.locator(`#sec-${s} .chart svg path`).count();
    counts[s] = n;
    if (n < 5) problems.push(`section ${s}: ${n} rendered chart elements, expected at least 5`);
  }
  counts.i = await page.locator('#sec-i table tbody tr').count();
  if (counts.i < 5) problems.push(`section i: ${counts.i} table rows of settings and manifest, expected at least 5`);

  const toggle = page.locator('#sec-b .toggle').first();
  await toggle.click();
  const tableRows = await page.locator('#sec-b .table-host:not(.hidden) tbody tr').count();
  if (tableRows < 1) problems.push('section b: the table toggle shows no table rows');
  await page.locator('#sec-b').screenshot({ path: join(shots, 'section-b-table.png') });
  await toggle.click();

  const before = await page.locator('#sec-h .profile').innerText();
  const options = await page.locator('#profile-unit option').allTextContents();
  if (options.length < 2) problems.push(`section h: unit selector has ${options.length} units, expected at least 2`);
  else {
    await page.selectOption('#profile-unit', { index: options.length - 1 });
    const after = await page.locator('#sec-h .profile').innerText();
    if (after === before) problems.push('section h: choosing another unit did not change the profile');
    if (!after.includes(options[options.length - 1])) problems.push(`section h: profile does not name the chosen unit ${options[options.length - 1]}`);
  }
  const unsafe = await page.locator('#unsafe').count();
  for (const s of [...sections, 'i']) {
    await page.locator(`#sec-${s}`).screenshot({ path: join(shots, `section-${s}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, 'top.png') });
  console.log(JSON.stringify({ counts, profileUnits: options.length, unsafeBanner: unsafe > 0, problems }));
} finally {
  await context.close();
}
process.exit(problems.length ? 1 : 0);

