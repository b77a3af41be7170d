import { describe, expect, it } from 'vitest';
import { rosterMember, sampleRoster } from './fixtures';
import { curve, packRows } from './geometry';
import { layoutRoster, SIZE, type Box } from './layout';

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (box: Box, outer: Box) =>
  box.x >= outer.x && box.y >= outer.y && box.x + box.w <= outer.x + outer.w && box.y + box.h <= outer.y + outer.h;

describe('layoutRoster', () => {
  const roster = sampleRoster();
  const layout = layoutRoster(roster);

  it('puts the customer leads above the members, our account manager below ours, partners at the bottom', () => {
    const manager = layout.manager!;
    const membersTop = Math.min(...layout.members.map((m) => m.y));
    const membersBottom = Math.max(...layout.members.filter((m) => !m.beside).map((m) => m.y + m.h));
    for (const lead of layout.leads) expect(lead.y + lead.h).toBeLessThan(membersTop);
    expect(manager.y).toBeGreaterThan(membersBottom);
    for (const p of layout.partners) expect(p.y).toBeGreaterThan(manager.y + manager.h);
  });

  it('puts the customer appointees beside our account manager, the pair centred', () => {
    const m = layout.manager!;
    const appointee = layout.members.find((c) => c.beside)!;
    expect(appointee.entry.member.side).toBe('customer');
    expect(appointee.y).toBe(m.y);
    expect(appointee.x).toBeGreaterThan(m.x + m.w);
    const cluster = layout.clusters.find((c) => c.side === 'customer')!;
    expect((m.x + cluster.x + cluster.w) / 2).toBeCloseTo(layout.width / 2, 0);
  });

  it('groups our members by function and the customer appointees in their own cluster', () => {
    expect(layout.clusters.map((c) => [c.side, c.function])).toEqual([
      ['ours', 'technical_service'],
      ['ours', 'quality'],
      ['customer', null],
    ]);
    const appointee = layout.members.find((m) => m.entry.member.id === 4)!;
    expect(inside(appointee, layout.clusters[2]!)).toBe(true);
  });

  it('keeps every card inside the drawing and apart from the others', () => {
    const cards: Box[] = [...layout.members, layout.manager!, ...layout.leads, ...layout.partners];
    const drawing = { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const [i, a] of cards.entries()) {
      expect(inside(a, drawing)).toBe(true);
      for (const b of cards.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('draws each lead once, and both reporting lines of a member', () => {
    expect(layout.leads.map((l) => l.lead.name).sort()).toEqual(['Sun Mei', 'Wu Lei']);
    const ana = layout.lines.filter((l) => l.memberId === 3);
    expect(ana.map((l) => [l.kind, l.toPersonId]).sort()).toEqual([
      ['customer_lead', 51],
      ['manager', 1],
    ]);
  });

  it('draws no line the core does not report', () => {
    const roster = sampleRoster();
    roster.functions[0]!.members = [rosterMember(9, 'Solo', 'technical_service', 'ours', null, null)];
    const layout = layoutRoster(roster);
    expect(layout.lines.filter((l) => l.memberId === 9)).toEqual([]);
  });

  it('wraps a large team into rows no wider than the maximum', () => {
    const roster = sampleRoster();
    roster.functions = (['strategy_development', 'sales_administration', 'technical_service', 'quality', 'marketing', 'finance'] as const).map(
      (fn, i) => ({ function: fn, members: [1, 2, 3].map((n) => rosterMember(10 * i + n + 10, `P${i}${n}`, fn, 'ours', null)) }),
    );
    const layout = layoutRoster(roster);
    expect(new Set(layout.clusters.map((c) => c.y)).size).toBeGreaterThan(1);
    expect(layout.width).toBeLessThanOrEqual(SIZE.maxRowWidth + 2 * SIZE.margin + 1);
  });

  it('lays out an empty team without cards', () => {
    const layout = layoutRoster({ ...sampleRoster(), account_manager: null, functions: [], customer_appointees: [], partners: [] });
    expect(layout.members).toEqual([]);
    expect(layout.manager).toBeNull();
    expect(layout.lines).toEqual([]);
  });
});

describe('packRows', () => {
  it('starts a new row when the next item does not fit', () => {
    expect(packRows([40, 40, 40, 100], (w) => w, 10, 100)).toEqual([[40, 40], [40], [100]]);
  });
});

describe('curve', () => {
  it('runs from the start to the end point', () => {
    expect(curve(0, 0, 10, 20)).toBe('M0 0 C0 10 10 10 10 20');
  });
});
