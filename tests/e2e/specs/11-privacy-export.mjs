// Privacy and exports: with the privacy switch on, no personal-profile text is in
// the page (even with the person's details open), nor in an exported SVG; a PNG
// export is a real PNG of non-trivial size; a PDF export is a PDF.
//
// Relies on: `[data-testid="privacy-toggle"]` (aria-pressed), the export menu
// `[data-testid="export-button"]`, `[data-testid="export-<format>"]`,
// `[data-testid="export-status"]`, `window.symbioMap.tap(personId)`, and profile
// texts of the sample (src/sample/extras.rs).

import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../webdriver.mjs';
import { openLakeshore, showView } from './10-views.mjs';

export const name = 'privacy hides profiles in the page and in exports; PNG/SVG/PDF exports';

/** Profile texts of the sample (hobbies, clubs, family, education). */
const PROFILE_TEXTS = ['Marathons', 'City Runners', 'Lakeshore Sailing Club', "CEO's wife's brother", 'LSE, accounting and finance', 'Jiangnan University'];

async function exportAs(session, exportsDir, outDir, format) {
  const before = new Set(await readdir(exportsDir).catch(() => []));
  const status = await session.find('[data-testid="export-status"]').catch(() => null);
  if (!status) await session.click(await session.find('[data-testid="export-button"]'));
  await session.click(await session.waitFor(() => session.find(`[data-testid="export-${format}"]`), { message: 'no export menu' }));
  const file = await session.waitFor(
    async () => (await readdir(exportsDir).catch(() => [])).find((f) => !before.has(f) && f.endsWith(`.${format}`) && !f.includes('partial')) ?? null,
    { timeout: 30_000, message: `no .${format} file appeared in ${exportsDir}` },
  );
  const text = await session.textContent(await session.find('[data-testid="export-status"]'));
  assert(text.includes(file), `the status should name the saved file; says ${JSON.stringify(text)}`);
  // Kept next to the screenshots, to be looked at.
  await copyFile(join(exportsDir, file), join(outDir, `export-view.${format}`));
  return readFile(join(exportsDir, file));
}

export async function run({ session, exportsDir, outDir, screenshot, log }) {
  const people = await openLakeshore(session);
  await showView(session, 'network');

  const toggle = await session.find('[data-testid="privacy-toggle"]');
  if ((await session.attribute(toggle, 'aria-pressed')) !== 'true') await session.click(toggle);
  await session.waitFor(async () => (await session.attribute(toggle, 'aria-pressed')) === 'true', { message: 'privacy did not switch on' });

  // Open the details of people who have a profile; nothing of it may reach the page.
  for (const who of ['Zhao Mingyuan', 'Harriet Vance', 'Elena Marsh']) {
    const person = people.find((p) => p.name === who);
    if (!person) continue;
    await session.execute((id) => window.symbioMap.tap(id), person.id);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const html = await session.execute(() => document.documentElement.outerHTML);
    for (const text of PROFILE_TEXTS) assert(!html.includes(text), `privacy is on but "${text}" is in the page (details of ${who})`);
  }
  await screenshot('privacy-on');
  await session.execute(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));

  const svg = (await exportAs(session, exportsDir, outDir, 'svg')).toString('utf8');
  assert(svg.includes('<svg'), 'the SVG export is not an SVG');
  assert(svg.includes('Zhao Mingyuan'), 'the SVG export does not name the people drawn');
  for (const text of PROFILE_TEXTS) assert(!svg.includes(text), `the SVG export contains profile text "${text}"`);
  log(`svg: ${svg.length} bytes`);

  const png = await exportAs(session, exportsDir, outDir, 'png');
  assert(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the PNG export lacks the PNG signature');
  assert(png.length > 10_000, `the PNG export is only ${png.length} bytes`);
  log(`png: ${png.length} bytes`);

  const pdf = await exportAs(session, exportsDir, outDir, 'pdf');
  assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the PDF export is not a PDF');
  for (const text of PROFILE_TEXTS) assert(!pdf.includes(Buffer.from(text)), `the PDF export contains profile text "${text}"`);
  log(`pdf: ${pdf.length} bytes`);
}
