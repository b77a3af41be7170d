// AccountMap -> Cytoscape element definitions. Pure data: the element shapes match
// cytoscape's ElementDefinition structurally, without importing Cytoscape, so this
// stays testable in plain Node.
import type { AccountMap, MapPerson, Side, Tie, TieKind } from '../api';
import { attitudeClass } from './attitude';
import { influenceClass, roleGlyphs, sideClass } from './visuals';
import { tieClasses } from './ties';
import {
  groupNodeId,
  parentOf,
  personNodeId,
  tieEdgeId,
  unitNodeId,
  usedGroups,
  type SyntheticGroup,
} from './groups';

export interface PersonNodeData {
  id: string;
  personId: number;
  /** The department box; absent in views that draw no boxes. */
  parent?: string;
  label: string;
  name: string;
  title: string;
  side: Side;
  attitude: number | null;
  influence: number | null;
}

export interface GroupNodeData {
  id: string;
  parent?: string;
  label: string;
}

export interface TieEdgeData {
  id: string;
  tieId: number;
  source: string;
  target: string;
  kind: TieKind;
}

export interface NodeElement {
  group: 'nodes';
  data: PersonNodeData | GroupNodeData;
  classes: string;
}

export interface EdgeElement {
  group: 'edges';
  data: TieEdgeData;
  classes: string;
}

export type MapElement = NodeElement | EdgeElement;

export interface ElementOptions {
  /** Captions of the boxes that are not org units, already translated. */
  groupLabels: Readonly<Record<SyntheticGroup, string>>;
  /** Draw departments and side groups as boxes (the org chart); default true. */
  departments?: boolean;
}

/** A caption drawn on the canvas (band or column titles): not a person, not selectable. */
export function captionElement(id: string, label: string, kind: string): NodeElement {
  return { group: 'nodes', data: { id, label }, classes: `caption caption-${kind}` };
}

function personLabel(person: MapPerson): string {
  const glyphs = roleGlyphs(person.roles);
  const name = glyphs ? `${person.name}  ${glyphs}` : person.name;
  return person.title ? `${name}\n${person.title}` : name;
}

function personClasses(person: MapPerson): string[] {
  const classes = ['person', sideClass(person.side), attitudeClass(person.attitude), influenceClass(person.influence)];
  for (const role of person.roles) classes.push(`role-${role}`);
  if (person.hidden_influencer) classes.push('hidden-influencer');
  if (person.leaning) classes.push('leans-competitor');
  if (person.status !== 'active') classes.push(`status-${person.status}`);
  return classes;
}

function tieElement(tie: Tie): EdgeElement {
  return {
    group: 'edges',
    data: {
      id: tieEdgeId(tie.id),
      tieId: tie.id,
      source: personNodeId(tie.from_person_id),
      target: personNodeId(tie.to_person_id),
      kind: tie.kind,
    },
    classes: tieClasses(tie).join(' '),
  };
}

/** Group boxes first (parents before children), then people, then ties. */
export function toElements(map: AccountMap, options: ElementOptions): MapElement[] {
  const elements: MapElement[] = [];
  const boxes = options.departments ?? true;
  const unitIds = new Set(map.org_units.map((u) => u.id));

  // Parents must precede children for Cytoscape: emit units in depth order.
  const emitted = new Set<number>();
  const pending = boxes ? [...map.org_units] : [];
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = 0; i < pending.length; ) {
      const unit = pending[i]!;
      const parentKnown = unit.parent_id !== null && unitIds.has(unit.parent_id) && unit.parent_id !== unit.id;
      if (!parentKnown || emitted.has(unit.parent_id!)) {
        const data: GroupNodeData = { id: unitNodeId(unit.id), label: unit.name };
        if (parentKnown) data.parent = unitNodeId(unit.parent_id!);
        elements.push({ group: 'nodes', data, classes: 'group org-unit' });
        emitted.add(unit.id);
        pending.splice(i, 1);
      } else {
        i += 1;
      }
    }
    if (pending.length === before) {
      // A parent cycle (the core should prevent it): draw the rest flat.
      for (const unit of pending.splice(0)) {
        elements.push({ group: 'nodes', data: { id: unitNodeId(unit.id), label: unit.name }, classes: 'group org-unit' });
      }
    }
  }

  for (const group of boxes ? usedGroups(map) : []) {
    elements.push({
      group: 'nodes',
      data: { id: groupNodeId(group), label: options.groupLabels[group] },
      classes: `group group-${group.replace('_', '-')}`,
    });
  }

  const personIds = new Set<number>();
  for (const person of map.people) {
    personIds.add(person.id);
    const data: PersonNodeData = {
      id: personNodeId(person.id),
      personId: person.id,
      label: personLabel(person),
      name: person.name,
      title: person.title,
      side: person.side,
      attitude: person.attitude,
      influence: person.influence,
    };
    if (boxes) data.parent = parentOf(person, unitIds);
    elements.push({ group: 'nodes', data, classes: personClasses(person).join(' ') });
  }

  // A tie to someone not on this map (e.g. another account's contact) cannot be drawn.
  for (const tie of map.ties) {
    if (personIds.has(tie.from_person_id) && personIds.has(tie.to_person_id)) elements.push(tieElement(tie));
  }
  return elements;
}
