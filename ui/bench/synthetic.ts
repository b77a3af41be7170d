// Deterministic synthetic accounts for the benchmark: n people in departments of
// about twelve, a reporting tree inside each, and influence, personal and coverage
// ties up to ~2.8 ties per person. Roles and attitudes spread over every value.
import type { AccountMap, DecisionRole, Level, MapPerson, OrgUnit, Side, Tie, TieKind } from '../src/api';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES: DecisionRole[] = ['initiator', 'user', 'influencer', 'decider', 'approver', 'buyer', 'gatekeeper'];
const LEVELS: Level[] = ['executive', 'senior_manager', 'manager', 'staff'];

export function syntheticAccount(n: number): AccountMap {
  const rnd = random(n);
  const units: OrgUnit[] = [];
  const unitCount = Math.max(1, Math.round(n / 12));
  for (let i = 0; i < unitCount; i++) units.push({ id: i + 1, account_id: 1, parent_id: null, name: `Department ${i + 1}` });
  const people: MapPerson[] = [];
  const ties: Tie[] = [];
  const tie = (from: number, to: number, kind: TieKind): void => {
    ties.push({ id: ties.length + 1, from_person_id: from, to_person_id: to, kind, personal_kind: kind === 'personal' ? 'friend' : null, coverage_role: kind === 'coverage' ? 'A' : null, hidden: false, strength: 3, note: '' });
  };
  const ours = Math.max(2, Math.round(n * 0.08));
  for (let i = 0; i < n; i++) {
    const side: Side = i < ours ? 'ours' : i % 50 === 7 ? 'competitor' : i % 40 === 3 ? 'third_party' : 'customer';
    const unit = side === 'customer' ? (i % unitCount) + 1 : null;
    const indexInUnit = Math.floor(i / unitCount);
    people.push({
      id: i + 1,
      name: `Person ${i + 1}`,
      title: `Title of person ${i + 1}`,
      side,
      level: LEVELS[Math.min(3, indexInUnit === 0 ? 0 : Math.floor(Math.log2(indexInUnit + 1)))]!,
      org_unit_id: unit,
      status: 'active',
      attitude: side === 'customer' ? Math.floor(rnd() * 7) - 3 : null,
      influence: side === 'ours' ? null : 1 + Math.floor(rnd() * 5),
      roles: side === 'customer' && rnd() < 0.4 ? [ROLES[Math.floor(rnd() * ROLES.length)]!] : [],
      leaning: null,
      hidden_influencer: false,
    });
    // Reporting line: to an earlier person of the same department.
    if (unit !== null && indexInUnit > 0) tie(i + 1, i + 1 - unitCount * (1 + Math.floor(rnd() * Math.min(indexInUnit, 3))), 'reports_to');
  }
  const target = Math.round(n * 2.8);
  while (ties.length < target) {
    const a = 1 + Math.floor(rnd() * n);
    const b = 1 + Math.floor(rnd() * n);
    if (a === b) continue;
    const aOurs = a <= ours;
    tie(a, b, aOurs ? 'coverage' : rnd() < 0.6 ? 'influences' : 'personal');
  }
  return {
    account: { id: 1, name: `Synthetic ${n}` } as AccountMap['account'],
    org_units: units,
    people,
    ties,
  };
}
