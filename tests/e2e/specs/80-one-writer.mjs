// One writer per workspace file. A first Symbio (started here, outside WebDriver) holds the
// workspace; the app under test, started on the same file, shows the full-screen "open in
// another Symbio window" message naming the file and writes nothing. The first instance is then
// killed with SIGKILL: the OS releases its lock, and the app started again opens the workspace.
// Last, the file is marked read-only: the app opens it for viewing with a banner, the map is
// there, and an edit is refused with one clear message. Screenshots at 1440×900 and 1024×768,
// in English and Chinese.
//
// Relies on: `[data-testid="error-screen"|"error-title"|"error-path"]`, the error screen's
// language select, `[data-testid="welcome-sample"|"account-item"|"read-only-banner"]`, the
// quick-add form `[data-testid="tool-add"|"quick-add-name"]`; `window.symbioMap.people()`.

import { spawn } from 'node:child_process';
import { chmod, mkdtemp, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'one writer: a second instance is told the workspace is open elsewhere; a crash frees it; a read-only file is view-only';

const KEY = { enter: '\uE007' };
const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first Symbio, holding the workspace while the test runs. */
let first = null;

/** Starts the first instance on `path` and waits until it holds the workspace. */
export async function workspace(path) {
  const exportsDir = await mkdtemp(join(tmpdir(), 'symbio-e2e-first-'));
  first = spawn(process.env.SYMBIO_APP, ['--db', path, '--exports', exportsDir], { stdio: 'ignore' });
  const deadline = Date.now() + 20_000;
  while (!(existsSync(`${path}.lock`) && existsSync(path))) {
    if (first.exitCode !== null) throw new Error(`the first instance exited (${first.exitCode})`);
    if (Date.now() > deadline) throw new Error('the first instance never opened the workspace');
    await sleep(100);
  }
  await sleep(1500); // its window settles: the workspace is set up before the second starts
}

async function fileState(path) {
  const parts = [];
  for (const file of [path, `${path}-wal`]) {
    const info = await stat(file).catch(() => null);
    parts.push(info ? `${info.size}@${info.mtimeMs}` : 'absent');
  }
  return parts.join(' ');
}

export async function run(ctx) {
  const { db, log } = ctx;
  let session = ctx.session;
  const size = (width, height) => session.command('POST', '/window/rect', { width, height }).catch(() => null);
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };
  const find = (css, message, timeout = 20_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const language = async (locale) => {
    await session.execute((v) => {
      const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === v));
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, locale);
    await session.waitFor(() => session.execute((v) => document.documentElement.lang === v, locale), {
      message: `the app did not switch to ${locale}`,
    });
  };
  try {
    // 1. The second instance: told, not opened.
    const before = await fileState(db);
    await size(1440, 900);
    const title = await session.textContent(await find(testid('error-title'), 'the second instance showed no full-screen message'));
    assert(title === 'This workspace is open in another Symbio window', `unexpected title: ${title}`);
    const path = await session.textContent(await session.find(testid('error-path')));
    assert(path === db, `the message names ${path}, not ${db}`);
    assert((await session.findAll(testid('account-item'))).length === 0, 'no account list may show');
    await shot('one-writer-in-use-1440-en');
    await size(1024, 768);
    await shot('one-writer-in-use-1024-en');
    await language('zh-CN');
    const zhTitle = await session.textContent(await session.find(testid('error-title')));
    assert(zhTitle === '此工作区已在另一个 Symbio 窗口中打开', `unexpected Chinese title: ${zhTitle}`);
    await shot('one-writer-in-use-1024-zh');
    await size(1440, 900);
    await shot('one-writer-in-use-1440-zh');
    await language('en');
    assert((await fileState(db)) === before, 'the second instance changed the workspace file');

    // 2. The first instance crashes: the lock goes with it, and the app opens the workspace.
    first.kill('SIGKILL');
    await new Promise((resolve) => (first.exitCode !== null || first.signalCode ? resolve() : first.once('exit', resolve)));
    log('the first instance was killed with SIGKILL');
    await ctx.restart();
    session = ctx.session;
    await session.click(await find(testid('welcome-sample'), 'after the crash the app did not open the workspace'));
    await find(testid('account-item'), 'the sample account never appeared');
    await session.waitFor(async () => (await session.execute(() => window.symbioMap?.people() ?? [])).length > 0, {
      timeout: 20_000,
      message: 'the sample map never drew',
    });

    // 3. Read-only: the file is marked so (the running app keeps its open handle); started
    // again, the app shows it with a banner and refuses the edit.
    await chmod(db, 0o444);
    await ctx.restart();
    session = ctx.session;
    await size(1440, 900);
    const banner = await session.textContent(await find(testid('read-only-banner'), 'no read-only banner'));
    assert(banner.startsWith('Read-only'), `unexpected banner: ${banner}`);
    await find(testid('account-item'), 'a read-only workspace should still list its accounts');
    const people = await session.waitFor(
      async () => {
        const list = await session.execute(() => window.symbioMap?.people() ?? []);
        return list.length > 0 ? list : null;
      },
      { timeout: 20_000, message: 'the read-only map never drew' },
    );
    log(`read-only map shows ${people.length} people`);
    // The sample's creation is in the history, but nothing can be undone in a read-only file.
    const undoDisabled = await session.execute(() => {
      const [undo, redo] = document.querySelectorAll('header .tools .group button');
      return undo?.disabled === true && redo?.disabled === true;
    });
    assert(undoDisabled, 'undo and redo should be disabled on a read-only workspace');
    await session.click(await find(testid('tool-add'), 'no Add tool'));
    await session.sendKeys(await find(testid('quick-add-name')), 'Mara Lindqvist' + KEY.enter);
    const refusal = 'This workspace is read-only: changes cannot be saved';
    await session.waitFor(() => session.execute((text) => document.body.textContent.includes(text), refusal), {
      message: 'the refused edit was not told',
    });
    const after = await session.execute(() => window.symbioMap?.people() ?? []);
    assert(after.length === people.length, 'the refused edit changed the map');
    await shot('one-writer-read-only-1440-en');
    await size(1024, 768);
    await shot('one-writer-read-only-1024-en');
    await language('zh-CN');
    await session.waitFor(
      () => session.execute(() => document.body.textContent.includes('只读：可以查看此工作区，但更改无法保存到文件。')),
      { message: 'the read-only banner is not in Chinese' },
    );
    // The same refusal, asked again in Chinese.
    await session.sendKeys(await find(testid('quick-add-name')), KEY.enter);
    await session.waitFor(() => session.execute(() => document.body.textContent.includes('此工作区为只读，更改无法保存')), {
      message: 'the refused edit was not told in Chinese',
    });
    await shot('one-writer-read-only-1024-zh');
    await size(1440, 900);
    await shot('one-writer-read-only-1440-zh');
  } finally {
    if (first && first.exitCode === null && !first.signalCode) first.kill('SIGKILL');
    await chmod(db, 0o644).catch(() => {});
  }
}
