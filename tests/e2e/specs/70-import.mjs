// Importing people as a key-account manager does it: a Salesforce-style contacts CSV (written
// by the test; the native file dialog cannot be driven, so its path is typed in the wizard's
// path field) goes through the Import wizard on the map toolbar — mapping suggested from the
// headers, a preview with the level guessed from each title and a duplicate of a sample person
// flagged — and lands as people with their department and reporting lines, one undo step; then
// five lines pasted into quick add's name open the same preview and are added at once.
// Screenshots: the preview in English and Chinese, the summary, the paste preview.
//
// Relies on: `tool-import`, `import-wizard`, `import-rule-<n>` (in `details.rules`), `import-path`, `import-read`, `import-mapping`,
// `import-preview`, `import-row[data-row]` with `[data-problem]`, `import-choice`, `import-counts`,
// `import-confirm`, `import-summary`, `import-finish`, `tool-add`, `quick-add-name`, and the core
// commands list_accounts / get_account_map.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'import: a contacts CSV through the wizard (mapping, preview, duplicate, levels) lands on the org chart with reporting lines; five pasted lines added at once';

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const CSV = [
  'First Name,Last Name,Title,Department,Reports To,Email,Phone,Account Name',
  'Hannah,Whitfield,Chief Operating Officer,Operations,,hannah.whitfield@lakeshore.example,,Lakeshore Dairy Group',
  'Ravi,Menon,Director of Logistics,Logistics,Hannah Whitfield,ravi.menon@lakeshore.example,,Lakeshore Dairy Group',
  'Sofia,Lindqvist,Warehouse Manager,Logistics,Ravi Menon,,,Lakeshore Dairy Group',
  'Tomás,Okafor,Dispatcher,Logistics,Sofia Lindqvist,,,Lakeshore Dairy Group',
].join('\r\n');

const PASTE = ['周明, 物流总监, 物流部', '吴芳, 仓储经理, 物流部, 周明', '郑凯, 调度员, 物流部, 吴芳', '孙丽, 调度员, 物流部, 吴芳', '钱进, 司机主管, 物流部, 周明'].join('\n');

export async function run(ctx) {
  const { session, outDir } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const click = async (css) => session.click(await find(css));
  const text = async (css) => session.textContent(await find(css));
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
  const rows = () => session.findAll(testid('import-row'));

  const accounts = await core('list_accounts', {});
  const accountId = accounts.find((a) => a.name === 'Lakeshore Dairy Group')?.id;
  assert(accountId, 'the sample account is missing');
  const before = await core('get_account_map', { accountId });
  // A sample person's name in the file: the preview must call it a duplicate.
  const existing = before.people.find((p) => p.side === 'customer');
  const csv = `${CSV}\r\n${existing.name},,${existing.title || 'Buyer'},,,,,Lakeshore Dairy Group\r\n`;
  const path = join(outDir, 'import-contacts.csv');
  await writeFile(path, csv);

  // The wizard: the file read, its columns mapped from the Salesforce headers.
  await language('en');
  await session.click(await find(testid('tool-import'), 'no Import button on the map toolbar', 15_000));
  await find(testid('import-wizard'), 'the Import button opens no wizard');
  await session.sendKeys(await find(testid('import-path')), path);
  await click(testid('import-read'));
  await session.waitFor(async () => (await rows()).length === 5, { timeout: 15_000, message: 'the preview does not show the five rows' });
  const mapped = await session.execute((sel) => [...document.querySelectorAll(`${sel} select`)].map((s) => s.value), testid('import-mapping'));
  assert(
    JSON.stringify(mapped) === JSON.stringify(['first_name', 'last_name', 'title', 'department', 'reports_to', 'email', 'phone', '']),
    `the Salesforce headers were mapped as ${JSON.stringify(mapped)}`,
  );
  const duplicate = await find(`${testid('import-row')}[data-row="6"] [data-problem="duplicate_name"]`, 'the sample person in the file is not flagged as a duplicate');
  assert(duplicate, 'no duplicate');
  assert((await text(testid('import-counts'))).includes('4 to add'), `counts: ${await text(testid('import-counts'))}`);
  const levels = await session.execute((sel) => [...document.querySelectorAll(`${sel} select`)].slice(0, 4).map((s) => s.value), testid('import-preview'));
  assert(JSON.stringify(levels) === JSON.stringify(['executive', 'senior_manager', 'manager', 'staff']), `levels from the titles: ${JSON.stringify(levels)}`);
  // The rule table is the user's: "Manager" read as senior manager moves Sofia, and back.
  await session.execute(() => document.querySelector('details.rules').setAttribute('open', ''));
  const managerRule = await session.execute(() => [...document.querySelectorAll('details.rules li')].findIndex((li) => li.textContent.includes('“Manager”')));
  assert(managerRule >= 0, 'the rule table does not show the Manager rule');
  const sofiaLevel = () => session.execute((sel) => document.querySelector(sel)?.value, `${testid('import-row')}[data-row="4"] select`);
  const setRule = async (level) => {
    await session.execute((sel, v) => {
      const select = document.querySelector(sel);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, testid(`import-rule-${managerRule}`), level);
    await session.waitFor(async () => (await sofiaLevel()) === level, { message: `the Manager rule set to ${level} did not change Sofia's level` });
  };
  await setRule('senior_manager');
  await shot('import-rules-1440-en');
  await setRule('manager');
  await shot('import-preview-1440-en');
  await language('zh-CN');
  await shot('import-preview-1440-zh-CN');
  await language('en');

  await click(testid('import-confirm'));
  const summary = await text(testid('import-summary'));
  assert(summary.includes('Added 4') && summary.includes('skipped 1') && summary.includes('3 reporting lines'), `the summary says: ${summary}`);
  await shot('import-summary-1440-en');
  await click(testid('import-finish'));

  // On the org chart: the people, their department and reporting lines.
  const after = await core('get_account_map', { accountId });
  const byName = new Map(after.people.map((p) => [p.name, p]));
  for (const person of ['Hannah Whitfield', 'Ravi Menon', 'Sofia Lindqvist', 'Tomás Okafor']) assert(byName.has(person), `${person} is not on the map`);
  const lines = after.ties.filter((t) => t.kind === 'reports_to' && t.from_person_id === byName.get('Ravi Menon').id);
  assert(lines.length === 1 && lines[0].to_person_id === byName.get('Hannah Whitfield').id, 'Ravi does not report to Hannah');
  assert(after.org_units.some((u) => u.name === 'Logistics'), 'the Logistics department was not created');
  assert(after.people.length === before.people.length + 4, `the map has ${after.people.length - before.people.length} new people`);
  await shot('import-map-1440-en');

  // The workshop: five lines pasted into quick add's name open the same preview.
  await click(testid('tool-add'));
  const nameInput = await find(testid('quick-add-name'));
  await session.execute((sel, pasted) => {
    const input = document.querySelector(sel);
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => pasted } });
    input.dispatchEvent(event);
  }, testid('quick-add-name'), PASTE);
  assert(nameInput, 'no name field');
  await find(testid('import-wizard'), 'pasting five lines opens no preview');
  await session.waitFor(async () => (await rows()).length === 5, { message: 'the paste preview does not show five rows' });
  await shot('import-paste-1440-en');
  await click(testid('import-confirm'));
  const pasted = await text(testid('import-summary'));
  assert(pasted.includes('Added 5') && pasted.includes('4 reporting lines'), `the paste summary says: ${pasted}`);
  await click(testid('import-finish'));
  const final = await core('get_account_map', { accountId });
  assert(final.people.some((p) => p.name === '吴芳' && p.level === 'manager'), '吴芳 was not added as a manager');
  assert(final.people.length === after.people.length + 5, 'the five pasted people are not all on the map');
}
