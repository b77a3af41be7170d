// The application's actions. Labels are message keys, translated where shown.
import { registerEditingActions } from './editing-actions';
import { ActionRegistry } from './registry';
import { registerViewActions } from './view-actions';

export function createAppActions(): ActionRegistry {
  const registry = new ActionRegistry()
    .register({
      name: 'undo',
      labelKey: 'action.undo',
      shortcut: 'Mod+Z',
      perform: (ctx) => ctx.undo(),
      enabled: (ctx) => ctx.canUndo(),
    })
    .register({
      name: 'redo',
      labelKey: 'action.redo',
      shortcut: 'Mod+Shift+Z',
      alsoShortcuts: ['Mod+Y'],
      perform: (ctx) => ctx.redo(),
      enabled: (ctx) => ctx.canRedo(),
    })
    .register({
      name: 'search',
      labelKey: 'action.search',
      shortcut: 'Mod+F',
      inTextFields: true,
      perform: (ctx) => ctx.focusSearch(),
    })
    .register({
      name: 'fit',
      labelKey: 'action.fit',
      shortcut: 'Mod+0',
      perform: (ctx) => ctx.fitView(),
    })
    .register({
      name: 'privacy',
      labelKey: 'action.privacy',
      shortcut: 'Mod+Shift+P',
      inTextFields: true,
      perform: (ctx) => ctx.togglePrivacy(),
    })
    .register({
      name: 'language',
      labelKey: 'action.language',
      shortcut: 'Mod+Shift+L',
      inTextFields: true,
      perform: (ctx) => ctx.switchLanguage(),
    })
    .register({
      name: 'clear',
      labelKey: 'action.clear',
      shortcut: 'Escape',
      inTextFields: true,
      perform: (ctx) => ctx.clearSelection(),
    });
  return registerViewActions(registerEditingActions(registry));
}
