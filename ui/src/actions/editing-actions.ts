// The editing actions: quick add, go to a person, connect, draw ties, log a contact, delete, edit. Registered with
// the app's actions so that keys, buttons and tooltips agree.
import type { DecisionRole } from '../api';
import type { MessageKey } from '../i18n/index.svelte';
import type { ActionContext, ActionRegistry } from './registry';

/**
 * The workshop's one-key decision roles, on Shift so they never clash with the tools'
 * letters (D draws ties, C connects): Shift+D decider, Shift+A approver, and so on.
 */
export const ROLE_KEYS: Readonly<Record<DecisionRole, string>> = {
  decider: 'Shift+D',
  approver: 'Shift+A',
  influencer: 'Shift+I',
  buyer: 'Shift+B',
  user: 'Shift+U',
  gatekeeper: 'Shift+K',
  initiator: 'Shift+T',
};

/** The attitude digits: 0..3, after `-` for −1..−3. */
const ATTITUDE_DIGITS = [0, 1, 2, 3] as const;

/** What the editing actions reach (`ctx.editing`); the app hands in the editor, tests fake it. */
export interface EditingCommands {
  readonly canEdit: boolean;
  readonly hasSelection: boolean;
  readonly single: number | null;
  openQuickAdd(): void;
  openGoTo(): void;
  startConnect(): void;
  toggleDrawing(): void;
  askDelete(): void;
  focusPanel(): void;
  openLogContact(): void;
  /** The selected customer person, or null (our staff are not assessed). */
  readonly assessable: number | null;
  negativeNext: boolean;
  helpOpen: boolean;
  setAttitude(digit: number): void;
  addRole(role: DecisionRole): Promise<void>;
}

/** Adds the editing actions; they act through `ctx.editing` and are disabled without it. */
export function registerEditingActions(registry: ActionRegistry): ActionRegistry {
  for (const digit of ATTITUDE_DIGITS) {
    registry.register({
      name: `attitude${digit}`,
      labelKey: `action.attitude${digit}` as MessageKey,
      shortcut: String(digit),
      perform: (ctx) => ctx.editing?.setAttitude(digit),
      enabled: (ctx) => (ctx.editing?.assessable ?? null) !== null,
    });
  }
  for (const [role, key] of Object.entries(ROLE_KEYS) as [DecisionRole, string][]) {
    registry.register({
      name: `role-${role}`,
      labelKey: `role.${role}` as MessageKey,
      shortcut: key,
      perform: (ctx) => ctx.editing?.addRole(role),
      enabled: (ctx) => (ctx.editing?.assessable ?? null) !== null,
    });
  }
  return registry
    .register({
      name: 'attitudeNegative',
      labelKey: 'action.attitudeNegative',
      shortcut: '-',
      perform: (ctx) => {
        if (ctx.editing) ctx.editing.negativeNext = true;
      },
      enabled: (ctx) => (ctx.editing?.assessable ?? null) !== null,
    })
    .register({
      name: 'keyboardHelp',
      labelKey: 'action.keyboardHelp',
      shortcut: 'Shift+?',
      perform: (ctx) => {
        if (ctx.editing) ctx.editing.helpOpen = !ctx.editing.helpOpen;
      },
    })
    .register({
      name: 'quickAdd',
      labelKey: 'action.quickAdd',
      shortcut: 'N',
      perform: (ctx) => ctx.editing?.openQuickAdd(),
      enabled: (ctx) => ctx.editing?.canEdit ?? false,
    })
    .register({
      // Works while typing (e.g. in the search box): no need to leave the field first.
      name: 'quickAddAlt',
      labelKey: 'action.quickAddAlt',
      shortcut: 'Mod+Enter',
      inTextFields: true,
      perform: (ctx) => ctx.editing?.openQuickAdd(),
      enabled: (ctx) => ctx.editing?.canEdit ?? false,
    })
    .register({
      name: 'goTo',
      labelKey: 'action.goTo',
      shortcut: 'G',
      perform: (ctx) => ctx.editing?.openGoTo(),
      enabled: (ctx) => ctx.editing?.canEdit ?? false,
    })
    .register({
      name: 'connect',
      labelKey: 'action.connect',
      shortcut: 'C',
      perform: (ctx) => ctx.editing?.startConnect(),
      enabled: (ctx) => (ctx.editing?.single ?? null) !== null,
    })
    .register({
      name: 'drawTies',
      labelKey: 'action.drawTies',
      shortcut: 'D',
      perform: (ctx) => ctx.editing?.toggleDrawing(),
      enabled: (ctx) => ctx.editing?.canEdit ?? false,
    })
    .register({
      name: 'editPerson',
      labelKey: 'action.editPerson',
      shortcut: 'E',
      perform: (ctx) => ctx.editing?.focusPanel(),
      enabled: (ctx) => (ctx.editing?.single ?? null) !== null,
    })
    .register({
      name: 'logContact',
      labelKey: 'action.logContact',
      shortcut: 'L',
      perform: (ctx) => ctx.editing?.openLogContact(),
      enabled: (ctx) => (ctx.editing?.single ?? null) !== null,
    })
    .register({
      name: 'delete',
      labelKey: 'action.delete',
      shortcut: 'Delete',
      perform: (ctx) => ctx.editing?.askDelete(),
      enabled: (ctx) => ctx.editing?.hasSelection ?? false,
    })
    .register({
      // macOS keyboards have no Delete key; theirs is Backspace.
      name: 'deleteAlt',
      labelKey: 'action.deleteAlt',
      shortcut: 'Backspace',
      perform: (ctx) => ctx.editing?.askDelete(),
      enabled: (ctx) => ctx.editing?.hasSelection ?? false,
    });
}

/**
 * A context for running only the editing actions, for their own buttons (which sit
 * in the map, away from the app's context): the other operations do nothing.
 */
export function editingContext(editing: EditingCommands): ActionContext {
  const nothing = () => undefined;
  return {
    canUndo: () => false,
    canRedo: () => false,
    undo: async () => undefined,
    redo: async () => undefined,
    focusSearch: nothing,
    fitView: nothing,
    togglePrivacy: nothing,
    switchLanguage: nothing,
    clearSelection: nothing,
    editing,
  };
}
