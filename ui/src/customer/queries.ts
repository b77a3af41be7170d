// The customer's voice, issues and symbiosis initiatives of one account, as store queries.
import * as api from '../api';
import type { CustomerIssue, CustomerVoice, SymbiosisInitiative, VoiceTopic } from '../api';
import type { QuerySpec } from '../state/store.svelte';

export const voiceQuery = (accountId: number, personId: number | null, topic: string | null): QuerySpec<CustomerVoice[]> => ({
  key: `voice:${accountId}:${personId ?? ''}:${topic ?? ''}`,
  reads: ['customer_voice', 'person', 'account'],
  fetch: () => api.listCustomerVoice(accountId, { person_id: personId, topic }),
});

export const voiceTopicsQuery = (accountId: number): QuerySpec<VoiceTopic[]> => ({
  key: `voice-topics:${accountId}`,
  reads: ['customer_voice', 'account'],
  fetch: () => api.voiceTopics(accountId),
});

export const issuesQuery = (accountId: number): QuerySpec<CustomerIssue[]> => ({
  key: `issues:${accountId}`,
  reads: ['customer_issue', 'person', 'account'],
  fetch: () => api.listCustomerIssues(accountId, false),
});

export const initiativesQuery = (accountId: number): QuerySpec<SymbiosisInitiative[]> => ({
  key: `initiatives:${accountId}`,
  reads: ['symbiosis_initiative', 'account'],
  fetch: () => api.listInitiatives(accountId),
});
