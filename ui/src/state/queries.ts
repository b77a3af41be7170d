// The datasets several screens share, as store queries. `reads` lists every table the
// core's SQL for the call touches (joins and existence checks included): a change to
// any of them refetches the dataset, a change elsewhere costs nothing. Keep them in
// step with the Rust side when a read changes.
import * as api from '../api';
import type { Competitor, MapScreen, Opportunity, Person, Table } from '../api';
import type { QuerySpec } from './store.svelte';

/**
 * `Db::map_screen`: the account list (head counts, critical findings of coverage and parity,
 * losses) and the shown account's map (units, people, ties, current values), in one read.
 */
const MAP_SCREEN_READS: readonly Table[] = [
  'account',
  'account_loss',
  'org_unit',
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
];

/**
 * The map screen's data. One key whichever account is shown: the account asked for is read
 * when the fetch starts (`wanted`), so that switching account is a refetch of the same
 * dataset and the list stays on screen meanwhile.
 */
export const mapScreenQuery = (wanted: () => number | null): QuerySpec<MapScreen> => ({
  key: 'map-screen',
  reads: MAP_SCREEN_READS,
  fetch: () => api.core.mapScreen(wanted()),
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
