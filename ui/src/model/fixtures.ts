// Small hand-made maps for the unit tests (not shipped: only tests import this).
import type { AccountMap, MapPerson, Tie } from '../api';

export function person(id: number, over: Partial<MapPerson> = {}): MapPerson {
  return {
    id,
    name: `Person ${id}`,
    title: '',
    side: 'customer',
    level: 'staff',
    org_unit_id: null,
    status: 'active',
    attitude: 0,
    influence: 3,
    roles: [],
    leaning: null,
    hidden_influencer: false,
    ...over,
  };
}

let nextTie = 1;
export function tie(from: number, to: number, over: Partial<Tie> = {}): Tie {
  return {
    id: nextTie++,
    from_person_id: from,
    to_person_id: to,
    kind: 'reports_to',
    personal_kind: null,
    coverage_role: null,
    hidden: false,
    strength: 3,
    note: '',
    ...over,
  };
}

/**
 * CEO (1) in Executive Office (10); Procurement (11) with its Packaging team
 * (12, a sub-unit); a board member (4) swaying the buyer through a hidden tie;
 * an outside adviser (5); a competitor's man (6); two of ours (7, 8) covering
 * the CEO as A and sponsor and the buyer as B.
 */
export function smallMap(): AccountMap {
  return {
    account: {
      id: 1,
      name: 'Test Dairy',
      industry: 'Dairy',
      region: 'East',
      tier: 'A',
      tier_decided_by: null,
      tier_decided_on: null,
      tier_reason: null,
      relationship_level: 'vendor',
      relationship_target: 'partner',
      lifecycle_stage: 'pre_sale',
      sales_pattern: 'project',
      annual_revenue: null,
      purchase_volume: null,
      purchase_volume_unit: '',
      share_of_wallet: null,
      expected_revenue_1y: null,
      expected_revenue_3y: null,
      revenue_base_year: null,
      strategic_influence: null,
      notes: '',
      archived_on: null,
      created_at: '2026-01-05T09:00:00Z',
    },
    org_units: [
      { id: 12, account_id: 1, parent_id: 11, name: 'Packaging' },
      { id: 10, account_id: 1, parent_id: null, name: 'Executive Office' },
      { id: 11, account_id: 1, parent_id: null, name: 'Procurement' },
    ],
    people: [
      person(1, { name: 'Ada CEO', title: 'CEO', level: 'executive', org_unit_id: 10, attitude: 2, influence: 5, roles: ['decider'] }),
      person(2, { name: 'Bo Buyer', title: 'Buyer', org_unit_id: 12, attitude: -1, roles: ['buyer', 'user'], leaning: { competitor_id: 1, competitor: 'Rival', strength: 2 } }),
      person(3, { name: 'Cy Head', title: 'Head of Procurement', level: 'senior_manager', org_unit_id: 11, attitude: null, influence: null }),
      person(4, { name: 'Di Board', level: 'executive', org_unit_id: 10, hidden_influencer: true, attitude: -3 }),
      person(5, { name: 'Ed Adviser', side: 'third_party' }),
      person(6, { name: 'Fay Rival', side: 'competitor', status: 'left' }),
      person(7, { name: 'Gus Ours', side: 'ours', level: 'manager', attitude: null, influence: null }),
      person(8, { name: 'Hal Ours', side: 'ours', level: 'executive', attitude: null, influence: null }),
    ],
    ties: [
      tie(3, 1),
      tie(2, 3),
      tie(4, 2, { kind: 'influences', hidden: true }),
      tie(5, 1, { kind: 'influences' }),
      tie(6, 2, { kind: 'personal', personal_kind: 'alumni' }),
      tie(7, 1, { kind: 'coverage', coverage_role: 'A' }),
      tie(8, 1, { kind: 'coverage', coverage_role: 'sponsor' }),
      tie(7, 2, { kind: 'coverage', coverage_role: 'B' }),
      tie(3, 99, { kind: 'dotted_line' }),
    ],
  };
}
