// The value assessment laid out: criteria in the four groups of the method (current /
// long-term × explicit / implicit), and the years side by side.
import { VOCABULARY, type CriterionScore, type Horizon, type Tier, type ValueAssessment, type Visibility } from '../../api';

export interface CriterionGroup {
  /** `current.explicit`, `long_term.implicit`, …: the message key's tail. */
  key: `${Horizon}.${Visibility}`;
  criteria: CriterionScore[];
}

/** The groups that hold criteria, current first, explicit first; criteria keep their order. */
export function groupCriteria(criteria: readonly CriterionScore[]): CriterionGroup[] {
  const groups: CriterionGroup[] = [];
  for (const horizon of VOCABULARY.horizons) {
    for (const visibility of VOCABULARY.visibilities) {
      const inGroup = criteria.filter((c) => c.horizon === horizon && c.visibility === visibility);
      if (inGroup.length > 0) groups.push({ key: `${horizon}.${visibility}`, criteria: inGroup });
    }
  }
  return groups;
}

export interface YearTable {
  years: number[];
  rows: { criterionId: number; key: string; scores: (number | null)[] }[];
  weighted: (number | null)[];
  suggested: (Tier | null)[];
}

/** The assessments of several years as one table: a row per criterion, a column per year. */
export function yearTable(history: readonly ValueAssessment[]): YearTable {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const rows = (first?.criteria ?? []).map((c) => ({
    criterionId: c.criterion_id,
    key: c.key,
    scores: sorted.map((a) => a.criteria.find((x) => x.criterion_id === c.criterion_id)?.score ?? null),
  }));
  return {
    years: sorted.map((a) => a.year),
    rows,
    weighted: sorted.map((a) => a.weighted_score),
    suggested: sorted.map((a) => a.suggested_tier),
  };
}

/** The years offered in the year picker: every assessed year, this year and the next (year-end reviews prepare it), newest first. */
export function yearChoices(assessed: readonly number[], current: number): number[] {
  return [...new Set([...assessed, current, current + 1])].sort((a, b) => b - a);
}

/** Weighted criteria still without a score. */
export function unscored(assessment: ValueAssessment): number {
  return assessment.criteria.filter((c) => (c.weight ?? 0) > 0 && c.score === null).length;
}
