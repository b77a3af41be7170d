// Acquaintance circles come from the core (`acquaintanceCircles(personId, degrees)`):
// who is in which ring, and through whom. This only turns them into layout input;
// graph work belongs to the core.
import { core } from '../api';
import type { RingInput } from '../model/circles-layout';

export async function fetchRings(personId: number, degrees: number): Promise<RingInput[]> {
  const circles = await core.acquaintanceCircles(personId, degrees);
  return circles.rings.map((ring) => ({
    degree: ring.degree,
    person_ids: ring.people.map((p) => p.person.id),
    via: new Map(ring.people.map((p) => [p.person.id, p.via_person_id])),
    via_tie_ids: ring.people.map((p) => p.via_tie_id),
  }));
}
