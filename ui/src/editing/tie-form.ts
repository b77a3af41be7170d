// The "connect two people" form, as data: kind and its details → the core's NewTie.
// Which kinds are allowed between which people is the core's rule, not ours.
import type { CoverageRole, NewTie, PersonalTie, TieKind } from '../api';
import { steps, VOCABULARY } from '../model/vocabulary';

export interface TieForm {
  kind: TieKind;
  /** Influences only: sways the target from outside the formal line. */
  hidden: boolean;
  personalKind: PersonalTie;
  coverageRole: CoverageRole;
  /** 1 (weak) .. 5 (strong). */
  strength: number;
}

export const DEFAULT_TIE_FORM: TieForm = {
  kind: 'reports_to',
  hidden: false,
  personalKind: 'friend',
  coverageRole: 'A',
  strength: 3,
};

export const PERSONAL_TIES: readonly PersonalTie[] = VOCABULARY.personal_ties;

/** The strengths a tie can have, weakest first. */
export const TIE_STRENGTHS: readonly number[] = steps(VOCABULARY.ranges.tie_strength);

export function toNewTie(form: TieForm, fromId: number, toId: number): NewTie {
  return {
    from_person_id: fromId,
    to_person_id: toId,
    kind: form.kind,
    hidden: form.kind === 'influences' ? form.hidden : false,
    personal_kind: form.kind === 'personal' ? form.personalKind : null,
    coverage_role: form.kind === 'coverage' ? form.coverageRole : null,
    strength: form.strength,
  };
}

/** Core field names of createTie → the form's fields; the ends are the dialog's "target". */
export const TIE_FIELDS: Readonly<Record<string, string>> = {
  kind: 'kind',
  hidden: 'kind',
  personal_kind: 'kind',
  coverage_role: 'kind',
  strength: 'strength',
  from_person_id: 'target',
  to_person_id: 'target',
  note: 'kind',
};

/** A coverage tie between one of ours and a contact, for the panel's coverage list. */
export function coverageTie(ownerId: number, contactId: number, role: CoverageRole): NewTie {
  return { from_person_id: ownerId, to_person_id: contactId, kind: 'coverage', coverage_role: role, strength: 3 };
}
