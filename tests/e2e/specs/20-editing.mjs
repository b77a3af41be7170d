// Editing in a workshop, keyboard first: quick-add a person (Enter adds and keeps the
// form open), connect two people through the keyboard path (go to a person, Connect,
// type the target, pick the kind), record an attitude in the side panel, undo it with
// Ctrl+Z and see the old attitude back; delete the person after a confirmation.
//
// Relies on: the editing tools `[data-testid="tool-add"|"tool-goto"|"tool-connect"]`;
// the quick-add form `[data-testid="quick-add-name"|"quick-add-title"]`; the pickers
// `[data-testid="goto-input"|"connect-target"]`; the tie dialog `[data-testid="tie-create"]`;
// the person panel `[data-testid="person-panel"]` with `#person-name`, the attitude
// `[data-testid="panel-attitude"][data-value]`, `[data-testid="attitude-<n>"]`,
// `[data-testid="attitude-evidence"]`; and `window.symbioMap.people()/ties()`.

import { assert } from '../webdriver.mjs';

export const name = 'editing: quick add, connect, change an attitude, undo it';

const NEW_PERSON = 'Mara Lindqvist';
const KEY = { enter: '\uE007', escape: '\uE00C', control: '\uE009', release: '\uE000', delete: '\uE017' };

const testid = (id) => `[data-testid="${id}"]`;

async function waitFind(session, css, message, timeout = 10_000) {
  return session.waitFor(() => session.find(css), { timeout, message: message ?? `no ${css}` });
}

const people = (session) => session.execute(() => window.symbioMap?.people() ?? []);
const ties = (session) => session.execute(() => window.symbioMap?.ties() ?? []);
const panelName = (session) => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null);
const attitude = (session) =>
  session.execute(() => document.querySelector('[data-testid="panel-attitude"]')?.getAttribute('data-value') ?? null);

/** Selects a person the keyboard way: Go to (G), type the name, Enter. */
async function goTo(session, person) {
  await session.click(await waitFind(session, testid('tool-goto')));
  const input = await waitFind(session, testid('goto-input'));
  await session.sendKeys(input, person + KEY.enter);
  await session.waitFor(async () => (await panelName(session)) === person, {
    message: `the side panel never showed ${person}`,
  });
}

export async function run({ session, screenshot, log }) {
  const items = await session.waitFor(
    async () => {
      const found = await session.findAll(testid('account-item'));
      return found.length > 0 ? found : null;
    },
    { timeout: 20_000, message: 'no account item appeared' },
  );
  let lakeshore = null;
  for (const item of items) if ((await session.textContent(item)).includes('Lakeshore')) lakeshore = item;
  assert(lakeshore, 'no "Lakeshore" account item');
  await session.click(lakeshore);
  const before = await session.waitFor(async () => ((await people(session)).length >= 20 ? people(session) : null), {
    timeout: 20_000,
    message: 'the Lakeshore map never drew its people',
  });

  // Quick add: type, Enter; the form stays open with the cursor back in the name.
  await session.click(await waitFind(session, testid('tool-add'), 'no Add tool', 15_000));
  const nameInput = await waitFind(session, testid('quick-add-name'));
  await session.sendKeys(nameInput, NEW_PERSON);
  await session.sendKeys(await session.find(testid('quick-add-title')), 'Chief Digital Officer' + KEY.enter);
  const added = await session.waitFor(
    async () => (await people(session)).find((p) => p.name === NEW_PERSON),
    { message: `${NEW_PERSON} never appeared in symbioMap.people()` },
  );
  log(`added ${NEW_PERSON} as person ${added.id}; the map had ${before.length} people`);
  const stillOpen = await session.execute(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') === 'quick-add-name' && el.value === '';
  });
  assert(stillOpen, 'after Enter the quick-add form should stay open with an empty, focused name field');
  await screenshot('editing-quick-add');
  await session.sendKeys(nameInput, KEY.escape);
  await session.waitFor(async () => (await session.findAll(testid('quick-add'))).length === 0, {
    message: 'Escape did not close the quick-add form',
  });

  // Connect: select the new person, Connect, type the target, Enter, create.
  const target = before.find((p) => p.side === 'customer' && p.name !== NEW_PERSON);
  assert(target, 'no customer contact to connect to');
  await goTo(session, NEW_PERSON);
  await session.click(await waitFind(session, testid('tool-connect')));
  await session.sendKeys(await waitFind(session, testid('connect-target')), target.name + KEY.enter);
  const create = await waitFind(session, testid('tie-create'));
  await screenshot('editing-connect');
  await session.click(create);
  await session.waitFor(
    async () => (await ties(session)).some((t) => t.from === added.id && t.to === target.id && t.kind === 'reports_to'),
    { message: `no reports_to tie from ${NEW_PERSON} to ${target.name} in symbioMap.ties()` },
  );
  log(`connected ${NEW_PERSON} → ${target.name}`);

  // Attitude: +2 with evidence, recorded from the side panel.
  const old = await attitude(session);
  await session.click(await waitFind(session, testid('attitude-2')));
  await session.sendKeys(await session.find(testid('attitude-evidence')), 'Backed our pilot in the steering meeting' + KEY.enter);
  await session.waitFor(async () => (await attitude(session)) === '2', { message: 'the panel never showed attitude +2' });
  await screenshot('editing-panel');
  await session.execute(() => {
    const side = document.querySelector('[data-testid="person-panel"]')?.parentElement;
    if (side) side.scrollTop = side.scrollHeight;
  });
  await screenshot('editing-panel-more');

  // Undo with Ctrl+Z (from outside a text field: there undo belongs to the field).
  const undoFrom = await session.find(testid('panel-connect'));
  await session.sendKeys(undoFrom, KEY.control + 'z' + KEY.release);
  await session.waitFor(async () => (await attitude(session)) === old, {
    message: `after Ctrl+Z the attitude should be back to ${JSON.stringify(old)}`,
  });
  log(`undo restored the attitude ${JSON.stringify(old)}`);

  // Roles: add "approver" from the list, then remove it from its chip.
  const chips = () => session.execute(() => [...document.querySelectorAll('[data-testid="role-chip"]')].map((c) => c.textContent));
  const rolesBefore = (await chips()).length;
  await session.execute(() => {
    const select = document.querySelector('[data-testid="add-role"]');
    select.value = 'approver';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await session.waitFor(async () => (await chips()).length === rolesBefore + 1, { message: 'the added role never showed' });
  const approver = await session.execute(() =>
    [...document.querySelectorAll('[data-testid="role-chip"]')].findIndex((c) => c.textContent.includes('Approver')),
  );
  const removeButtons = await session.findAll('[data-testid="role-chip"] button');
  await session.click(removeButtons[approver]);
  await session.waitFor(async () => (await chips()).length === rolesBefore, { message: 'the removed role stayed' });
  log(`added and removed a role (${rolesBefore} before)`);

  // Delete (key Delete on the selection), confirmed in a dialog that names who goes.
  await session.sendKeys(await session.find(testid('panel-connect')), KEY.delete);
  const dialog = await waitFind(session, testid('delete-dialog'), 'Delete did not ask for confirmation');
  const question = await session.textContent(dialog);
  assert(question.includes(NEW_PERSON), `the confirmation should name ${NEW_PERSON}: ${question}`);
  await screenshot('editing-delete');
  await session.click(await session.find(testid('delete-confirm')));
  await session.waitFor(async () => !(await people(session)).some((p) => p.name === NEW_PERSON), {
    message: `${NEW_PERSON} is still on the map after the confirmed deletion`,
  });
}
