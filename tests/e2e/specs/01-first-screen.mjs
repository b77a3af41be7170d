// The first screen lists the sample account; opening it draws its relationship map.
//
// Relies on: account list entries marked `data-testid="account-item"`, the sample
// account "Lakeshore Dairy Group", and the map's test hook `window.symbioMap.people()`
// returning [{ id, name, side }] for the people drawn.

import { assert } from '../webdriver.mjs';

export const name = 'first screen: open Lakeshore and see its map';

const MIN_PEOPLE = 20;

export async function run({ session, screenshot, log }) {
  const items = await session.waitFor(
    async () => {
      const found = await session.findAll('[data-testid="account-item"]');
      return found.length > 0 ? found : null;
    },
    { timeout: 20_000, message: 'no [data-testid="account-item"] appeared' },
  );

  const texts = [];
  let lakeshore = null;
  for (const item of items) {
    const text = await session.textContent(item);
    texts.push(text);
    if (text.includes('Lakeshore')) {
      lakeshore = item;
      break;
    }
  }
  assert(lakeshore, `no account item mentions "Lakeshore"; saw: ${texts.map((t) => JSON.stringify(t)).join(', ')}`);

  await session.click(lakeshore);

  const people = await session.waitFor(
    () =>
      session.execute((min) => {
        const map = window.symbioMap;
        if (!map || typeof map.people !== 'function') return null;
        const list = map.people();
        return Array.isArray(list) && list.length >= min ? list : null;
      }, MIN_PEOPLE),
    { timeout: 20_000, message: `window.symbioMap.people() never listed ${MIN_PEOPLE} or more people` },
  );
  log(`map shows ${people.length} people`);

  const named = people.find((p) => p && p.id !== undefined && typeof p.name === 'string' && p.name.trim() !== '');
  assert(named, `no person with an id and a non-empty name among ${JSON.stringify(people.slice(0, 5))}...`);

  await screenshot('first-screen');
}
