// Stored positions (from the core) as the node-id map the canvas uses.
import type { NodePosition } from '../api';
import type { Point } from '../model/blocks';
import { personNodeId } from '../model/groups';

export const NO_POSITIONS: ReadonlyMap<string, Point> = new Map();

export function storedPositions(placed: readonly NodePosition[]): ReadonlyMap<string, Point> {
  const stored = new Map<string, Point>();
  for (const p of placed) if (p.x !== null && p.y !== null) stored.set(personNodeId(p.person_id), { x: p.x, y: p.y });
  return stored;
}
