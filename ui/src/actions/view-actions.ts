// The map views' actions: presentation mode (F5, or Mod+Shift+Enter where F5 is
// taken by the system). Slide keys (arrows, PageDown/PageUp, Esc) are handled by
// the presentation itself, only while it runs, so they never fight editing keys.
import type { ActionRegistry } from './registry';

/** What the view actions reach (`ctx.presentation`). */
export interface PresentationCommands {
  readonly presenting: boolean;
  toggle(): void;
}

export function registerViewActions(registry: ActionRegistry): ActionRegistry {
  return registry
    .register({
      name: 'present',
      labelKey: 'action.present',
      shortcut: 'F5',
      inTextFields: true,
      perform: (ctx) => ctx.presentation?.toggle(),
      enabled: (ctx) => ctx.presentation !== undefined,
    })
    .register({
      name: 'presentAlt',
      labelKey: 'action.present',
      shortcut: 'Mod+Shift+Enter',
      inTextFields: true,
      perform: (ctx) => ctx.presentation?.toggle(),
      enabled: (ctx) => ctx.presentation !== undefined,
    });
}
