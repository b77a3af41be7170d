// Patching a drawn map in place (an edit, a refetch): people the user dragged stay
// where they were put, only what changed is touched, and people new to the drawing
// that have no computed position are placed beside the people they are tied to
// (or in the middle of what is on screen), instead of piling up at the origin
// until the next full layout.
import type cytoscape from 'cytoscape';
import type { MapElement } from '../model/elements';
import type { Point } from '../model/layout';

/** How far from their tied people a newcomer is put (model px): about one tie's length. */
const BESIDE = 70;

function changedEnds(ele: cytoscape.SingularElementArgument, next: MapElement | undefined): boolean {
  if (!next || next.group !== 'edges' || !ele.isEdge()) return false;
  return ele.data('source') !== next.data.source || ele.data('target') !== next.data.target;
}

/** Element definitions to add, each at its computed position when it has one. */
export function definitions(elements: readonly MapElement[], positions: ReadonlyMap<string, Point>): cytoscape.ElementDefinition[] {
  return elements.map((element) => {
    const position = positions.get(element.data.id);
    return position ? { ...element, position: { ...position } } : { ...element };
  });
}

export function patch(cy: cytoscape.Core, elements: readonly MapElement[], positions: ReadonlyMap<string, Point>): void {
  cy.batch(() => {
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()) || changedEnds(ele, wanted.get(ele.id())))
      .remove();
    const added: MapElement[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id);
      if (existing.empty()) {
        added.push(element);
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
    if (added.length === 0) return;
    const placed = cy.add(definitions(added, positions));
    placeNewcomers(cy, placed.nodes('.person').filter((n) => !positions.has(n.id())));
  });
}

function placeNewcomers(cy: cytoscape.Core, newcomers: cytoscape.NodeCollection): void {
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  newcomers.forEach((node, i) => {
    const anchors = node.neighborhood('node.person').not(newcomers).nodes();
    let at = centre;
    if (anchors.nonempty()) {
      const box = anchors.boundingBox({ includeLabels: false });
      at = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    }
    // A golden-angle turn per newcomer, so several added at once do not cover each other.
    const angle = (i + 1) * 2.39996;
    node.position({ x: at.x + BESIDE * Math.cos(angle), y: at.y + BESIDE * Math.sin(angle) });
  });
}
