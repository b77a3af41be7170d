import { describe, expect, it } from 'vitest';
import type { PreviewRow } from '../../api';
import { actionOf, countActions, isListPaste, problemMessage, rowChoices, withField, withRuleLevel } from './import';

function row(over: Partial<PreviewRow>): PreviewRow {
  return {
    row: 2,
    name: 'Lin Qiao',
    title: 'Buyer',
    department: 'Procurement',
    level: 'staff',
    level_rule: null,
    email: '',
    phone: '',
    reports_to: '',
    manager: { kind: 'none' },
    duplicate_of: null,
    choice: null,
    action: 'create',
    problems: [],
    ...over,
  };
}

describe('import wizard rules', () => {
  it('opens the preview for a paste of several lines only', () => {
    expect(isListPaste('Lin Qiao')).toBe(false);
    expect(isListPaste('Lin Qiao\n')).toBe(false);
    expect(isListPaste('王伟\t采购总监\r\n李娜\t采购经理')).toBe(true);
  });

  it('gives each field to one column', () => {
    const mapping = { columns: ['full_name' as const, null, 'title' as const] };
    expect(withField(mapping, 1, 'full_name').columns).toEqual([null, 'full_name', 'title']);
    expect(withField(mapping, 2, null).columns).toEqual(['full_name', null, null]);
  });

  it('keeps the level rules when a column changes, and changes one rule at a time', () => {
    const rules = [
      { keyword: 'CEO', level: 'executive' as const },
      { keyword: 'Buyer', level: 'staff' as const },
    ];
    const mapping = withRuleLevel({ columns: ['full_name', 'title'] }, rules, 1, 'manager');
    expect(mapping.level_rules).toEqual([rules[0], { keyword: 'Buyer', level: 'manager' }]);
    expect(withField(mapping, 1, null).level_rules).toEqual(mapping.level_rules);
  });

  it('sends only the rows with a decision, in row order', () => {
    const choices = rowChoices(new Map([[5, 'update' as const]]), new Map([[3, 'manager' as const], [5, 'executive' as const]]));
    expect(choices).toEqual([
      { row: 3, duplicate: null, level: 'manager' },
      { row: 5, duplicate: 'update', level: 'executive' },
    ]);
  });

  it('applies the choice of a duplicate to what the row becomes', () => {
    const duplicate = row({ row: 4, duplicate_of: 9, choice: 'skip', action: 'skip' });
    expect(actionOf(duplicate, undefined)).toBe('skip');
    expect(actionOf(duplicate, 'add_anyway')).toBe('create');
    expect(actionOf(row({ name: '', action: 'skip' }), 'update')).toBe('skip');
    const counts = countActions([row({}), duplicate, row({ row: 6, name: '', action: 'skip' })], new Map([[4, 'update' as const]]));
    expect(counts).toEqual({ create: 1, update: 1, skip: 1 });
  });

  it('words problems with their values', () => {
    expect(problemMessage({ code: 'unknown_manager', name: 'Grace' })).toEqual(['import.problem.unknown_manager', { name: 'Grace' }]);
    expect(problemMessage({ code: 'cell_count', cells: 3, expected: 5 })).toEqual(['import.problem.cell_count', { cells: 3, expected: 5 }]);
    expect(problemMessage({ code: 'refused', field: 'title', problem: { code: 'too_long', max: 200 } })).toEqual([
      'import.problem.refused',
      { field: 'Job title', problem: 'Longer than 200 characters' },
    ]);
  });
});
