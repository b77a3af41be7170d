// Runs the network map's fcose layout off the UI thread for big maps: a headless
// Cytoscape with the same nodes (sizes included), ties and options. Only ids,
// sizes and positions cross the boundary; the page stays responsive meanwhile.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { networkLayoutOptions, seeded } from './network-options';

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
  self.postMessage({ positions } satisfies LayoutResponse);
};
