// The Plan tab's datasets as store queries. `reads` lists every table the core's SQL for the
// call touches (joins, existence checks and the rules a computed status follows), so that an
// edit refetches exactly what it can change: an attitude set on the map turns an attitude
// target met here without a reload.
import * as api from '../api';
import type { Table } from '../api';
import type { QuerySpec } from '../state/store.svelte';

type Answer<K extends keyof api.Core> = Awaited<ReturnType<api.Core[K]>>;

/** What a target's computed status follows: attitudes, owner and sponsor ties, channels, the ladder. */
const TARGET_READS: readonly Table[] = [
  'plan',
  'plan_target',
  'person',
  'attitude_event',
  'tie',
  'information_channel',
  'account',
  'relationship_change',
];

/** What the drafted status assessment is computed from (see the core's `plan::assessment`). */
const ASSESSMENT_READS: readonly Table[] = [
  ...TARGET_READS,
  'value_score',
  'value_criterion',
  'tier_rule',
  'tier_decision',
  'org_unit',
  'decision_role',
  'influence_event',
  'opportunity',
  'interaction',
  'interaction_participant',
  'customer_issue',
  'competitor_leaning',
];

const ACTION_READS: readonly Table[] = ['plan', 'plan_action', 'plan_action_person', 'plan_target', 'person', 'interaction'];

export const plansQuery = (accountId: number): QuerySpec<Answer<'listPlans'>> => ({
  key: `plans:${accountId}`,
  reads: TARGET_READS,
  fetch: () => api.listPlans(accountId),
});

export const assessmentQuery = (planId: number): QuerySpec<Answer<'planAssessment'>> => ({
  key: `plan-assessment:${planId}`,
  reads: ASSESSMENT_READS,
  fetch: () => api.planAssessment(planId),
});

export const targetsQuery = (planId: number): QuerySpec<Answer<'listPlanTargets'>> => ({
  key: `plan-targets:${planId}`,
  reads: TARGET_READS,
  fetch: () => api.listPlanTargets(planId),
});

export const actionsQuery = (planId: number): QuerySpec<Answer<'listPlanActions'>> => ({
  key: `plan-actions:${planId}`,
  reads: ACTION_READS,
  fetch: () => api.listPlanActions(planId),
});

export const versionsQuery = (planId: number): QuerySpec<Answer<'listPlanVersions'>> => ({
  key: `plan-versions:${planId}`,
  reads: ['plan', 'plan_version'],
  fetch: () => api.listPlanVersions(planId),
});

export const compareQuery = (planId: number, a: number, b: number): QuerySpec<Answer<'comparePlanVersions'>> => ({
  key: `plan-compare:${planId}:${a}:${b}`,
  reads: ['plan', 'plan_version'],
  fetch: () => api.comparePlanVersions(planId, a, b),
});

export const weeklyReviewQuery = (planId: number): QuerySpec<Answer<'planWeeklyReview'>> => ({
  key: `plan-weekly:${planId}`,
  // The review reads the journal itself: every committed change can add to it.
  reads: 'any',
  fetch: () => api.planWeeklyReview(planId),
});

export const reviewsQuery = (planId: number): QuerySpec<Answer<'listPlanReviews'>> => ({
  key: `plan-reviews:${planId}`,
  reads: ['plan', 'plan_review'],
  fetch: () => api.listPlanReviews(planId),
});

export const closeCheckQuery = (planId: number): QuerySpec<Answer<'planCloseCheck'>> => ({
  key: `plan-close-check:${planId}`,
  reads: [...TARGET_READS, 'plan_action'],
  fetch: () => api.planCloseCheck(planId),
});

export const cardQuery = (planId: number, personId: number): QuerySpec<Answer<'expansionCard'>> => ({
  key: `plan-card:${planId}:${personId}`,
  reads: [
    ...ACTION_READS,
    ...TARGET_READS,
    'plan_card',
    'org_unit',
    'decision_role',
    'influence_event',
    'interaction_participant',
    'team_member',
  ],
  fetch: () => api.expansionCard(planId, personId),
});
