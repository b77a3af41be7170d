// Keyboard shortcuts written as "Mod+Shift+Z". Mod is Cmd on macOS and Ctrl
// elsewhere, so one definition serves both platforms.

export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower-case key name as in KeyboardEvent.key, e.g. "z", "f", "0", "escape". */
  key: string;
}

/** The parts of a KeyboardEvent that matching needs (easy to fake in tests). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+').map((p) => p.trim());
  const key = parts.pop();
  if (!key) throw new Error(`shortcut without a key: "${text}"`);
  const shortcut: Shortcut = { mod: false, shift: false, alt: false, key: key.toLowerCase() };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === 'mod') shortcut.mod = true;
    else if (modifier === 'shift') shortcut.shift = true;
    else if (modifier === 'alt') shortcut.alt = true;
    else throw new Error(`unknown modifier "${part}" in shortcut "${text}"`);
  }
  return shortcut;
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/**
 * Exact match: every modifier must be as written, so Mod+Z does not also fire on
 * Mod+Shift+Z. On macOS, Ctrl is not Mod (Ctrl+Z must not undo); elsewhere the
 * Windows/Meta key is not Mod.
 */
export function matchesShortcut(shortcut: Shortcut, input: KeyInput, mac: boolean): boolean {
  const mod = mac ? input.metaKey : input.ctrlKey;
  const otherModifier = mac ? input.ctrlKey : input.metaKey;
  if (otherModifier || mod !== shortcut.mod || input.shiftKey !== shortcut.shift || input.altKey !== shortcut.alt) {
    return false;
  }
  return input.key.toLowerCase() === shortcut.key;
}

/** Human text for menus and tooltips: "⌘⇧Z" on macOS, "Ctrl+Shift+Z" elsewhere. */
export function describeShortcut(shortcut: Shortcut, mac: boolean): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key[0]!.toUpperCase() + shortcut.key.slice(1);
  if (mac) return `${shortcut.alt ? '\u2325' : ''}${shortcut.shift ? '\u21e7' : ''}${shortcut.mod ? '\u2318' : ''}${key}`;
  return [shortcut.mod ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
