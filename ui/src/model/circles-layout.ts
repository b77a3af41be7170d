// Acquaintance circles: the centre person in the middle, each degree of
// acquaintance on its own ring. Who is in which ring comes from the core; this
// only places them. People reached through the same person sit next to each other.
import { personNodeId } from './groups';
import type { Point } from './blocks';

export interface RingInput {
  degree: number;
  person_ids: number[];
  /** Optional: who introduces each person (from the ring inside); keeps families together. */
  via?: ReadonlyMap<number, number>;
  /** Optional: the tie that reaches each person from the ring inside (the only ties drawn). */
  via_tie_ids?: readonly number[];
}

export interface CirclesLayout {
  positions: Map<string, Point>;
  /** Radius of each drawn ring, by degree, for the faint ring guides. */
  radii: { degree: number; radius: number }[];
}

/** Gap between neighbours on a ring, and between rings, in model pixels. */
const RING_SPACING = 118;

export function circlesLayout(centreId: number, rings: readonly RingInput[], spacing = RING_SPACING): CirclesLayout {
  const radii: CirclesLayout['radii'] = [];
  const out = new Map<string, Point>([[personNodeId(centreId), { x: 0, y: 0 }]]);
  const angleOf = new Map<number, number>([[centreId, 0]]);
  let radius = 0;
  for (const ring of [...rings].sort((a, b) => a.degree - b.degree)) {
    const n = ring.person_ids.length;
    if (n === 0) continue;
    // Far enough out for the ring to hold everyone without overlap, and past the last ring.
    radius = Math.max(radius + spacing * 1.4, (n * spacing) / (2 * Math.PI));
    radii.push({ degree: ring.degree, radius });
    const ordered = [...ring.person_ids].sort((a, b) => {
      const pa = angleOf.get(ring.via?.get(a) ?? -1) ?? 0;
      const pb = angleOf.get(ring.via?.get(b) ?? -1) ?? 0;
      return pa - pb || a - b;
    });
    ordered.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      angleOf.set(id, angle);
      out.set(personNodeId(id), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return { positions: out, radii };
}
