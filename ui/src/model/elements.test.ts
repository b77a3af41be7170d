import { describe, expect, it } from 'vitest';
import { toElements, type EdgeElement, type MapElement, type NodeElement, type PersonNodeData } from './elements';
import { smallMap } from './fixtures';

const options = {
  groupLabels: { ours: 'Our team', third_party: 'Third parties', competitor: 'Competitors', unassigned: 'No department' },
};

const nodes = (els: MapElement[]) => els.filter((e): e is NodeElement => e.group === 'nodes');
const edges = (els: MapElement[]) => els.filter((e): e is EdgeElement => e.group === 'edges');
const byId = (els: MapElement[], id: string) => els.find((e) => e.data.id === id);
const classesOf = (els: MapElement[], id: string) => (byId(els, id)?.classes ?? '').split(' ');

describe('toElements', () => {
  const els = toElements(smallMap(), options);

  it('emits one node per person, one per org unit, one per used side group', () => {
    const people = nodes(els).filter((n) => n.classes.split(' ').includes('person'));
    const units = nodes(els).filter((n) => n.classes.split(' ').includes('org-unit'));
    const groups = nodes(els).filter((n) => /\bgroup-/.test(n.classes));
    expect(people).toHaveLength(8);
    expect(units).toHaveLength(3);
    expect(groups.map((g) => g.data.id).sort()).toEqual(['g-competitor', 'g-ours', 'g-third-party']);
  });

  it('skips ties to people who are not on the map', () => {
    expect(edges(els)).toHaveLength(8);
    expect(byId(els, 't9')).toBeUndefined();
  });

  it('puts people into their department, and sub-units into their unit', () => {
    const parent = (id: string) => (byId(els, id)?.data as PersonNodeData).parent;
    expect(parent('p1')).toBe('u10');
    expect(parent('p2')).toBe('u12');
    expect(parent('p5')).toBe('g-third-party');
    expect(parent('p6')).toBe('g-competitor');
    expect(parent('p7')).toBe('g-ours');
    expect((byId(els, 'u12')?.data as { parent?: string }).parent).toBe('u11');
    expect((byId(els, 'u10')?.data as { parent?: string }).parent).toBeUndefined();
  });

  it('lists every parent before its children', () => {
    const index = new Map(els.map((e, i) => [e.data.id, i]));
    for (const e of nodes(els)) {
      const parent = (e.data as { parent?: string }).parent;
      if (parent) expect(index.get(parent)!).toBeLessThan(index.get(e.data.id)!);
    }
    const firstEdge = els.findIndex((e) => e.group === 'edges');
    expect(nodes(els).every((n) => index.get(n.data.id)! < firstEdge)).toBe(true);
  });

  it('marks side, attitude, influence, roles, hidden influencers, leaning and status', () => {
    expect(classesOf(els, 'p1')).toEqual(expect.arrayContaining(['person', 'side-customer', 'att-p2', 'inf-5', 'role-decider']));
    expect(classesOf(els, 'p2')).toEqual(expect.arrayContaining(['att-m1', 'role-buyer', 'role-user', 'leans-competitor']));
    expect(classesOf(els, 'p3')).toEqual(expect.arrayContaining(['att-none', 'inf-none']));
    expect(classesOf(els, 'p4')).toEqual(expect.arrayContaining(['hidden-influencer', 'att-m3']));
    expect(classesOf(els, 'p1')).not.toContain('hidden-influencer');
    expect(classesOf(els, 'p5')).toContain('side-third-party');
    expect(classesOf(els, 'p6')).toEqual(expect.arrayContaining(['side-competitor', 'status-left']));
    expect(classesOf(els, 'p7')).toContain('side-ours');
  });

  it('styles each tie kind and coverage role by class', () => {
    const tieClasses = edges(els).map((e) => e.classes);
    expect(tieClasses).toContain('tie tie-reports-to strength-3');
    expect(tieClasses).toContain('tie tie-influences hidden strength-3');
    expect(tieClasses).toContain('tie tie-influences strength-3');
    expect(tieClasses).toContain('tie tie-personal strength-3');
    expect(tieClasses).toContain('tie tie-coverage cov-a strength-3');
    expect(tieClasses).toContain('tie tie-coverage cov-b strength-3');
    expect(tieClasses).toContain('tie tie-coverage cov-sponsor strength-3');
  });

  it('labels people with name, role glyphs and title', () => {
    const data = byId(els, 'p1')?.data as PersonNodeData;
    expect(data.label).toBe('Ada CEO  \u2605\nCEO');
    expect((byId(els, 'p4')?.data as PersonNodeData).label).toBe('Di Board');
    expect(byId(els, 'g-ours')?.data).toMatchObject({ label: 'Our team' });
  });

  it('links edges to person nodes by id', () => {
    const edge = edges(els).find((e) => e.classes.includes('cov-sponsor'));
    expect(edge?.data).toMatchObject({ source: 'p8', target: 'p1', kind: 'coverage' });
  });
});
