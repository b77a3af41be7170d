// A small roster in the core's shape, for the unit tests: Elena (account manager),
// two of ours in two functions, one customer appointee, one partner.
import type { PersonName, RosterMember, TeamFunction, TeamPartner, TeamRoster } from '../api';

const elena: PersonName = { id: 1, name: 'Elena Marsh', title: 'Key Account Manager' };

export function rosterMember(
  id: number,
  name: string,
  fn: TeamFunction,
  side: 'ours' | 'customer',
  lead: PersonName | null,
  reportsTo: PersonName | null = elena,
): RosterMember {
  return {
    active: true,
    reports_to: reportsTo,
    customer_lead: lead,
    member: {
      id,
      account_id: 7,
      person_id: 100 + id,
      name,
      title: '',
      side,
      team_role: '',
      function: fn,
      location: 'customer_site',
      allocation_percent: 50,
      start_on: '2025-03-01',
      end_on: null,
      reports_to_manager_id: reportsTo?.id ?? null,
      customer_lead_id: lead?.id ?? null,
      value_chain: ['production'],
    },
  };
}

export const partner: TeamPartner = {
  id: 1,
  account_id: 7,
  firm: 'Northwind Consulting',
  service: 'consulting',
  fee: 200000,
  currency: 'CNY',
  our_share_percent: 50,
  our_cost: 100000,
  start_on: '2025-03-01',
  end_on: null,
  notes: '',
  value_chain: ['marketing'],
};

export function sampleRoster(): TeamRoster {
  const prod = { id: 50, name: 'Wu Lei', title: 'Production Director' };
  const qa = { id: 51, name: 'Sun Mei', title: 'Quality Director' };
  const manager = rosterMember(1, 'Elena Marsh', 'account_manager', 'ours', null, null);
  manager.member.person_id = elena.id;
  return {
    account_id: 7,
    on: '2026-11-22',
    account_manager: manager,
    functions: [
      { function: 'technical_service', members: [rosterMember(2, 'Tom Reyes', 'technical_service', 'ours', prod)] },
      { function: 'quality', members: [rosterMember(3, 'Ana Silva', 'quality', 'ours', qa)] },
    ],
    customer_appointees: [rosterMember(4, 'Li Na', 'quality', 'customer', qa)],
    partners: [partner],
    matrix: {
      columns: [
        { kind: 'partner', id: 1, label: 'Northwind Consulting', function: null, service: 'consulting' },
        { kind: 'our_member', id: 1, label: 'Elena Marsh', function: 'account_manager', service: null },
        { kind: 'customer_member', id: 4, label: 'Li Na', function: 'quality', service: null },
      ],
      rows: [
        { area: 'production', covered: [false, true, false], coverage: 1 },
        { area: 'quality', covered: [false, false, true], coverage: 1 },
        { area: 'it', covered: [false, false, false], coverage: 0 },
      ],
      empty_areas: ['it'],
    },
    totals: {
      on: '2026-11-22',
      headcount: { ours: 3, customer: 1, total: 4 },
      fte: { ours: 2, customer: 0.5, total: 2.5 },
      partner_costs: [{ currency: 'CNY', partners: 1, fees: 200000, our_share: 100000 }],
    },
  };
}
