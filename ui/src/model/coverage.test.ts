import { describe, expect, it } from 'vitest';
import { coverageOwners, coveredBy } from './coverage';
import { smallMap, tie } from './fixtures';

describe('coverage owners', () => {
  it('lists A first, then B, then sponsors, from the coverage ties', () => {
    const map = smallMap();
    map.ties.push(tie(1, 8, { kind: 'coverage', coverage_role: 'B' })); // written the other way round
    const owners = coverageOwners(map, 1).map((o) => [o.role, o.owner.name]);
    expect(owners).toEqual([
      ['A', 'Gus Ours'],
      ['B', 'Hal Ours'],
      ['sponsor', 'Hal Ours'],
    ]);
  });

  it('is empty for an uncovered contact and ignores other tie kinds', () => {
    expect(coverageOwners(smallMap(), 3)).toEqual([]);
    expect(coverageOwners(smallMap(), 5)).toEqual([]);
  });

  it('lists whom one of ours covers', () => {
    expect(coveredBy(smallMap(), 7).map((c) => [c.role, c.owner.name])).toEqual([
      ['A', 'Ada CEO'],
      ['B', 'Bo Buyer'],
    ]);
  });
});
