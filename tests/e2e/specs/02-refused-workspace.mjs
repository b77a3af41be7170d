// A workspace file that is not a Symbio workspace: the app says so, names the file, and
// leaves it byte for byte as it was.
import { readFile, writeFile } from 'node:fs/promises';
import { assert } from '../webdriver.mjs';

export const name = 'a file that is not a workspace is refused with a clear message and left untouched';

const CONTENT = 'Quarterly notes: call Harbor Foods about the renewal.\n'.repeat(100);

export async function workspace(path) {
  await writeFile(path, CONTENT);
}

export async function run({ session, db, screenshot }) {
  const message = await session.waitFor(
    async () => {
      const found = await session.findAll('[data-testid="error-message"]');
      return found.length > 0 ? session.textContent(found[0]) : null;
    },
    { timeout: 20_000, message: 'no error screen appeared' },
  );
  assert(message.includes('not a Symbio workspace'), `unexpected message: ${message}`);
  const path = await session.textContent(await session.find('[data-testid="error-path"]'));
  assert(path === db, `the error names ${path}, not ${db}`);
  const accounts = await session.findAll('[data-testid="account-item"]');
  assert(accounts.length === 0, 'no account list may show over a refused workspace');
  await screenshot('refused-workspace');
  const after = await readFile(db, 'utf8');
  assert(after === CONTENT, 'the refused file was modified');
}
