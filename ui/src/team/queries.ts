// The team roster of one account, as a store query: members, partners and their
// value-chain areas, with the names of the people they report to or lead for. The check
// that the account exists is left out: a deleted account is not shown any more.
import * as api from '../api';
import type { TeamRoster } from '../api';
import type { QuerySpec } from '../state/store.svelte';

export const rosterQuery = (accountId: number): QuerySpec<TeamRoster> => ({
  key: `team-roster:${accountId}`,
  reads: ['team_member', 'team_member_value_chain', 'team_partner', 'team_partner_value_chain', 'person'],
  fetch: () => api.teamRoster(accountId),
});
