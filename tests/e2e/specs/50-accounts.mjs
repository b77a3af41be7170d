// A key-account manager's own account, from an empty workspace to a restart: the welcome
// screen refuses a nameless account and creates one; quick add puts five people on its map;
// the Account tab scores its value, refuses a tier decision without a reason and then
// records one, adds a competitor and a deal, refuses negative revenue; the reminders count
// the key contacts never met, one opens its person, and logging a contact with them clears
// their stale-contact finding and their reminder; the account is renamed and archived; the
// sample is opened and deleted after a confirmation naming what goes; after a restart the
// workspace is as it was left. Screenshots at 1440×900 and 1024×768, in English and Chinese.
//
// Relies on: `welcome`, `new-account-name|industry|create`, `field-error[data-field]`,
// `account-item`, `account-menu`, `account-rename(-input)`, `account-archive`,
// `account-show-archived`, `account-new`, `account-open-sample`, `account-delete`,
// `delete-account(-impact|-confirm)`, `quick-add(-name|-title|-role)`, `tab-account`,
// `account-page`, `score-<criterion>-<n>`, `value-suggested[data-tier]`, `decide-by`,
// `decide-reason`, `decide-record`, `tier-history`, `competitor-name|add`, `deal-name|add`,
// `curve-actual-year|revenue|record`, `reminders-button|count|panel`, `reminder[data-person]`,
// `person-panel #person-name`, `log-contact-open`, `log-contact(-place|-save)`,
// `person-contact`; the core's `coverage_view` over the Tauri IPC; `window.symbioMap`.

import { assert } from '../webdriver.mjs';

export const name = 'accounts: a new workspace to a tiered, archived account, the sample deleted, the same after a restart';
export const startEmpty = true;

const KEY = { enter: '\uE007', escape: '\uE00C' };
const ACCOUNT = 'Harbor Foods';
const RENAMED = 'Harbor Foods Group';
const PEOPLE = [
  { name: 'Zhao Ming', title: 'Chief Executive', role: 'decider' },
  { name: 'Qian Li', title: 'Chief Financial Officer', role: 'approver' },
  { name: 'Sun Wei', title: 'Head of Procurement', role: 'buyer' },
  { name: 'Li Na', title: 'Plant Manager', role: 'influencer' },
  { name: 'Zhou Jun', title: 'Front Desk', role: 'gatekeeper' },
];
// 4×.30 + 3×.25 + 4×.15 + 4×.20 + 3×.10 = 3.65: tier A.
const SCORES = { purchase_scale: 4, profit_contribution: 3, industry_influence: 4, growth_potential: 4, cooperation_fit: 3 };

const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(ctx) {
  let session = ctx.session;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
  const gone = (css, message) => session.waitFor(async () => (await session.findAll(css)).length === 0, { message });
  const type = async (css, text) => session.sendKeys(await find(css), text);
  const click = async (css) => session.click(await find(css));
  const clear = (css) => session.execute((sel) => {
    const input = document.querySelector(sel);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, css);
  const choose = (css, value) =>
    session.execute((sel, v) => {
      const select = document.querySelector(sel);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, css, value);
  const fieldError = (field) => find(`${testid('field-error')}[data-field="${field}"]`, `no error on the ${field} field`);
  const size = (width, height) => session.command('POST', '/window/rect', { width, height }).catch(() => null);
  const language = (locale) => choose('header select', locale);
  const scrollTo = (id) => session.execute((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), testid(id));
  const shot = async (what) => {
    await sleep(400);
    return ctx.screenshot(what);
  };
  /** The account list entry whose text contains `text`. */
  const accountItem = (text) =>
    session.waitFor(
      async () => {
        for (const item of await session.findAll(testid('account-item'))) if ((await session.textContent(item)).includes(text)) return item;
        return null;
      },
      { message: `no account "${text}" in the list` },
    );
  /** Opens the row menu of the account named `text` and picks `action`. */
  const accountAction = async (text, action) => {
    const item = await accountItem(text);
    await session.execute((el) => el.closest('li').querySelector('[data-testid="account-menu"]').click(), item);
    await click(testid(action));
  };
  /** Calls a core command the way the UI does, for checks the screen cannot make. */
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
  const dueCount = async () => Number((await session.findAll(testid('reminders-count')))[0] ? await session.textContent(await find(testid('reminders-count'))) : 0);

  // The welcome screen of an empty workspace; an account needs a name.
  await size(1440, 900);
  await find(testid('welcome'), 'a new workspace does not open on the welcome screen', 20_000);
  await shot('accounts-welcome-1440-en');
  await click(testid('new-account-create'));
  await fieldError('name');
  assert((await session.findAll(testid('account-item'))).length === 0, 'a nameless account was created');
  await type(testid('new-account-name'), ACCOUNT);
  await type(testid('new-account-industry'), 'Dairy' + KEY.enter);
  await accountItem(ACCOUNT);

  // Its empty map opens with quick add ready: five people, each with a decision role.
  await find(testid('quick-add-name'), 'quick add is not ready on the new account’s map', 15_000);
  for (const [i, person] of PEOPLE.entries()) {
    await choose(testid('quick-add-role'), person.role);
    await type(testid('quick-add-name'), person.name);
    await type(testid('quick-add-title'), person.title + KEY.enter);
    await session.waitFor(async () => (await session.execute(() => window.symbioMap?.people() ?? [])).length === i + 1, {
      timeout: 15_000,
      message: `${person.name} never appeared on the map`,
    });
  }
  await session.sendKeys(await find(testid('quick-add-name')), KEY.escape);
  const drawn = await session.execute(() => window.symbioMap.people());
  const zhao = drawn.find((p) => p.name === 'Zhao Ming');
  assert(zhao, 'Zhao Ming is not on the map');
  const accountId = (await core('list_accounts', {})).find((a) => a.name === ACCOUNT).id;

  // Value and tier on the Account tab.
  await click(testid('tab-account'));
  await find(testid('account-page'));
  for (const [criterion, score] of Object.entries(SCORES)) {
    await click(testid(`score-${criterion}-${score}`));
    await session.waitFor(
      () => session.execute((sel) => document.querySelector(sel)?.getAttribute('aria-checked') === 'true', testid(`score-${criterion}-${score}`)),
      { message: `the score of ${criterion} was not kept` },
    );
  }
  await find(`${testid('value-suggested')}[data-tier="A"]`, 'the value score 3.65 does not suggest tier A');
  await clear(testid('decide-by'));
  await type(testid('decide-by'), 'Elena Marsh');
  await click(testid('decide-record'));
  await fieldError('reason');
  assert((await session.findAll(`${testid('tier-history')} li`)).length === 0, 'a decision without a reason was kept');
  await type(testid('decide-reason'), 'Growing fast in chilled dairy; not yet a model in its sector');
  await click(testid('decide-record'));
  await find(`${testid('tier-history')} li`, 'the tier decision is not in the history');
  assert((await session.textContent(await accountItem(ACCOUNT))).includes('A'), 'the account list does not show tier A');

  await type(testid('competitor-name'), 'Crestline Packaging');
  await click(testid('competitor-add'));
  await find(testid('competitor-Crestline Packaging'), 'the competitor is not listed');
  await type(testid('deal-name'), 'Aseptic line 2027');
  await click(testid('deal-add'));
  await find(testid('deal'), 'the deal is not listed');
  await type(testid('curve-actual-revenue'), '-5');
  await click(testid('curve-actual-record'));
  await fieldError('revenue');
  await shot('accounts-page-bottom-1440-en');
  await scrollTo('account-tiering');
  await shot('accounts-tiering-1440-en');
  await scrollTo('account-basics');
  await shot('accounts-page-1440-en');

  // Reminders: every key contact was never met. One opens its person on the map.
  const before = await session.waitFor(async () => ((await dueCount()) >= PEOPLE.length ? dueCount() : null), {
    message: 'the header does not count the five key contacts due',
  });
  await click(testid('reminders-button'));
  await find(testid('reminders-panel'));
  await shot('accounts-reminders-1440-en');
  const stale = async () =>
    (await core('coverage_view', { accountId })).report.gaps.filter((g) => g.rule === 'coverage.stale_contact' && g.person_id === zhao.id).length;
  assert((await stale()) === 1, 'Zhao Ming, never met, has no stale-contact finding');
  await click(`${testid('reminder')}[data-person="${zhao.id}"]`);
  await session.waitFor(
    () => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null).then((n) => n === 'Zhao Ming'),
    { timeout: 15_000, message: 'the reminder did not open Zhao Ming on the map' },
  );

  // Log a contact with them: the finding and the reminder go.
  // The panel's sections load one by one and move the button: try again if a click missed it.
  await session.waitFor(
    async () => {
      await click(testid('log-contact-open'));
      await sleep(300);
      return (await session.findAll(testid('log-contact'))).length > 0;
    },
    { timeout: 15_000, message: '"Log a contact" did not open' },
  );
  await type(testid('log-contact-place'), 'Harbor Foods head office');
  await shot('accounts-log-contact-1440-en');
  await click(testid('log-contact-save'));
  await gone(testid('log-contact'), 'the contact form did not close');
  await find(testid('person-contact'), 'the contact is not listed in the person’s panel');
  await session.waitFor(async () => (await stale()) === 0, { message: 'logging a contact did not clear the stale-contact finding' });
  await session.waitFor(async () => (await dueCount()) === before - 1, { message: 'the reminder of Zhao Ming did not go' });

  // The L key opens the same form on the selected person.
  await session.execute(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true })));
  await find(testid('log-contact'), 'L did not open "Log a contact"');
  await session.execute(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));

  // Rename, archive.
  await accountAction(ACCOUNT, 'account-rename');
  await clear(testid('account-rename-input'));
  await type(testid('account-rename-input'), RENAMED + KEY.enter);
  await accountItem(RENAMED);
  await accountAction(RENAMED, 'account-archive');
  await gone(`${testid('account-item')}:not([data-archived])`, 'the archived account is still listed as active');
  await click(testid('account-show-archived'));
  await find(`${testid('account-item')}[data-archived="true"]`, 'the archived filter does not show the archived account');

  // The sample, opened on request, then deleted after the confirmation names what goes.
  await click(testid('account-new'));
  await click(testid('account-open-sample'));
  await accountItem('Lakeshore');
  // Its strategy: two years of assessment side by side, the curve with its gap, the rules.
  await click(testid('tab-account'));
  await find(`${testid('value-years')} th:nth-child(3)`, 'the sample does not show two assessment years side by side', 15_000);
  await find(`${testid('curve-gap')}[data-verdict="below"]`, 'the sample’s value curve names no gap');
  await scrollTo('account-tiering');
  await shot('accounts-sample-tiering-1440-en');
  await scrollTo('account-curve');
  await shot('accounts-sample-curve-1440-en');
  await scrollTo('tier-rules');
  await shot('accounts-sample-rules-1440-en');
  await accountAction('Lakeshore', 'account-delete');
  await find(`${testid('delete-account-impact')} li`, 'the confirmation names nothing', 15_000);
  const lines = await session.textContent(await find(testid('delete-account-impact')));
  assert(/28 people/.test(lines) && /Elena Marsh/.test(lines), `the confirmation misses the people or our staff: ${lines}`);
  assert(!/Crestline/.test(lines), `Crestline is met at ${RENAMED} too, so it must stay: ${lines}`);
  await shot('accounts-delete-sample-1440-en');
  await click(testid('delete-account-confirm'));
  await find(testid('account-deleted'), 'no undo offer after deleting the sample');
  await session.waitFor(async () => {
    for (const item of await session.findAll(testid('account-item'))) if ((await session.textContent(item)).includes('Lakeshore')) return false;
    return true;
  }, { message: 'the sample is still listed' });
  const competitors = await core('list_competitors', {});
  assert(competitors.length === 1 && competitors[0].name === 'Crestline Packaging', `competitors left: ${JSON.stringify(competitors)}`);

  // The same screens in Chinese, and both languages at 1024×768.
  await session.click(await accountItem(RENAMED));
  await click(testid('tab-account'));
  await find(testid('account-page'));
  await language('zh-CN');
  await shot('accounts-page-1440-zh');
  await scrollTo('account-tiering');
  await shot('accounts-tiering-1440-zh');
  await scrollTo('account-curve');
  await shot('accounts-page-bottom-1440-zh');
  await size(1024, 768);
  await scrollTo('account-basics');
  await shot('accounts-page-1024-zh');
  await scrollTo('account-tiering');
  await shot('accounts-tiering-1024-zh');
  await language('en');
  await shot('accounts-tiering-1024-en');
  await scrollTo('account-basics');
  await shot('accounts-page-1024-en');
  await click(testid('reminders-button'));
  await find(testid('reminders-panel'));
  await shot('accounts-reminders-1024-en');
  await click(testid('reminders-button'));
  await size(1440, 900);

  // After a restart, the workspace is as it was left.
  await ctx.restart();
  session = ctx.session;
  await find(testid('account-list'), 'the app did not come back', 20_000);
  assert((await session.findAll(testid('welcome'))).length === 0, 'the welcome screen came back over an account');
  const accounts = await core('list_accounts', {});
  assert(accounts.length === 1, `expected one account, found ${JSON.stringify(accounts.map((a) => a.name))}`);
  const [only] = accounts;
  assert(only.name === RENAMED && only.archived && only.tier === 'A' && only.people === PEOPLE.length, `after the restart: ${JSON.stringify(only)}`);
  const contacts = await core('list_interactions', { accountId });
  assert(contacts.length === 1 && contacts[0].place === 'Harbor Foods head office', 'the contact did not survive the restart');
  const deals = await core('list_opportunities', { accountId });
  assert(deals.length === 1, 'the deal did not survive the restart');
  await click(testid('account-show-archived'));
  await session.click(await accountItem(RENAMED));
  await click(testid('tab-account'));
  await find(`${testid('tier-history')} li`, 'the tier decision is not shown after the restart');
  await shot('accounts-after-restart-1440-en');
  ctx.log(`due before the contact: ${before}; deleted the sample; ${accounts.length} account after the restart`);
}
