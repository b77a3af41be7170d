import { describe, expect, it } from 'vitest';
import { circlesLayout } from './circles-layout';

describe('acquaintance circles layout', () => {
  it('puts the centre in the middle and each degree on a wider ring', () => {
    const { positions } = circlesLayout(1, [
      { degree: 1, person_ids: [2, 3, 4] },
      { degree: 2, person_ids: [5, 6] },
    ]);
    expect(positions.get('p1')).toEqual({ x: 0, y: 0 });
    const r = (id: number) => Math.hypot(positions.get(`p${id}`)!.x, positions.get(`p${id}`)!.y);
    expect(r(2)).toBeCloseTo(r(3));
    expect(r(5)).toBeGreaterThan(r(2));
  });

  it('gives a crowded ring room for everyone', () => {
    const ids = Array.from({ length: 60 }, (_, i) => i + 2);
    const { positions } = circlesLayout(1, [{ degree: 1, person_ids: ids }], 100);
    const a = positions.get('p2')!;
    const b = positions.get('p3')!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(95);
  });
});
