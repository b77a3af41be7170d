// Tie kind (and coverage role) to a style class. The stylesheet gives each class
// its look: reporting lines solid, dotted lines dashed, influence as arrows,
// hidden influence dashed arrows, personal ties thin, coverage A/B/sponsor each in
// its own colour and width.
import type { CoverageRole, Tie, TieKind } from '../api';
import { VOCABULARY } from './vocabulary';

export const TIE_KINDS: readonly TieKind[] = VOCABULARY.tie_kinds;
export const COVERAGE_ROLES: readonly CoverageRole[] = VOCABULARY.coverage_roles;

function tieKindClass(kind: TieKind): string {
  return `tie-${kind.replace('_', '-')}`;
}

function coverageClass(role: CoverageRole): string {
  return `cov-${role.toLowerCase()}`;
}

/** Classes of one tie's edge, e.g. "tie tie-influences hidden" or "tie tie-coverage cov-a". */
export function tieClasses(tie: Tie): string[] {
  const classes = ['tie', tieKindClass(tie.kind)];
  if (tie.kind === 'coverage' && tie.coverage_role) classes.push(coverageClass(tie.coverage_role));
  if (tie.hidden) classes.push('hidden');
  classes.push(`strength-${Math.min(5, Math.max(1, Math.round(tie.strength)))}`);
  return classes;
}

/** The legend's rows: every distinct look an edge can have. */
export type TieStyleKey =
  | 'reports_to'
  | 'dotted_line'
  | 'influences'
  | 'hidden_influences'
  | 'personal'
  | 'coverage_A'
  | 'coverage_B'
  | 'coverage_sponsor';

export const TIE_STYLE_KEYS: readonly TieStyleKey[] = [
  'reports_to',
  'dotted_line',
  'influences',
  'hidden_influences',
  'personal',
  'coverage_A',
  'coverage_B',
  'coverage_sponsor',
];

export interface TieLook {
  colour: string;
  width: number;
  dashed: boolean;
  arrow: boolean;
}

// Coverage colours are Okabe-Ito blue, sky blue and orange: distinct from each
// other for all common colour-vision types and from the attitude fills on nodes.
export const TIE_LOOKS: Readonly<Record<TieStyleKey, TieLook>> = {
  reports_to: { colour: '#6b7280', width: 1.6, dashed: false, arrow: false },
  dotted_line: { colour: '#6b7280', width: 1.4, dashed: true, arrow: false },
  influences: { colour: '#374151', width: 1.8, dashed: false, arrow: true },
  hidden_influences: { colour: '#7b3294', width: 2.2, dashed: true, arrow: true },
  personal: { colour: '#a07b3b', width: 1, dashed: false, arrow: false },
  coverage_A: { colour: '#0072b2', width: 2.4, dashed: false, arrow: false },
  coverage_B: { colour: '#56b4e9', width: 1.8, dashed: true, arrow: false },
  coverage_sponsor: { colour: '#e69f00', width: 2.6, dashed: false, arrow: false },
};
