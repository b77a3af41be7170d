// The edits, as sequences of core commands. Each command is saved (and journaled)
// by the core at once; the core's workspace-changed event refreshes the map.
import * as api from '../api';
import { ApiError, type OrgUnit, type Person } from '../api';
import type { DeletionPlan } from './deletion';
import { findUnit, newUnitName, toNewPerson, toNewRole, type QuickAddForm } from './quick-add';
import { toNewTie, type TieForm } from './tie-form';

/** Raised when the new department was refused: its `name` field is the form's department. */
function asDepartmentError(error: unknown): unknown {
  if (error instanceof ApiError && error.field === 'name') {
    return new ApiError({ kind: error.kind, message: error.message, field: 'org_unit_id' });
  }
  return error;
}

/** Creates the department if it is new, then the person, then their decision role. */
export async function addPerson(form: QuickAddForm, accountId: number, units: readonly OrgUnit[]): Promise<Person> {
  let unitId = findUnit(units, form.department)?.id ?? null;
  const newUnit = newUnitName(units, form);
  if (newUnit) {
    try {
      unitId = (await api.createOrgUnit({ account_id: accountId, name: newUnit, parent_id: null })).id;
    } catch (error) {
      throw asDepartmentError(error);
    }
  }
  const person = await api.createPerson(toNewPerson(form, accountId, unitId));
  const role = toNewRole(form, person.id);
  if (role) await api.addDecisionRole(role);
  return person;
}

export async function connect(form: TieForm, fromId: number, toId: number): Promise<void> {
  await api.createTie(toNewTie(form, fromId, toId));
}

/** Deletes people (their ties go with them in the core), then the ties chosen on their own. */
export async function deleteAll(plan: DeletionPlan): Promise<void> {
  for (const person of plan.people) await api.deletePerson(person.id);
  for (const id of plan.tieIds) await api.deleteTie(id);
}

/** Today as the core's dates are written (local calendar day, YYYY-MM-DD). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
