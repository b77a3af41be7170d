// fcose options and the seeded generator, shared by the page (small maps) and the
// layout worker (big maps), so both give the same kind of picture.
import type cytoscape from 'cytoscape';
import type { Point } from '../model/blocks';

/** Above this many people fcose runs in 'draft' quality (spectral placement only). */
export const DRAFT_ABOVE = 300;

/** Mulberry32: a tiny seeded generator, so that a map looks the same at every opening. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function networkLayoutOptions(people: number, fixed: { nodeId: string; position: Point }[]): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    quality: people > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    // Counting labels in node sizes keeps names apart; affordable on workshop-sized maps.
    nodeDimensionsIncludeLabels: people <= DRAFT_ABOVE,
    idealEdgeLength: () => 80,
    nodeRepulsion: () => 8000,
    nodeSeparation: 80,
    gravity: 0.25,
    numIter: 2500,
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
  } as cytoscape.LayoutOptions;
}
