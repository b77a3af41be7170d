// The portfolio and an account's loss, as store queries. `reads` lists every table the core's
// SQL for the call touches (joins and existence checks included), so that an edit refetches
// exactly what it can change. Keep it in step with src/account/portfolio.rs.
import * as api from '../api';
import type { AccountLoss, Portfolio, Table } from '../api';
import type { QuerySpec } from '../state/store.svelte';

/**
 * `Db::portfolio`: the accounts with their dated history (tier decisions, relationship changes,
 * revenue, losses); per account the coverage and level-parity findings (people, ties, roles,
 * attitudes and influence, channels, contacts, leanings, competitors, the tier rules) and the
 * year's plan (targets with their effective status, actions, reviews).
 */
export const PORTFOLIO_READS: readonly Table[] = [
  'account',
  'tier_decision',
  'relationship_change',
  'revenue_actual',
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
  'plan',
  'plan_target',
  'plan_action',
  'plan_review',
];

export const portfolioQuery = (year: number): QuerySpec<Portfolio> => ({
  key: `portfolio:${year}`,
  reads: PORTFOLIO_READS,
  fetch: () => api.portfolio(year),
});

/** `Db::account_loss`: the account's loss, if it was closed as lost. */
export const accountLossQuery = (accountId: number): QuerySpec<AccountLoss | null> => ({
  key: `account-loss:${accountId}`,
  reads: ['account_loss', 'account'],
  fetch: () => api.accountLoss(accountId),
});
