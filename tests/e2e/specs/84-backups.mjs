// Backups and restore, as a user recovers from a mistake: an account is added, a backup taken
// from the Backups screen (Workspace menu), another account added; restoring that backup from
// the screen (with its confirmation) brings the earlier state back on every screen at once, and
// what the workspace held just before is itself kept as a backup.
// Screenshots: the Backups screen and its confirmation, 1440x900 and 1024x768, English and Chinese.
//
// Relies on: `workspace-menu`, `workspace-backups`, `backups-screen`, `backups-now`, `backup-row`
// (`data-name`), `backup-accounts`, `backup-restore`, `backups-confirm`, `backups-confirm-restore`,
// `backups-status`, `backups-close`, `account-item`, and the core commands create_account and
// list_accounts.

import { readdir } from 'node:fs/promises';
import { assert } from '../webdriver.mjs';

export const name = 'backups: an account added after a backup is gone once that backup is restored from the Backups screen, and the state before the restore is kept as a backup';

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(ctx) {
  const { session, backupsDir } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const click = async (css) => session.click(await find(css));
  const language = (locale) =>
    session.execute((v) => {
      const select = document.querySelector('header select');
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, locale);
  const size = (width, height) => session.command('POST', '/window/rect', { width, height }).catch(() => null);
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
  /** The account names the account list shows. */
  const shown = async () => Promise.all((await session.findAll(testid('account-item'))).map((e) => session.textContent(e)));
  const showsAccount = (name, present) =>
    session.waitFor(async () => (await shown()).some((text) => text.includes(name)) === present || null, {
      timeout: 15_000,
      message: `the account list should ${present ? '' : 'no longer '}show ${name}`,
    });
  const openBackups = async () => {
    await click(testid('workspace-menu'));
    await click(testid('workspace-backups'));
    await find(testid('backups-screen'), 'the Backups screen did not open');
  };
  const rows = async () => session.findAll(testid('backup-row'));

  await size(1440, 900);
  await language('en');

  // A change, then a backup from the screen.
  await core('create_account', { input: { name: 'Harbour Foods (kept)' } });
  await showsAccount('Harbour Foods (kept)', true);
  const accountsAtBackup = (await core('list_accounts', {})).length;
  await openBackups();
  await click(testid('backups-now'));
  const status = await find(testid('backups-status'), 'Back up now said nothing', 30_000);
  assert((await session.textContent(status)).includes('Backed up'), `Back up now said ${await session.textContent(status)}`);
  const taken = await session.waitFor(async () => (await rows())[0] ?? null, { message: 'the new backup is not listed' });
  const name = await session.attribute(taken, 'data-name');
  assert(name.endsWith('.manual.symbio'), `the newest backup is ${name}`);
  const counted = await session.textContent(await find(`${testid('backup-row')}[data-name="${name}"] ${testid('backup-accounts')}`));
  assert(counted.trim() === String(accountsAtBackup), `the backup lists ${counted} accounts, the workspace had ${accountsAtBackup}`);
  await shot('backups-1440-en');
  await click(testid('backups-close'));

  // Another change, which the restore must take away.
  await core('create_account', { input: { name: 'Northfield Steel (later)' } });
  await showsAccount('Northfield Steel (later)', true);

  // Restore from the screen, through its confirmation.
  await openBackups();
  await session.click(await find(`${testid('backup-row')}[data-name="${name}"] ${testid('backup-restore')}`));
  await find(testid('backups-confirm'), 'Restore asked for no confirmation');
  await shot('backups-confirm-1440-en');
  await click(testid('backups-confirm-restore'));
  const restored = await find(testid('backups-status'), 'the restore said nothing', 30_000);
  assert((await session.textContent(restored)).includes('Restored'), `the restore said ${await session.textContent(restored)}`);
  // The state just before the restore is kept, with the later account in it.
  const beforeCount = await session.textContent(
    await find(`${testid('backup-row')}[data-name$=".restore.symbio"] ${testid('backup-accounts')}`, 'no backup of the state before the restore is listed'),
  );
  assert(beforeCount.trim() === String(accountsAtBackup + 1), `the backup before the restore lists ${beforeCount} accounts`);
  await click(testid('backups-close'));

  // Every screen shows the earlier state at once: the later account is gone, the kept one stays.
  await showsAccount('Northfield Steel (later)', false);
  await showsAccount('Harbour Foods (kept)', true);
  assert((await core('list_accounts', {})).length === accountsAtBackup, 'the core does not hold the earlier state');
  const folders = await readdir(backupsDir);
  assert(folders.length === 1, `the backups folder holds ${folders.join(', ')}`);

  // The screen in Chinese and at the smaller window size.
  await language('zh-CN');
  await openBackups();
  await shot('backups-1440-zh');
  await session.click(await find(`${testid('backup-row')}[data-name="${name}"] ${testid('backup-restore')}`));
  await find(testid('backups-confirm'));
  await shot('backups-confirm-1440-zh');
  await size(1024, 768);
  await shot('backups-confirm-1024-zh');
  await click(testid('backups-close'));
  await language('en');
  await openBackups();
  await shot('backups-1024-en');
}
