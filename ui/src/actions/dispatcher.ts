// Turns key presses into actions. Installed once on the window by the app.
import type { ActionContext, ActionRegistry } from './registry';
import { isMacPlatform, type KeyInput } from './shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

export function currentPlatformIsMac(): boolean {
  // userAgentData is not in every webview (WebKit lacks it); platform still works there.
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return isMacPlatform(nav.userAgentData?.platform ?? navigator.platform ?? '');
}

/**
 * Handles one key press: runs the matching enabled action and swallows the event
 * (so Ctrl+F does not open the webview's own find bar). Returns whether it ran.
 */
export function dispatchKey(
  registry: ActionRegistry,
  ctx: ActionContext,
  event: KeyInput & { target: EventTarget | null; preventDefault(): void },
  mac: boolean,
): boolean {
  const action = registry.forKey(event, mac, isTextField(event.target));
  if (!action || !(action.enabled?.(ctx) ?? true)) return false;
  event.preventDefault();
  void registry.run(action.name, ctx);
  return true;
}

/** Listens on the window; returns the function that stops listening. */
export function installKeyboard(registry: ActionRegistry, ctx: ActionContext): () => void {
  const mac = currentPlatformIsMac();
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    dispatchKey(registry, ctx, event, mac);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
