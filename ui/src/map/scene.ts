// What the canvas draws, as plain data: the input of the SVG and PDF exports
// (export/). Read from Cytoscape's computed style, so an export matches the
// screen; only visible elements, only what the map payload holds (never profiles).
import type cytoscape from 'cytoscape';
import type { Point } from '../model/blocks';
import { attitudeSwatch, formatAttitude } from '../model/attitude';
import { canvasMeasure, wrapLabel } from '../export/wrap';

export interface SceneNode {
  kind: 'person' | 'group' | 'caption';
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  opacity: number;
  label: string;
  fontSize: number;
  fontWeight: string;
  textColour: string;
  /** Where the label sits: under the node (people), on its top edge (boxes), centred (captions). */
  labelAt: 'bottom' | 'top' | 'center';
  /** The attitude number written on the node, with its ink; null when not drawn. */
  badge: { text: string; ink: string } | null;
}

export interface SceneEdge {
  points: Point[];
  colour: string;
  width: number;
  dashed: boolean;
  arrow: boolean;
  opacity: number;
  /** The middle points are Bézier control points, not corners. */
  curved: boolean;
}

export interface Scene {
  x1: number;
  y1: number;
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

const num = (value: unknown): number => parseFloat(String(value)) || 0;

/** The label in the lines the canvas draws it in (wrapped at `text-max-width`). */
function labelOf(n: cytoscape.NodeSingular): string {
  const label = String(n.data('label') ?? '');
  if (!label || n.style('text-wrap') !== 'wrap') return label;
  const font = `${String(n.style('font-weight'))} ${num(n.style('font-size'))}px ${String(n.style('font-family'))}`;
  return wrapLabel(label, num(n.style('text-max-width')), canvasMeasure(font)).join('\n');
}

function nodeOf(n: cytoscape.NodeSingular): SceneNode {
  const kind = n.hasClass('person') ? 'person' : n.hasClass('caption') ? 'caption' : 'group';
  const ours = n.data('side') === 'ours';
  const attitude = n.data('attitude') as number | null | undefined;
  return {
    kind,
    x: n.position('x'),
    y: n.position('y'),
    width: n.width(),
    height: n.height(),
    shape: String(n.style('shape')),
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    strokeWidth: num(n.style('border-width')),
    dashed: n.style('border-style') === 'dashed',
    opacity: num(n.style('opacity')) * (kind === 'caption' ? 1 : num(n.style('background-opacity') || 1)),
    label: labelOf(n),
    fontSize: num(n.style('font-size')),
    fontWeight: String(n.style('font-weight')),
    textColour: String(n.style('color')),
    labelAt: kind === 'person' ? 'bottom' : kind === 'group' ? 'top' : 'center',
    badge:
      kind === 'person' && !ours && attitude !== undefined
        ? { text: formatAttitude(attitude ?? null), ink: attitudeSwatch(attitude ?? null).ink }
        : null,
  };
}

function edgeOf(e: cytoscape.EdgeSingular): SceneEdge {
  const source = e.sourceEndpoint();
  const target = e.targetEndpoint();
  const curve = String(e.style('curve-style'));
  const bends = curve === 'taxi' || curve === 'segments' ? (e.segmentPoints() ?? []) : (e.controlPoints() ?? []);
  return {
    points: [source, ...bends.map((p) => ({ x: p.x, y: p.y })), target].map((p) => ({ x: p.x, y: p.y })),
    colour: String(e.style('line-color')),
    width: num(e.style('width')),
    dashed: e.style('line-style') === 'dashed',
    arrow: e.style('target-arrow-shape') !== 'none',
    opacity: num(e.style('opacity')),
    curved: curve === 'bezier' && bends.length > 0,
  };
}

export function sceneOf(cy: cytoscape.Core): Scene {
  const visible = cy.elements(':visible');
  const box = visible.boundingBox();
  // Boxes first (they are drawn below), then ties, then people on top.
  const nodes = visible.nodes();
  return {
    x1: box.x1,
    y1: box.y1,
    width: box.w,
    height: box.h,
    nodes: [...nodes.filter('.group, .caption').map(nodeOf), ...nodes.filter('.person').map(nodeOf)],
    edges: visible.edges().map(edgeOf),
  };
}
