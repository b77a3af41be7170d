// One person's datasets for the side panel, as store queries. `reads` lists the tables
// the core's SQL for the call touches. The check that the person exists is left out:
// a deleted person's panel closes with the map's next answer, so nobody reads on.
import * as api from '../api';
import type { AssessmentEvent, Core, CompetitorLeaning, DecisionRoleEntry, InformationChannel, JobChangeImpact, PersonProfile, SponsorSuggestions } from '../api';
import type { QuerySpec } from '../state/store.svelte';
import type { DeletionRequest } from './editor.svelte';

export type DeletionImpact = Awaited<ReturnType<Core['deletionImpact']>>;

export const attitudeHistoryQuery = (personId: number): QuerySpec<AssessmentEvent[]> => ({
  key: `attitude-history:${personId}`,
  reads: ['attitude_event'],
  fetch: () => api.assessmentHistory('attitude', personId),
});

export const rolesQuery = (personId: number): QuerySpec<DecisionRoleEntry[]> => ({
  key: `roles:${personId}`,
  reads: ['decision_role'],
  fetch: () => api.listDecisionRoles(personId),
});

/** A named source is shown by its name: people's rows are read too. */
export const channelsQuery = (personId: number): QuerySpec<InformationChannel[]> => ({
  key: `channels:${personId}`,
  reads: ['information_channel', 'person'],
  fetch: () => api.listChannels(personId),
});

export const leaningsQuery = (personId: number): QuerySpec<CompetitorLeaning[]> => ({
  key: `leanings:${personId}`,
  reads: ['competitor_leaning', 'competitor'],
  fetch: () => api.listLeanings(personId),
});

export const profileQuery = (personId: number): QuerySpec<PersonProfile | null> => ({
  key: `profile:${personId}`,
  reads: ['person_profile'],
  fetch: () => api.getProfile(personId),
});

/** Our executives, scored on the contact's department, shared ties (coverage included), meetings with them and with the account, and current sponsorships. */
export const sponsorSuggestionsQuery = (personId: number): QuerySpec<SponsorSuggestions> => ({
  key: `sponsors:${personId}`,
  reads: ['person', 'org_unit', 'tie', 'interaction', 'interaction_participant'],
  fetch: () => api.sponsorSuggestions(personId),
});

/** Coverage, channels and paths to key contacts (roles, current influence and attitude), and plan targets and actions, that hang on the person. */
export const jobChangeImpactQuery = (personId: number): QuerySpec<JobChangeImpact> => ({
  key: `job-change:${personId}`,
  reads: ['person', 'tie', 'information_channel', 'decision_role', 'influence_event', 'attitude_event', 'plan', 'plan_target', 'plan_action', 'plan_action_person'],
  fetch: () => api.jobChangeImpact(personId),
});

/**
 * What deleting a selection takes with it, from the plan the deletion itself runs. Asked
 * once per confirmation (no reads): the dialog is modal, and refetching after the deletion
 * it confirms would only ask about people who are gone.
 */
export const deletionImpactQuery = (request: DeletionRequest): QuerySpec<DeletionImpact> => ({
  key: `deletion-impact:${request.people.join(',')}|${request.ties.join(',')}`,
  reads: [],
  fetch: () => api.core.deletionImpact(request.people, request.ties),
});
