// The five views of one account: network, org chart, coverage, acquaintance
// circles, introduction paths. Switches through them on Lakeshore and saves a
// screenshot of each (target/e2e/view-*.png).
//
// Relies on: the view tabs `[data-testid="view-<kind>"]`, the map view's
// `data-view` attribute, `window.symbioMap.people()` / `.view()`, and the side
// sections `[data-testid="coverage-side"]`, `[data-testid="paths-side"]`,
// `[data-testid="circles-side"]`.

import { assert } from '../webdriver.mjs';

export const name = 'views: network, org chart, coverage, circles, paths';

const VIEWS = [
  ['network', 'view-network'],
  ['org_chart', 'view-org-chart'],
  ['coverage', 'view-coverage'],
  ['circles', 'view-circles'],
  ['paths', 'view-paths'],
];

export async function openLakeshore(session) {
  const items = await session.waitFor(
    async () => {
      const found = await session.findAll('[data-testid="account-item"]');
      return found.length > 0 ? found : null;
    },
    { timeout: 20_000, message: 'no account items' },
  );
  for (const item of items) {
    if ((await session.textContent(item)).includes('Lakeshore')) {
      await session.click(item);
      break;
    }
  }
  return session.waitFor(
    () => session.execute(() => (window.symbioMap && window.symbioMap.people().length >= 20 ? window.symbioMap.people() : null)),
    { timeout: 20_000, message: 'the Lakeshore map was never drawn' },
  );
}

/** Switches to `kind` and waits until the canvas draws it and has settled. */
export async function showView(session, kind, minPeople = 1) {
  const tab = await session.waitFor(() => session.find(`[data-testid="view-${kind}"]`), { message: `no tab for ${kind}` });
  await session.click(tab);
  await session.waitFor(
    () =>
      session.execute(
        (k, min) => window.symbioMap && window.symbioMap.view() === k && window.symbioMap.people().length >= min,
        kind,
        minPeople,
      ),
    { timeout: 20_000, message: `the ${kind} view was never drawn` },
  );
  // Layout and the fit animation.
  await new Promise((resolve) => setTimeout(resolve, 900));
}

export async function run({ session, screenshot, log }) {
  const all = await openLakeshore(session);
  for (const [kind, shot] of VIEWS) {
    await showView(session, kind);
    const people = await session.execute(() => window.symbioMap.people().length);
    log(`${kind}: ${people} people drawn`);
    if (kind === 'network' || kind === 'org_chart') assert(people === all.length, `${kind} shows ${people} of ${all.length} people`);
    if (kind === 'coverage') {
      assert(await session.find('[data-testid="coverage-side"]'), 'the coverage view has no gap list');
      assert(people < all.length, 'the coverage view should leave out third parties and competitors');
    }
    if (kind === 'paths') assert(await session.find('[data-testid="paths-side"]'), 'the paths view has no path list');
    if (kind === 'circles') assert(await session.find('[data-testid="circles-side"]'), 'the circles view has no side section');
    await screenshot(shot);
  }
}
