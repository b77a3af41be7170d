// A saved or live MapFilter applied to the map payload before drawing. This is
// presentation only (what to show), not an analysis: empty lists mean "everyone".
import type { AccountMap, MapFilter, MapPerson } from '../api';
import { ATTITUDE_MAX, ATTITUDE_MIN } from './attitude';

export function isEmptyFilter(filter: MapFilter): boolean {
  return (
    !filter.roles?.length &&
    !filter.org_unit_ids?.length &&
    !filter.sides?.length &&
    (filter.attitude_min ?? ATTITUDE_MIN) <= ATTITUDE_MIN &&
    (filter.attitude_max ?? ATTITUDE_MAX) >= ATTITUDE_MAX
  );
}

function matchesFilter(person: MapPerson, filter: MapFilter): boolean {
  if (filter.sides?.length && !filter.sides.includes(person.side)) return false;
  if (filter.roles?.length && !person.roles.some((r) => filter.roles!.includes(r))) return false;
  if (filter.org_unit_ids?.length && (person.org_unit_id === null || !filter.org_unit_ids.includes(person.org_unit_id))) {
    return false;
  }
  const min = filter.attitude_min ?? ATTITUDE_MIN;
  const max = filter.attitude_max ?? ATTITUDE_MAX;
  if (min > ATTITUDE_MIN || max < ATTITUDE_MAX) {
    // A narrowed range asks about assessed contacts; the unassessed are not in it.
    if (person.attitude === null || person.attitude < min || person.attitude > max) return false;
  }
  return true;
}

/** The same map with only the people the filter keeps, and the ties between them. */
export function applyFilter(map: AccountMap, filter: MapFilter): AccountMap {
  if (isEmptyFilter(filter)) return map;
  const people = map.people.filter((p) => matchesFilter(p, filter));
  const kept = new Set(people.map((p) => p.id));
  const ties = map.ties.filter((t) => kept.has(t.from_person_id) && kept.has(t.to_person_id));
  return { ...map, people, ties };
}

/** The ids of the people the filter leaves out (none for an empty filter). */
export function outsideFilter(map: AccountMap, filter: MapFilter): number[] {
  if (isEmptyFilter(filter)) return [];
  return map.people.filter((p) => !matchesFilter(p, filter)).map((p) => p.id);
}
