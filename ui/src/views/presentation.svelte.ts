// Presentation mode: the map alone, full screen, large type, no editing chrome;
// saved views stepped through like slides. One per window, so a module singleton
// that the action registry, the map view and the editing tools can all read.
import type { PresentationCommands } from '../actions/view-actions';

let presenting = $state(false);
let slide = $state(0);

/** Asks the window to go full screen; in a plain browser (tests, dev) the page still presents. */
async function setFullscreen(on: boolean): Promise<void> {
  try {
    const { getCurrentWindow } = await import('@tauri-apps/api/window');
    await getCurrentWindow().setFullscreen(on);
  } catch {
    // Not inside Tauri, or not allowed: presenting works in the window as it is.
  }
}

export const presentation: PresentationCommands & {
  readonly slide: number;
  start(): void;
  stop(): void;
  step(delta: number, count: number): number;
} = {
  get presenting(): boolean {
    return presenting;
  },
  get slide(): number {
    return slide;
  },
  start(): void {
    presenting = true;
    slide = 0;
    void setFullscreen(true);
  },
  stop(): void {
    if (!presenting) return;
    presenting = false;
    void setFullscreen(false);
  },
  toggle(): void {
    if (presenting) this.stop();
    else this.start();
  },
  /** Moves `delta` slides within `count`; returns the new index. */
  step(delta: number, count: number): number {
    if (count > 0) slide = Math.min(count - 1, Math.max(0, slide + delta));
    return slide;
  },
};
