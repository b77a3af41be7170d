// The team totals as lines of text, shared by the totals bar and the PDF footer.
// The numbers come from the core (headcount, FTE, fees and our share per currency).
import type { TeamTotals } from '../api';
import { formatDecimal, formatMoney } from './format';

export interface TotalsLine {
  /** Which total, for tests and styling. */
  key: 'headcount' | 'fte' | 'fees' | 'our_share';
  labelKey: 'team.totals.headcount' | 'team.totals.fte' | 'team.totals.fees' | 'team.totals.ourShare';
  /** The value, formatted; several currencies joined by " + ". */
  value: string;
}

type Translate = (key: 'team.totals.headcountValue' | 'team.totals.fteValue' | 'team.totals.none', params?: Record<string, string | number>) => string;

export function totalsLines(totals: TeamTotals, locale: string, t: Translate): TotalsLine[] {
  const n = (value: number | null) => (value === null ? '–' : formatDecimal(value, locale));
  const money = (pick: 'fees' | 'our_share') => {
    const parts = totals.partner_costs
      .filter((cost) => cost[pick] !== null)
      .map((cost) => formatMoney(cost[pick] as number, cost.currency, locale));
    return parts.length > 0 ? parts.join(' + ') : t('team.totals.none');
  };
  const h = totals.headcount;
  return [
    { key: 'headcount', labelKey: 'team.totals.headcount', value: t('team.totals.headcountValue', { total: h.total, ours: h.ours, customer: h.customer }) },
    { key: 'fte', labelKey: 'team.totals.fte', value: t('team.totals.fteValue', { total: n(totals.fte.total), ours: n(totals.fte.ours), customer: n(totals.fte.customer) }) },
    { key: 'fees', labelKey: 'team.totals.fees', value: money('fees') },
    { key: 'our_share', labelKey: 'team.totals.ourShare', value: money('our_share') },
  ];
}
