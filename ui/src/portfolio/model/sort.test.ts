import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../api';
import { ariaSort, DEFAULT_SORT, nextSort, sortRows } from './sort';

function row(account_id: number, name: string, over: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    account_id,
    name,
    tier: null,
    relationship_level: 'vendor',
    relationship_target: 'vendor',
    critical_findings: 0,
    warning_findings: 0,
    plan: { has_plan: false, targets_met: 0, targets_total: 0, actions_overdue: 0, last_review: null },
    archived: false,
    lost: false,
    ...over,
  };
}

const plan = (met: number, total: number, overdue: number, review: string | null) => ({
  has_plan: true,
  targets_met: met,
  targets_total: total,
  actions_overdue: overdue,
  last_review: review,
});

const ROWS: PortfolioRow[] = [
  row(1, 'Delta', { tier: 'C', critical_findings: 2, plan: plan(1, 4, 0, '2026-03-01') }),
  row(2, 'alpha', { tier: 'S', relationship_level: 'partner', relationship_target: 'strategic_alliance', critical_findings: 5, plan: plan(3, 4, 2, '2026-11-20') }),
  row(3, 'Cedar', { relationship_level: 'partner', relationship_target: 'partner', critical_findings: 2, warning_findings: 3 }),
  row(4, 'Beacon', { tier: 'A', plan: plan(0, 0, 1, null) }),
];

const names = (rows: PortfolioRow[]) => rows.map((r) => r.name);

describe('portfolio sort', () => {
  it('sorts by name by default, ignoring case as the collation does', () => {
    expect(names(sortRows(ROWS, DEFAULT_SORT, (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))).toEqual(['alpha', 'Beacon', 'Cedar', 'Delta']);
  });

  it('puts tiers S to C with the untiered last, either way round', () => {
    const tier = nextSort(DEFAULT_SORT, 'tier');
    expect(tier).toEqual({ column: 'tier', descending: false });
    expect(names(sortRows(ROWS, tier))).toEqual(['alpha', 'Beacon', 'Delta', 'Cedar']);
    expect(names(sortRows(ROWS, nextSort(tier, 'tier')))).toEqual(['Delta', 'Beacon', 'alpha', 'Cedar']);
  });

  it('puts the most critical findings first, warnings breaking ties', () => {
    const findings = nextSort(DEFAULT_SORT, 'findings');
    expect(findings.descending).toBe(true);
    expect(names(sortRows(ROWS, findings))).toEqual(['alpha', 'Cedar', 'Delta', 'Beacon']);
  });

  it('orders plan progress by the share met; accounts without targets come last', () => {
    expect(names(sortRows(ROWS, nextSort(DEFAULT_SORT, 'plan')))).toEqual(['Delta', 'alpha', 'Beacon', 'Cedar']);
    expect(names(sortRows(ROWS, nextSort(DEFAULT_SORT, 'overdue')))).toEqual(['alpha', 'Beacon', 'Delta', 'Cedar']);
    expect(names(sortRows(ROWS, nextSort(DEFAULT_SORT, 'review')))).toEqual(['alpha', 'Delta', 'Beacon', 'Cedar']);
  });

  it('ranks the relationship by level, then by how far the target lies beyond it', () => {
    expect(names(sortRows(ROWS, nextSort(DEFAULT_SORT, 'level')))).toEqual(['alpha', 'Cedar', 'Beacon', 'Delta']);
  });

  it('says which column is sorted and how, for assistive technology', () => {
    const sort = nextSort(DEFAULT_SORT, 'review');
    expect(ariaSort(sort, 'review')).toBe('descending');
    expect(ariaSort(sort, 'name')).toBe('none');
    expect(ariaSort(DEFAULT_SORT, 'name')).toBe('ascending');
  });

  it('leaves the given rows untouched', () => {
    const before = names(ROWS);
    sortRows(ROWS, nextSort(DEFAULT_SORT, 'tier'));
    expect(names(ROWS)).toEqual(before);
  });
});
