// Encryption at rest as a user meets it: the sample workspace is encrypted from the Workspace
// menu (a short passphrase is refused first), its file then holds no readable profile text; the
// app is restarted on it and waits for the passphrase: a wrong one is refused with a clear
// message and leaves the file byte for byte as it was, the right one opens it and the map shows.
// Screenshots: the settings dialog and the passphrase screen, 1440×900 in English and 1024×768
// in Chinese.
//
// Relies on: `workspace-menu`, `workspace-encryption`, `encryption-dialog|new|repeat|submit|
// problem|done|status`, `locked-screen`, `unlock-passphrase|submit|error`, `account-item`.

import { readFile } from 'node:fs/promises';
import { assert } from '../webdriver.mjs';

export const name = 'encryption: a workspace encrypted from the menu asks for its passphrase at start; a wrong one is refused untouched, the right one shows the map';

const PASSPHRASE = 'harbour lights at dawn';
const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A profile text of the sample (src/sample/extras.rs): personal data that must not be readable. */
const PROFILE_TEXT = 'Lakeshore Sailing Club';

export async function run(ctx) {
  const find = (css, message, timeout = 15_000) =>
    ctx.session.waitFor(async () => (await ctx.session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const click = async (css) => ctx.session.click(await find(css));
  const type = async (css, text) => ctx.session.sendKeys(await find(css), text);
  const clear = (css) => ctx.session.execute((c) => {
    const input = document.querySelector(c);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, css);
  const language = (locale) =>
    ctx.session.execute((v) => {
      const select = document.querySelector('select');
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, locale);
  const size = (width, height) => ctx.session.command('POST', '/window/rect', { width, height }).catch(() => null);
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };

  // Encrypt from the Workspace menu.
  await size(1440, 900);
  await find(testid('account-item'), 'the sample account never showed', 30_000);
  await click(testid('workspace-menu'));
  await click(testid('workspace-encryption'));
  await find(testid('encryption-status'), 'the dialog does not say whether the workspace is encrypted');
  await type(testid('encryption-new'), 'short');
  await type(testid('encryption-repeat'), 'short');
  await click(testid('encryption-submit'));
  const problem = await ctx.session.textContent(await find(testid('encryption-problem'), 'a short passphrase was not refused'));
  assert(problem.includes('8'), `the refusal does not give the minimum: ${problem}`);
  await clear(testid('encryption-new'));
  await clear(testid('encryption-repeat'));
  await type(testid('encryption-new'), PASSPHRASE);
  await type(testid('encryption-repeat'), PASSPHRASE);
  await shot('encryption-dialog-1440-en');
  await click(testid('encryption-submit'));
  await find(testid('encryption-done'), 'the workspace was not encrypted', 60_000);
  await shot('encryption-enabled-1440-en');

  const bytes = await readFile(ctx.db);
  assert(!bytes.subarray(0, 16).toString('latin1').startsWith('SQLite format 3'), 'the file still has a plain SQLite header');
  assert(!bytes.includes(Buffer.from(PROFILE_TEXT)), 'a profile text is readable in the encrypted file');

  // Started again on the encrypted file: it waits for the passphrase.
  await ctx.restart();
  await size(1440, 900);
  await find(testid('locked-screen'), 'the encrypted workspace did not ask for its passphrase', 30_000);
  const before = await readFile(ctx.db);
  await type(testid('unlock-passphrase'), 'harbour lights at dusk');
  await click(testid('unlock-submit'));
  const refusal = await ctx.session.textContent(await find(testid('unlock-error'), 'a wrong passphrase was not refused', 30_000));
  assert(refusal.includes('does not open'), `unclear refusal: ${refusal}`);
  assert((await ctx.session.findAll(testid('account-item'))).length === 0, 'no account may show before the right passphrase');
  assert(Buffer.compare(before, await readFile(ctx.db)) === 0, 'a wrong passphrase changed the file');
  await shot('encryption-wrong-1440-en');
  await size(1024, 768);
  await language('zh-CN');
  await shot('encryption-wrong-1024-zh');
  await clear(testid('unlock-passphrase'));
  await type(testid('unlock-passphrase'), PASSPHRASE);
  await click(testid('unlock-submit'));

  // The right one: the window reloads on the opened workspace and the map shows.
  await find(testid('account-item'), 'the right passphrase did not open the workspace', 30_000);
  await ctx.session.waitFor(async () => (await ctx.session.execute(() => window.symbioMap?.people()?.length ?? 0)) > 10, {
    timeout: 30_000,
    message: 'the map did not show its people',
  });
  await shot('encryption-opened-1024-zh');
  await click(testid('workspace-menu'));
  await click(testid('workspace-encryption'));
  const status = await ctx.session.textContent(await find(testid('encryption-status')));
  assert(status.includes('已加密'), `the dialog does not say the workspace is encrypted: ${status}`);
  await shot('encryption-dialog-1024-zh');
}
