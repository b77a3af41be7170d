// The embedded account team (Tetra Pak model): open Lakeshore's Team tab, add a
// customer contact with dual reporting and see both lines drawn, add a partner at a 50%
// share and see our share of the fees rise by half its fee, export the roster as PNG,
// and look at the value-chain matrix; a refused share shows by its field; deleting the
// partner from its card (after a confirmation) takes its share off again.
//
// Relies on: the tab `[data-testid="tab-team"]`; the roster SVG `[data-testid="team-roster"]`
// with member cards `[data-testid="team-member-card"][data-person-id][data-member-id]` and
// lines `[data-testid="roster-line"][data-kind="manager"|"customer_lead"][data-member-id]`;
// the totals' raw per-currency `<data data-testid="team-our-share" data-currency value>`;
// the forms' named inputs; the export buttons and `[data-testid="team-export-status"]`.

import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';

export const name = 'team: dual reporting, a shared partner fee, export, matrix';

const PARTNER_FEE = 80_000;

/** Sets a form control the way typing would, so Svelte's bindings see it. */
function setField(session, css, value) {
  return session.execute(
    (selector, next) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      if (el.type === 'checkbox') el.checked = next;
      else el.value = next;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' || el.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
      return true;
    },
    css,
    value,
  );
}

/** Our share of the CNY partner fees as the core totals it. */
function ourShare(session) {
  return session.execute(() => {
    const el = document.querySelector('[data-testid="team-our-share"][data-currency="CNY"]');
    return el ? Number(el.getAttribute('value')) : null;
  });
}

async function clickTestId(session, id, timeout = 10_000) {
  const el = await session.waitFor(() => session.find(`[data-testid="${id}"]`), { timeout, message: `no [data-testid="${id}"]` });
  await session.click(el);
}

export async function run({ session, exportsDir, outDir, screenshot, log }) {
  const items = await session.waitFor(
    async () => {
      const found = await session.findAll('[data-testid="account-item"]');
      return found.length > 0 ? found : null;
    },
    { timeout: 20_000, message: 'no account item appeared' },
  );
  let lakeshore = null;
  for (const item of items) if ((await session.textContent(item)).includes('Lakeshore')) lakeshore = item;
  assert(lakeshore, 'no "Lakeshore" account item');
  // The app remembers the language between runs; this test reads English labels.
  await setField(session, 'header .switch select', 'en');
  await session.click(lakeshore);

  await clickTestId(session, 'tab-team', 15_000);
  await session.waitFor(() => session.findAll('[data-testid="team-member-card"]').then((c) => c.length >= 11), {
    timeout: 20_000,
    message: 'the roster never showed the sample team (11 members)',
  });
  const shareBefore = await session.waitFor(() => ourShare(session), { message: 'no CNY our-share total' });
  log(`our share before: ${shareBefore}`);

  // A customer contact not yet on the team, reporting to Elena and to a customer lead.
  await clickTestId(session, 'team-add-member');
  const picked = await session.waitFor(
    () =>
      session.execute(() => {
        const groups = document.querySelectorAll('[data-testid="member-person"] optgroup');
        const contact = groups[1]?.querySelector('option');
        const lead = [...document.querySelectorAll('[data-testid="member-lead"] option')].find((o) => o.value !== '' && o.textContent !== contact?.textContent);
        return contact && lead ? { person: contact.value, name: contact.textContent.split(' — ')[0], lead: lead.value } : null;
      }),
    { message: 'the member form never offered a customer contact and a lead' },
  );
  log(`adding ${picked.name}`);
  await setField(session, '[data-testid="member-person"]', picked.person);
  await setField(session, '[data-testid="member-function"]', 'quality');
  await setField(session, '[data-testid="member-role"]', 'Hygiene audits liaison');
  await setField(session, '[data-testid="member-allocation"]', '40');
  await setField(session, '[data-testid="member-reports"]', true);
  await setField(session, '[data-testid="member-lead"]', picked.lead);
  await session.execute(() => {
    const quality = [...document.querySelectorAll('[data-testid="member-area"]')].find((box) => box.value === 'quality');
    quality.checked = true;
    quality.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await clickTestId(session, 'save');

  const lines = await session.waitFor(
    () =>
      session.execute((name) => {
        const card = [...document.querySelectorAll('[data-testid="team-member-card"]')].find((c) => c.getAttribute('aria-label') === name);
        if (!card) return null;
        const id = card.getAttribute('data-member-id');
        const kinds = [...document.querySelectorAll(`[data-testid="roster-line"][data-member-id="${id}"]`)].map((l) => l.getAttribute('data-kind'));
        return kinds.length >= 2 ? kinds.sort() : null;
      }, picked.name),
    { timeout: 15_000, message: `the new member ${picked.name} never showed two reporting lines` },
  );
  assert(JSON.stringify(lines) === '["customer_lead","manager"]', `lines of the new member: ${JSON.stringify(lines)}`);

  // A partner at a 50% share: our share rises by half its fee.
  await clickTestId(session, 'team-add-partner');
  await session.waitFor(() => session.find('[data-testid="partner-firm"]'));
  await setField(session, '[data-testid="partner-firm"]', 'Harbour Creative');
  await setField(session, '[data-testid="partner-service"]', 'advertising');
  await setField(session, '[data-testid="partner-fee"]', String(PARTNER_FEE));
  await setField(session, '[data-testid="partner-currency"]', 'CNY');
  // A share above 100% is refused by the core, and the message sits by the share field.
  await setField(session, '[data-testid="partner-share"]', '150');
  await clickTestId(session, 'save');
  await session.waitFor(() => session.find('[data-testid="field-error"][data-field="our_share_percent"]'), {
    message: 'no error shown next to the share field for 150%',
  });
  await setField(session, '[data-testid="partner-share"]', '50');
  await clickTestId(session, 'save');
  const expected = shareBefore + PARTNER_FEE / 2;
  await session.waitFor(async () => (await ourShare(session)) === expected, {
    timeout: 15_000,
    message: `our share never became ${expected}`,
  });
  log(`our share after: ${expected}`);
  await session.waitFor(() => session.findAll('[data-testid="team-partner-card"]').then((c) => c.length >= 3));
  await screenshot('team-roster');

  // PNG export of the roster, into the export folder.
  await clickTestId(session, 'team-export-png');
  const status = await session.waitFor(
    () =>
      session.execute(() => {
        const el = document.querySelector('[data-testid="team-export-status"]');
        return el ? { ok: el.getAttribute('data-ok') === 'true', text: el.textContent.trim() } : null;
      }),
    { timeout: 20_000, message: 'no export status appeared' },
  );
  assert(status.ok && status.text.includes(exportsDir), `export status: ${status.text}`);
  const pngs = (await readdir(exportsDir)).filter((f) => f.endsWith('.png'));
  assert(pngs.length === 1, `expected one PNG in ${exportsDir}, saw ${JSON.stringify(pngs)}`);
  const png = join(exportsDir, pngs[0]);
  const size = (await stat(png)).size;
  const head = (await readFile(png)).subarray(0, 8).toString('hex');
  assert(head === '89504e470d0a1a0a', `${pngs[0]} is not a PNG (starts ${head})`);
  assert(size > 10_000, `${pngs[0]} is only ${size} bytes`);
  log(`exported ${pngs[0]} (${size} bytes)`);
  // Kept beside the screenshots, to look at the export itself.
  await copyFile(png, join(outDir, 'team-roster-export.png'));

  // The value-chain matrix: finance and IT are the sample's gaps.
  await clickTestId(session, 'team-view-matrix');
  const gaps = await session.waitFor(
    () =>
      session.execute(() => {
        const rows = [...document.querySelectorAll('[data-testid="matrix-row"][data-gap="true"]')];
        return rows.length > 0 ? rows.map((r) => r.getAttribute('data-area')) : null;
      }),
    { timeout: 10_000, message: 'the matrix showed no gap row' },
  );
  log(`gaps: ${gaps.join(', ')}`);
  await screenshot('team-matrix');

  // PDF of the matrix too: the page is a real PDF.
  await clickTestId(session, 'team-export-pdf');
  const pdf = await session.waitFor(
    async () => (await readdir(exportsDir)).find((f) => f.endsWith('.pdf')),
    { timeout: 20_000, message: 'no PDF was saved' },
  );
  const pdfHead = (await readFile(join(exportsDir, pdf))).subarray(0, 5).toString('latin1');
  assert(pdfHead === '%PDF-', `${pdf} is not a PDF`);
  await copyFile(join(exportsDir, pdf), join(outDir, 'team-matrix-export.pdf'));

  // Edit and delete from the card: the partner goes, after a confirmation, and our share falls back.
  await clickTestId(session, 'team-view-roster');
  await session.waitFor(() =>
    session.execute(() => {
      const card = document.querySelector('[data-testid="team-partner-card"][aria-label="Harbour Creative"]');
      card?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return Boolean(card);
    }),
  );
  await clickTestId(session, 'delete');
  await clickTestId(session, 'confirm-delete');
  await session.waitFor(async () => (await ourShare(session)) === shareBefore, {
    timeout: 15_000,
    message: `our share never fell back to ${shareBefore} after deleting the partner`,
  });

  // The roster in Chinese: labels from the zh-CN catalogue, numbers in its format; the
  // language is put back whatever happens, as the app remembers it for later tests.
  try {
    await setField(session, 'header .switch select', 'zh-CN');
    await clickTestId(session, 'team-view-roster');
    await session.waitFor(() => session.execute(() => document.querySelector('[data-testid="team-view-roster"]')?.textContent.includes('团队名册')), {
      message: 'the roster tab never read 团队名册',
    });
    await screenshot('team-roster-zh');
    // Chinese text is outside jsPDF's fonts: the PDF page is then drawn by the browser.
    await clickTestId(session, 'team-export-pdf');
    const pdfs = await session.waitFor(
      async () => {
        const found = (await readdir(exportsDir)).filter((f) => f.endsWith('.pdf'));
        return found.length >= 2 ? found : null;
      },
      { timeout: 20_000, message: 'no PDF of the Chinese roster was saved' },
    );
    log(`PDFs: ${pdfs.join(', ')}`);
  } finally {
    await setField(session, 'header .switch select', 'en');
  }
}
