// User operations in one registry, so that buttons, keyboard shortcuts and (later)
// a command palette all run the same code and agree on when it is enabled.
import type { MessageKey } from '../i18n/translate';
import type { EditingCommands } from './editing-actions';
import type { PresentationCommands } from './view-actions';
import { describeShortcut, matchesShortcut, parseShortcut, type KeyInput, type Shortcut } from './shortcuts';

/** What actions can reach; the app supplies it, tests fake it. */
export interface ActionContext {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): Promise<void>;
  redo(): Promise<void>;
  focusSearch(): void;
  fitView(): void;
  togglePrivacy(): void;
  switchLanguage(): void;
  /** Escape: close details, clear the search. */
  clearSelection(): void;
  /** The editing tools (quick add, connect, delete); their actions are disabled without them. */
  editing?: EditingCommands;
  /** Presentation mode of the map; its actions are disabled without it. */
  presentation?: PresentationCommands;
}

export interface Action {
  name: string;
  labelKey: MessageKey;
  shortcut?: string;
  /** Further keys for the same action, matched but not shown (Ctrl+Y redoes on Windows as well as Ctrl+Shift+Z). */
  alsoShortcuts?: readonly string[];
  /** Run even while typing in a text field (undo/redo there belong to the field). */
  inTextFields?: boolean;
  perform(ctx: ActionContext): void | Promise<void>;
  enabled?(ctx: ActionContext): boolean;
}

export class ActionRegistry {
  private readonly actions = new Map<string, Action>();
  private readonly shortcuts = new Map<string, Shortcut>();
  private readonly alternatives: [string, Shortcut][] = [];

  register(action: Action): this {
    if (this.actions.has(action.name)) throw new Error(`action "${action.name}" is registered twice`);
    this.actions.set(action.name, action);
    if (action.shortcut) this.shortcuts.set(action.name, parseShortcut(action.shortcut));
    for (const key of action.alsoShortcuts ?? []) this.alternatives.push([action.name, parseShortcut(key)]);
    return this;
  }

  get(name: string): Action | undefined {
    return this.actions.get(name);
  }

  all(): Action[] {
    return [...this.actions.values()];
  }

  isEnabled(name: string, ctx: ActionContext): boolean {
    const action = this.actions.get(name);
    return action !== undefined && (action.enabled?.(ctx) ?? true);
  }

  /** Runs the action if it exists and is enabled; returns whether it ran. */
  async run(name: string, ctx: ActionContext): Promise<boolean> {
    const action = this.actions.get(name);
    if (!action || !(action.enabled?.(ctx) ?? true)) return false;
    await action.perform(ctx);
    return true;
  }

  /** The action whose shortcut matches the key press, if any. */
  forKey(input: KeyInput, mac: boolean, inTextField: boolean): Action | undefined {
    for (const [name, shortcut] of [...this.shortcuts, ...this.alternatives]) {
      const action = this.actions.get(name);
      if (!action || (inTextField && !action.inTextFields)) continue;
      if (matchesShortcut(shortcut, input, mac)) return action;
    }
    return undefined;
  }

  shortcutText(name: string, mac: boolean): string | undefined {
    const shortcut = this.shortcuts.get(name);
    return shortcut ? describeShortcut(shortcut, mac) : undefined;
  }
}
