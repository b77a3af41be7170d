import { describe, expect, it } from 'vitest';
import { layoutCoverage } from './coverage-layout';
import { smallMap as sampleMap } from './fixtures';

describe('coverage layout', () => {
  it('puts our side above the customer, and leaves out third parties and competitors', () => {
    const map = sampleMap();
    const { positions } = layoutCoverage(map);
    const ys = (side: string) => map.people.filter((p) => p.side === side).map((p) => positions.get(`p${p.id}`)?.y);
    const ours = ys('ours') as number[];
    const customer = ys('customer') as number[];
    expect(Math.max(...ours)).toBeLessThan(Math.min(...customer));
    for (const p of map.people.filter((p) => p.side === 'third_party' || p.side === 'competitor')) {
      expect(positions.has(`p${p.id}`)).toBe(false);
    }
  });

  it('orders the columns by level, the board first', () => {
    const map = sampleMap();
    const { columnCaptions } = layoutCoverage(map);
    expect(columnCaptions.map((c) => c.level)).toEqual(['board', 'executive', 'senior_manager', 'manager', 'staff']);
    const xs = columnCaptions.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});
