// The edits that are one gesture, each one core action (one undo step): the core
// journals the action and its workspace-changed event refreshes what is shown.
import { core, type Person } from '../api';
import type { DeletionRequest } from './editor.svelte';
import { toQuickAdd, type QuickAddForm } from './quick-add';
import { toNewTie, type TieForm } from './tie-form';

/** The person, their department when it is new, and their role, as one action. */
export async function addPerson(form: QuickAddForm, accountId: number): Promise<Person> {
  return (await core.quickAdd(toQuickAdd(form, accountId))).person;
}

export async function connect(form: TieForm, fromId: number, toId: number): Promise<void> {
  await core.createTie(toNewTie(form, fromId, toId));
}

/** The people (their ties and everything else of theirs with them) and the ties, as one action. */
export async function deleteSelection(request: DeletionRequest): Promise<void> {
  await core.deleteSelection(request.people, request.ties);
}

/** Today as the core's dates are written (local calendar day, YYYY-MM-DD). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
