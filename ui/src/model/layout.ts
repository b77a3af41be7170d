// The first-screen layout: a layered org chart, computed here and drawn with
// Cytoscape's 'preset' layout.
//
// Why not Cytoscape's built-in 'breadthfirst': it spreads every depth level across
// the full width independently, so members of one department land far apart and
// the department boxes (compound nodes) overlap. Here each department is a block:
// its members layered by the reporting line inside it (head on top), sub-units
// below; blocks never overlap. The block holding the top of the formal line goes
// first, flanked by the outsiders (advisers, the competitor's people); the other
// departments are packed in rows below; our team comes last, so coverage lines run
// upward. Of a few row widths, the one that fills the screen's shape best wins.
// Deterministic, so the map looks the same at every opening.
import type { AccountMap, MapPerson, OrgUnit } from '../api';
import {
  bandWidth,
  byLevelThenName,
  flatRows,
  layerMembers,
  packRows,
  placeBands,
  rowsBlock,
  type Block,
  type BlockMetrics,
  type Point,
} from './blocks';
import { childUnits, groupNodeId, parentOf, personNodeId, topLevelUnits, unitNodeId, usedGroups } from './groups';

export type { Point };

export interface LayoutMetrics extends BlockMetrics {
  /** Wrap a layer of a department after this many people. */
  maxPerRow: number;
  /** Our team and the outside groups are plain rows of at most this many. */
  maxPerRowFlat: number;
  /** Width : height of the screen area the map is fitted into. */
  aspect: number;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  cellWidth: 146,
  cellHeight: 118,
  padding: 8,
  gap: 30,
  maxPerRow: 4,
  maxPerRowFlat: 10,
  aspect: 1.3,
};

/** How many row widths to try between the narrowest and the widest packing. */
const WIDTH_CANDIDATES = 12;

/** The customer contact with the most people below them in the formal line. */
function topOfFormalLine(people: readonly MapPerson[], bossOf: ReadonlyMap<number, number>): MapPerson | undefined {
  const below = new Map<number, number>();
  for (const p of people) {
    const chain = new Set<number>();
    for (let b = bossOf.get(p.id); b !== undefined && !chain.has(b); b = bossOf.get(b)) {
      chain.add(b);
      below.set(b, (below.get(b) ?? 0) + 1);
    }
  }
  return people
    .filter((p) => p.side === 'customer')
    .sort((a, b) => (below.get(b.id) ?? 0) - (below.get(a.id) ?? 0) || a.id - b.id)[0];
}

/** Positions of every person node (and of empty department boxes), centred on x = 0. */
export function layoutMap(map: AccountMap, metrics: LayoutMetrics = DEFAULT_METRICS): Map<string, Point> {
  const m = metrics;
  const unitIds = new Set(map.org_units.map((u) => u.id));
  const bossOf = new Map<number, number>();
  for (const tie of map.ties) {
    if (tie.kind === 'reports_to' && !bossOf.has(tie.from_person_id)) bossOf.set(tie.from_person_id, tie.to_person_id);
  }
  const membersOf = new Map<string, MapPerson[]>();
  for (const p of map.people) {
    const parent = parentOf(p, unitIds);
    membersOf.set(parent, [...(membersOf.get(parent) ?? []), p]);
  }
  const members = (id: string) => membersOf.get(id) ?? [];

  const unitBlock = (unit: OrgUnit, seen: Set<number>): Block => {
    seen.add(unit.id);
    const children = childUnits(map.org_units, unit.id)
      .filter((c) => !seen.has(c.id))
      .map((c) => unitBlock(c, seen));
    const rows = layerMembers(members(unitNodeId(unit.id)), bossOf, m.maxPerRow);
    return rowsBlock(unitNodeId(unit.id), rows, children, m);
  };
  const seen = new Set<number>();
  const departments = topLevelUnits(map.org_units).map((u) => unitBlock(u, seen));

  const groups = usedGroups(map);
  const flatBlock = (g: 'third_party' | 'competitor' | 'unassigned'): Block[] => {
    if (!groups.includes(g)) return [];
    const id = groupNodeId(g);
    const sorted = [...members(id)].sort(byLevelThenName);
    return [rowsBlock(id, flatRows(sorted, Math.min(m.maxPerRowFlat, 3)), [], m)];
  };

  const top = topOfFormalLine(map.people, bossOf);
  const topId = top ? parentOf(top, unitIds) : null;
  const head = departments.filter((b) => b.id === topId);
  const outsiders = [...flatBlock('third_party'), ...flatBlock('competitor')];
  const firstBand = head.length > 0 ? [outsiders[0], ...head, ...outsiders.slice(1)].filter((b) => b !== undefined) : [];
  const middle = [
    ...departments.filter((b) => b.id !== topId),
    ...flatBlock('unassigned'),
    ...(head.length > 0 ? [] : outsiders),
  ];

  const ours = members(groupNodeId('ours'));
  const oursBlock = (perRow: number, order: (a: MapPerson, b: MapPerson) => number) =>
    rowsBlock(groupNodeId('ours'), flatRows([...ours].sort(order), perRow), [], m);
  const oursPerRow = (width: number) =>
    Math.max(1, Math.min(m.maxPerRowFlat, ours.length, Math.floor((width - 2 * m.padding) / m.cellWidth)));

  // Try row widths from the widest single block to everything in one row; keep the
  // arrangement that can be drawn largest in a viewport of the given aspect.
  const narrowest = Math.max(bandWidth(firstBand, m.gap), ...middle.map((b) => b.width), 4 * m.cellWidth);
  const widest = Math.max(narrowest, bandWidth(middle, m.gap), Math.min(ours.length, m.maxPerRowFlat) * m.cellWidth);
  let best = { bands: [] as Block[][], width: narrowest, scale: -1 };
  for (let i = 0; i <= WIDTH_CANDIDATES; i++) {
    const limit = narrowest + ((widest - narrowest) * i) / WIDTH_CANDIDATES;
    const bands = [firstBand, ...packRows(middle, limit, m.gap)].filter((b) => b.length > 0);
    if (ours.length > 0) bands.push([oursBlock(oursPerRow(limit), byLevelThenName)]);
    const width = Math.max(...bands.map((b) => bandWidth(b, m.gap)));
    const height = bands.reduce((h, b) => h + Math.max(...b.map((x) => x.height)) + m.gap, 0);
    const scale = Math.min(m.aspect / width, 1 / height);
    if (scale > best.scale + 1e-9) best = { bands: ours.length > 0 ? bands.slice(0, -1) : bands, width: limit, scale };
  }

  const out = new Map<string, Point>();
  const y = placeBands(best.bands, 0, m.gap, out);

  // Our team last, each of us below the contacts we cover (fewer crossing lines).
  if (ours.length > 0) {
    const sideOf = new Map(map.people.map((p) => [p.id, p.side]));
    const xs = new Map<number, number[]>();
    for (const tie of map.ties) {
      if (tie.kind !== 'coverage') continue;
      const fromOurs = sideOf.get(tie.from_person_id) === 'ours';
      const owner = fromOurs ? tie.from_person_id : tie.to_person_id;
      const at = out.get(personNodeId(fromOurs ? tie.to_person_id : tie.from_person_id));
      if (at) xs.set(owner, [...(xs.get(owner) ?? []), at.x]);
    }
    const centre = (p: MapPerson) => {
      const list = xs.get(p.id) ?? [];
      return list.length > 0 ? list.reduce((a, b) => a + b, 0) / list.length : 0;
    };
    placeBands([[oursBlock(oursPerRow(best.width), (a, b) => centre(a) - centre(b) || byLevelThenName(a, b))]], y, m.gap, out);
  }
  return out;
}
