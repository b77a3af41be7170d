// The account's departments as the tree the org chart draws: each unit with its depth,
// parents before children, siblings by name.
import type { OrgUnit } from '../../api';

export interface DepartmentRow {
  unit: OrgUnit;
  depth: number;
  /** The units under it, at any depth: where it cannot be moved. */
  below: Set<number>;
}

export function departmentTree(units: readonly OrgUnit[]): DepartmentRow[] {
  const known = new Set(units.map((u) => u.id));
  const children = new Map<number | null, OrgUnit[]>();
  for (const unit of units) {
    // A parent that is not listed puts the unit at the top rather than losing it.
    const parent = unit.parent_id !== null && known.has(unit.parent_id) ? unit.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const rows: DepartmentRow[] = [];
  const visit = (parent: number | null, depth: number, seen: Set<number>): Set<number> => {
    const all = new Set<number>();
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      const row: DepartmentRow = { unit, depth, below: new Set() };
      rows.push(row);
      row.below = visit(unit.id, depth + 1, new Set([...seen, unit.id]));
      all.add(unit.id);
      for (const id of row.below) all.add(id);
    }
    return all;
  };
  visit(null, 0, new Set());
  return rows;
}
