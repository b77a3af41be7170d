// End-to-end test runner: `node tests/e2e/run.mjs [filter...]`, with tauri-driver listening.
//
// Contract: runs every `tests/e2e/specs/*.mjs` in name order (only those whose file name
// contains one of the filters, when given). A spec exports `name` and `async run(ctx)`.
// Each test gets a fresh WebDriver session, so a fresh app process, opened on its own
// empty temporary workspace: the app is started as `$SYMBIO_APP --db <tmp>/workspace.symbio`
// (tauri-driver passes `tauri:options.args` to it; the environment cannot differ per test).
// Exports go to <tmp>/exports (`--exports`), backups to <tmp>/backups (`--backups`). A spec may export `async workspace(path)` to write
// the workspace file before the app starts. A new workspace opens on the welcome screen; the
// runner opens the sample account there (as a user would) unless the spec exports
// `startEmpty = true` or prepares its own workspace file.
// `ctx` = { session, db, exportsDir, backupsDir, outDir, screenshot(name) -> <outDir>/<name>.png, log(...),
// restart() -> ends the app and starts it again on the same workspace (ctx.session is the new one) }.
// Prints `ok - name (1.2 s)` or `not ok - name: reason` per test (details on `# ` lines,
// and a `<spec file>-failed.png` screenshot), then exactly `N passed, M failed`; exits 1
// if any test failed or none ran.
//
// Environment: SYMBIO_APP (required, the app binary), WEBDRIVER_URL (default
// http://127.0.0.1:4444), SYMBIO_E2E_OUT (default <repo>/target/e2e),
// SYMBIO_E2E_TIMEOUT_MS (per test, default 90000).

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Session, waitForDriver } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const specsDir = join(here, 'specs');
const driverUrl = process.env.WEBDRIVER_URL || 'http://127.0.0.1:4444';
const outDir = resolve(process.env.SYMBIO_E2E_OUT || join(root, 'target', 'e2e'));
const testTimeoutMs = Number(process.env.SYMBIO_E2E_TIMEOUT_MS || 90_000);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();
const comment = (text) => String(text).split('\n').forEach((line) => console.log(`# ${line}`));

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadSpecs(filters) {
  const files = (await readdir(specsDir)).filter((f) => f.endsWith('.mjs')).sort();
  const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
  const specs = [];
  for (const file of chosen) {
    const stem = basename(file, '.mjs');
    try {
      const module = await import(pathToFileURL(join(specsDir, file)).href);
      if (typeof module.run !== 'function') throw new Error('it does not export async run(ctx)');
      specs.push({
        file,
        stem,
        name: module.name || stem,
        run: module.run,
        workspace: module.workspace,
        startEmpty: module.startEmpty === true,
      });
    } catch (error) {
      // A spec that cannot load is a failed test, reported like any other.
      const message = `specs/${file} cannot be loaded: ${error.message}`;
      specs.push({ file, stem, name: stem, run: () => Promise.reject(new Error(message)) });
    }
  }
  return specs;
}

/** Opens the sample account from the welcome screen of the new workspace. */
async function openSample(session) {
  const button = await session.waitFor(async () => (await session.findAll('[data-testid="welcome-sample"]'))[0] ?? null, {
    timeout: 20_000,
    message: 'the welcome screen never offered the sample account',
  });
  await session.click(button);
  await session.waitFor(async () => (await session.findAll('[data-testid="account-item"]')).length > 0, {
    timeout: 20_000,
    message: 'the sample account never appeared in the list',
  });
}

async function runOne(spec, app) {
  const tmp = await mkdtemp(join(tmpdir(), 'symbio-e2e-'));
  const db = join(tmp, 'workspace.symbio');
  const exportsDir = join(tmp, 'exports');
  const backupsDir = join(tmp, 'backups');
  // A spec may prepare the workspace file before the app opens it (e.g. a damaged one).
  if (typeof spec.workspace === 'function') await spec.workspace(db);
  const started = performance.now();
  let session;
  const args = ['--db', db, '--exports', exportsDir, '--backups', backupsDir];
  try {
    session = await Session.create(driverUrl, { application: app, args });
    // Each test starts from the UI's defaults: preferences (language, privacy, panels) that an
    // earlier test left in the webview's storage are cleared, and the page reloaded.
    await session.execute(() => {
      localStorage.clear();
      window.__symbioStale = true;
      location.reload();
    });
    // Wait for the reloaded page, so a spec never finds an element of the page that is going away.
    await session.waitFor(
      () => session.execute(() => window.__symbioStale !== true && document.readyState === 'complete'),
      { timeout: 20_000, message: 'the app did not reload' },
    );
    if (!spec.startEmpty && typeof spec.workspace !== 'function') await openSample(session);
    const ctx = {
      session,
      db,
      exportsDir,
      backupsDir,
      outDir,
      screenshot: (name) => session.screenshot(join(outDir, `${name}.png`)),
      log: (...parts) => comment(parts.join(' ')),
      // Quitting and starting again: the workspace file and the webview's storage stay.
      restart: async () => {
        await session.delete();
        session = await Session.create(driverUrl, { application: app, args });
        ctx.session = session;
        await session.waitFor(() => session.execute(() => document.readyState === 'complete'), {
          timeout: 20_000,
          message: 'the app did not start again',
        });
      },
    };
    await withTimeout(Promise.resolve().then(() => spec.run(ctx)), testTimeoutMs, 'the test');
    console.log(`ok - ${spec.name} (${seconds(performance.now() - started)})`);
    return true;
  } catch (error) {
    console.log(`not ok - ${spec.name}: ${oneLine(error?.message ?? error)}`);
    if (error?.stack) comment(error.stack);
    if (session) {
      const shot = join(outDir, `${spec.stem}-failed.png`);
      await session.screenshot(shot).then(
        () => comment(`screenshot: ${shot}`),
        (e) => comment(`no screenshot: ${e.message}`),
      );
    }
    return false;
  } finally {
    if (session) await session.delete().catch((e) => comment(`could not end the session: ${e.message}`));
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
  }
}

async function main() {
  const app = process.env.SYMBIO_APP;
  if (!app || !isAbsolute(app) || !existsSync(app)) {
    console.error(`SYMBIO_APP must be the absolute path of the built app (got ${JSON.stringify(app)})`);
    return 1;
  }
  await mkdir(outDir, { recursive: true });
  const specs = await loadSpecs(process.argv.slice(2));
  if (specs.length === 0) {
    console.error(`no specs to run in ${specsDir}`);
    console.log('0 passed, 0 failed');
    return 1;
  }
  try {
    await waitForDriver(driverUrl, 15_000);
  } catch (error) {
    for (const spec of specs) console.log(`not ok - ${spec.name}: ${oneLine(error.message)}`);
    console.log(`0 passed, ${specs.length} failed`);
    return 1;
  }
  let passed = 0;
  let failed = 0;
  for (const spec of specs) {
    if (await runOne(spec, app)) passed += 1;
    else failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  },
);
