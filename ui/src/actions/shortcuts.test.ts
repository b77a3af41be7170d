import { describe, expect, it } from 'vitest';
import { describeShortcut, isMacPlatform, matchesShortcut, parseShortcut, type KeyInput } from './shortcuts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('parses modifiers and key', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
    expect(parseShortcut('Escape')).toEqual({ mod: false, shift: false, alt: false, key: 'escape' });
    expect(() => parseShortcut('Hyper+K')).toThrow(/unknown modifier/);
    expect(() => parseShortcut('Mod+')).toThrow(/without a key/);
  });

  it('treats Mod as Ctrl on Windows and Linux', () => {
    const undo = parseShortcut('Mod+Z');
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, key('z'), false)).toBe(false);
  });

  it('treats Mod as Cmd on macOS, and Ctrl there is not Mod', () => {
    const undo = parseShortcut('Mod+Z');
    expect(matchesShortcut(undo, key('z', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }), true)).toBe(false);
    expect(matchesShortcut(undo, key('z', { metaKey: true, ctrlKey: true }), true)).toBe(false);
  });

  it('requires modifiers to match exactly, so undo and redo never both fire', () => {
    const undo = parseShortcut('Mod+Z');
    const redo = parseShortcut('Mod+Shift+Z');
    // With Shift held, browsers report the key as upper case.
    const shiftZ = key('Z', { ctrlKey: true, shiftKey: true });
    expect(matchesShortcut(redo, shiftZ, false)).toBe(true);
    expect(matchesShortcut(undo, shiftZ, false)).toBe(false);
    expect(matchesShortcut(redo, key('z', { ctrlKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, key('z', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });

  it('matches keys without modifiers', () => {
    expect(matchesShortcut(parseShortcut('Escape'), key('Escape'), false)).toBe(true);
    expect(matchesShortcut(parseShortcut('Escape'), key('Escape', { ctrlKey: true }), false)).toBe(false);
  });

  it('describes shortcuts for each platform', () => {
    expect(describeShortcut(parseShortcut('Mod+Shift+Z'), false)).toBe('Ctrl+Shift+Z');
    expect(describeShortcut(parseShortcut('Mod+Shift+Z'), true)).toBe('\u21e7\u2318Z');
    expect(describeShortcut(parseShortcut('Escape'), false)).toBe('Escape');
  });

  it('recognises Apple platforms', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('macOS')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
