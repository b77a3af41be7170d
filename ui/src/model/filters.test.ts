import { describe, expect, it } from 'vitest';
import { applyFilter, isEmptyFilter, outsideFilter } from './filters';
import { smallMap } from './fixtures';

describe('map filters', () => {
  it('an empty filter keeps the map as it is', () => {
    const map = smallMap();
    expect(isEmptyFilter({})).toBe(true);
    expect(applyFilter(map, {})).toBe(map);
  });

  it('keeps people by side, role and attitude range, and only the ties between them', () => {
    const map = smallMap();
    expect(applyFilter(map, { sides: ['ours'] }).people.map((p) => p.name)).toEqual(['Gus Ours', 'Hal Ours']);
    expect(applyFilter(map, { roles: ['decider'] }).people.map((p) => p.name)).toEqual(['Ada CEO']);
    const supporters = applyFilter(map, { attitude_min: 1 });
    expect(supporters.people.every((p) => p.attitude !== null && p.attitude >= 1)).toBe(true);
    const kept = new Set(supporters.people.map((p) => p.id));
    expect(supporters.ties.every((t) => kept.has(t.from_person_id) && kept.has(t.to_person_id))).toBe(true);
  });

  it('names the people a filter leaves out (the circles and paths views fade them)', () => {
    const map = smallMap();
    expect(outsideFilter(map, {})).toEqual([]);
    const kept = new Set(applyFilter(map, { sides: ['ours'] }).people.map((p) => p.id));
    const out = outsideFilter(map, { sides: ['ours'] });
    expect(out.length + kept.size).toBe(map.people.length);
    expect(out.some((id) => kept.has(id))).toBe(false);
  });
});
