// Renders the built UI (ui/dist) in headless Chromium with the Tauri IPC mocked
// from tests/fixtures/workspace.json, and saves a screenshot. For looking at the
// UI during development; the real app is tested end to end elsewhere.
//
//   node tests/visual/screenshot.mjs [--out /tmp/ui-check.png] [--lang zh-CN]
//        [--select "David Chen"] [--search text] [--workspace-error] [--width 1280 --height 800]
//        [--scale 2] [--clip x,y,w,h]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { installMockIpc } from './mock-ipc.js';

const ui = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/ui-check.png' },
    lang: { type: 'string', default: 'en' },
    select: { type: 'string' },
    account: { type: 'string' },
    search: { type: 'string' },
    'workspace-error': { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    scale: { type: 'string', default: '1' },
    clip: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
});

const fixture = JSON.parse(await readFile(join(ui, 'tests/fixtures/workspace.json'), 'utf8'));
if (args['workspace-error']) {
  fixture.workspace.error = {
    kind: 'too_new',
    message: 'This workspace was saved by Symbio schema version 7; this version reads up to version 3.',
    field: null,
  };
}

// The desktop app's CSP (src-tauri/tauri.conf.json), so that a violation shows up here
// as a console error; connect-src differs only because the IPC is mocked.
const csp =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const dist = join(ui, 'dist');
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    const type = types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'content-security-policy': csp });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({
    viewport: { width: Number(args.width), height: Number(args.height) },
    locale: args.lang,
    deviceScaleFactor: Number(args.scale),
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(installMockIpc, fixture);
  await page.goto(`http://127.0.0.1:${port}/`);

  if (args['workspace-error']) {
    await page.waitForSelector('[data-testid="error-screen"]');
  } else {
    await page.waitForFunction(() => (window.symbioMap?.people().length ?? 0) > 0, undefined, { timeout: 15000 });
    const drawn = await page.evaluate(() => ({
      people: window.symbioMap?.people().length,
      ties: window.symbioMap?.ties().length,
      items: document.querySelectorAll('[data-testid="account-item"]').length,
    }));
    console.log(`drawn: ${JSON.stringify(drawn)}`);
    if (args.account) {
      await page.locator('[data-testid="account-item"]', { hasText: args.account }).click();
    }
    if (args.search) {
      await page.keyboard.press('Control+F');
      await page.keyboard.type(args.search);
    }
    if (args.select) {
      const position = await page.evaluate((name) => {
        const person = window.symbioMap?.people().find((p) => p.name === name);
        return person ? window.symbioMap?.renderedPosition(person.id) : null;
      }, args.select);
      if (!position) throw new Error(`no person named ${args.select}`);
      const box = await page.locator('.stage').boundingBox();
      await page.mouse.click((box?.x ?? 0) + position.x, (box?.y ?? 0) + position.y);
    }
  }
  await page.waitForTimeout(600);
  const [x, y, width, height] = (args.clip ?? '').split(',').map(Number);
  await page.screenshot({ path: args.out, clip: args.clip ? { x, y, width, height } : undefined });
  console.log(`screenshot: ${args.out}`);
  for (const problem of problems) console.log(problem);
  if (problems.length === 0) console.log('console: no errors or warnings');
} finally {
  await browser.close();
  server.close();
}
