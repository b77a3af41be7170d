import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, core, listAccounts, undo } from './index';

type Invoke = (cmd: string, args?: unknown) => Promise<unknown>;

// The Tauri runtime's side of invoke(), as @tauri-apps/api/core calls it.
function fakeRuntime(invoke: Invoke): void {
  (globalThis as { window?: unknown }).window = { __TAURI_INTERNALS__: { invoke } };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('api', () => {
  it('returns the data of a successful command', async () => {
    const calls: string[] = [];
    fakeRuntime(async (cmd) => {
      calls.push(cmd);
      return [{ id: 1, name: 'Lakeshore Dairy Group' }];
    });
    await expect(listAccounts()).resolves.toEqual([{ id: 1, name: 'Lakeshore Dairy Group' }]);
    expect(calls).toEqual(['list_accounts']);
  });

  it('throws the core error as an ApiError with kind, problem, message and field', async () => {
    const problem = { code: 'nothing_to_undo' };
    fakeRuntime(() => Promise.reject({ kind: 'nothing_to_undo', problem, message: 'nothing to undo', field: null }));
    const error = await undo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'nothing_to_undo', problem, message: 'nothing to undo', field: null });
  });

  it('passes arguments through under the names the command expects', async () => {
    let seen: unknown;
    fakeRuntime(async (_cmd, args) => {
      seen = args;
      return null;
    });
    await core.deleteSelection([3], [7]);
    expect(seen).toEqual({ people: [3], ties: [7] });
  });

  it('wraps every generated command', () => {
    for (const [name, fn] of Object.entries(core)) expect(typeof fn, name).toBe('function');
    expect(Object.keys(core)).toEqual(expect.arrayContaining(['workspaceInfo', 'getAccountMap', 'undoState']));
  });
});
