// Owns the Cytoscape instance: created once per map view, updated in batches.
// Svelte components talk to this class, never to Cytoscape directly.
import cytoscape from 'cytoscape';
import type { Side, TieKind, ViewKind, Viewport } from '../api';
import type { MapElement } from '../model/elements';
import type { Point } from '../model/layout';
import { Detail, expectedZoom, startsDetailed } from './detail';
import { announce, withdraw } from './live';
import { laidOutInWorker, layoutInWorker, runNetworkLayout } from './network-layout';
import { highlight, highlightPath, mark, select } from './marks';
import { definitions, patch } from './patch';
import { sceneOf, type Scene } from './scene';
import { mapStylesheet } from './style';

export { whenCanvas } from './live';

/** Something that works on the live Cytoscape instance; may return its teardown. */
export type CyCallback = (cy: cytoscape.Core) => void | (() => void);

export interface DrawnPerson {
  id: number;
  name: string;
  side: Side;
}

export interface DrawnTie {
  id: number;
  kind: TieKind;
  from: number;
  to: number;
}

export interface CanvasHandlers {
  /** A person was clicked (their id), or the empty canvas (null). */
  onSelect(personId: number | null): void;
}

/** Room kept free around a fitted map (captions of the top boxes sit above them). */
const FIT_INSETS = { top: 24, right: 24, bottom: 20, left: 24 };
/** A small map is not blown up beyond this when fitted. */
const FIT_MAX_ZOOM = 1.6;
/** From this many nodes, pan and zoom move a snapshot of the map (redrawn when they stop). */
const SNAPSHOT_ABOVE = 600;
/** From this many nodes, the canvas is drawn at one pixel per CSS pixel (4x fewer on HiDPI). */
const LOW_RES_ABOVE = 3000;

export class MapCanvas {
  private cy: cytoscape.Core;
  private view: ViewKind = 'org_chart';
  private readonly attached = new Map<CyCallback, (() => void) | undefined>();
  private detail: Detail;
  private scale = 1;
  /** A big map being laid out in the worker: the latest elements wait here to be drawn. */
  private waiting: { elements: readonly MapElement[]; positions: ReadonlyMap<string, Point> } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: CanvasHandlers,
  ) {
    this.cy = this.build([], false);
    this.detail = new Detail(this.cy, this.scale, false);
    announce(this);
  }

  /**
   * A new Cytoscape instance holding `elements` (already placed) and the stylesheet it
   * will be drawn with, in one constructor call: every element is styled once, and the
   * renderer options suit the map's size.
   */
  private build(elements: cytoscape.ElementDefinition[], detailed: boolean): cytoscape.Core {
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    const cy = cytoscape({
      container: this.container,
      elements,
      // Positions come with the elements ('preset'); Cytoscape would otherwise grid them.
      layout: { name: 'preset' },
      style: mapStylesheet(this.scale, detailed),
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: nodes > SNAPSHOT_ABOVE,
      hideEdgesOnViewport: nodes > SNAPSHOT_ABOVE,
      pixelRatio: nodes > LOW_RES_ABOVE ? 1 : 'auto',
    });
    cy.on('tap', 'node.person', (event) => this.handlers.onSelect(event.target.data('personId') as number));
    cy.on('tap', (event) => {
      if (event.target === cy) this.handlers.onSelect(null);
    });
    return cy;
  }

  /** Replaces the instance with one drawing `elements`; attached tools move to the new one. */
  private rebuild(elements: cytoscape.ElementDefinition[]): void {
    for (const teardown of this.attached.values()) teardown?.();
    this.cy.destroy();
    const { clientWidth: w, clientHeight: h } = this.container;
    const zoom = expectedZoom(elements, w - FIT_INSETS.left - FIT_INSETS.right, h - FIT_INSETS.top - FIT_INSETS.bottom, FIT_MAX_ZOOM);
    const detailed = startsDetailed(elements.filter((e) => e.group === 'nodes').length, zoom, this.scale);
    this.cy = this.build(elements, detailed);
    this.cy.nodes('.group, .caption').unselectify();
    this.cy.nodes('.caption').ungrabify();
    this.detail = new Detail(this.cy, this.scale, detailed);
    for (const callback of this.attached.keys()) this.attached.set(callback, callback(this.cy) ?? undefined);
  }

  /**
   * Lets other modules (e.g. editing tools: edge drawing, drag handlers) work on the
   * Cytoscape instance without owning it. `callback` runs now, and again should this
   * canvas ever make a new instance; the function it returns is called on teardown
   * (before a new instance, on destroy, or when the returned detach is called).
   */
  onCy(callback: CyCallback): () => void {
    this.attached.set(callback, callback(this.cy) ?? undefined);
    return () => {
      this.attached.get(callback)?.();
      this.attached.delete(callback);
    };
  }

  /** Which view is drawn now: positions the user places are stored per view. */
  currentView(): ViewKind {
    return this.view;
  }

  setView(view: ViewKind): void {
    this.view = view;
  }

  /** The people selected on the canvas (one or many). */
  selectedPersonIds(): number[] {
    return this.cy.nodes('.person:selected').map((n) => n.data('personId') as number);
  }

  /**
   * Draws `elements` (see show), then lays out the network view. A big network is
   * laid out in a worker first and drawn once, when placed; meanwhile the canvas is
   * empty (the caller shows a progress note) and the page stays responsive.
   */
  async draw(elements: readonly MapElement[], positions: ReadonlyMap<string, Point>, fresh: boolean, layout: 'preset' | 'network'): Promise<void> {
    if (this.waiting && !fresh) {
      // Edits during the layout: the latest elements are drawn when it returns.
      Object.assign(this.waiting, { elements, positions });
      return;
    }
    this.waiting = null;
    if (!(fresh && layout === 'network' && laidOutInWorker(elements, positions))) {
      this.show(elements, positions, fresh);
      if (fresh && layout === 'network') this.layoutNetwork(positions);
      return;
    }
    const job = (this.waiting = { elements, positions });
    this.show([], new Map(), true);
    const placed = await layoutInWorker(elements, positions).catch(() => null);
    if (this.waiting !== job || this.cy.destroyed()) return;
    this.waiting = null;
    // Hand-placed positions win; anyone added meanwhile is placed beside their ties.
    for (const [id, p] of job.positions) placed?.set(id, p);
    this.show(job.elements, placed ?? job.positions, true);
    if (!placed) this.layoutNetwork(job.positions);
  }

  /** Whether a big network map is being laid out (nothing drawn yet). */
  laying(): boolean {
    return this.waiting !== null;
  }

  /** Force-directed placement (on the page) of everyone not in `fixed` (network-layout.ts). */
  private layoutNetwork(fixed: ReadonlyMap<string, Point>): void {
    runNetworkLayout(this.cy, fixed);
    this.fit(false);
    this.detail.update();
  }

  /** Puts a class on exactly these people (e.g. coverage gaps) and their ties, removing it from the rest. */
  mark(className: string, personIds: Iterable<number>): void {
    mark(this.cy, className, personIds);
  }

  /** Highlights the given people and ties (introduction paths); fades the rest. Empty: clears. */
  highlightPath(personIds: readonly number[], tieIds: readonly number[]): void {
    highlightPath(this.cy, personIds, tieIds);
  }

  /** Selects a person and fades everything not directly tied to them. */
  select(personId: number | null): void {
    select(this.cy, personId);
  }

  /** Marks people whose name or title contains `query`; returns how many. */
  highlight(query: string): number {
    return highlight(this.cy, query);
  }

  /** Brings the current search matches into view; returns the one match's person id, if only one. */
  showMatches(): number | null {
    const matches = this.cy.nodes('.match');
    this.fitTo(matches, true, 80);
    return matches.length === 1 ? (matches.first().data('personId') as number) : null;
  }

  viewport(): Viewport {
    const pan = this.cy.pan();
    return { zoom: this.cy.zoom(), pan_x: pan.x, pan_y: pan.y };
  }

  setViewport(viewport: Viewport): void {
    if (viewport.zoom === null || viewport.pan_x === null || viewport.pan_y === null) return this.fit(false);
    this.cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.pan_x, y: viewport.pan_y } });
  }

  /** Larger type for presenting to a room (the full-screen fit enlarges it further). */
  setPresenting(presenting: boolean): void {
    this.scale = presenting ? 1.12 : 1;
    this.detail.setScale(this.scale);
  }

  /** The whole map as a PNG at `scale` times the model size (twice by default), at most `max` px a side. */
  png(scale = 2, max?: number): Promise<Blob> {
    return this.cy.png({ scale, full: true, output: 'blob-promise', bg: '#ffffff', maxWidth: max, maxHeight: max });
  }

  /** What is drawn, as plain data, for the SVG and PDF exports. */
  scene(): Scene {
    return sceneOf(this.cy);
  }

  /**
   * Shows `elements`. With `fresh` (another account, or the first draw) a new instance
   * is built with everything placed at `positions`; otherwise the drawing is patched
   * in place (patch.ts).
   */
  show(elements: readonly MapElement[], positions: ReadonlyMap<string, Point>, fresh: boolean): void {
    if (!fresh) {
      patch(this.cy, elements, positions);
      this.cy.nodes('.group, .caption').unselectify();
      this.cy.nodes('.caption').ungrabify();
      this.detail.update();
      return;
    }
    this.rebuild(definitions(elements, positions));
    this.fit(false);
    this.detail.update();
  }

  fit(animate = true): void {
    this.fitTo(this.cy.elements(), animate, 0);
  }

  private fitTo(eles: cytoscape.CollectionReturnValue | cytoscape.NodeCollection, animate: boolean, margin: number): void {
    const cy = this.cy;
    if (eles.empty() || cy.width() === 0) return;
    // A big map fits its node boxes only: measuring every wrapped label costs more than drawing.
    const box = eles.boundingBox({ includeLabels: cy.nodes().length <= 400, includeOverlays: false });
    const w = cy.width() - FIT_INSETS.left - FIT_INSETS.right - 2 * margin;
    const h = cy.height() - FIT_INSETS.top - FIT_INSETS.bottom - 2 * margin;
    const zoom = Math.max(cy.minZoom(), Math.min(FIT_MAX_ZOOM, w / Math.max(1, box.w), h / Math.max(1, box.h)));
    const pan = {
      x: FIT_INSETS.left + margin + (w - zoom * box.w) / 2 - zoom * box.x1,
      y: FIT_INSETS.top + margin + (h - zoom * box.h) / 2 - zoom * box.y1,
    };
    if (animate) cy.animate({ zoom, pan, duration: 220, easing: 'ease-out' });
    else cy.viewport({ zoom, pan });
  }

  resize(): void {
    this.cy.resize();
  }

  people(): DrawnPerson[] {
    return this.cy.nodes('.person').map((n) => ({
      id: n.data('personId') as number,
      name: n.data('name') as string,
      side: n.data('side') as Side,
    }));
  }

  ties(): DrawnTie[] {
    return this.cy.edges('.tie').map((e) => ({
      id: e.data('tieId') as number,
      kind: e.data('kind') as TieKind,
      from: e.source().data('personId') as number,
      to: e.target().data('personId') as number,
    }));
  }

  /** Where a person is on screen, relative to the canvas (for UI tests that click nodes). */
  renderedPosition(personId: number): { x: number; y: number } | null {
    const node = this.cy.getElementById(`p${personId}`);
    return node.empty() ? null : { ...node.renderedPosition() };
  }

  destroy(): void {
    for (const teardown of this.attached.values()) teardown?.();
    this.attached.clear();
    withdraw(this);
    this.cy.destroy();
  }
}
