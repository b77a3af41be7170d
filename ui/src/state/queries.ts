// The datasets several screens share, as store queries. `reads` lists every table the
// core's SQL for the call touches (joins and existence checks included): a change to
// any of them refetches the dataset, a change elsewhere costs nothing. Keep them in
// step with the Rust side when a read changes.
import * as api from '../api';
import type { AccountMap, AccountSummary, Competitor, Opportunity, Person, Table } from '../api';
import type { QuerySpec } from './store.svelte';

/** `Db::list_accounts`: the accounts, their head counts, critical findings (coverage, parity), losses. */
export const accountsQuery = (): QuerySpec<AccountSummary[]> => ({
  key: 'accounts',
  reads: [
    'account',
    'account_loss',
    'person',
    'tie',
    'decision_role',
    'attitude_event',
    'influence_event',
    'information_channel',
    'interaction',
    'interaction_participant',
    'competitor_leaning',
    'competitor',
    'tier_rule',
  ],
  fetch: () => api.listAccounts(),
});

/** What `map::load` reads: the account, its units, people, ties and current values. */
const MAP_READS: readonly Table[] = [
  'account',
  'org_unit',
  'person',
  'tie',
  'attitude_event',
  'influence_event',
  'decision_role',
  'competitor_leaning',
  'competitor',
];

export const accountMapQuery = (accountId: number): QuerySpec<AccountMap> => ({
  key: `map:${accountId}`,
  reads: MAP_READS,
  fetch: () => api.getAccountMap(accountId),
});

/** Our own staff, of every account. */
export const staffQuery = (): QuerySpec<Person[]> => ({
  key: 'staff',
  reads: ['person'],
  fetch: () => api.listStaff(),
});

/** An account's people (`Db::list_people`). */
export const peopleQuery = (accountId: number): QuerySpec<Person[]> => ({
  key: `people:${accountId}`,
  reads: ['person'],
  fetch: () => api.listPeople(accountId),
});

/** Every competitor, with how many people work for it and lean to it. */
export const competitorsQuery = (): QuerySpec<Competitor[]> => ({
  key: 'competitors',
  reads: ['competitor', 'person', 'competitor_leaning'],
  fetch: () => api.listCompetitors(),
});

/** An account's deals (`Db::list_opportunities`), with how many roles each has. */
export const dealsQuery = (accountId: number): QuerySpec<Opportunity[]> => ({
  key: `deals:${accountId}`,
  reads: ['opportunity', 'decision_role'],
  fetch: () => api.listOpportunities(accountId),
});
