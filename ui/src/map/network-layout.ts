// The network (power) map's layout: cytoscape-fcose, a maintained force-directed
// layout. Workshop-sized maps are laid out at once on the page (tens of ms);
// above WORKER_ABOVE people it runs in a Web Worker, so the page never freezes
// (measured: full quality at 1,000 people blocks for seconds; ui/bench/results.md).
// People the user placed by hand stay fixed; everyone else is laid out around them.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from '../model/blocks';
import type { LayoutRequest, LayoutResponse } from './layout.worker';
import { networkLayoutOptions, seeded } from './network-options';

cytoscape.use(fcose);

export const WORKER_ABOVE = 300;

function pinnedOf(cy: cytoscape.Core, fixed: ReadonlyMap<string, Point>): { nodeId: string; position: Point }[] {
  return [...fixed].filter(([id]) => !cy.getElementById(id).empty()).map(([nodeId, p]) => ({ nodeId, position: { ...p } }));
}

/**
 * Lays out the people of `cy`. Small maps: synchronously on the page. fcose draws
 * its start from Math.random; it is swapped for a seeded generator for the run
 * only, so the same map always gets the same picture. Big maps: in a worker;
 * resolves once the positions are applied. Returns whether it finished at once.
 */
export function runNetworkLayout(cy: cytoscape.Core, fixed: ReadonlyMap<string, Point>): Promise<void> | null {
  const people = cy.nodes('.person');
  if (people.empty()) return null;
  const pinned = pinnedOf(cy, fixed);
  if (pinned.length === people.length) {
    cy.batch(() => pinned.forEach(({ nodeId, position }) => cy.getElementById(nodeId).position(position)));
    return null;
  }
  const seed = people.length * 7919 + cy.edges().length;
  if (people.length > WORKER_ABOVE && typeof Worker !== 'undefined') return inWorker(cy, people, pinned, seed);
  const random = Math.random;
  Math.random = seeded(seed);
  try {
    people.union(cy.edges()).layout(networkLayoutOptions(people.length, pinned)).run();
  } finally {
    Math.random = random;
  }
  return null;
}

function inWorker(
  cy: cytoscape.Core,
  people: cytoscape.NodeCollection,
  fixed: { nodeId: string; position: Point }[],
  seed: number,
): Promise<void> {
  const request: LayoutRequest = {
    nodes: people.map((n) => ({ id: n.id(), w: n.width(), h: n.height() })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    fixed,
    seed,
  };
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      if (cy.destroyed()) return resolve();
      const { positions } = event.data;
      cy.batch(() => people.forEach((n) => void (positions[n.id()] && n.position(positions[n.id()]!))));
      resolve();
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(error.message));
    };
    worker.postMessage(request);
  });
}
