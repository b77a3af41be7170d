// The account's data out and workspace files, as a key-account manager uses them: the sample's
// workbook is exported from the Account page and read back (its shared strings: the sheets,
// people, a profile value with privacy off and none with privacy on); the people are exported as
// CSV in Chinese (UTF-8 with a BOM); a copy of the workspace is saved, opened (the app shows the
// copy), and the original is opened again from the Workspace menu's recent list.
// Screenshots: the Account page with its export bar, the Workspace menu, in English and Chinese.
//
// Relies on: `tab-map`, `export-button`, `tab-account`, `account-export`, `account-export-xlsx|csv-people|csv-ties`,
// `account-exported`, `privacy-toggle`, `workspace-menu`, `workspace-recent`, `account-item`,
// and the core commands save_workspace_copy / open_workspace / workspace_info.

import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'workbook: the account exported as XLSX and CSV and read back, privacy honoured; a workspace copy saved, opened, and the original reopened from the recent list';

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Profile texts of the sample (src/sample/extras.rs). */
const PROFILE_TEXTS = ['Lakeshore Sailing Club', 'City Runners', "CEO's wife's brother", 'Willow Bay'];

export async function run(ctx) {
  const { session, exportsDir, outDir } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const click = async (css) => session.click(await find(css));
  const language = (locale) =>
    session.execute((v) => {
      const select = document.querySelector('header select');
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, locale);
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };
  const core = async (command, args) => {
    await session.execute((c, a) => {
      window.__e2eCore = undefined;
      window.__TAURI_INTERNALS__.invoke(c, a).then(
        (value) => (window.__e2eCore = { value }),
        (error) => (window.__e2eCore = { error: String(error?.message ?? JSON.stringify(error)) }),
      );
    }, command, args);
    const answer = await session.waitFor(() => session.execute(() => window.__e2eCore ?? null), { message: `${command} did not answer` });
    assert(!answer.error, `${command} failed: ${answer.error}`);
    return answer.value;
  };
  const exportFile = async (button, ext, copyAs) => {
    const before = new Set(await readdir(exportsDir).catch(() => []));
    await click(testid(button));
    const file = await session.waitFor(
      async () => (await readdir(exportsDir).catch(() => [])).find((f) => !before.has(f) && f.endsWith(`.${ext}`) && !f.includes('partial')) ?? null,
      { timeout: 30_000, message: `no .${ext} file appeared in ${exportsDir}` },
    );
    await find(testid('account-exported'), `the ${ext} export does not say where it went`);
    const path = join(exportsDir, file);
    await copyFile(path, join(outDir, copyAs));
    return path;
  };
  const sharedStrings = (path) => {
    const read = 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml"))';
    return execFileSync('python3', ['-c', read, path]).toString('utf8').replaceAll('&apos;', "'");
  };
  const privacy = async (on) => {
    const toggle = await find(testid('privacy-toggle'));
    if ((await session.attribute(toggle, 'aria-pressed')) !== String(on)) await session.click(toggle);
  };
  /** Waits until the page marked with __e2eBeforeSwitch has been replaced by a fresh one. */
  const reloaded = (message) =>
    session.waitFor(() => session.execute(() => (window.__e2eBeforeSwitch ? null : true)).catch(() => null), { timeout: 20_000, message });
  const accounts = async () => (await core('list_accounts', {})).length;

  await session.command('POST', '/window/rect', { width: 1440, height: 900 }).catch(() => null);
  await language('en');
  await privacy(false);
  // From the map's export menu: the ties as CSV (personal ties listed while privacy is off).
  await click(testid('tab-map'));
  await click(testid('export-button'));
  const ties = await readFile(await exportFile('account-export-csv-ties', 'csv', 'ties-en.csv'));
  assert(ties.subarray(3).toString('utf8').startsWith('From,To,Kind'), 'the ties CSV has no header');
  assert(ties.includes('Personal tie'), 'with privacy off the ties CSV should list personal ties');
  await shot('workbook-map-menu-1440-en');
  await click(testid('export-button'));

  await click(testid('tab-account'));
  await find(testid('account-export'), 'the Account page has no export bar', 15_000);

  // The workbook, private details shown: every sheet, the people, a profile value.
  const open = sharedStrings(await exportFile('account-export-xlsx', 'xlsx', 'workbook-en.xlsx'));
  for (const word of ['People', 'Ties', 'Coverage matrix', 'Findings', 'Team roster', 'Personal profile', 'Personal tie']) {
    assert(open.includes(`>${word}<`), `the workbook lacks ${JSON.stringify(word)}`);
  }
  assert(open.includes('Lakeshore Sailing Club'), 'with privacy off the workbook should carry the profiles');
  await shot('workbook-account-1440-en');

  // Private details hidden: no profile value, no personal tie anywhere.
  await privacy(true);
  const hidden = sharedStrings(await exportFile('account-export-xlsx', 'xlsx', 'workbook-private-en.xlsx'));
  for (const text of PROFILE_TEXTS) assert(!hidden.includes(text), `privacy on, yet ${JSON.stringify(text)} is in the workbook`);
  assert(!hidden.includes('>Personal tie<'), 'privacy on, yet a personal tie is in the workbook');
  assert(hidden.includes('Private details hidden'), 'the workbook does not say private details were hidden');

  // The people as CSV, in Chinese: BOM first, Chinese headers intact.
  await language('zh-CN');
  await find(testid('account-export-csv-people'));
  const csv = await readFile(await exportFile('account-export-csv-people', 'csv', 'people-zh.csv'));
  assert(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf, 'the CSV has no UTF-8 BOM');
  const csvText = csv.subarray(3).toString('utf8');
  assert(csvText.startsWith('姓名,职务,部门'), `the CSV header reads ${JSON.stringify(csvText.slice(0, 40))}`);
  for (const text of PROFILE_TEXTS) assert(!csvText.includes(text), `privacy on, yet ${JSON.stringify(text)} is in the CSV`);
  await shot('workbook-account-1440-zh');
  await privacy(false);

  // Workspace files: a copy saved (the save dialog is native; the command is what it calls).
  await click(testid('workspace-menu'));
  await sleep(300);
  await shot('workspace-menu-1440-zh');
  const original = (await core('workspace_info', {})).path;
  // The recent list keeps full, resolved paths: compare the last two parts.
  const same = (path, other) => path.split(/[\\/]/).slice(-2).join('/') === other.split(/[\\/]/).slice(-2).join('/');
  const copy = join(outDir, 'copy.symbio');
  await core('save_workspace_copy', { path: copy });
  assert((await stat(copy)).size > 10_000, 'the saved copy is too small to hold the sample');
  const before = await accounts();
  await core('create_account', { input: { name: 'Harbor Foods' } });
  assert((await accounts()) === before + 1, 'an account added to the open workspace is not listed');

  // Open the copy: the app reloads on it and lacks the account added after the copy.
  await core('open_workspace', { path: copy });
  await session.execute(() => {
    window.__e2eBeforeSwitch = true;
    setTimeout(() => window.location.reload(), 0);
  });
  await reloaded('the window did not reload on the copy');
  await find(testid('account-item'), 'no accounts after opening the copy', 20_000);
  assert(same((await core('workspace_info', {})).path, copy), 'the copy is not the open workspace');
  assert((await accounts()) === before, 'the copy should hold the accounts of when it was saved');

  // Back to the original from the recent list.
  await click(testid('workspace-menu'));
  const recent = await session.waitFor(
    async () => {
      for (const item of await session.findAll(testid('workspace-recent'))) {
        if (same(await session.attribute(item, 'title'), original)) return item;
      }
      return null;
    },
    { message: 'the original workspace is not in the recent list' },
  );
  // The menu switches and reloads the window: wait for the fresh page before asking anything.
  await session.execute(() => (window.__e2eBeforeSwitch = true));
  await session.click(recent);
  await reloaded('the window did not reload after opening the original');
  await find(testid('account-item'), 'no accounts after reopening the original', 20_000);
  assert(same((await core('workspace_info', {})).path, original), 'the original did not open again');
  assert((await accounts()) === before + 1, 'the original should have the account added to it');
  await language('en');
}
