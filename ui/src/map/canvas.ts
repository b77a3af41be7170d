// Owns the Cytoscape instance: created once per map view, updated in batches.
// Svelte components talk to this class, never to Cytoscape directly.
import cytoscape from 'cytoscape';
import type { Side, TieKind, ViewKind, Viewport } from '../api';
import type { MapElement } from '../model/elements';
import type { Point } from '../model/layout';
import { Detail } from './detail';
import { announce, withdraw } from './live';
import { runNetworkLayout } from './network-layout';
import { sceneOf, type Scene } from './scene';
import { mapStylesheet } from './style';

/** Something that works on the live Cytoscape instance; may return its teardown. */
export { whenCanvas } from './live';

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

export class MapCanvas {
  private readonly cy: cytoscape.Core;
  private view: ViewKind = 'org_chart';
  private readonly attached = new Map<CyCallback, (() => void) | undefined>();
  private readonly detail: Detail;

  constructor(container: HTMLElement, handlers: CanvasHandlers) {
    this.cy = cytoscape({
      container,
      style: mapStylesheet(1, false),
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.detail = new Detail(this.cy);
    this.cy.on('tap', 'node.person', (event) => handlers.onSelect(event.target.data('personId') as number));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
    announce(this);
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
   * Force-directed placement of everyone not in `fixed` (network-layout.ts). A big
   * map is laid out in a worker: meanwhile its people stand on a grid, then move.
   */
  async layoutNetwork(fixed: ReadonlyMap<string, Point>): Promise<void> {
    const pending = runNetworkLayout(this.cy, fixed);
    if (pending) this.cy.nodes('.person').layout({ name: 'grid', fit: false, avoidOverlap: false }).run();
    this.fit(false);
    if (!pending) return;
    await pending;
    if (!this.cy.destroyed()) this.fit(false);
  }

  /** Puts a class on exactly these people (e.g. coverage gaps), removing it from the rest. */
  mark(className: string, personIds: Iterable<number>): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes(`.${className}`).removeClass(className);
      for (const id of personIds) cy.getElementById(`p${id}`).addClass(className);
    });
  }

  /** Highlights the given people and ties (introduction paths); fades the rest. Empty: clears. */
  highlightPath(personIds: readonly number[], tieIds: readonly number[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('on-path off-path');
      if (personIds.length === 0) return;
      const on = cy.collection();
      for (const id of personIds) on.merge(cy.getElementById(`p${id}`));
      for (const id of tieIds) on.merge(cy.getElementById(`t${id}`));
      on.addClass('on-path');
      cy.elements('node.person, edge').not(on).addClass('off-path');
    });
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
    this.detail.setScale(presenting ? 1.12 : 1);
  }

  /** The whole map as a PNG at twice the screen's resolution. */
  png(): Promise<Blob> {
    return this.cy.png({ scale: 2, full: true, output: 'blob-promise', bg: '#ffffff' });
  }

  /** What is drawn, as plain data, for the SVG and PDF exports. */
  scene(): Scene {
    return sceneOf(this.cy);
  }

  /**
   * Shows `elements`. With `fresh` (another account, or the first draw) everything is
   * replaced and placed at `positions`; otherwise the drawing is patched in place,
   * so that people the user dragged stay where they were put, and only new people
   * take their computed position.
   */
  show(elements: readonly MapElement[], positions: ReadonlyMap<string, Point>, fresh: boolean): void {
    const cy = this.cy;
    cy.batch(() => {
      if (fresh) cy.elements().remove();
      const wanted = new Map(elements.map((e) => [e.data.id, e]));
      cy.elements()
        .filter((ele) => !wanted.has(ele.id()) || changedEnds(ele, wanted.get(ele.id())))
        .remove();
      const added: cytoscape.ElementDefinition[] = [];
      for (const element of elements) {
        const existing = cy.getElementById(element.data.id);
        if (existing.empty()) {
          const position = positions.get(element.data.id);
          added.push(position ? { ...element, position: { ...position } } : { ...element });
          continue;
        }
        existing.data(element.data);
        existing.classes(element.classes);
        if (existing.isNode()) {
          const parent = 'parent' in element.data ? (element.data.parent ?? null) : null;
          const current = existing.parent().first();
          if ((current.empty() ? null : current.id()) !== parent) {
            existing.move({ parent });
            const position = positions.get(element.data.id);
            if (position) cy.getElementById(element.data.id).position({ ...position });
          }
        }
      }
      if (added.length > 0) cy.add(added);
      cy.nodes('.group, .caption').unselectify();
      cy.nodes('.caption').ungrabify();
    });
    if (fresh) this.fit(false);
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

  /** Selects a person and fades everything not directly tied to them. */
  select(personId: number | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('faded focus');
      cy.$(':selected').unselect();
      if (personId === null) return;
      const node = cy.getElementById(`p${personId}`);
      if (node.empty()) return;
      node.select();
      const near = node.closedNeighborhood();
      cy.elements('node.person, edge').not(near).addClass('faded');
      near.edges().addClass('focus');
    });
  }

  /** Marks people whose name or title contains `query`; returns how many. */
  highlight(query: string): number {
    const needle = query.trim().toLocaleLowerCase();
    const people = this.cy.nodes('.person');
    let count = 0;
    this.cy.batch(() => {
      this.cy.elements().removeClass('match dim');
      if (!needle) return;
      const matches = people.filter((n) =>
        `${n.data('name') as string}\n${n.data('title') as string}`.toLocaleLowerCase().includes(needle),
      );
      matches.addClass('match');
      // Everyone else steps back, so the matches are found at a glance.
      people.not(matches).addClass('dim');
      this.cy.edges().addClass('dim');
      count = matches.length;
    });
    return count;
  }

  /** Brings the current search matches into view. */
  showMatches(): void {
    this.fitTo(this.cy.nodes('.match'), true, 80);
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

function changedEnds(ele: cytoscape.SingularElementArgument, next: MapElement | undefined): boolean {
  if (!next || next.group !== 'edges' || !ele.isEdge()) return false;
  return ele.data('source') !== next.data.source || ele.data('target') !== next.data.target;
}
