import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/workspace.json';
import type { AccountMap } from '../api';
import { smallMap } from './fixtures';
import { DEFAULT_METRICS, layoutMap } from './layout';

const lakeshore = fixture.maps['1'] as AccountMap;

function checkLayout(map: AccountMap, aspect: number) {
  const pos = layoutMap(map, { ...DEFAULT_METRICS, aspect });
  for (const p of map.people) expect(pos.has(`p${p.id}`), `p${p.id} placed`).toBe(true);

  // No two people closer than a cell.
  const points = map.people.map((p) => pos.get(`p${p.id}`)!);
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = Math.abs(points[i]!.x - points[j]!.x);
      const dy = Math.abs(points[i]!.y - points[j]!.y);
      expect(dx >= DEFAULT_METRICS.cellWidth - 1 || dy >= DEFAULT_METRICS.cellHeight - 1).toBe(true);
    }
  }
  return pos;
}

describe('layoutMap', () => {
  it('places everyone, without overlaps, for any screen shape', () => {
    for (const aspect of [0.7, 1, 1.6, 2.4]) {
      checkLayout(lakeshore, aspect);
      checkLayout(smallMap(), aspect);
    }
  });

  it('keeps departments apart: their member boxes do not intersect', () => {
    const pos = checkLayout(lakeshore, 1.2);
    const boxes = lakeshore.org_units.map((u) => {
      const pts = lakeshore.people.filter((p) => p.org_unit_id === u.id).map((p) => pos.get(`p${p.id}`)!);
      return {
        x1: Math.min(...pts.map((p) => p.x)),
        x2: Math.max(...pts.map((p) => p.x)),
        y1: Math.min(...pts.map((p) => p.y)),
        y2: Math.max(...pts.map((p) => p.y)),
      };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;
        expect(apart, `${lakeshore.org_units[i]!.name} vs ${lakeshore.org_units[j]!.name}`).toBe(true);
      }
    }
  });

  it('draws the formal line top down: bosses above their reports inside a department', () => {
    const pos = checkLayout(lakeshore, 1.2);
    const unitOf = new Map(lakeshore.people.map((p) => [p.id, p.org_unit_id]));
    for (const t of lakeshore.ties) {
      const unit = unitOf.get(t.from_person_id);
      if (t.kind !== 'reports_to' || unit === null || unit !== unitOf.get(t.to_person_id)) continue;
      expect(pos.get(`p${t.to_person_id}`)!.y).toBeLessThan(pos.get(`p${t.from_person_id}`)!.y);
    }
  });

  it('puts the top of the formal line in the first band and our team in the last', () => {
    const pos = checkLayout(lakeshore, 1.2);
    const ys = lakeshore.people.map((p) => ({ p, y: pos.get(`p${p.id}`)!.y }));
    const minY = Math.min(...ys.map((e) => e.y));
    const maxY = Math.max(...ys.map((e) => e.y));
    const chairman = ys.find((e) => e.p.name === 'Robert Lang')!;
    expect(chairman.y).toBe(minY);
    for (const e of ys.filter((e) => e.p.side === 'ours')) {
      expect(e.y).toBeGreaterThan(Math.max(...ys.filter((x) => x.p.side !== 'ours').map((x) => x.y)));
    }
    expect(ys.some((e) => e.p.side === 'ours' && e.y === maxY)).toBe(true);
  });

  it('is deterministic', () => {
    expect([...layoutMap(lakeshore)]).toEqual([...layoutMap(lakeshore)]);
  });

  it('places an empty department box', () => {
    const map = smallMap();
    map.org_units.push({ id: 13, account_id: 1, parent_id: null, name: 'Legal' });
    expect(layoutMap(map).has('u13')).toBe(true);
  });
});
