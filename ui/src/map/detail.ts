// Level of detail: the attitude numbers on the nodes are painted only when the map
// is zoomed in far enough to read them. The canvas starts without them (cheap first
// draw of a big map) and switches when a zoom crosses DETAIL_ZOOM, one restyle per
// crossing, never per frame.
import type cytoscape from 'cytoscape';
import { mapStylesheet } from './style';

/** Zoom from which a number on the smallest node is legible (~9 screen px). */
export const DETAIL_ZOOM = 0.45;
/** Up to this many nodes the numbers cost little: always painted, however small. */
export const ALWAYS_DETAILED = 400;

/** Whether a map of this many nodes starts with the numbers painted (before any fit). */
export function startsDetailed(nodes: number): boolean {
  return nodes <= ALWAYS_DETAILED;
}

export class Detail {
  /**
   * `detailed`: what the instance was built with (mapStylesheet(scale, detailed)), so
   * that the first fit does not restyle every element a second time.
   */
  constructor(
    private readonly cy: cytoscape.Core,
    private scale: number,
    private detailed: boolean,
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
    return this.cy.zoom() >= DETAIL_ZOOM || startsDetailed(this.cy.nodes().length);
  }

  private apply(): void {
    this.detailed = this.wanted();
    this.cy.style(mapStylesheet(this.scale, this.detailed));
  }
}
