// Owns the Cytoscape instance: created once per map view, updated in batches.
// Svelte components talk to this class, never to Cytoscape directly.
import cytoscape from 'cytoscape';
import type { Side, TieKind } from '../api';
import type { MapElement } from '../model/elements';
import type { Point } from '../model/layout';
import { mapStylesheet } from './style';

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

/** Room kept free around a fitted map; the top leaves the floating toolbar clear. */
const FIT_INSETS = { top: 60, right: 28, bottom: 24, left: 28 };
/** A small map is not blown up beyond this when fitted. */
const FIT_MAX_ZOOM = 1.25;

export class MapCanvas {
  private readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, handlers: CanvasHandlers) {
    this.cy = cytoscape({
      container,
      style: mapStylesheet(),
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node.person', (event) => handlers.onSelect(event.target.data('personId') as number));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
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
      cy.nodes('.group').unselectify();
    });
    if (fresh) this.fit(false);
  }

  fit(animate = true): void {
    this.fitTo(this.cy.elements(), animate, 0);
  }

  private fitTo(eles: cytoscape.CollectionReturnValue | cytoscape.NodeCollection, animate: boolean, margin: number): void {
    const cy = this.cy;
    if (eles.empty() || cy.width() === 0) return;
    const box = eles.boundingBox();
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
    this.cy.destroy();
  }
}

function changedEnds(ele: cytoscape.SingularElementArgument, next: MapElement | undefined): boolean {
  if (!next || next.group !== 'edges' || !ele.isEdge()) return false;
  return ele.data('source') !== next.data.source || ele.data('target') !== next.data.target;
}
