// The canvas on screen now, for code that is not a child of the map (editing
// tools): `whenCanvas` calls back with it now if there is one, and with every new one.
import type { MapCanvas } from './canvas';

let current: MapCanvas | null = null;
const waiting = new Set<(canvas: MapCanvas) => void>();

export function whenCanvas(callback: (canvas: MapCanvas) => void): () => void {
  waiting.add(callback);
  if (current) callback(current);
  return () => waiting.delete(callback);
}

export function announce(canvas: MapCanvas): void {
  current = canvas;
  for (const callback of waiting) callback(canvas);
}

export function withdraw(canvas: MapCanvas): void {
  if (current === canvas) current = null;
}
