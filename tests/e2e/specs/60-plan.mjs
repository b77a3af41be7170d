// The yearly plan of the sample account, as a key-account manager works it: the Plan tab opens
// on this year's active plan (status assessment, target task book, action plan); next year's
// plan is started (last year's open targets and actions carried over), a relationship target and two
// actions are added, a contact is logged that closes one action, the weekly review lists it;
// the plan is exported as PDF and XLSX, in English and in Chinese, and the files are read back
// (pdftotext; the XLSX's shared strings). The customer's voice is recorded in Chinese; the
// portfolio of all accounts opens with the lost account and its reason.
// Screenshots at 1440×900 and 1024×768, in English and Chinese.
//
// Relies on: `tab-plan`, `plan-page`, `plan-bar`, `plan-year-<y>`, `plan-create`, `plan-status`,
// `plan-assessment`, `plan-targets`, `plan-target(-form|-kind|-title|-person|-to|-measure|-owner|
// -due|-save)`, `plan-target-status`, `plan-open-card`, `expansion-card`, `plan-actions`,
// `plan-action(-form|-title|-owner|-due|-people|-target|-save|-log|-status)`,
// `plan-action-contact(-confirm)`, `plan-review(-changes|-contacts)`, `plan-mark-reviewed`,
// `plan-export-pdf|xlsx`, `plan-exported`, `customer-voice`, `voice-text`, `customer-issues`.

import { execFileSync } from 'node:child_process';
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'plan: the sample’s yearly plan, next year’s started with a target and actions, a contact closes one, the review lists it, PDF and XLSX read back';

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const TARGET = 'Win the plant director over';
const ACTION_A = 'Plant visit with our quality lead';
const ACTION_B = 'Invite to the packaging forum';

export async function run(ctx) {
  const { session, exportsDir, outDir } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const type = async (css, text) => session.sendKeys(await find(css), text);
  const click = async (css) => session.click(await find(css));
  const choose = (css, value) =>
    session.execute((sel, v) => {
      const select = document.querySelector(sel);
      if (select.multiple) {
        for (const option of select.options) option.selected = v.includes(option.value);
      } else {
        select.value = v;
      }
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, css, value);
  const setDate = (css, value) =>
    session.execute((sel, v) => {
      const input = document.querySelector(sel);
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, css, value);
  const size = (width, height) => session.command('POST', '/window/rect', { width, height }).catch(() => null);
  const language = (locale) => choose('header select', locale);
  const text = async (css) => session.textContent(await find(css));
  // Scrolls the page's own scroller only: scrollIntoView would also shift the window's body.
  const scrollTo = (id) =>
    session.execute((sel) => {
      const el = document.querySelector(sel);
      const page = el?.closest('[data-testid="plan-page"]');
      if (el && page) page.scrollTop += el.getBoundingClientRect().top - page.getBoundingClientRect().top;
    }, testid(id));
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };
  /** Calls a core command the way the UI does, for what the screen does not show. */
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
  const exported = async (format, before) => {
    const file = await session.waitFor(
      async () => (await readdir(exportsDir).catch(() => [])).find((f) => !before.has(f) && f.endsWith(`.${format}`) && !f.includes('partial')) ?? null,
      { timeout: 30_000, message: `no .${format} file appeared in ${exportsDir}` },
    );
    return join(exportsDir, file);
  };
  const exportPlan = async (format, copyAs) => {
    const before = new Set(await readdir(exportsDir).catch(() => []));
    await click(testid(`plan-export-${format}`));
    const path = await exported(format, before);
    await find(testid('plan-exported'), `the ${format} export does not say where it went`);
    await copyFile(path, join(outDir, copyAs));
    return path;
  };

  const year = new Date().getFullYear();
  await size(1440, 900);
  await language('en');
  await click(testid('tab-plan'));
  await find(testid('plan-page'), 'the Plan tab does not open');

  // This year's sample plan: active, with its three parts filled.
  await find(testid('plan-assessment'), 'the sample plan has no status assessment', 15_000);
  assert((await text(testid('plan-status'))).includes('Active'), 'the sample’s plan of this year is not active');
  const sampleTargets = await session.findAll(testid('plan-target'));
  assert(sampleTargets.length >= 4, `the sample plan shows ${sampleTargets.length} targets`);
  const statuses = await session.execute(() => [...document.querySelectorAll('[data-testid="plan-target-status"]')].map((e) => e.className));
  assert(statuses.some((c) => c.includes('met')), 'no target of the sample plan is met by the data');
  await shot('plan-sample-1440-en');
  await click(testid('plan-open-card'));
  await find(testid('expansion-card'), 'the expansion card does not open');
  await shot('plan-card-1440-en');
  await session.sendKeys(await find(testid('expansion-card')), '\uE00C');

  // Next year: start the plan; this year's open targets come along.
  await click(testid(`plan-year-${year + 1}`));
  await click(testid('plan-create'));
  await find(testid('plan-assessment'), 'starting next year’s plan shows no plan', 15_000);
  assert((await text(testid('plan-status'))).includes('Draft'), 'a new plan is not a draft');
  const carried = (await session.findAll(testid('plan-target'))).length;
  assert(carried >= 1, 'no open target was carried over into next year');

  // A relationship target: a person's attitude to +2, owned by one of ours.
  await choose(testid('plan-target-kind'), 'attitude');
  await sleep(200);
  // Someone the map says is not yet a supporter: the target must lie above where they stand.
  const accounts = await core('list_accounts', {});
  const accountId = accounts.find((a) => a.name === 'Lakeshore Dairy Group')?.id;
  const map = await core('get_account_map', { accountId });
  const lukewarm = map.people.find((p) => p.side === 'customer' && p.status === 'active' && (p.attitude ?? 0) < 2);
  assert(lukewarm, 'the sample has no customer person below +2 to aim a target at');
  const personId = String(lukewarm.id);
  const personName = lukewarm.name;
  await choose(testid('plan-target-person'), personId);
  await type(testid('plan-target-title'), TARGET);
  await choose(testid('plan-target-to'), '2');
  await type(testid('plan-target-measure'), 'Attitude +2 by the autumn review');
  const owners = await session.execute((sel) => [...document.querySelector(sel).options].filter((o) => o.value !== '' && o.value !== 'null').map((o) => o.value), testid('plan-target-owner'));
  await choose(testid('plan-target-owner'), owners[0]);
  await setDate(testid('plan-target-due'), `${year + 1}-09-30`);
  await click(testid('plan-target-save'));
  await session.waitFor(async () => (await session.findAll(testid('plan-target'))).length === carried + 1, { message: 'the target was not added' });

  // Two actions; a due date outside the plan's year is refused with the field named.
  const addAction = async (title, due) => {
    await type(testid('plan-action-title'), title);
    await choose(testid('plan-action-owner'), owners[0]);
    await choose(testid('plan-action-people'), [personId]);
    await setDate(testid('plan-action-due'), due);
    await click(testid('plan-action-save'));
  };
  const carriedActions = (await session.findAll(testid('plan-action'))).length;
  assert(carriedActions >= 1, 'no open action was carried over into next year');
  await addAction(ACTION_A, `${year + 3}-01-15`);
  await find(`${testid('field-error')}[data-field="due_on"]`, 'an action dated outside the plan year was not refused on its date');
  await setDate(testid('plan-action-due'), `${year + 1}-03-15`);
  await click(testid('plan-action-save'));
  await session.waitFor(async () => (await session.findAll(testid('plan-action'))).length === carriedActions + 1, { message: 'the first action was not added' });
  await addAction(ACTION_B, `${year + 1}-05-20`);
  await session.waitFor(async () => (await session.findAll(testid('plan-action'))).length === carriedActions + 2, { message: 'the second action was not added' });

  // Logging the contact that does the first action closes it; the weekly review lists it.
  await session.execute((title) => {
    const row = [...document.querySelectorAll('[data-testid="plan-action"]')].find((r) => r.textContent.includes(title));
    row?.querySelector('[data-testid="plan-action-log"]')?.click();
  }, ACTION_A);
  await find(testid('plan-action-contact'), 'the log-contact dialog does not open');
  await click(testid('plan-action-contact-confirm'));
  await session.waitFor(async () => (await session.execute(() => [...document.querySelectorAll('[data-testid="plan-action-status"]')].map((e) => e.className))).some((c) => c.includes('done')), {
    message: 'logging the contact did not mark the action done',
  });
  await scrollTo('plan-review');
  await find(testid('plan-review-contacts'), 'the weekly review does not list the contact logged');
  await find(testid('plan-review-actions-done'), 'the weekly review does not list the action done');
  await shot('plan-next-year-1440-en');

  // Exports in English: the account name and the target's text are real text in the PDF.
  const account = (await session.execute(() => document.querySelector('header')?.textContent ?? '')).includes('Lakeshore') ? 'Lakeshore Dairy Group' : '';
  assert(account, 'the sample account is not the one open');
  const pdf = await exportPlan('pdf', 'plan-en.pdf');
  // Table cells wrap: read the text in its drawing order and join the lines of a cell.
  const pdfWords = (file) => execFileSync('pdftotext', ['-raw', file, '-']).toString('utf8').replace(/\s+/g, ' ');
  const pdfText = pdfWords(pdf);
  assert(pdfText.includes(account), 'the plan PDF does not hold the account name as text');
  assert(pdfText.includes(TARGET), 'the plan PDF does not hold the target as text');
  assert(pdfText.includes(ACTION_B), 'the plan PDF does not hold an action as text');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(outDir, 'plan-en-page')]);
  const xlsx = await exportPlan('xlsx', 'plan-en.xlsx');
  // The workbook's text lives in its shared strings; Python's zipfile reads them on any machine.
  const read = 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml"))';
  const strings = execFileSync('python3', ['-c', read, xlsx]).toString('utf8');
  assert(strings.includes(TARGET) && strings.includes(ACTION_A), 'the plan workbook does not hold the target and the actions');

  // In Chinese: the same plan, the seeds' words.
  await language('zh-CN');
  await sleep(300);
  await scrollTo('plan-bar');
  const pdfZh = await exportPlan('pdf', 'plan-zh.pdf');
  const zhText = pdfWords(pdfZh);
  assert(zhText.includes('目标任务书') && zhText.includes('行动计划'), 'the Chinese plan PDF does not hold the parts’ names as text');
  assert(zhText.includes(TARGET), 'the Chinese plan PDF does not hold the target');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfZh, join(outDir, 'plan-zh-page')]);
  await shot('plan-next-year-1440-zh');
  await size(1024, 768);
  await shot('plan-next-year-1024-zh');

  // The customer's voice and an issue, on this year's plan page.
  await click(testid(`plan-year-${year}`));
  await scrollTo('customer-voice');
  await type(testid('voice-text'), '交付准时，包装质量明显改善');
  await click(`${testid('voice-form')} button[type="submit"]`);
  await session.waitFor(async () => (await text(testid('customer-voice'))).includes('交付准时'), { message: 'the voice was not recorded' });
  await shot('plan-customer-1024-zh');

  // The portfolio of all accounts: this year's rows, the lost one with its reason.
  await click(testid('portfolio-open'));
  await find(testid('portfolio-table'), 'the portfolio does not open');
  const rows = (await session.findAll(testid('portfolio-row'))).length;
  assert(rows >= 3, `the portfolio lists ${rows} accounts`);
  assert((await text(testid('portfolio-lost'))).length > 0, 'the portfolio lists no lost account');
  await shot('portfolio-1024-zh');
  await click(testid('portfolio-sort-tier'));
  await language('en');
  await size(1440, 900);
  await shot('portfolio-1440-en');
  ctx.log(`carried over ${carried} targets and ${carriedActions} actions; target on ${personName}; PDF ${pdfText.length} chars (en), ${zhText.length} (zh)`);
}
