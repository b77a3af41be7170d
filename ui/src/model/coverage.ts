// Who on our side covers a contact, read off the map's coverage ties. Display only:
// gaps and rules (e.g. "every key contact needs an A and a B") are the core's job.
import type { AccountMap, CoverageRole, MapPerson } from '../api';
import { COVERAGE_ROLES } from './ties';

export interface CoverageOwner {
  role: CoverageRole;
  owner: MapPerson;
}

const roleOrder = (role: CoverageRole): number => COVERAGE_ROLES.indexOf(role);

/** The owners of `personId`, A first, then B, then sponsors; by name within a role. */
export function coverageOwners(map: AccountMap, personId: number): CoverageOwner[] {
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const owners: CoverageOwner[] = [];
  for (const tie of map.ties) {
    if (tie.kind !== 'coverage' || tie.coverage_role === null) continue;
    // A coverage tie links one of ours with the contact; accept either direction.
    const otherId =
      tie.to_person_id === personId ? tie.from_person_id : tie.from_person_id === personId ? tie.to_person_id : null;
    if (otherId === null) continue;
    const other = byId.get(otherId);
    if (other && other.side === 'ours') owners.push({ role: tie.coverage_role, owner: other });
  }
  return owners.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.owner.name.localeCompare(b.owner.name));
}

/** The contacts `personId` (one of ours) covers, for our staff's own panel. */
export function coveredBy(map: AccountMap, personId: number): CoverageOwner[] {
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const covered: CoverageOwner[] = [];
  for (const tie of map.ties) {
    if (tie.kind !== 'coverage' || tie.coverage_role === null) continue;
    const otherId =
      tie.from_person_id === personId ? tie.to_person_id : tie.to_person_id === personId ? tie.from_person_id : null;
    const other = otherId === null ? undefined : byId.get(otherId);
    if (other && other.side !== 'ours') covered.push({ role: tie.coverage_role, owner: other });
  }
  return covered.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.owner.name.localeCompare(b.owner.name));
}
