// What a deletion takes with it, so that the confirmation can say so before the
// KAM agrees. The core deletes a person's ties with them; we only count them.
import type { AccountMap, TieKind } from '../api';

export interface DeletionPlan {
  people: { id: number; name: string }[];
  /** Ties named explicitly (a selected edge), deleted one by one. */
  tieIds: number[];
  /** Ties that go with the people, by kind (for the message). */
  tiesWithPeople: Partial<Record<TieKind, number>>;
  tiesWithPeopleTotal: number;
}

export function planDeletion(map: AccountMap, personIds: readonly number[], tieIds: readonly number[] = []): DeletionPlan {
  const chosen = new Set(personIds);
  const people = map.people.filter((p) => chosen.has(p.id)).map((p) => ({ id: p.id, name: p.name }));
  const tiesWithPeople: Partial<Record<TieKind, number>> = {};
  let total = 0;
  const goingAnyway = new Set<number>();
  for (const tie of map.ties) {
    if (chosen.has(tie.from_person_id) || chosen.has(tie.to_person_id)) {
      tiesWithPeople[tie.kind] = (tiesWithPeople[tie.kind] ?? 0) + 1;
      total += 1;
      goingAnyway.add(tie.id);
    }
  }
  const known = new Set(map.ties.map((t) => t.id));
  // A selected tie between deleted people goes with them; deleting it twice would fail.
  const ties = tieIds.filter((id) => known.has(id) && !goingAnyway.has(id));
  return { people, tieIds: ties, tiesWithPeople, tiesWithPeopleTotal: total };
}

export function isEmptyPlan(plan: DeletionPlan): boolean {
  return plan.people.length === 0 && plan.tieIds.length === 0;
}
