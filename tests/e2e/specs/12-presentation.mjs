// Presentation mode: a saved view, then Present: the map alone fills the window
// (no toolbar, no account list, no side column); Escape leaves.
//
// Relies on: `[data-testid="saved-views-button"]`, `[data-testid="saved-view-name"]`,
// `[data-testid="saved-view-save"]`, `[data-testid="present"]`, the map view's
// `presenting` class, and the toolbar's view tabs disappearing while presenting.

import { assert } from '../webdriver.mjs';
import { openLakeshore, showView } from './10-views.mjs';

export const name = 'presentation mode: saved view, full-window map, Escape leaves';

export async function run({ session, screenshot }) {
  await openLakeshore(session);
  await showView(session, 'org_chart');

  await session.click(await session.find('[data-testid="saved-views-button"]'));
  const input = await session.waitFor(() => session.find('[data-testid="saved-view-name"]'), { message: 'no saved-view name field' });
  await session.sendKeys(input, 'Executive review');
  await session.click(await session.find('[data-testid="saved-view-save"]'));
  await session.waitFor(
    () => session.execute(() => document.querySelector('[data-testid="saved-views"]')?.textContent.includes('Executive review') ?? false),
    { message: 'the saved view is not listed' },
  );

  await session.click(await session.find('[data-testid="present"]'));
  await session.waitFor(() => session.execute(() => document.querySelector('[data-testid="map-view"]')?.classList.contains('presenting')), {
    message: 'presentation mode did not start',
  });
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const chrome = await session.execute(() => document.querySelectorAll('[data-testid="view-network"], [data-testid="account-item"]').length);
  const visibleAccounts = await session.execute(() => {
    const view = document.querySelector('[data-testid="map-view"]').getBoundingClientRect();
    return view.left === 0 && view.top === 0;
  });
  assert(chrome === 0 || visibleAccounts, 'the map does not cover the window while presenting');
  assert((await session.findAll('[data-testid="view-network"]')).length === 0, 'the view tabs are still shown while presenting');
  await screenshot('view-presentation');

  await session.execute(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  await session.waitFor(() => session.execute(() => !document.querySelector('[data-testid="map-view"]')?.classList.contains('presenting')), {
    message: 'Escape did not leave presentation mode',
  });
}
