// The Account page's datasets, the agenda and a person's contacts, as store queries.
// `reads` lists every table the core's SQL for the call touches (joins and existence
// checks included), so that an edit refetches exactly what it can change.
import * as api from '../api';
import type {
  Account,
  AccountCompetitor,
  Agenda,
  ControlPoint,
  DealChainMember,
  Interaction,
  KeyDate,
  OrgUnit,
  RelationshipChange,
  Table,
  TierDecisionRecord,
  TierRule,
  ValueAssessment,
  ValueCriterion,
  ValueCurve,
  ValueDemandEntry,
} from '../api';
import type { QuerySpec } from '../state/store.svelte';

export const accountQuery = (id: number): QuerySpec<Account> => ({
  key: `account:${id}`,
  reads: ['account'],
  fetch: () => api.getAccount(id),
});

export const relationshipHistoryQuery = (id: number): QuerySpec<RelationshipChange[]> => ({
  key: `relationship-history:${id}`,
  reads: ['relationship_change', 'account'],
  fetch: () => api.relationshipHistory(id),
});

export const tierHistoryQuery = (id: number): QuerySpec<TierDecisionRecord[]> => ({
  key: `tier-history:${id}`,
  reads: ['tier_decision', 'account'],
  fetch: () => api.tierHistory(id),
});

/** What an assessment is computed from: scores, criteria and their weights, tier thresholds. */
const VALUE_READS: readonly Table[] = ['value_score', 'value_criterion', 'tier_rule', 'account'];

export const valueCriteriaQuery = (): QuerySpec<ValueCriterion[]> => ({
  key: 'value-criteria',
  reads: ['value_criterion'],
  fetch: () => api.listValueCriteria(),
});

export const valueYearQuery = (id: number, year: number): QuerySpec<ValueAssessment> => ({
  key: `value:${id}:${year}`,
  reads: VALUE_READS,
  fetch: () => api.valueAssessmentOfYear(id, year),
});

export const valueHistoryQuery = (id: number): QuerySpec<ValueAssessment[]> => ({
  key: `value-history:${id}`,
  reads: VALUE_READS,
  fetch: () => api.valueHistory(id),
});

export const tierRulesQuery = (): QuerySpec<TierRule[]> => ({
  key: 'tier-rules',
  reads: ['tier_rule'],
  fetch: () => api.listTierRules(),
});

export const valueDemandsQuery = (id: number): QuerySpec<ValueDemandEntry[]> => ({
  key: `value-demands:${id}`,
  reads: ['value_demand', 'account'],
  fetch: () => api.listValueDemands(id),
});

export const controlPointsQuery = (id: number): QuerySpec<ControlPoint[]> => ({
  key: `control-points:${id}`,
  reads: ['control_point', 'account'],
  fetch: () => api.listControlPoints(id),
});

export const valueCurveQuery = (id: number): QuerySpec<ValueCurve> => ({
  key: `value-curve:${id}`,
  reads: ['revenue_actual', 'account'],
  fetch: () => api.valueCurve(id),
});

export const accountCompetitorsQuery = (id: number): QuerySpec<AccountCompetitor[]> => ({
  key: `account-competitors:${id}`,
  reads: ['competitor', 'account_competitor', 'competitor_leaning', 'person', 'attitude_event', 'account'],
  fetch: () => api.listAccountCompetitors(id),
});

export const dealChainQuery = (dealId: number): QuerySpec<DealChainMember[]> => ({
  key: `deal-chain:${dealId}`,
  reads: ['decision_role', 'person', 'opportunity'],
  fetch: () => api.dealChain(dealId),
});

export const departmentsQuery = (id: number): QuerySpec<OrgUnit[]> => ({
  key: `departments:${id}`,
  reads: ['org_unit', 'account'],
  fetch: () => api.listOrgUnits(id),
});

export const keyDatesQuery = (id: number): QuerySpec<KeyDate[]> => ({
  key: `key-dates:${id}`,
  reads: ['key_date', 'account'],
  fetch: () => api.listKeyDates(id),
});

export const accountInteractionsQuery = (accountId: number): QuerySpec<Interaction[]> => ({
  key: `account-interactions:${accountId}`,
  reads: ['interaction', 'interaction_participant', 'person', 'account'],
  fetch: () => api.listInteractions(accountId),
});

export const personInteractionsQuery = (personId: number): QuerySpec<Interaction[]> => ({
  key: `person-interactions:${personId}`,
  reads: ['interaction', 'interaction_participant', 'person'],
  fetch: () => api.listPersonInteractions(personId),
});

/** Key dates and birthdays, and key contacts due by their tier's rule (roles, influence, last contact). */
const AGENDA_READS: readonly Table[] = [
  'account',
  'key_date',
  'person',
  'person_profile',
  'decision_role',
  'influence_event',
  'interaction',
  'interaction_participant',
  'tier_rule',
  'plan',
  'plan_action',
  'plan_action_person',
  'customer_issue',
];

/** What is due in the core's standard horizon, for one account or (null) every active account. */
export const agendaQuery = (accountId: number | null): QuerySpec<Agenda> => ({
  key: `agenda:${accountId ?? 'all'}`,
  reads: AGENDA_READS,
  fetch: () => api.agenda(accountId, null),
});
