// Classes the canvas puts on people and ties for selection, search, the core's
// findings and filters: looks only (style.ts), one batch each.
import type cytoscape from 'cytoscape';

/** Puts a class on exactly these people and on their ties, removing it from the rest. */
export function mark(cy: cytoscape.Core, className: string, personIds: Iterable<number>): void {
  cy.batch(() => {
    cy.elements(`.${className}`).removeClass(className);
    const marked = cy.collection();
    for (const id of personIds) marked.merge(cy.getElementById(`p${id}`));
    // A tie takes the mark of either end (a filtered-out person's ties fade with them).
    marked.union(marked.connectedEdges()).addClass(className);
  });
}

/** Highlights the given people and ties (introduction paths); fades the rest. Empty: clears. */
export function highlightPath(cy: cytoscape.Core, personIds: readonly number[], tieIds: readonly number[]): void {
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

/** Selects a person and fades everything not directly tied to them. */
export function select(cy: cytoscape.Core, personId: number | null): void {
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
export function highlight(cy: cytoscape.Core, query: string): number {
  const needle = query.trim().toLocaleLowerCase();
  const people = cy.nodes('.person');
  let count = 0;
  cy.batch(() => {
    cy.elements().removeClass('match dim');
    if (!needle) return;
    const matches = people.filter((n) => `${n.data('name') as string}\n${n.data('title') as string}`.toLocaleLowerCase().includes(needle));
    matches.addClass('match');
    // Everyone else steps back, so the matches are found at a glance.
    people.not(matches).addClass('dim');
    cy.edges().addClass('dim');
    count = matches.length;
  });
  return count;
}
