// Prints a saldo report.html to PDF with Debian's headless Chromium (network blocked), as a
// reader's "Print" does, and checks the print layout: every unit's profile of the profile
// section's layer is there (not only the chosen one), no table is cut inside a scroll box, and
// every chart fits the width of an A4 page. Writes the PDF for the Java test to read back.
// Usage: node report-print.mjs REPORT_HTML PDF_OUT
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, pdf] = process.argv.slice(2);
if (!report || !pdf) {
  console.error('usage: node report-print.mjs REPORT_HTML PDF_OUT');
  process.exit(2);
}
const problems = [];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'saldo-chromium-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // A4 less 14 mm margins each side, at 96 px per inch
  viewport: { width: 688, height: 1000 },
  offline: true,
});
let facts = {};
try {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the file: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 30000 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  facts = await page.evaluate(() => {
    const visible = (n) => n.offsetParent !== null;
    const units = [...document.querySelectorAll('#profile-unit option')].map((o) => o.value);
    const printed = [...document.querySelectorAll('#sec-h .print-profile')].filter(visible).map((n) => n.getAttribute('data-unit'));
    const wide = [...document.querySelectorAll('.chart svg')].filter(visible)
      .filter((svg) => svg.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((svg) => svg.closest('section').id + ' ' + Math.round(svg.getBoundingClientRect().right));
    const cut = [...document.querySelectorAll('.table-wrap')].filter(visible)
      .filter((w) => w.scrollHeight > w.clientHeight + 2).map((w) => w.closest('section').id);
    const interactive = [...document.querySelectorAll('#sec-h .profile, .controls, nav')].filter(visible).length;
    return { units, printed, wide, cut, interactive };
  });
  if (facts.units.length < 2) problems.push(`profile selector has ${facts.units.length} units`);
  const missing = facts.units.filter((u) => facts.printed.indexOf(u) < 0);
  if (missing.length) problems.push(`profiles not printed: ${missing.join(', ')}`);
  if (facts.wide.length) problems.push(`charts wider than the page: ${facts.wide.join(', ')}`);
  if (facts.cut.length) problems.push(`tables cut inside a scroll box: ${facts.cut.join(', ')}`);
  if (facts.interactive) problems.push(`${facts.interactive} selectors or the chosen profile printed`);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  // as a reader prints: Chromium fires beforeprint itself, on the screen-width layout
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
} finally {
  await context.close();
}
console.log(JSON.stringify({ problems, printed: facts.printed }));
process.exit(problems.length ? 1 : 0);
