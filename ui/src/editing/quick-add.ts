// The quick-add form, as data: what the KAM typed, turned into the core's inputs.
// No validation here (the core does it); only the mapping.
import type { Core, DecisionRole, Level, OrgUnit, Side } from '../api';

type QuickAddInput = Parameters<Core['quickAdd']>[0];

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

/** A department text that names no unit yet: the core creates it with the person (said in the form). */
export function newUnitName(units: readonly OrgUnit[], form: QuickAddForm): string | null {
  if (!usesDepartment(form.side)) return null;
  const name = form.department.trim();
  return name && !findUnit(units, name) ? name : null;
}

/** The core's one quick-add input: it finds the department by name, or creates it. */
export function toQuickAdd(form: QuickAddForm, accountId: number): QuickAddInput {
  const ours = form.side === 'ours';
  return {
    account_id: accountId,
    side: form.side,
    name: form.name.trim(),
    title: form.title.trim(),
    level: form.level,
    department: ours ? '' : form.department.trim(),
    role: form.role || null,
  };
}

/** Core field names of quickAdd → the form's fields. */
export const QUICK_ADD_FIELDS: Readonly<Record<string, keyof QuickAddForm>> = {
  name: 'name',
  title: 'title',
  level: 'level',
  side: 'side',
  department: 'department',
  org_unit_id: 'department',
  account_id: 'side',
  role: 'role',
};
