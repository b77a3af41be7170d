// The editing gestures on the map canvas, attached through MapCanvas.onCy so that
// the canvas stays owned by the map: drawing ties by dragging (edgehandles),
// box selection (Shift/Ctrl/Cmd + drag), following the selection, and saving
// where people are dragged to.
import cytoscape from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import { core } from '../api';
import type { MapCanvas } from '../map/canvas';
import type { Editor } from './editor.svelte';

let extensionRegistered = false;

function registerExtension(): void {
  // cytoscape.use twice on one extension warns; the module lives as long as the page.
  if (extensionRegistered) return;
  cytoscape.use(edgehandles);
  extensionRegistered = true;
}

export interface CanvasEditing {
  setDrawing(on: boolean): void;
  /** Brings a person into the middle of the view (after "go to"). */
  centre(personId: number): void;
  /** The canvas element, to lay the editing forms over it. */
  container(): HTMLElement | null;
  detach(): void;
}

const personId = (node: cytoscape.NodeSingular): number => node.data('personId') as number;

/** Styles for the tie being drawn; the map's own stylesheet knows nothing of edgehandles. */
function addDrawingStyle(cy: cytoscape.Core): void {
  cy.style()
    .selector('.eh-ghost-edge, edge.eh-preview')
    .style({ 'line-color': '#0f5f66', 'target-arrow-color': '#0f5f66', 'target-arrow-shape': 'triangle', width: 2, 'line-style': 'dashed' })
    .selector('.eh-ghost-edge.eh-preview-active')
    .style({ opacity: 0 })
    .selector('node.eh-source, node.eh-target, node.eh-hover')
    .style({ 'border-color': '#0f5f66', 'border-width': 3 })
    .update();
}

export function attachCanvasEditing(canvas: MapCanvas, editor: Editor, onError: (error: unknown) => void): CanvasEditing {
  registerExtension();
  let handles: ReturnType<cytoscape.Core['edgehandles']> | null = null;
  let drawing = false;
  let element: HTMLElement | null = null;
  let live: cytoscape.Core | null = null;

  const detach = canvas.onCy((cy) => {
    element = cy.container();
    live = cy;
    cy.boxSelectionEnabled(true);
    addDrawingStyle(cy);
    handles = cy.edgehandles({
      canConnect: (source, target) => !source.same(target) && source.hasClass('person') && target.hasClass('person'),
      hoverDelay: 80,
      snap: false,
    });
    if (drawing) handles.enableDrawMode();

    // Selection events come one per element; read the whole selection once they settle.
    let syncQueued = false;
    const syncSelection = () => {
      if (syncQueued) return;
      syncQueued = true;
      queueMicrotask(() => {
        syncQueued = false;
        if (cy.destroyed()) return;
        editor.selectedPeople = cy.nodes('.person:selected').map(personId);
        editor.selectedTies = cy.edges('.tie:selected').map((e) => e.data('tieId') as number);
      });
    };

    // The drawn edge is only a gesture: the tie exists once the KAM picked its kind.
    const onComplete = (
      _event: cytoscape.EventObject,
      source: cytoscape.NodeSingular,
      target: cytoscape.NodeSingular,
      added: cytoscape.EdgeCollection,
    ) => {
      added.remove();
      editor.startConnect(personId(source), personId(target));
    };

    // Several people dragged together each report their drop; save them as one action.
    const moved = new Set<cytoscape.NodeSingular>();
    let flushQueued = false;
    const flush = () => {
      flushQueued = false;
      const accountId = editor.map?.account.id;
      const positions = [...moved]
        .filter((n) => !n.removed())
        .map((n) => ({ person_id: personId(n), x: n.position('x'), y: n.position('y') }));
      moved.clear();
      if (accountId === undefined || positions.length === 0) return;
      core.placeNodes(accountId, canvas.currentView(), positions).catch(onError);
    };
    const onDragFree = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      // A dragged department box moves its people with it.
      const people = node.hasClass('person') ? node : node.descendants('.person');
      people.forEach((n) => void moved.add(n));
      if (!flushQueued) {
        flushQueued = true;
        setTimeout(flush, 0);
      }
    };

    // Shift/Ctrl/Cmd-click adds to (or takes from) the selection, which Cytoscape does
    // by itself; the map view's click handler would then select that one person alone.
    // A listener on the node runs before the core's, so the modified click stops there.
    const guard = (event: cytoscape.EventObject) => {
      const key = event.originalEvent as MouseEvent | undefined;
      if (key && (key.shiftKey || key.ctrlKey || key.metaKey)) event.stopPropagation();
    };
    const guardNew = (event: cytoscape.EventObject) => void event.target.on('tap', guard);
    cy.nodes('.person').on('tap', guard);
    cy.on('add', 'node.person', guardNew);

    cy.on('select unselect', syncSelection);
    cy.on('ehcomplete', onComplete as unknown as cytoscape.EventHandler);
    cy.on('dragfree', 'node', onDragFree);
    syncSelection();
    return () => {
      cy.off('select unselect', syncSelection);
      cy.off('add', 'node.person', guardNew);
      cy.nodes('.person').off('tap', undefined, guard);
      cy.off('ehcomplete', onComplete as unknown as cytoscape.EventHandler);
      cy.off('dragfree', 'node', onDragFree);
      handles?.destroy();
      handles = null;
      live = null;
    };
  });

  return {
    setDrawing(on: boolean) {
      drawing = on;
      if (on) handles?.enableDrawMode();
      else handles?.disableDrawMode();
    },
    centre(personId: number) {
      const node = live?.getElementById(`p${personId}`);
      if (live && node && node.nonempty()) live.animate({ center: { eles: node }, duration: 220, easing: 'ease-out' });
    },
    container: () => element,
    detach,
  };
}
