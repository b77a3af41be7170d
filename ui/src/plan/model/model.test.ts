import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../../api';
import { barYears, pickYear } from './years';
import { groupTargets, targetValueText } from './targets';

const t = (key: string, params?: Record<string, string | number>) => (params ? `${key}(${Object.values(params).join(',')})` : key);

function target(id: number, kind: PlanTarget['kind'], extra: Partial<PlanTarget> = {}): PlanTarget {
  return {
    id,
    plan_id: 1,
    kind,
    title: `T${id}`,
    measure: '',
    owner: null,
    person: null,
    from_value: null,
    to_value: null,
    to_level: null,
    due_date: null,
    status: 'open',
    effective_status: 'open',
    status_source: 'manual',
    current_value: null,
    current_level: null,
    carried: false,
    notes: '',
    ...extra,
  };
}

describe('plan years', () => {
  it('opens on this year’s plan, else the newest, else this year', () => {
    expect(pickYear([{ year: 2025 }, { year: 2026 }], 2026)).toBe(2026);
    expect(pickYear([{ year: 2024 }, { year: 2025 }], 2026)).toBe(2025);
    expect(pickYear([], 2026)).toBe(2026);
  });

  it('offers the plans’ years, the one shown, this year and the next, once each', () => {
    expect(barYears([2024, 2026], 2022, 2026)).toEqual([2022, 2024, 2026, 2027]);
  });
});

describe('target task book', () => {
  it('puts market targets before relationship targets, by kind then due date', () => {
    const groups = groupTargets([
      target(1, 'attitude', { due_date: '2026-09-01' }),
      target(2, 'foothold'),
      target(3, 'attitude', { due_date: '2026-03-01' }),
      target(4, 'sponsor'),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['market', 'relationship']);
    expect(groups[1]!.targets.map((x) => x.id)).toEqual([3, 1, 4]);
  });

  it('says an attitude target as signed values with where it stands now', () => {
    const text = targetValueText(target(1, 'attitude', { from_value: -1, to_value: 2, current_value: 1 }), t as never);
    expect(text).toBe('\u22121 → +2 (plan.now(+1))');
  });

  it('says a ladder target by its level and a kind without values as nothing', () => {
    expect(targetValueText(target(1, 'ladder_level', { to_level: 'partner' }), t as never)).toBe('→ relationship.partner');
    expect(targetValueText(target(2, 'sponsor'), t as never)).toBe('');
  });
});
