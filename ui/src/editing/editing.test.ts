import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type OrgUnit } from '../api';
import { addPerson, deleteSelection } from './commands';
import { errorsByField } from './errors';
import { findPeople, stepIndex } from './people-search';
import { EMPTY_FORM, findUnit, newUnitName, nextForm, QUICK_ADD_FIELDS, toQuickAdd } from './quick-add';
import { coverageTie, DEFAULT_TIE_FORM, TIE_FIELDS, toNewTie } from './tie-form';

const units: OrgUnit[] = [
  { id: 10, account_id: 1, parent_id: null, name: 'Procurement' },
  { id: 11, account_id: 1, parent_id: null, name: 'Quality' },
];

describe('errors by field', () => {
  const refused = new ApiError({ kind: 'invalid', problem: { code: 'empty' }, message: 'name: must not be empty', field: 'name' });

  it('puts a field error next to its field, worded from the problem code', () => {
    expect(errorsByField(refused)).toEqual({ byField: { name: 'Must not be empty' }, general: null });
  });

  it('renames core fields to the form fields', () => {
    const unit = new ApiError({ kind: 'invalid', problem: { code: 'belongs_to_other_account' }, message: '', field: 'org_unit_id' });
    expect(errorsByField(unit, QUICK_ADD_FIELDS).byField).toEqual({ department: 'Belongs to another account' });
  });

  it('shows errors without a field, or about fields the form lacks, at the foot', () => {
    const odd = new ApiError({ kind: 'invalid', problem: { code: 'malformed' }, message: 'email: is not in the expected form', field: 'email' });
    expect(errorsByField(odd, QUICK_ADD_FIELDS)).toEqual({ byField: {}, general: 'Not in the expected form' });
    expect(errorsByField(new Error('offline')).general).toBe('offline');
  });
});

describe('quick add form', () => {
  const form = { ...EMPTY_FORM, name: '  Ada Wong ', title: ' CFO ', department: 'procurement ', role: 'decider' as const };

  it('maps a customer contact, trimmed, with the department by name and the role', () => {
    expect(toQuickAdd(form, 1)).toEqual({
      account_id: 1,
      side: 'customer',
      name: 'Ada Wong',
      title: 'CFO',
      level: 'manager',
      department: 'procurement',
      role: 'decider',
    });
    expect(toQuickAdd({ ...form, role: '' }, 1).role).toBeNull();
  });

  it('gives our staff no department', () => {
    expect(toQuickAdd({ ...form, side: 'ours' }, 1).department).toBe('');
    expect(newUnitName(units, { ...form, side: 'ours', department: 'Brand new' })).toBeNull();
  });

  it('finds an existing department by name, or asks for a new one', () => {
    expect(findUnit(units, ' QUALITY')?.id).toBe(11);
    expect(newUnitName(units, form)).toBeNull();
    expect(newUnitName(units, { ...form, department: 'Finance ' })).toBe('Finance');
    expect(newUnitName(units, { ...form, department: '  ' })).toBeNull();
  });

  it('keeps department, level and side for the next person, clears the rest', () => {
    const next = nextForm({ ...form, level: 'executive', side: 'third_party' });
    expect(next).toEqual({ ...EMPTY_FORM, department: form.department, level: 'executive', side: 'third_party' });
  });
});

describe('adding a person', () => {
  type Call = [string, unknown];
  const calls: Call[] = [];
  function fakeCore(reply: (cmd: string, args: unknown) => unknown): void {
    calls.length = 0;
    const invoke = async (cmd: string, args: unknown) => {
      calls.push([cmd, args]);
      return reply(cmd, args);
    };
    (globalThis as { window?: unknown }).window = { __TAURI_INTERNALS__: { invoke } };
  }
  afterEach(() => delete (globalThis as { window?: unknown }).window);

  it('is one core action: department, person and role together', async () => {
    fakeCore(() => ({ person: { id: 5, name: 'Li Lei' }, org_unit_id: 99, org_unit_created: true }));
    const added = await addPerson({ ...EMPTY_FORM, name: 'Li Lei', department: 'Finance', role: 'buyer' }, 1);
    expect(calls.map((c) => c[0])).toEqual(['quick_add']);
    expect(calls[0]![1]).toMatchObject({ input: { department: 'Finance', role: 'buyer' } });
    expect(added.id).toBe(5);
  });

  it('deletes a selection of people and ties as one core action', async () => {
    fakeCore(() => ({}));
    await deleteSelection({ people: [1, 2], ties: [7] });
    expect(calls).toEqual([['delete_selection', { people: [1, 2], ties: [7] }]]);
  });
});

describe('tie form', () => {
  it('sends only the details of the chosen kind', () => {
    const form = { ...DEFAULT_TIE_FORM, hidden: true, strength: 5 };
    expect(toNewTie({ ...form, kind: 'influences' }, 1, 2)).toMatchObject({ hidden: true, personal_kind: null, coverage_role: null });
    expect(toNewTie({ ...form, kind: 'personal' }, 1, 2)).toMatchObject({ hidden: false, personal_kind: 'friend' });
    expect(toNewTie({ ...form, kind: 'coverage', coverageRole: 'B' }, 1, 2)).toMatchObject({ coverage_role: 'B', strength: 5 });
    expect(coverageTie(3, 4, 'sponsor')).toMatchObject({ from_person_id: 3, to_person_id: 4, kind: 'coverage' });
    expect(TIE_FIELDS['to_person_id']).toBe('target');
  });
});

describe('finding people', () => {
  const people = [
    { id: 1, name: 'Chen Wei', title: 'CEO' },
    { id: 2, name: 'David Chen', title: 'Buyer' },
    { id: 3, name: 'Ada Wong', title: 'Chief engineer' },
  ];

  it('puts names starting with the text first, then other matches', () => {
    expect(findPeople(people, 'chen').map((p) => p.id)).toEqual([1, 2]);
    expect(findPeople(people, 'chief').map((p) => p.id)).toEqual([3]);
    expect(findPeople(people, '').length).toBe(3);
  });

  it('wraps the highlighted row', () => {
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBe(-1);
  });
});

