// Screenshots of every map view in headless Chromium with the IPC mocked (see
// screenshot.mjs): `node tests/visual/views.mjs [outDir]`. For looking at the views
// while developing them; the real app is screenshotted by the e2e suite.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installMockIpc } from './mock-ipc.js';

const ui = fileURLToPath(new URL('../..', import.meta.url));
const out = process.argv[2] ?? '/tmp/views';
const fixture = JSON.parse(await readFile(join(ui, 'tests/fixtures/workspace.json'), 'utf8'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(ui, 'dist', path === '/' ? 'index.html' : path);
    res.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && console.log(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.addInitScript(installMockIpc, fixture);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => (window.symbioMap?.people().length ?? 0) > 0, undefined, { timeout: 15000 });
  for (const view of ['network', 'org_chart', 'coverage', 'circles', 'paths']) {
    await page.click(`[data-testid="view-${view}"]`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(out, `view-${view}.png`) });
    console.log(`${view}: ${await page.evaluate(() => window.symbioMap?.people().length)} people`);
  }
  await page.click('[data-testid="present"]');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'present.png') });
} finally {
  await browser.close();
  server.close();
}
