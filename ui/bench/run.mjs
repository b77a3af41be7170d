// `npm run bench`: serves bench/ with Vite, drives headless Chromium through
// playwright-core, and measures first render + layout for 100, 1,000 and 5,000
// people through the app's code path against bare Cytoscape in the same run
// (median of 3), plus the pan frame time at 1,000. Prints a table and writes
// bench/results.md. Software rendering here: compare the ratios, not the absolutes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const ui = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const server = await createServer({ root: ui, configFile: false, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const profile = await mkdtemp(join(tmpdir(), 'symbio-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
  await page.goto(`${url}bench/index.html`);
  await page.waitForFunction(() => window.symbioBench !== undefined, undefined, { timeout: 60_000 });
  const measure = async (fn, n) => {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await page.evaluate(([f, size]) => window.symbioBench[f](size), [fn, n]));
    return median(times);
  };
  // Warm-up: the first drawing pays for compiling the code.
  await measure('bare', 100);
  for (const n of SIZES) {
    const bare = await measure('bare', n);
    const preset = await measure('appPreset', n);
    const org = await measure('appOrgChart', n);
    const network = await measure('appNetwork', n);
    const freeze = await page.evaluate(() => window.symbioBench.freeze(0));
    rows.push({ n, bare, preset, org, network, freeze, pan: n === 1000 ? await measure('pan', n) : null });
    console.log(`${n} people: bare ${s(bare)}, app ${s(preset)} (${(preset / bare).toFixed(2)}x), org chart ${s(org)}, network ${s(network)}`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

const table = [
  '| people | bare Cytoscape (same positions, default style) | app, same positions (elements + style + draw) | ratio | app org chart (+ layered layout, department boxes) | app network (+ fcose layout) | longest page freeze during it | app pan frame |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${s(r.bare)} | ${s(r.preset)} | ${(r.preset / r.bare).toFixed(2)}x | ${s(r.org)} | ${s(r.network)} | ${s(r.freeze)} | ${r.pan === null ? '–' : `${r.pan.toFixed(1)} ms`} |`),
].join('\n');
console.log(`\n${table}`);
await writeFile(
  join(ui, 'bench', 'results.md'),
  `# Map benchmark\n\nHeadless Debian Chromium, software rendering (no GPU), median of ${RUNS} runs, ` +
    `synthetic accounts with ~2.8 ties per person (\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}).\n` +
    `The network column runs fcose on the page up to 300 people (full quality), and in a Web Worker in draft quality above;\n` +
    `the freeze column is the longest gap between animation frames meanwhile: the layout runs off the page before anything\n` +
    `is drawn (a progress note shows), what remains is Cytoscape building and drawing the laid-out map once.\n` +
    `Big maps zoomed out below legibility are drawn without labels, numbers and arrowheads (map/detail.ts), as they\n` +
    `would not be visible at that size (min-zoomed-font-size); the first zoom in to legibility adds them.\n` +
    `Bare and app draw the same graph at the same positions; the app adds its classes, stylesheet, labels and fit.\n\n${table}\n`,
);
