// `window.symbioMap`: what the map draws, for the end-to-end tests (WebDriver
// cannot look inside a canvas). Read-only; reflects the live drawing.
import type { DrawnPerson, DrawnTie, MapCanvas } from './canvas';

export interface SymbioMapHook {
  people(): DrawnPerson[];
  ties(): DrawnTie[];
  /** Screen position of a person's node inside the canvas, or null when not drawn. */
  renderedPosition(personId: number): { x: number; y: number } | null;
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
  };
  window.symbioMap = hook;
  return () => {
    if (window.symbioMap === hook) delete window.symbioMap;
  };
}
