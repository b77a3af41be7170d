import { describe, expect, it, vi } from 'vitest';
import { createAppActions } from './app-actions';
import { dispatchKey } from './dispatcher';
import type { EditingCommands } from './editing-actions';
import type { ActionContext } from './registry';

function context(over: Partial<EditingCommands> = {}): ActionContext & { editing: EditingCommands } {
  const editing: EditingCommands = {
    canEdit: true,
    hasSelection: false,
    single: null,
    openQuickAdd: vi.fn(),
    openGoTo: vi.fn(),
    startConnect: vi.fn(),
    toggleDrawing: vi.fn(),
    askDelete: vi.fn(),
    focusPanel: vi.fn(),
    openLogContact: vi.fn(),
    assessable: null,
    negativeNext: false,
    helpOpen: false,
    setAttitude: vi.fn(),
    addRole: vi.fn(async () => undefined),
    ...over,
  };
  return {
    canUndo: () => false,
    canRedo: () => false,
    undo: async () => undefined,
    redo: async () => undefined,
    focusSearch: () => undefined,
    fitView: () => undefined,
    togglePrivacy: () => undefined,
    switchLanguage: () => undefined,
    clearSelection: () => undefined,
    editing,
  };
}

const press = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean; target?: EventTarget | null } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: null,
  preventDefault: vi.fn(),
  ...mods,
});

describe('editing actions', () => {
  const registry = createAppActions();

  it('set a customer person’s attitude with a digit, negative after a minus, and add roles on Shift+letter', () => {
    const ctx = context({ assessable: 7, single: 7 });
    expect(dispatchKey(registry, ctx, press('2'), false)).toBe(true);
    expect(ctx.editing.setAttitude).toHaveBeenLastCalledWith(2);
    expect(dispatchKey(registry, ctx, press('-'), false)).toBe(true);
    expect(ctx.editing.negativeNext).toBe(true);
    expect(dispatchKey(registry, ctx, press('D', { shiftKey: true }), false)).toBe(true);
    expect(ctx.editing.addRole).toHaveBeenLastCalledWith('decider');
    expect(dispatchKey(registry, ctx, press('K', { shiftKey: true }), false)).toBe(true);
    expect(ctx.editing.addRole).toHaveBeenLastCalledWith('gatekeeper');
  });

  it('leave digits and role keys alone without a customer person selected (our staff are not assessed)', () => {
    const ctx = context({ assessable: null, single: 3 });
    expect(dispatchKey(registry, ctx, press('2'), false)).toBe(false);
    expect(dispatchKey(registry, ctx, press('D', { shiftKey: true }), false)).toBe(false);
    expect(ctx.editing.setAttitude).not.toHaveBeenCalled();
    expect(ctx.editing.addRole).not.toHaveBeenCalled();
  });

  it('open the keyboard help on ?', () => {
    const ctx = context();
    expect(dispatchKey(registry, ctx, press('?', { shiftKey: true }), false)).toBe(true);
    expect(ctx.editing.helpOpen).toBe(true);
  });

  it('are registered with the app actions, with their shortcuts', () => {
    expect(registry.get('quickAdd')?.shortcut).toBe('N');
    expect(registry.get('quickAddAlt')?.shortcut).toBe('Mod+Enter');
    expect(registry.get('connect')?.shortcut).toBe('C');
    expect(registry.get('delete')?.shortcut).toBe('Delete');
    expect(registry.get('deleteAlt')?.shortcut).toBe('Backspace');
  });

  it('N and Mod+Enter open quick add', () => {
    const ctx = context();
    expect(dispatchKey(registry, ctx, press('n'), false)).toBe(true);
    expect(dispatchKey(registry, ctx, press('Enter', { ctrlKey: true }), false)).toBe(true);
    expect(ctx.editing.openQuickAdd).toHaveBeenCalledTimes(2);
  });

  it('connect needs exactly one selected person; delete needs a selection', () => {
    const none = context();
    expect(dispatchKey(registry, none, press('c'), false)).toBe(false);
    expect(dispatchKey(registry, none, press('Delete'), false)).toBe(false);
    const one = context({ single: 4, hasSelection: true });
    expect(dispatchKey(registry, one, press('c'), false)).toBe(true);
    expect(dispatchKey(registry, one, press('Backspace'), false)).toBe(true);
    expect(one.editing.startConnect).toHaveBeenCalledOnce();
    expect(one.editing.askDelete).toHaveBeenCalledOnce();
  });

  it('L logs a contact with the one selected person', () => {
    expect(registry.get('logContact')?.shortcut).toBe('L');
    const none = context();
    expect(dispatchKey(registry, none, press('l'), false)).toBe(false);
    const one = context({ single: 4, hasSelection: true });
    expect(dispatchKey(registry, one, press('l'), false)).toBe(true);
    expect(one.editing.openLogContact).toHaveBeenCalledOnce();
  });

  it('are all disabled without the editing tools (e.g. no map open)', () => {
    const ctx = { ...context(), editing: undefined };
    expect(registry.isEnabled('quickAdd', ctx)).toBe(false);
    expect(registry.isEnabled('delete', ctx)).toBe(false);
  });
});
