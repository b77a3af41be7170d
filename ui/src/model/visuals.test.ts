import { describe, expect, it } from 'vitest';
import type { DecisionRole } from '../api';
import { influenceClass, influenceSize, MAX_NODE_SIZE, ROLE_GLYPHS, ROLE_ORDER, roleGlyphs, SIDE_SHAPES, sideClass } from './visuals';

describe('person visuals', () => {
  it('grows nodes with influence and stays within bounds', () => {
    const sizes = [1, 2, 3, 4, 5].map(influenceSize);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
    expect(influenceSize(0)).toBe(sizes[0]);
    expect(influenceSize(12)).toBe(MAX_NODE_SIZE);
    expect(influenceSize(null)).toBeLessThan(sizes[1]!);
    expect(influenceClass(4)).toBe('inf-4');
    expect(influenceClass(null)).toBe('inf-none');
  });

  it('has one distinct glyph for each of the seven decision roles', () => {
    const roles: DecisionRole[] = ['initiator', 'user', 'influencer', 'decider', 'approver', 'buyer', 'gatekeeper'];
    expect([...ROLE_ORDER].sort()).toEqual([...roles].sort());
    const glyphs = roles.map((r) => ROLE_GLYPHS[r]);
    expect(new Set(glyphs).size).toBe(7);
    // In the core's order of the buying process, whatever order they are held in.
    expect(roleGlyphs(['decider', 'user'])).toBe(ROLE_GLYPHS.user + ROLE_GLYPHS.decider);
    expect(roleGlyphs([])).toBe('');
  });

  it('gives each side its own shape', () => {
    expect(SIDE_SHAPES).toEqual({
      ours: 'round-rectangle',
      customer: 'ellipse',
      third_party: 'diamond',
      competitor: 'hexagon',
    });
    expect(sideClass('third_party')).toBe('side-third-party');
  });
});
