// The portfolio table's sort: which column, which way, and the rows in that order. A click
// on the sorted column reverses it; a click on another sorts by it in its natural first
// direction (names A→Z, tiers S→C, the most findings or overdue actions first, the latest
// review first). Empty cells (no tier, no plan, no review) always come last; equal rows keep
// the order of their names.
import type { PortfolioRow, RelationshipLevel, Tier } from '../../api';

export type SortColumn = 'name' | 'tier' | 'level' | 'findings' | 'plan' | 'overdue' | 'review';

export const SORT_COLUMNS: readonly SortColumn[] = ['name', 'tier', 'level', 'findings', 'plan', 'overdue', 'review'];

export interface SortState {
  column: SortColumn;
  descending: boolean;
}

export const DEFAULT_SORT: SortState = { column: 'name', descending: false };

/** Columns whose first click puts the biggest value on top. */
const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set(['level', 'findings', 'overdue', 'review']);

const TIER_RANK: Readonly<Record<Tier, number>> = { S: 0, A: 1, B: 2, C: 3 };
const LEVEL_RANK: Readonly<Record<RelationshipLevel, number>> = {
  vendor: 0,
  preferred_supplier: 1,
  partner: 2,
  strategic_alliance: 3,
};

export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: DESCENDING_FIRST.has(column) };
}

export function ariaSort(sort: SortState, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

type Key = number | string | null;

/** What a column sorts by; null for an empty cell. */
function keyOf(row: PortfolioRow, column: SortColumn): Key | readonly number[] {
  switch (column) {
    case 'name':
      return row.name;
    case 'tier':
      return row.tier ? TIER_RANK[row.tier] : null;
    case 'level':
      // The level first, then how far the target lies beyond it.
      return row.relationship_level
        ? [LEVEL_RANK[row.relationship_level], row.relationship_target ? LEVEL_RANK[row.relationship_target] - LEVEL_RANK[row.relationship_level] : 0]
        : null;
    case 'findings':
      return [row.critical_findings, row.warning_findings];
    case 'plan':
      return row.plan.has_plan && row.plan.targets_total > 0 ? row.plan.targets_met / row.plan.targets_total : null;
    case 'overdue':
      return row.plan.has_plan ? row.plan.actions_overdue : null;
    case 'review':
      return row.plan.last_review ?? null;
  }
}

function compareKeys(a: Key | readonly number[], b: Key | readonly number[], collate: (x: string, y: string) => number): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return collate(a, b);
  return (a as number) - (b as number);
}

/** The rows in `sort`'s order, empty cells last; a new array. */
export function sortRows(
  rows: readonly PortfolioRow[],
  sort: SortState,
  collate: (x: string, y: string) => number = (x, y) => x.localeCompare(y),
): PortfolioRow[] {
  const byName = (a: PortfolioRow, b: PortfolioRow) => collate(a.name, b.name) || a.account_id - b.account_id;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, sort.column);
    const kb = keyOf(b, sort.column);
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    const d = compareKeys(ka, kb, collate);
    if (d !== 0) return sort.descending ? -d : d;
    return byName(a, b);
  });
}
