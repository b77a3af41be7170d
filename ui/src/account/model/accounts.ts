// The account list as shown: archived accounts only on request.
import type { AccountSummary, AccountDeletionImpact } from '../../api';
import type { MessageKey, Params } from '../../i18n/index.svelte';

export function visibleAccounts(accounts: readonly AccountSummary[], showArchived: boolean): AccountSummary[] {
  return accounts.filter((a) => showArchived || !a.archived);
}

export interface ImpactLine {
  key: MessageKey;
  params: Params;
}

/** What a deletion takes with it, one line per kind that is not empty. */
export function impactLines(impact: AccountDeletionImpact): ImpactLine[] {
  const lines: ImpactLine[] = [];
  const count = (key: MessageKey, n: number) => {
    if (n > 0) lines.push({ key, params: { n } });
  };
  count('acct.deletePeople', impact.people);
  count('acct.deleteTies', impact.ties);
  count('acct.deleteDepartments', impact.departments);
  count('acct.deleteDeals', impact.deals);
  count('acct.deleteInteractions', impact.interactions);
  count('acct.deleteKeyDates', impact.key_dates);
  if (impact.team_members + impact.team_partners > 0) {
    lines.push({ key: 'acct.deleteTeam', params: { members: impact.team_members, partners: impact.team_partners } });
  }
  count('acct.deleteViews', impact.saved_views);
  count('acct.deleteDecisions', impact.tier_decisions);
  count('acct.deletePlans', impact.plans);
  count('acct.deleteYears', impact.assessment_years);
  if (impact.staff.length > 0) lines.push({ key: 'acct.deleteStaff', params: { names: impact.staff.map((s) => s.name).join(', ') } });
  if (impact.competitors.length > 0) lines.push({ key: 'acct.deleteCompetitors', params: { names: impact.competitors.join(', ') } });
  return lines;
}
