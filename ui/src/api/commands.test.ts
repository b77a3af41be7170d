// Every core operation a user needs is reachable in the UI: each command the shell
// exposes must have a caller in ui/src, or be on the short list below of commands that
// serve the app itself rather than a user operation.
import { describe, expect, it } from 'vitest';

const bindings = import.meta.glob('./bindings.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const sources = import.meta.glob(['../**/*.ts', '../**/*.svelte', '!../**/*.test.ts', '!./bindings.ts', '!./index.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Commands no screen calls, and why. Keep it short: a user operation belongs in the UI. */
const INTERNAL: Readonly<Record<string, string>> = {
  // The audit trail as a list: the undo and redo buttons read `undoState`; the trail is for support.
  journal: 'audit trail, read by support tools',
  // The screens read both through `mapScreen` (one call); these serve tests and support tools.
  listAccounts: 'the account list alone, read by tests and support tools',
  getAccountMap: 'one map alone, read by tests and support tools',
};

/** The command names, as the generated `commands` object spells them. */
function commandNames(source: string): string[] {
  const body = source.split('export const commands = {')[1]?.split('\n}')[0] ?? '';
  return [...body.matchAll(/^\t(\w+):/gm)].map((m) => m[1]!);
}

function called(name: string): boolean {
  const call = new RegExp(`\\b(?:api|core)\\.${name}\\b|\\b${name}\\s*\\(`);
  return Object.values(sources).some((code) => call.test(code));
}

describe('core commands', () => {
  const names = commandNames(Object.values(bindings)[0] ?? '');

  it('are read from the generated bindings', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(names).toContain('listAccounts');
  });

  it('each have a caller in the UI, or are listed as internal', () => {
    expect(names.filter((name) => !called(name) && !(name in INTERNAL))).toEqual([]);
  });

  it('list as internal only commands that exist and have no caller', () => {
    expect(Object.keys(INTERNAL).filter((name) => !names.includes(name) || called(name))).toEqual([]);
  });
});
