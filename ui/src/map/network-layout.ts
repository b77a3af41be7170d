// The network (power) map's layout: cytoscape-fcose, a maintained force-directed
// layout. Workshop-sized maps are laid out at once on the page (tens of ms);
// above WORKER_ABOVE people it runs in a Web Worker, so the page never freezes
// (measured: full quality at 1,000 people blocks for seconds; ui/bench/results.md).
// People the user placed by hand stay fixed; everyone else is laid out around them.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from '../model/blocks';
import type { MapElement, PersonNodeData } from '../model/elements';
import { personBox } from '../model/visuals';
import type { LayoutRequest, LayoutResponse } from './layout.worker';
import { networkLayoutOptions, seeded } from './network-options';

cytoscape.use(fcose);

const WORKER_ABOVE = 300;

type Pinned = { nodeId: string; position: Point }[];

function pinnedOf(exists: (id: string) => boolean, fixed: ReadonlyMap<string, Point>): Pinned {
  return [...fixed].filter(([id]) => exists(id)).map(([nodeId, p]) => ({ nodeId, position: { ...p } }));
}

const isPerson = (e: MapElement): boolean => e.group === 'nodes' && e.classes.split(' ').includes('person');

/** Whether these elements are laid out in the worker, before anything is drawn. */
export function laidOutInWorker(elements: readonly MapElement[], fixed: ReadonlyMap<string, Point>): boolean {
  const people = elements.filter(isPerson);
  return people.length > WORKER_ABOVE && typeof Worker !== 'undefined' && people.some((p) => !fixed.has(p.data.id));
}

/**
 * Lays out the people of `cy` on the page (small maps). fcose draws its start from
 * Math.random; it is swapped for a seeded generator for the run only, so the same
 * map always gets the same picture.
 */
export function runNetworkLayout(cy: cytoscape.Core, fixed: ReadonlyMap<string, Point>): void {
  const people = cy.nodes('.person');
  if (people.empty()) return;
  const pinned = pinnedOf((id) => !cy.getElementById(id).empty(), fixed);
  if (pinned.length === people.length) {
    cy.batch(() => pinned.forEach(({ nodeId, position }) => cy.getElementById(nodeId).position(position)));
    return;
  }
  const random = Math.random;
  Math.random = seeded(people.length * 7919 + cy.edges().length);
  try {
    people.union(cy.edges()).layout(networkLayoutOptions(people.length, pinned)).run();
  } finally {
    Math.random = random;
  }
}

/**
 * Lays out a big map in a worker from its element definitions alone (node sizes
 * from the same values the stylesheet uses), so that nothing is drawn until the
 * positions are known: the map is then drawn once, where it belongs.
 */
export function layoutInWorker(elements: readonly MapElement[], fixed: ReadonlyMap<string, Point>): Promise<Map<string, Point>> {
  const people = elements.filter(isPerson);
  const ids = new Set(people.map((p) => p.data.id));
  const edges = elements.flatMap((e) =>
    e.group === 'edges' && ids.has(e.data.source) && ids.has(e.data.target) ? [{ id: e.data.id, source: e.data.source, target: e.data.target }] : [],
  );
  const request: LayoutRequest = {
    nodes: people.map((p) => {
      const data = p.data as PersonNodeData;
      return { id: data.id, ...personBox(data.side, data.influence) };
    }),
    edges,
    fixed: pinnedOf((id) => ids.has(id), fixed),
    seed: people.length * 7919 + edges.length,
  };
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      resolve(new Map(Object.entries(event.data.positions)));
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(error.message));
    };
    worker.postMessage(request);
  });
}
