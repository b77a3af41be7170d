// `window.symbioMap`: what the map draws, for the end-to-end tests (WebDriver
// cannot look inside a canvas). Read-only; reflects the live drawing. Installed only in
// the e2e build (`npm run build:e2e`): it names people, so a release must not carry it.
import type { DrawnPerson, DrawnTie, MapCanvas } from './canvas';

export interface SymbioMapHook {
  people(): DrawnPerson[];
  ties(): DrawnTie[];
  /** Screen position of a person's node inside the canvas, or null when not drawn. */
  renderedPosition(personId: number): { x: number; y: number } | null;
  /** Taps a person as a click would (WebDriver clicks on a canvas are unreliable). */
  tap(personId: number): boolean;
  /** Which view is drawn. */
  view(): string;
}

declare global {
  interface Window {
    symbioMap?: SymbioMapHook;
  }
}

export function installTestHook(canvas: MapCanvas): () => void {
  const hook: SymbioMapHook = {
    people: () => canvas.people(),
    ties: () => canvas.ties(),
    renderedPosition: (personId) => canvas.renderedPosition(personId),
    tap: (personId) => {
      let found = false;
      canvas.onCy((cy) => {
        const node = cy.getElementById(`p${personId}`);
        found = node.nonempty();
        if (found) node.emit('tap');
      })();
      return found;
    },
    view: () => canvas.currentView(),
  };
  window.symbioMap = hook;
  return () => {
    if (window.symbioMap === hook) delete window.symbioMap;
  };
}
