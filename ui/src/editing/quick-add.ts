// The quick-add form, as data: what the KAM typed, turned into the core's inputs.
// No validation here (the core does it); only the mapping.
import type { DecisionRole, Level, NewDecisionRole, NewPerson, OrgUnit, Side } from '../api';

export interface QuickAddForm {
  name: string;
  title: string;
  /** The department as typed or picked: an existing unit's name, or a new one. */
  department: string;
  level: Level;
  side: Side;
  role: DecisionRole | '';
}

export const EMPTY_FORM: QuickAddForm = {
  name: '',
  title: '',
  department: '',
  level: 'manager',
  side: 'customer',
  role: '',
};

/** After an add: the next person usually sits in the same department, at the same level, on the same side. */
export function nextForm(previous: QuickAddForm): QuickAddForm {
  return { ...EMPTY_FORM, department: previous.department, level: previous.level, side: previous.side };
}

/** Our staff belong to no account and no customer department. */
export function usesDepartment(side: Side): boolean {
  return side !== 'ours';
}

/** The unit the department text names (case and spacing ignored), or null. */
export function findUnit(units: readonly OrgUnit[], department: string): OrgUnit | null {
  const wanted = department.trim().toLocaleLowerCase();
  if (!wanted) return null;
  return units.find((u) => u.name.trim().toLocaleLowerCase() === wanted) ?? null;
}

/** A department text that names no unit yet, so one must be created first. */
export function newUnitName(units: readonly OrgUnit[], form: QuickAddForm): string | null {
  if (!usesDepartment(form.side)) return null;
  const name = form.department.trim();
  return name && !findUnit(units, name) ? name : null;
}

export function toNewPerson(form: QuickAddForm, accountId: number, orgUnitId: number | null): NewPerson {
  const ours = form.side === 'ours';
  return {
    account_id: ours ? null : accountId,
    side: form.side,
    name: form.name.trim(),
    title: form.title.trim(),
    org_unit_id: usesDepartment(form.side) ? orgUnitId : null,
    level: form.level,
  };
}

export function toNewRole(form: QuickAddForm, personId: number): NewDecisionRole | null {
  return form.role ? { person_id: personId, role: form.role, opportunity_id: null } : null;
}

/** Core field names of createPerson/createOrgUnit/addDecisionRole → the form's fields. */
export const QUICK_ADD_FIELDS: Readonly<Record<string, keyof QuickAddForm>> = {
  name: 'name',
  title: 'title',
  level: 'level',
  side: 'side',
  org_unit_id: 'department',
  account_id: 'side',
  role: 'role',
};
