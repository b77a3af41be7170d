import { describe, expect, it, vi } from 'vitest';
import { createAppActions } from './app-actions';
import { dispatchKey } from './dispatcher';
import type { ActionContext } from './registry';
import type { KeyInput } from './shortcuts';

function fakeContext(canUndo = true, canRedo = false): ActionContext & Record<string, ReturnType<typeof vi.fn>> {
  return {
    canUndo: vi.fn(() => canUndo),
    canRedo: vi.fn(() => canRedo),
    undo: vi.fn(async () => undefined),
    redo: vi.fn(async () => undefined),
    focusSearch: vi.fn(),
    fitView: vi.fn(),
    togglePrivacy: vi.fn(),
    switchLanguage: vi.fn(),
    clearSelection: vi.fn(),
  };
}

const press = (k: string, mods: Partial<KeyInput> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: null,
  preventDefault: vi.fn(),
  ...mods,
});

describe('app actions', () => {
  const registry = createAppActions();

  it('registers the required actions with their shortcuts', () => {
    const names = registry.all().map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['undo', 'redo', 'search', 'fit', 'privacy', 'language']));
    expect(registry.get('undo')?.shortcut).toBe('Mod+Z');
    expect(registry.get('redo')?.shortcut).toBe('Mod+Shift+Z');
    expect(registry.get('search')?.shortcut).toBe('Mod+F');
  });

  it('runs the action a key press matches, and swallows the event', () => {
    const ctx = fakeContext();
    const event = press('z', { ctrlKey: true });
    expect(dispatchKey(registry, ctx, event, false)).toBe(true);
    expect(ctx.undo).toHaveBeenCalledOnce();
    expect(event.preventDefault).toHaveBeenCalled();

    const find = press('f', { metaKey: true });
    expect(dispatchKey(registry, ctx, find, true)).toBe(true);
    expect(ctx.focusSearch).toHaveBeenCalledOnce();
  });

  it('redoes on Ctrl+Y as well as Ctrl+Shift+Z, and shows only the latter', () => {
    const ctx = fakeContext(true, true);
    expect(dispatchKey(registry, ctx, press('y', { ctrlKey: true }), false)).toBe(true);
    expect(ctx.redo).toHaveBeenCalledOnce();
    expect(registry.shortcutText('redo', false)).toBe('Ctrl+Shift+Z');
  });

  it('leaves the key alone when the action is disabled', () => {
    const ctx = fakeContext(true, false);
    const event = press('Z', { ctrlKey: true, shiftKey: true });
    expect(dispatchKey(registry, ctx, event, false)).toBe(false);
    expect(ctx.redo).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('does not steal undo from text fields, but search still works there', () => {
    expect(registry.forKey(press('z', { ctrlKey: true }), false, true)).toBeUndefined();
    expect(registry.forKey(press('f', { ctrlKey: true }), false, true)?.name).toBe('search');
  });

  it('run() reports whether the action ran', async () => {
    const ctx = fakeContext(false, false);
    expect(await registry.run('undo', ctx)).toBe(false);
    expect(await registry.run('fit', ctx)).toBe(true);
    expect(ctx.fitView).toHaveBeenCalledOnce();
    expect(await registry.run('nonexistent', ctx)).toBe(false);
  });

  it('refuses two actions with one name', () => {
    expect(() => createAppActions().register({ name: 'undo', labelKey: 'action.undo', perform: () => undefined })).toThrow(
      /registered twice/,
    );
  });
});
