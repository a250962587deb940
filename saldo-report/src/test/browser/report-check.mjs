// Opens a saldo report.html in Debian's headless Chromium with the network blocked and checks
// that it renders: no console error, no failed or outside request, chart elements in every
// section with charts, tables in the method section, and a profile that follows the unit selector.
// Usage: node report-check.mjs REPORT_HTML SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, shots, names] = process.argv.slice(2);
const expectNames = names ? names.split('|') : [];
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
  // the map: one filled path per municipality of the study, a classified legend with the suppressed cells
  const map = await page.evaluate(() => {
    const svg = document.querySelector('#sec-g .chart svg');
    if (!svg) return null;
    const filled = [...svg.querySelectorAll('path')].filter((p) => (p.getAttribute('d') || '').length > 40 && p.getAttribute('fill') && p.getAttribute('fill') !== 'none');
    return { paths: filled.length, legend: [...svg.querySelectorAll('text')].map((x) => x.textContent).filter((x) => / – |niet gepubliceerd|not published/.test(x)) };
  });
  if (!map || map.paths < 8) problems.push(`map: ${map ? map.paths : 0} municipality paths, expected at least 8`);
  else if (map.legend.length < 6) problems.push(`map legend: ${JSON.stringify(map.legend)}, expected five classes and the suppressed cells`);
  const layerSelect = page.locator('#sec-g select:has(option[value="area_type"])');
  if (await layerSelect.count()) {
    await layerSelect.selectOption('area_type');
    const dissolved = await page.locator('#sec-g .chart svg path').count();
    if (dissolved < 8) problems.push(`map by area type: ${dissolved} paths`);
    await page.locator('#sec-g').screenshot({ path: join(shots, 'section-g-area-type.png') });
    await layerSelect.selectOption('gemeente');
  } else if (map && map.paths >= 8) problems.push('map: no layer selector for the municipal layers');
  // key findings first: a row and a verdict per area type and the study total, a bar chart with values
  const findings = await page.evaluate(() => {
    const host = document.getElementById('key-findings');
    const report = document.getElementById('report');
    if (!host) return null;
    return { rows: [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.innerText)),
      verdicts: host.querySelectorAll('.verdicts li').length, paths: host.querySelectorAll('.chart svg path').length,
      labels: host.querySelectorAll('.chart svg text').length,
      first: host.compareDocumentPosition(report) & Node.DOCUMENT_POSITION_FOLLOWING };
  });
  if (!findings) problems.push('no key findings block');
  else {
    if (findings.rows.length < 2) problems.push(`key findings: ${findings.rows.length} rows, expected the area types and the total`);
    if (findings.verdicts !== findings.rows.length) problems.push(`key findings: ${findings.verdicts} verdicts for ${findings.rows.length} rows`);
    if (findings.paths < findings.rows.length) problems.push(`key findings: ${findings.paths} chart paths`);
    if (!findings.first) problems.push('key findings are not above the sections');
    const total = findings.rows[findings.rows.length - 1] || [];
    if (!/Totaal|Total/.test(total[0] || '')) problems.push(`key findings: last row is ${total[0]}, expected the study total`);
    if (findings.rows.some((r) => !/^[+-]?\d|^–$/.test(r[1]))) problems.push(`key findings: share change not a number: ${JSON.stringify(findings.rows)}`);
  }
  // the study's names, never the codes of the tables, in the text a reader sees
  const visible = await page.evaluate(() => document.body.innerText);
  const raw = /\b(krimp|anticipeer|provinciehoofdstad|veenkolonien|noord-nederland-2018|noord-nederland-test)\b|\boverig\b(?! (Noord-Nederland|Groningen|Friesland|Drenthe))/g;
  const rawFound = [...new Set((visible.match(raw) || []))];
  if (rawFound.length) {
    const where = rawFound.map((code) => { const i = visible.indexOf(code); return `${code}: …${visible.slice(Math.max(0, i - 60), i + 40).replace(/\s+/g, ' ')}…`; });
    problems.push(`raw codes in visible text: ${where.join(' | ')}`);
  }
  for (const name of expectNames) {
    if (!visible.includes(name)) problems.push(`visible text lacks the study's name ${name}`);
  }
  const unsafe = await page.locator('#unsafe').count();
  for (const s of [...sections, 'i']) {
    await page.locator(`#sec-${s}`).screenshot({ path: join(shots, `section-${s}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, 'top.png') });
  console.log(JSON.stringify({ counts, findings, map, profileUnits: options.length, unsafeBanner: unsafe > 0, problems }));
} finally {
  await context.close();
}
process.exit(problems.length ? 1 : 0);

