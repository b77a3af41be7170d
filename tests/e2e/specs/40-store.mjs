// What one change costs, and that no view shows data older than the last change.
//
// Counts the calls the page makes to the core: every command goes over the IPC custom
// protocol (`fetch` of `ipc://localhost/<command>`), and `window.fetch` is the one piece of
// that path a page can wrap (`__TAURI_INTERNALS__` and its `invoke` are read-only).
// Plugin calls (event listening) are not counted. Then: an attitude change costs at most
// 3 core calls (the write, the map screen, one analysis for the view shown; the undo state
// comes with the change event), and so does its undo, in the network view and in the
// coverage view. The coverage view's gap list follows an attitude change (the gap goes
// without a view switch) and its undo (the gap comes back).
//
// Relies on: the gap list `[data-testid="coverage-side"] li[data-rule][data-person]`,
// the person panel `[data-testid="person-panel"]` with `#person-name`,
// `[data-testid="panel-attitude"][data-value]`, `[data-testid="attitude-<n>"]`,
// `[data-testid="attitude-record"]`, its close button `.close`; the view tabs; Ctrl+Z;
// `window.symbioMap.tap(id)`.

import { assert } from '../webdriver.mjs';
import { openLakeshore, showView } from './10-views.mjs';

export const name = 'store: an attitude change and its undo cost at most 3 core calls in every view; findings follow every change';

const MAX_CALLS = 3;
const KEY = { control: '\uE009', release: '\uE000' };
const ATTITUDE_RULES = ['coverage.opponent', 'coverage.neutral', 'coverage.attitude_unknown'];

/** Wraps `window.fetch` once per page to record the core commands called. */
function installCounter(session) {
  return session.execute(() => {
    if (window.__symbioCalls) return;
    window.__symbioCalls = [];
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/^ipc:|\/\/ipc\.localhost\//.test(url)) {
        const command = decodeURIComponent(url.split('/').pop() ?? '');
        if (!command.startsWith('plugin:')) window.__symbioCalls.push(command);
      }
      return original(input, init);
    };
  });
}

const calls = (session) => session.execute(() => [...window.__symbioCalls]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no new call has started for `still` ms; returns the calls so far. */
async function quiet(session, still = 900) {
  let seen = await calls(session);
  for (let waited = 0; waited < 15_000; waited += still) {
    await sleep(still);
    const now = await calls(session);
    if (now.length === seen.length) return now;
    seen = now;
  }
  return seen;
}

/** Runs `gesture`, waits for `done` and for the page to settle; returns the core calls it made. */
async function counted(session, what, gesture, done) {
  await quiet(session, 500);
  await session.execute(() => (window.__symbioCalls.length = 0));
  await gesture();
  await session.waitFor(done, { timeout: 15_000, message: `${what}: never finished` });
  return quiet(session);
}

const panelName = (session) => session.execute(() => document.querySelector('[data-testid="person-panel"] #person-name')?.textContent ?? null);
const attitude = (session) =>
  session.execute(() => document.querySelector('[data-testid="panel-attitude"]')?.getAttribute('data-value') ?? null);
/** The coverage gaps listed: rule and person id. */
const gaps = (session) =>
  session.execute(() =>
    [...document.querySelectorAll('[data-testid="coverage-side"] li[data-rule]')].map((li) => ({
      rule: li.getAttribute('data-rule'),
      person: Number(li.getAttribute('data-person')),
    })),
  );
const hasGap = async (session, person, rule) => (await gaps(session)).some((g) => g.person === person && g.rule === rule);

async function select(session, person) {
  await session.execute((id) => window.symbioMap.tap(id), person.id);
  await session.waitFor(async () => (await panelName(session)) === person.name, { message: `the panel never showed ${person.name}` });
}

async function closePanel(session) {
  await session.click(await session.find('[data-testid="person-panel"] .close'));
  await session.waitFor(async () => (await session.findAll('[data-testid="person-panel"]')).length === 0, { message: 'the panel stayed open' });
}

async function recordAttitude(session, value) {
  await session.click(await session.waitFor(() => session.find(`[data-testid="attitude-${value}"]`), { message: 'no attitude scale' }));
  await session.sendKeys(await session.find('[data-testid="attitude-evidence"]'), 'Backed our proposal in the steering meeting');
  await session.click(await session.find('[data-testid="attitude-record"]'));
}

async function undo(session) {
  // From a button, not a text field: there Ctrl+Z belongs to the field.
  await session.sendKeys(await session.find('[data-testid="view-network"]'), KEY.control + 'z' + KEY.release);
}

/** The sample account, unless the runner opened it already (a new workspace starts empty). */
async function ensureSample(session) {
  await session.waitFor(() => session.execute(() => document.querySelector('header') !== null), {
    timeout: 20_000,
    message: 'the app never showed its header',
  });
  await sleep(1_500);
  const items = await session.findAll('[data-testid="account-item"]');
  if (items.length > 0) return;
  await session.execute(() => {
    window.__symbioSample = 'asked';
    window.__TAURI_INTERNALS__.invoke('create_sample_account').then(
      () => (window.__symbioSample = 'created'),
      (error) => (window.__symbioSample = `refused: ${JSON.stringify(error)}`),
    );
    return true;
  });
  const outcome = await session.waitFor(
    () => session.execute(() => (window.__symbioSample === 'asked' ? null : window.__symbioSample)),
    { message: 'the sample account was never created' },
  );
  assert(outcome === 'created', `the sample account: ${outcome}`);
}

export async function run({ session, screenshot, log }) {
  await ensureSample(session);
  const everyone = await openLakeshore(session);
  await installCounter(session);
  await quiet(session);

  // Someone the coverage view lists with an attitude gap.
  const toCoverage = await counted(session, 'switch to coverage', () => showView(session, 'coverage'), async () => (await gaps(session)).length > 0);
  log(`view switch network -> coverage: ${toCoverage.length} calls: ${toCoverage.join(', ')}`);
  const listed = await gaps(session);
  const gap = listed.find((g) => ATTITUDE_RULES.includes(g.rule));
  assert(gap, `no attitude gap in the coverage list: ${JSON.stringify(listed)}`);
  const person = everyone.find((p) => p.id === gap.person);
  assert(person, `the gap's person ${gap.person} is not on the map`);
  log(`${person.name} has ${gap.rule}`);
  const toNetwork = await counted(session, 'switch to network', () => showView(session, 'network'), () => true);
  log(`view switch coverage -> network: ${toNetwork.length} calls: ${toNetwork.join(', ')}`);

  // One attitude change, then its undo, in the network view.
  await select(session, person);
  const old = await attitude(session);
  const change = await counted(session, 'attitude change', () => recordAttitude(session, 2), async () => (await attitude(session)) === '2');
  log(`attitude change: ${change.length} calls: ${change.join(', ')}`);
  const undone = await counted(session, 'undo', () => undo(session), async () => (await attitude(session)) === old);
  log(`undo: ${undone.length} calls: ${undone.join(', ')}`);
  assert(change.length <= MAX_CALLS, `an attitude change cost ${change.length} core calls (at most ${MAX_CALLS}): ${change.join(', ')}`);
  assert(undone.length <= MAX_CALLS, `an undo cost ${undone.length} core calls (at most ${MAX_CALLS}): ${undone.join(', ')}`);
  await closePanel(session);

  // The coverage view follows the change and its undo without a view switch.
  await showView(session, 'coverage');
  await session.waitFor(() => hasGap(session, person.id, gap.rule), { message: `the coverage list lost ${gap.rule} for ${person.name} before any change` });
  await select(session, person);
  const inCoverage = await counted(session, 'attitude change in the coverage view', () => recordAttitude(session, 2), async () => (await attitude(session)) === '2');
  log(`attitude change in the coverage view: ${inCoverage.length} calls: ${inCoverage.join(', ')}`);
  await closePanel(session);
  await session.waitFor(async () => !(await hasGap(session, person.id, gap.rule)), {
    timeout: 5_000,
    message: `after the attitude change the coverage list still shows ${gap.rule} for ${person.name}`,
  });
  await screenshot('store-coverage-after-change');
  const undoneInCoverage = await counted(session, 'undo in the coverage view', () => undo(session), () => hasGap(session, person.id, gap.rule));
  log(`undo in the coverage view: ${undoneInCoverage.length} calls: ${undoneInCoverage.join(', ')}`);
  await screenshot('store-coverage-after-undo');
  assert(inCoverage.length <= MAX_CALLS, `in the coverage view an attitude change cost ${inCoverage.length} core calls (at most ${MAX_CALLS}): ${inCoverage.join(', ')}`);
  assert(undoneInCoverage.length <= MAX_CALLS, `in the coverage view an undo cost ${undoneInCoverage.length} core calls (at most ${MAX_CALLS}): ${undoneInCoverage.join(', ')}`);
  // A view switch asks for what the new view shows, once.
  assert(toCoverage.length <= 2, `switching to the coverage view cost ${toCoverage.length} core calls: ${toCoverage.join(', ')}`);
}
