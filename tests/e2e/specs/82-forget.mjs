// Forgetting, as a user answers a request to erase someone's data: the sample CEO is forgotten
// from the person panel ("Forget this person…", a warning that it cannot be undone, one click
// to confirm); then the bytes of the workspace file, its -wal and every backup hold none of
// the CEO's profile, name or key-date text, and undo brings nothing of them back. Another
// person's profile is cleared for good the same way (the person stays). The retention of the
// undo history is set from Workspace menu > History and privacy.
// Screenshots: the forget and clear-profile warnings and the settings dialog, 1440x900 and
// 1024x768, English and Chinese.
//
// Relies on: `account-item`, `tool-goto`, `goto-input`, `person-panel` (#person-name),
// `panel-forget`, `panel-clear-profile`, `forget-dialog`, `forget-confirm`, `workspace-menu`,
// `workspace-privacy`, `privacy-dialog`, `privacy-retention`, `privacy-save`, `privacy-saved`,
// `window.symbioMap.people()`, and the core commands get_profile, undo and journal_retention.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'forget: a person forgotten from the panel leaves no byte of their profile in the file, its WAL or the backups; a profile cleared for good; history retention set';

const CEO = 'Zhao Mingyuan';
const CEO_TEXTS = [
  CEO,
  '1966-11-18',
  'Go (weiqi), long-distance hiking',
  'Married; son studying in Canada',
  'Jiangnan University, food science',
  "Lakeshore Entrepreneurs' Association",
  '10th year as CEO',
];
const CFO = 'Harriet Vance';
const CFO_PROFILE = ['LSE, accounting and finance', 'City Runners', 'Marathons'];
const KEY = { enter: '\uE007' };

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every file under `dir`, recursively. */
async function files(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

/** "text in file" for each text found in the bytes of any of `paths`. */
async function found(paths, texts) {
  const hits = [];
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const bytes = await readFile(path);
    for (const text of texts) if (bytes.includes(Buffer.from(text, 'utf8'))) hits.push(`${text} in ${path}`);
  }
  return hits;
}

export async function run(ctx) {
  const { session, db, backupsDir, log } = ctx;
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
        (error) => (window.__e2eCore = { error: String(error?.message ?? error?.kind ?? JSON.stringify(error)) }),
      );
    }, command, args);
    return session.waitFor(() => session.execute(() => window.__e2eCore ?? null), { message: `${command} did not answer` });
  };
  const people = () => session.execute(() => window.symbioMap?.people() ?? []);
  const panelName = () => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null);
  const goTo = async (person) => {
    await click(testid('tool-goto'));
    await session.sendKeys(await find(testid('goto-input')), person + KEY.enter);
    await session.waitFor(async () => (await panelName()) === person, { message: `the side panel never showed ${person}` });
  };
  /** The workspace, its -wal and every backup file. */
  const onDisk = async () => [db, `${db}-wal`, ...(await files(backupsDir))];

  await size(1440, 900);
  await language('en');
  const items = await session.waitFor(async () => {
    const all = await session.findAll(testid('account-item'));
    return all.length > 0 ? all : null;
  }, { timeout: 20_000, message: 'no account item appeared' });
  let lakeshore = null;
  for (const item of items) if ((await session.textContent(item)).includes('Lakeshore')) lakeshore = item;
  assert(lakeshore, 'no "Lakeshore" account item');
  await session.click(lakeshore);
  await session.waitFor(async () => ((await people()).length >= 20 ? true : null), { timeout: 20_000, message: 'the map never drew its people' });
  const ceo = (await people()).find((p) => p.name === CEO);
  assert(ceo, `${CEO} is not on the map`);
  // A backup taken now holds the CEO: forgetting must reach it too.
  const backup = await core('back_up_now', {});
  assert(!backup.error, `back_up_now failed: ${backup.error}`);
  const backups = (await files(backupsDir)).filter((f) => f.endsWith('.symbio'));
  assert(backups.length > 0, 'no backup file was written');
  assert((await found(backups, CEO_TEXTS)).length > 0, 'the backup should hold the CEO before forgetting');
  const before = await found(await onDisk(), CEO_TEXTS);
  assert(before.length > 0, 'the CEO text should be on disk before forgetting (else the check below proves nothing)');
  log(`before: ${before.length} hits in ${(await onDisk()).filter(existsSync).length} files`);

  // Forget the CEO from the panel: the warning first.
  await goTo(CEO);
  await click(testid('panel-forget'));
  const dialog = await find(testid('forget-dialog'), 'Forget asked for no confirmation');
  const warning = await session.textContent(dialog);
  assert(warning.includes('cannot be undone'), `the warning does not say it cannot be undone: ${warning}`);
  await shot('forget-1440-en');
  await click(testid('forget-confirm'));
  await session.waitFor(async () => ((await people()).some((p) => p.name === CEO) ? null : true), {
    timeout: 30_000,
    message: `${CEO} is still on the map after forgetting`,
  });
  await session.waitFor(async () => ((await session.findAll(testid('forget-dialog'))).length === 0 ? true : null), {
    message: 'the dialog stayed open',
  });

  // No byte of theirs is left in the file, its WAL, or any backup.
  const after = await found(await onDisk(), CEO_TEXTS);
  assert(after.length === 0, `after forgetting: ${after.join('; ')}`);
  log(`after: checked ${(await onDisk()).filter(existsSync).length} files: ${(await onDisk()).filter(existsSync).join(', ')}`);

  // Undo has nothing of theirs to bring back: all history that mentioned them is compacted.
  const undo = await core('undo_state', {});
  assert(undo.value && undo.value.undo === null, `undo would still revert ${JSON.stringify(undo)}`);

  // Clear another person's profile for good: the person stays.
  await goTo(CFO);
  const cfo = (await people()).find((p) => p.name === CFO);
  await click(testid('panel-clear-profile'));
  await find(testid('forget-dialog'));
  await shot('clear-profile-1440-en');
  await click(testid('forget-confirm'));
  await session.waitFor(async () => ((await core('get_profile', { personId: cfo.id })).value === null ? true : null), {
    message: 'the profile is still there',
  });
  assert((await people()).some((p) => p.name === CFO), 'clearing the profile removed the person');
  const cleared = await found(await onDisk(), CFO_PROFILE);
  assert(cleared.length === 0, `after clearing the profile: ${cleared.join('; ')}`);

  // History retention from the Workspace menu.
  await click(testid('workspace-menu'));
  await click(testid('workspace-privacy'));
  await find(testid('privacy-dialog'));
  const field = await find(testid('privacy-retention'));
  await session.waitFor(async () => ((await session.execute((el) => el.value, field)) === '365' ? true : null), {
    message: 'the retention field does not show the default 365 days',
  });
  await shot('privacy-1440-en');
  await session.execute((el) => {
    el.value = '90';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, field);
  await click(testid('privacy-save'));
  await find(testid('privacy-saved'), 'saving the retention said nothing');
  const retention = await core('journal_retention', {});
  assert(retention.value?.days === 90, `the core keeps ${JSON.stringify(retention)}`);
  await size(1024, 768);
  await shot('privacy-1024-en');
  await session.sendKeys(field, '\uE00C');

  // The warnings and the settings in Chinese, at both sizes.
  await language('zh-CN');
  await size(1440, 900);
  await goTo('Qian Haolin');
  await click(testid('panel-forget'));
  await find(testid('forget-dialog'));
  await shot('forget-1440-zh');
  await size(1024, 768);
  await shot('forget-1024-zh');
  await session.sendKeys(await find(testid('forget-dialog')), '\uE00C');
  await click(testid('panel-clear-profile'));
  await find(testid('forget-dialog'));
  await shot('clear-profile-1024-zh');
  await session.sendKeys(await find(testid('forget-dialog')), '\uE00C');
  await click(testid('workspace-menu'));
  await click(testid('workspace-privacy'));
  await find(testid('privacy-dialog'));
  await shot('privacy-1024-zh');
  await size(1440, 900);
  await shot('privacy-1440-zh');
}
