// A person entered in a workshop without the mouse: N opens quick add, the name, Tab, the
// title, Enter adds them (and selects them once drawn), Esc closes the form, Shift+D makes
// them a decider, `2` picks attitude +2 with the cursor in the evidence, Enter records it
// (the core keeps an attitude only with what showed it); `-` then `1` picks −1. `?` shows the
// keys. Counts the keys besides the typed characters (name, title, evidence) and checks in the
// core that the role and the attitude landed. A screenshot of the keyboard help at 1024×768
// in Chinese.
//
// Relies on: `quick-add-name`, `quick-add-title`, `person-panel #person-name`, `panel-connect`,
// `keyboard-help`; the core's `get_account_map` and `list_decision_roles` over the Tauri IPC.

import { assert } from '../webdriver.mjs';

export const name = 'keyboard: a person with title, role and attitude (with its evidence) in the typed characters and 7 keys';

const KEY = { enter: '\uE007', escape: '\uE00C', tab: '\uE004', shift: '\uE008', release: '\uE000' };
const NAME = 'Ouyang Lan';
const TITLE = 'Head of Sustainability';
const EVIDENCE = 'Asked for our recycled carton data';
const testid = (id) => `[data-testid="${id}"]`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(ctx) {
  const { session } = ctx;
  const find = (css, message, timeout = 10_000) =>
    session.waitFor(async () => (await session.findAll(css))[0] ?? null, { timeout, message: message ?? `no ${css}` });
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
  const panelName = () => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null);
  /** Keys pressed outside any text field, where the map's shortcuts listen. */
  const press = async (keys) => session.sendKeys(await find(testid('panel-connect')), keys);

  await find('[data-testid="account-item"]', 'no account list', 20_000);
  await session.waitFor(async () => (await session.execute(() => window.symbioMap?.people()?.length ?? 0)) > 20, {
    timeout: 20_000,
    message: 'the sample map never drew',
  });
  let keys = 0;
  // N opens quick add from the map (sent to the page body: no field has focus yet).
  await session.execute(() => document.activeElement?.blur?.());
  await session.sendKeys(await find('body'), 'n');
  keys += 1;
  const nameInput = await find(testid('quick-add-name'), 'N did not open quick add');
  await session.sendKeys(nameInput, NAME + KEY.tab);
  keys += 1;
  await session.sendKeys(await find(testid('quick-add-title')), TITLE + KEY.enter);
  keys += 1;
  await session.waitFor(async () => (await panelName()) === NAME, { timeout: 15_000, message: `${NAME} was not selected after being added` });
  await session.sendKeys(await find(testid('quick-add-name')), KEY.escape);
  keys += 1;
  await press(KEY.shift + 'd' + KEY.release);
  keys += 1;
  await press('2');
  keys += 1;
  const evidence = await find(`${testid('attitude-evidence')}:focus`, 'the digit did not put the cursor in the evidence');
  await session.sendKeys(evidence, EVIDENCE + KEY.enter);
  keys += 1;

  const accounts = await core('list_accounts', {});
  const accountId = accounts.find((a) => a.name === 'Lakeshore Dairy Group')?.id;
  const person = await session.waitFor(
    async () => {
      const map = await core('get_account_map', { accountId });
      const found = map.people.find((p) => p.name === NAME);
      return found && found.attitude === 2 ? found : null;
    },
    { message: `${NAME} never had attitude +2 after pressing 2` },
  );
  assert(person.title === TITLE, `the title is ${JSON.stringify(person.title)}`);
  const roles = await session.waitFor(
    async () => {
      const list = await core('list_decision_roles', { personId: person.id });
      return list.some((r) => r.role === 'decider') ? list : null;
    },
    { message: `${NAME} did not become a decider on Shift+D` },
  );
  ctx.log(`keys besides the ${NAME.length + TITLE.length + EVIDENCE.length} typed characters (name, title, evidence): ${keys}; roles ${roles.map((r) => r.role).join(',')}`);
  assert(keys <= 7, `${keys} keys`);

  // A negative attitude: minus, then the digit.
  await press('-');
  await press('1');
  await session.sendKeys(await find(`${testid('attitude-evidence')}:focus`), 'Doubted the price in the review' + KEY.enter);
  await session.waitFor(
    async () => (await core('get_account_map', { accountId })).people.find((p) => p.id === person.id)?.attitude === -1,
    { message: '- then 1 did not set the attitude to −1' },
  );

  // The keys, in the user's language, on a projector-sized window.
  await session.command('POST', '/window/rect', { width: 1024, height: 768 }).catch(() => null);
  await session.execute(() => {
    const select = document.querySelector('header select');
    select.value = 'zh-CN';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await press(KEY.shift + '?' + KEY.release);
  await find(testid('keyboard-help'), '? did not show the keyboard help');
  await sleep(300);
  await ctx.screenshot('keyboard-help-1024-zh');
  await session.sendKeys(await find(testid('keyboard-help')), KEY.escape);
}
