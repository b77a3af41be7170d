// Which box a person is drawn in. Customer contacts sit in their department (an
// org unit; units nest). Everyone else is grouped by side, so that our team, the
// third parties and the competitor's people are each seen together.
import type { AccountMap, MapPerson, OrgUnit } from '../api';

export const personNodeId = (id: number): string => `p${id}`;
export const unitNodeId = (id: number): string => `u${id}`;
export const tieEdgeId = (id: number): string => `t${id}`;

export type SyntheticGroup = 'ours' | 'third_party' | 'competitor' | 'unassigned';
const SYNTHETIC_GROUPS: readonly SyntheticGroup[] = ['unassigned', 'third_party', 'competitor', 'ours'];
export const groupNodeId = (group: SyntheticGroup): string => `g-${group.replace('_', '-')}`;

/** The node id of the box a person belongs in. */
export function parentOf(person: MapPerson, unitIds: ReadonlySet<number>): string {
  if (person.side === 'ours') return groupNodeId('ours');
  if (person.side === 'third_party') return groupNodeId('third_party');
  if (person.side === 'competitor') return groupNodeId('competitor');
  if (person.org_unit_id !== null && unitIds.has(person.org_unit_id)) return unitNodeId(person.org_unit_id);
  return groupNodeId('unassigned');
}

/** Org units whose parent is missing from the map count as top level. */
export function topLevelUnits(units: readonly OrgUnit[]): OrgUnit[] {
  const ids = new Set(units.map((u) => u.id));
  return units.filter((u) => u.parent_id === null || !ids.has(u.parent_id));
}

export function childUnits(units: readonly OrgUnit[], parentId: number): OrgUnit[] {
  return units.filter((u) => u.parent_id === parentId && u.id !== parentId);
}

/** The synthetic groups that have at least one member, in drawing order. */
export function usedGroups(map: AccountMap): SyntheticGroup[] {
  const unitIds = new Set(map.org_units.map((u) => u.id));
  const used = new Set(map.people.map((p) => parentOf(p, unitIds)));
  return SYNTHETIC_GROUPS.filter((g) => used.has(groupNodeId(g)));
}

/** Unit names from the top down, e.g. "Production / Plant North". */
export function unitPath(units: readonly OrgUnit[], unitId: number | null): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: string[] = [];
  const seen = new Set<number>();
  let current = unitId === null ? undefined : byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.name);
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return path;
}

/**
 * The units as one level, for the org chart: a unit nested in another is drawn as
 * its own box beside the others, captioned with its parent ("Production / Quality";
 * the organisation's top unit is left out of captions, it holds everyone). Nested
 * boxes stacked inside each other made one tall block that a wide screen could
 * only show with 5-7 px type; separate boxes pack into rows of the canvas's shape.
 */
export function flatUnits(units: readonly OrgUnit[]): OrgUnit[] {
  const oneTop = topLevelUnits(units).length === 1;
  return units.map((unit) => {
    const path = unitPath(units, unit.id);
    const shown = oneTop && path.length > 1 ? path.slice(1) : path;
    return { ...unit, parent_id: null, name: shown.slice(-2).join(' / ') };
  });
}
