// What to draw for a view: the elements and where they go. Network and paths are
// laid out on the canvas by fcose ('network'); the others get positions computed
// by the model's layouts ('preset'). Hand-placed positions always win.
import type { AccountMap, Level, ViewKind } from '../api';
import type { Point } from '../model/blocks';
import { circlesLayout, type RingInput } from '../model/circles-layout';
import { coveragePeople, layoutCoverage } from '../model/coverage-layout';
import { captionElement, toElements, type ElementOptions, type MapElement } from '../model/elements';
import { flatUnits } from '../model/groups';
import { DEFAULT_METRICS, layoutMap } from '../model/layout';
import { drawsDepartments } from '../model/views';

export interface Drawing {
  elements: MapElement[];
  positions: Map<string, Point>;
  layout: 'preset' | 'network';
}

export interface DrawingInput {
  map: AccountMap;
  view: ViewKind;
  stored: ReadonlyMap<string, Point>;
  aspect: number;
  focusId: number | null;
  rings: RingInput[] | 'unavailable' | null;
  groupLabels: ElementOptions['groupLabels'];
  levelLabel: (level: Level) => string;
  bandLabel: (band: 'ours' | 'customer') => string;
}

function withStored(positions: Map<string, Point>, stored: ReadonlyMap<string, Point>): Map<string, Point> {
  for (const [id, p] of stored) positions.set(id, p);
  return positions;
}

/**
 * Only the people in the rings (and the centre), linked by the tie that reaches
 * each from the ring inside: the drawing reads outward like the domain's
 * "relationship network drawing", not as a hairball.
 */
function circlesMap(map: AccountMap, focusId: number, rings: readonly RingInput[]): AccountMap {
  const ids = new Set([focusId, ...rings.flatMap((r) => r.person_ids)]);
  const via = new Set(rings.flatMap((r) => r.via_tie_ids ?? []));
  return {
    ...map,
    people: map.people.filter((p) => ids.has(p.id)),
    ties: map.ties.filter((t) => ids.has(t.from_person_id) && ids.has(t.to_person_id) && (via.size === 0 || via.has(t.id))),
  };
}

/** Outside the org chart, reporting lines are straight like every other tie (no elbows). */
function straightened(elements: MapElement[]): MapElement[] {
  return elements.map((e) => (e.group === 'edges' ? { ...e, classes: `${e.classes} straight` } : e));
}

export function buildDrawing(input: DrawingInput): Drawing {
  const drawing = buildFor(input);
  return input.view === 'org_chart' ? drawing : { ...drawing, elements: straightened(drawing.elements) };
}

function buildFor(input: DrawingInput): Drawing {
  const { map, view, stored, groupLabels } = input;
  const options = { groupLabels, departments: drawsDepartments(view) };
  if (view === 'org_chart') {
    const flat = { ...map, org_units: flatUnits(map.org_units) };
    return {
      elements: toElements(flat, options),
      positions: withStored(layoutMap(flat, { ...DEFAULT_METRICS, aspect: input.aspect }), stored),
      layout: 'preset',
    };
  }
  if (view === 'coverage') {
    // Coverage lines only: the other ties belong to the other views.
    const shown = { ...map, people: coveragePeople(map), ties: map.ties.filter((t) => t.kind === 'coverage') };
    const layout = layoutCoverage(shown, input.aspect);
    const captions = [
      ...layout.columnCaptions.map((c) => ({ ...captionElement(`cap-${c.level}`, input.levelLabel(c.level), 'column'), position: c })),
      ...layout.bandCaptions.map((c) => ({ ...captionElement(`cap-${c.band}`, input.bandLabel(c.band), 'band'), position: c })),
    ];
    const positions = withStored(layout.positions, stored);
    for (const c of captions) positions.set(c.data.id, { x: c.position.x, y: c.position.y });
    return { elements: [...toElements(shown, options), ...captions.map(({ position: _, ...e }) => e)], positions, layout: 'preset' };
  }
  if (view === 'circles') {
    if (input.focusId === null || !Array.isArray(input.rings)) {
      const centre = map.people.filter((p) => p.id === input.focusId);
      return { elements: toElements({ ...map, people: centre, ties: [] }, options), positions: new Map(), layout: 'preset' };
    }
    const layout = circlesLayout(input.focusId, input.rings);
    const positions = withStored(layout.positions, stored);
    // Faint ring guides, centred on the centre person, drawn below everything.
    const guides = layout.radii.map(({ degree, radius }) => {
      positions.set(`ring-${degree}`, { x: 0, y: 0 });
      return { ...captionElement(`ring-${degree}`, '', 'ring'), data: { id: `ring-${degree}`, label: '', size: 2 * radius } };
    });
    return { elements: [...guides, ...toElements(circlesMap(map, input.focusId, input.rings), options)], positions, layout: 'preset' };
  }
  return { elements: toElements(map, options), positions: new Map(stored), layout: 'network' };
}
