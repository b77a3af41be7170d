// The five ways of looking at one account's people, in the order the switcher shows them.
import type { ViewKind } from '../api';
import { VOCABULARY } from './vocabulary';

export const VIEW_KINDS: readonly ViewKind[] = VOCABULARY.view_kinds;

/** Only the org chart draws departments as boxes; elsewhere boxes would fight the layout. */
export function drawsDepartments(view: ViewKind): boolean {
  return view === 'org_chart';
}

/** Views that need a person picked first (the centre, or the target). */
export function needsFocus(view: ViewKind): boolean {
  return view === 'circles' || view === 'paths';
}
