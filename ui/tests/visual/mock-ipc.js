// A stand-in for the Tauri runtime in a plain browser: answers the commands the
// first screen uses from a fixture. Injected before any page script runs (Playwright
// addInitScript), so nothing of it reaches the production bundle.

/**
 * @param {{ workspace: unknown, accounts: { id: number, name: string, industry: string, tier: string | null, relationship_level: string }[], maps: Record<string, { account: object }>, undoState: unknown }} fixture
 */
export function installMockIpc(fixture) {
  /** @type {Map<number, (data: unknown) => void>} */
  const callbacks = new Map();
  /** @type {Map<string, number[]>} event name -> callback ids */
  const listeners = new Map();
  /** @type {{ cmd: string, args: Record<string, unknown> }[]} */
  const calls = [];
  let actionId = 100;

  /** Sends an event to the page's listeners, as the Rust side would. */
  function emit(/** @type {string} */ event, /** @type {unknown} */ payload) {
    for (const id of listeners.get(event) ?? []) callbacks.get(id)?.({ event, id, payload });
  }

  /** A committed change: tell the page, as the core does after every commit. */
  function changed(/** @type {string} */ label) {
    const change = { action_id: ++actionId, label, changes: [] };
    setTimeout(() => emit('workspace-changed', change), 0);
    return change;
  }
  let nextId = 1;
  const fail = (/** @type {string} */ kind, /** @type {string} */ message) => ({ kind, message, field: null });

  /** @param {string} cmd @param {Record<string, unknown>} args */
  function answer(cmd, args) {
    calls.push({ cmd, args });
    switch (cmd) {
      case 'workspace_info':
        return fixture.workspace;
      case 'list_accounts':
        return fixture.accounts;
      case 'undo_state':
        return fixture.undoState;
      case 'get_account_map': {
        const map = fixture.maps[String(args.accountId)];
        if (map) return map;
        const summary = fixture.accounts.find((a) => a.id === args.accountId);
        if (!summary) throw fail('not_found', `no account ${String(args.accountId)}`);
        const template = Object.values(fixture.maps)[0]?.account ?? {};
        return { account: { ...template, ...summary }, org_units: [], people: [], ties: [] };
      }
      // The map views: nothing placed by hand, no saved views, no findings.
      case 'node_positions':
      case 'list_saved_views':
        return [];
      case 'coverage_report':
        return { account_id: args.accountId, as_of: '2026-01-01', tier: null, max_days_between_contacts: 30, contacts: [], gaps: [] };
      case 'introduction_paths':
        return { target: null, from: null, k: 3, paths: [] };
      case 'undo':
        return changed('Undo');
      case 'redo':
        return changed('Redo');
      case 'plugin:event|listen': {
        const event = String(args.event);
        listeners.set(event, [...(listeners.get(event) ?? []), Number(args.handler)]);
        return args.handler;
      }
      case 'plugin:event|unlisten':
        return null;
      default:
        throw fail('invalid', `not mocked: ${cmd}`);
    }
  }

  Object.assign(window, {
    __TAURI_INTERNALS__: {
      metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
      /** @param {(data: unknown) => void} callback @param {boolean} once */
      transformCallback(callback, once) {
        const id = nextId++;
        callbacks.set(id, (data) => {
          if (once) callbacks.delete(id);
          callback?.(data);
        });
        return id;
      },
      /** @param {number} id */
      unregisterCallback(id) {
        callbacks.delete(id);
      },
      /** @param {string} cmd @param {Record<string, unknown>} args */
      async invoke(cmd, args) {
        // A copy, as a real IPC round trip (JSON) would give.
        return structuredClone(answer(cmd, args ?? {}));
      },
    },
    __TAURI_EVENT_PLUGIN_INTERNALS__: { unregisterListener() {} },
    // For scripts driving the page: change the fixture, then announce it.
    __symbioMock: { fixture, calls, emit, changed },
  });
}
