import { describe, expect, it } from 'vitest';
import type { AccountDeletionImpact, AccountSummary, Agenda, CriterionScore, Reminder, ValueAssessment, ValueCurve } from '../../api';
import { impactLines, visibleAccounts } from './accounts';
import { agendaView } from './agenda';
import { curveChart } from './curve';
import { todayIso } from './dates';
import { formatAmount, formatSignedShare, parseNumber } from './numbers';
import { groupCriteria, unscored, yearChoices, yearTable } from './value-grid';

const criterion = (id: number, key: string, horizon: CriterionScore['horizon'], visibility: CriterionScore['visibility'], score: number | null): CriterionScore => ({
  criterion_id: id,
  key,
  label: key,
  horizon,
  visibility,
  weight: 0.2,
  weight_share: 0.2,
  score,
  contribution: (score ?? 0) * 0.2,
});

const assessment = (year: number, scores: (number | null)[]): ValueAssessment => {
  const subtotal = { weight_share: 0, contribution: 0, score: null };
  const criteria = [
    criterion(1, 'purchase_scale', 'current', 'explicit', scores[0] ?? null),
    criterion(2, 'industry_influence', 'long_term', 'implicit', scores[1] ?? null),
    criterion(3, 'growth_potential', 'long_term', 'explicit', scores[2] ?? null),
  ];
  return {
    account_id: 1,
    year,
    criteria,
    current: subtotal,
    long_term: subtotal,
    explicit: subtotal,
    implicit: subtotal,
    weighted_score: criteria.reduce((s, c) => s + (c.contribution ?? 0), 0),
    complete: scores.every((s) => s !== null),
    suggested_tier: scores.every((s) => s !== null) ? 'B' : null,
    decided_tier: null,
    suggested_threshold: null,
    next_tier: 'A',
    points_to_next_tier: 1,
  };
};

describe('the value assessment layout', () => {
  it('groups criteria current first, explicit first, leaving out empty groups', () => {
    const groups = groupCriteria(assessment(2026, [1, 2, 3]).criteria);
    expect(groups.map((g) => [g.key, g.criteria.map((c) => c.key)])).toEqual([
      ['current.explicit', ['purchase_scale']],
      ['long_term.explicit', ['growth_potential']],
      ['long_term.implicit', ['industry_influence']],
    ]);
  });

  it('sets years side by side, oldest first, and counts what is left to score', () => {
    const table = yearTable([assessment(2026, [4, null, 3]), assessment(2025, [2, 2, 2])]);
    expect(table.years).toEqual([2025, 2026]);
    expect(table.rows[0]).toEqual({ criterionId: 1, key: 'purchase_scale', scores: [2, 4] });
    expect(table.rows[1]?.scores).toEqual([2, null]);
    expect(table.suggested).toEqual(['B', null]);
    expect(unscored(assessment(2026, [4, null, null]))).toBe(2);
    expect(yearChoices([2024, 2026], 2026)).toEqual([2027, 2026, 2024]);
  });
});

describe('the value return curve chart', () => {
  const curve: ValueCurve = {
    account_id: 1,
    annual_revenue: 10,
    expected_revenue_1y: 12,
    expected_revenue_3y: 18,
    base_year: 2024,
    expected: [
      { year: 2024, revenue: 9, interpolated: false },
      { year: 2025, revenue: 12, interpolated: false },
      { year: 2027, revenue: 18, interpolated: false },
    ],
    actuals: [
      { year: 2023, revenue: 8 },
      { year: 2025, revenue: 10.5 },
    ],
    gap: null,
  };

  it('spans every year of both lines and keeps larger values higher', () => {
    const chart = curveChart(curve, 300, 100)!;
    expect(chart.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(chart.years[0]!.x).toBeLessThan(chart.years[4]!.x);
    const [e2024, e2025] = chart.expected;
    expect(e2025!.y).toBeLessThan(e2024!.y);
    expect(chart.expectedPath.startsWith('M')).toBe(true);
    expect(chart.actual.every((p) => p.y <= chart.baseline && p.y >= chart.top)).toBe(true);
  });

  it('draws nothing without figures', () => {
    expect(curveChart({ ...curve, expected: [], actuals: [] })).toBeNull();
  });
});

describe('the agenda as shown', () => {
  const reminder = (kind: Reminder['date_kind'], timing: Reminder['timing']): Reminder => ({
    kind: kind ? 'key_date' : 'contact_due',
    timing,
    due_on: '2026-12-02',
    days: 0,
    account_id: 1,
    account: 'Harbor',
    person_id: 3,
    person: 'Zhao',
    contact: null,
    tier: null,
    max_days_between_contacts: null,
    last_contact: null,
    date_kind: kind,
    label: 'x',
    key_date_id: null,
    age: null,
    action_id: null,
    plan_id: null,
    issue_id: null,
    severity: null,
  });
  const agenda: Agenda = {
    as_of: '2026-12-02',
    days: 14,
    account_id: null,
    overdue: [reminder(null, 'overdue')],
    today: [reminder('birthday', 'today'), reminder('budget_cycle', 'today')],
    upcoming: [reminder('birthday', 'upcoming')],
  };

  it('counts overdue and today as due', () => {
    const view = agendaView(agenda, false);
    expect([view.due, view.upcoming.length, view.hidden]).toEqual([3, 1, 0]);
  });

  it('leaves birthdays out while private details are hidden', () => {
    const view = agendaView(agenda, true);
    expect([view.due, view.upcoming.length, view.hidden]).toEqual([2, 0, 2]);
  });
});

describe('the account list', () => {
  const summary = (id: number, archived: boolean): AccountSummary => ({
    id,
    name: `A${id}`,
    industry: '',
    tier: null,
    relationship_level: 'vendor',
    people: 0,
    critical_findings: 0,
    archived,
    lost: false,
  });

  it('hides archived accounts unless asked', () => {
    const list = [summary(1, true), summary(2, false)];
    expect(visibleAccounts(list, false).map((a) => a.id)).toEqual([2]);
    expect(visibleAccounts(list, true).map((a) => a.id)).toEqual([1, 2]);
  });

  it('names what a deletion takes, leaving out what is empty', () => {
    const impact: AccountDeletionImpact = {
      account_id: 1,
      name: 'Harbor',
      people: 3,
      staff: [],
      ties: 0,
      departments: 0,
      deals: 1,
      interactions: 0,
      key_dates: 0,
      team_members: 2,
      team_partners: 0,
      saved_views: 0,
      tier_decisions: 0,
      plans: 1,
      assessment_years: 0,
      competitors: ['Crestline'],
    };
    expect(impactLines(impact).map((l) => l.key)).toEqual(['acct.deletePeople', 'acct.deleteDeals', 'acct.deleteTeam', 'acct.deletePlans', 'acct.deleteCompetitors']);
  });
});

describe('numbers and dates', () => {
  it('say amounts and shares in the user’s language', () => {
    expect(formatAmount(18_500_000, 'en')).toBe('18.5M');
    expect(formatAmount(18_500_000, 'zh-CN')).toBe('1850万');
    expect(formatSignedShare(-0.0857, 'en')).toBe('-8.6%');
    expect(parseNumber(' 1,200 ')).toBe(1200);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });

  it('take today from the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});

describe('the departments tree', () => {
  it('puts parents before children, siblings by name, and knows what lies below', async () => {
    const { departmentTree } = await import('./departments');
    const unit = (id: number, name: string, parent_id: number | null) => ({ id, account_id: 1, parent_id, name });
    const rows = departmentTree([unit(1, 'Operations', null), unit(2, 'Quality', 1), unit(3, 'Finance', null), unit(4, 'Plant 2', 1), unit(5, 'Lab', 2)]);
    expect(rows.map((r) => [r.unit.name, r.depth])).toEqual([
      ['Finance', 0],
      ['Operations', 0],
      ['Plant 2', 1],
      ['Quality', 1],
      ['Lab', 2],
    ]);
    expect([...rows[1]!.below].sort()).toEqual([2, 4, 5]);
  });
});
