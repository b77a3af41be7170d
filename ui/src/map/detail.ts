// Level of detail: names, attitude numbers and arrowheads are drawn only when the
// map is zoomed in far enough to read them (style.ts, legibleZoom). A big map starts
// without them (cheap first draw) and switches when a zoom crosses legibleZoom, one
// restyle per crossing, never per frame.
import type cytoscape from 'cytoscape';
import { MAX_NODE_SIZE } from '../model/visuals';
import { legibleZoom, mapStylesheet } from './style';

/** Up to this many nodes the numbers cost little: always painted, however small. */
const ALWAYS_DETAILED = 400;

/**
 * Whether a new drawing starts detailed: small maps always; big ones when the fit
 * to come (`zoom`, predicted from the positions) is close enough to read them. Built
 * in the right mode at once, a big map is styled once instead of twice.
 */
export function startsDetailed(nodes: number, zoom: number, scale: number): boolean {
  return nodes <= ALWAYS_DETAILED || zoom >= legibleZoom(scale);
}

/** The zoom at which `elements` will be fitted into `width` x `height` (people's boxes only). */
export function expectedZoom(elements: readonly cytoscape.ElementDefinition[], width: number, height: number, maxZoom: number): number {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const e of elements) {
    if (!e.position) continue;
    x1 = Math.min(x1, e.position.x);
    y1 = Math.min(y1, e.position.y);
    x2 = Math.max(x2, e.position.x);
    y2 = Math.max(y2, e.position.y);
  }
  if (x1 > x2 || width <= 0 || height <= 0) return maxZoom;
  return Math.min(maxZoom, width / (x2 - x1 + MAX_NODE_SIZE), height / (y2 - y1 + MAX_NODE_SIZE));
}

export class Detail {
  /**
   * `detailed`: what the instance was built with (mapStylesheet(scale, detailed)), so
   * that the first fit does not restyle every element a second time.
   */
  constructor(
    private readonly cy: cytoscape.Core,
    private scale: number,
    private detailed = false,
  ) {
    cy.on('zoom', () => this.update());
  }

  /** Larger type for presenting (1.12) or normal (1). */
  setScale(scale: number): void {
    this.scale = scale;
    this.apply();
  }

  /** Re-evaluates after a change of zoom (also call after fitting). */
  update(): void {
    if (this.wanted() !== this.detailed) this.apply();
  }

  private wanted(): boolean {
    return startsDetailed(this.cy.nodes().length, this.cy.zoom(), this.scale);
  }

  private apply(): void {
    this.detailed = this.wanted();
    this.cy.style(mapStylesheet(this.scale, this.detailed));
  }
}
