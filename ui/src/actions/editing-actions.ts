// The editing actions: quick add, go to a person, connect, draw ties, log a contact, delete, edit. Registered with
// the app's actions so that keys, buttons and tooltips agree.
import type { ActionContext, ActionRegistry } from './registry';

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
}

/** Adds the editing actions; they act through `ctx.editing` and are disabled without it. */
export function registerEditingActions(registry: ActionRegistry): ActionRegistry {
  return registry
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
