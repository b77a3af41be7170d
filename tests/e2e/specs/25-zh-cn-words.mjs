// The editing path in Chinese, with Chinese data: every word on screen comes from the zh-CN
// catalogues or from the user, never an English sentence of the core. In an empty workspace
// switched to 简体中文 (the header's language select, as a user does): the welcome screen
// refuses a nameless account, an account and three people are added by quick add, an attitude
// without evidence is refused next to its field, then recorded; the undo button's tooltip
// names the change in Chinese; two people are connected, the connection undone and the redo
// tooltip read; the coverage view lists its findings (naming the decider). After each step the visible text (and
// the tooltips and placeholders) is scanned for Latin words of four letters or more: there
// must be none but the few listed in ALLOWED.
//
// Relies on: `welcome`, `new-account-name|industry|create`, `field-error[data-field]`,
// `account-item`, `quick-add(-name|-title|-role)`, `tool-goto`, `goto-input`, `tool-connect`,
// `connect-target`, `tie-create`, `person-panel #person-name`, `attitude-<n>`,
// `attitude-evidence`, `attitude-record`, `panel-attitude[data-value]`, `view-coverage`,
// `coverage-side`, the person panel's `.close`;
// the header's language select and undo/redo buttons; `window.symbioMap`.

import { assert } from '../webdriver.mjs';

export const name = 'zh-CN: the editing path with a refusal and undo, no English word on screen';
export const startEmpty = true;

const KEY = { enter: '\uE007', escape: '\uE00C', control: '\uE009', release: '\uE000' };
const ACCOUNT = '华东乳业集团';
const PEOPLE = [
  { name: '赵明远', title: '总经理', role: 'decider' },
  { name: '钱芳', title: '采购总监', role: 'buyer' },
  { name: '孙立', title: '质量经理', role: 'influencer' },
];
// Latin words a Chinese screen may show: the product's name, Excel (a product Chinese users
// name as such, like PDF), the other language's own name
// in the language switch, the keys' names in shortcut hints (as printed on the keys), and the
// sample account's own name, which the welcome screen quotes beside its Chinese rendering.
const ALLOWED = new Set(['Symbio', 'English', 'Ctrl', 'Shift', 'Delete', 'Lakeshore', 'Dairy', 'Group', 'Excel']);

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Latin words of 4+ letters in what is on screen: text, tooltips, placeholders; with where. */
function englishOnScreen(session) {
  return session.execute(() => {
    const hits = [];
    const scan = (text, where) => {
      for (const word of text.match(/[A-Za-z]{4,}/g) ?? []) hits.push({ word, where, text: text.slice(0, 120) });
    };
    scan(document.body.innerText, 'text');
    for (const el of document.querySelectorAll('[title]')) scan(el.getAttribute('title'), 'title');
    for (const el of document.querySelectorAll('[placeholder]')) scan(el.getAttribute('placeholder'), 'placeholder');
    return hits;
  });
}

export async function run(ctx) {
  const { session, log } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const type = async (css, text) => session.sendKeys(await find(css), text);
  const click = async (css) => session.click(await find(css));
  const choose = (css, value) =>
    session.execute((sel, v) => {
      const select = document.querySelector(sel);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, css, value);
  const attitude = () => session.execute(() => document.querySelector('[data-testid="panel-attitude"]')?.getAttribute('data-value') ?? null);
  const headerTitle = (index) => session.execute((i) => document.querySelectorAll('header .tools .group button')[i]?.getAttribute('title') ?? '', index);
  const people = () => session.execute(() => window.symbioMap?.people() ?? []);
  const names = new Set([ACCOUNT, ...PEOPLE.map((p) => p.name)]);
  const seen = [];
  /** Scans the screen now; every Latin word found that is not allowed is a failure at the end. */
  const check = async (step) => {
    const hits = (await englishOnScreen(session)).filter((h) => !ALLOWED.has(h.word) && !names.has(h.word));
    for (const hit of hits) seen.push({ step, ...hit });
    log(`${step}: ${hits.length} English word(s) on screen`);
  };
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };

  await session.command('POST', '/window/rect', { width: 1440, height: 900 }).catch(() => null);
  await find(testid('welcome'), 'a new workspace does not open on the welcome screen', 20_000);
  await choose('header select', 'zh-CN');
  await session.waitFor(() => session.execute(() => document.documentElement.lang === 'zh-CN'), {
    message: 'the language select did not switch the app to zh-CN',
  });
  await check('welcome');

  // A refused input: an account needs a name; the refusal reads in Chinese next to the field.
  await click(testid('new-account-create'));
  const nameError = await find(`${testid('field-error')}[data-field="name"]`, 'a nameless account was not refused next to its name');
  const nameRefusal = await session.textContent(nameError);
  assert(nameRefusal.includes('不能为空'), `the refusal of an empty name should read 不能为空: ${nameRefusal}`);
  await check('refused account name');
  await type(testid('new-account-name'), ACCOUNT);
  await type(testid('new-account-industry'), '乳制品' + KEY.enter);

  // Quick add on the new account's map: three people with a decision role each.
  await find(testid('quick-add-name'), 'quick add is not ready on the new account’s map', 15_000);
  for (const [i, person] of PEOPLE.entries()) {
    await choose(testid('quick-add-role'), person.role);
    await type(testid('quick-add-name'), person.name);
    await type(testid('quick-add-title'), person.title + KEY.enter);
    await session.waitFor(async () => (await people()).length === i + 1, {
      timeout: 15_000,
      message: `${person.name} never appeared on the map`,
    });
  }
  await check('quick add');
  await session.sendKeys(await find(testid('quick-add-name')), KEY.escape);

  // Select the decider; an attitude without evidence is refused, in Chinese, by its field.
  const [decider, buyer] = PEOPLE;
  await click(testid('tool-goto'));
  await type(testid('goto-input'), decider.name + KEY.enter);
  await session.waitFor(
    () => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null),
    { message: `the side panel never opened on ${decider.name}` },
  );
  await click(testid('attitude-2'));
  await click(testid('attitude-record'));
  const refusal = await session.waitFor(
    () => session.execute(() => document.querySelector('[data-testid="person-panel"] .ed-error')?.textContent ?? null),
    { message: 'an attitude without evidence was not refused in the panel' },
  );
  assert(refusal.includes('不能为空'), `the refused evidence should read 不能为空: ${refusal}`);
  assert((await attitude()) !== '2', 'the refused attitude was kept');
  await check('refused attitude');
  await shot('zh-cn-refused');

  // Recorded with its evidence; the undo tooltip names the change in Chinese.
  await type(testid('attitude-evidence'), '在指导委员会上支持了我们的试点' + KEY.enter);
  await session.waitFor(async () => (await attitude()) === '2', { message: 'the panel never showed attitude +2' });
  const undoTitle = await session.waitFor(async () => {
    const title = await headerTitle(0);
    return title.includes('将态度设为 +2') ? title : null;
  }, { message: 'the undo tooltip never named the attitude change in Chinese' });
  log(`undo tooltip: ${undoTitle}`);
  await check('attitude recorded');

  // Connect the buyer to the decider, undo it, and read the redo tooltip.
  await click(testid('tool-goto'));
  await type(testid('goto-input'), buyer.name + KEY.enter);
  await click(testid('tool-connect'));
  await type(testid('connect-target'), decider.name + KEY.enter);
  await click(testid('tie-create'));
  await session.waitFor(async () => (await headerTitle(0)).includes('建立关系'), {
    message: 'the undo tooltip never named the new connection',
  });
  await session.sendKeys(await find(testid('panel-connect')), KEY.control + 'z' + KEY.release);
  const redoTitle = await session.waitFor(async () => {
    const title = await headerTitle(1);
    return title.includes('建立关系') ? title : null;
  }, { message: 'after undo the redo tooltip never named the connection in Chinese' });
  log(`redo tooltip: ${redoTitle}`);
  await check('undo');
  await shot('zh-cn-words');

  // The coverage view with no one selected: its findings on the new account, in Chinese.
  await click(testid('view-coverage'));
  await click(`${testid('person-panel')} .close`);
  const side = await find(testid('coverage-side'), 'the coverage view shows no findings when no one is selected');
  const findings = await session.textContent(side);
  assert(findings.includes(decider.name), `the coverage findings should name ${decider.name}: ${findings}`);
  await check('coverage findings');
  await shot('zh-cn-coverage');

  for (const hit of seen) log(`English at "${hit.step}" (${hit.where}): ${hit.word} in "${hit.text}"`);
  assert(seen.length === 0, `${seen.length} English word(s) on the Chinese screens: ${[...new Set(seen.map((h) => h.word))].join(', ')}`);
}
