// Runs the network map's fcose layout off the UI thread for big maps: a headless
// Cytoscape with the same nodes (sizes included), ties and options. Only ids,
// sizes and positions cross the boundary; the page stays responsive meanwhile.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DRAFT_ABOVE, networkLayoutOptions, seeded } from './network-options';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: { id: string; w: number; h: number }[];
  edges: { id: string; source: string; target: string }[];
  fixed: { nodeId: string; position: { x: number; y: number } }[];
  seed: number;
}

export interface LayoutResponse {
  positions: Record<string, { x: number; y: number }>;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, fixed, seed } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id }, style: { width: n.w, height: n.h } })),
      ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  // Nothing else runs in this worker: the seeded generator can stay in place.
  Math.random = seeded(seed);
  cy.layout(networkLayoutOptions(nodes.length, fixed)).run();
  const positions: LayoutResponse['positions'] = {};
  cy.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
  if (fixed.length === 0 && nodes.length > DRAFT_ABOVE) spread(positions, nodes.length);
  self.postMessage({ positions } satisfies LayoutResponse);
};

/** Room per person of a spread-out draft layout (model px): about one tie's length. */
const SPACING = 90;

/**
 * fcose's draft (spectral) placement comes out packed into a small square (measured:
 * 1,000 people within ~600 px, on top of each other). Scaled about its centre to about
 * SPACING per person it keeps its shape and becomes readable when zoomed in. Not done
 * with hand-placed people, whose positions must stay as they are.
 */
function spread(positions: LayoutResponse['positions'], people: number): void {
  const all = Object.values(positions);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const factor = (Math.sqrt(people) * SPACING) / Math.max(1, x2 - x1, y2 - y1);
  if (factor <= 1) return;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (const p of all) {
    p.x = cx + (p.x - cx) * factor;
    p.y = cy + (p.y - cy) * factor;
  }
}
