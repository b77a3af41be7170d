// Where every card and line of the team roster goes. Pure geometry from the core's
// roster: the core decides who is on the team, who reports to whom and what is
// active; this file only places it. Bands from top to bottom: the customer's leads,
// our members by function, our account manager with the customer's appointees beside
// them, the outside partners. So every member has its customer line going up and its
// line to our account manager going down (the appointees' lines loop under their own
// cards), and the lines of one side never run through the cards of the other.
import type { PersonName, RosterMember, TeamFunction, TeamPartner, TeamRoster } from '../api';
import { layRow, packRows, rowWidth, shift, type Box } from './geometry';
import { linesOf } from './lines';
import { SIZE } from './sizes';

export type { Box };
export { SIZE };

export interface MemberCard extends Box {
  entry: RosterMember;
  /** In the account manager's row (the customer's appointees), not above it. */
  beside: boolean;
}

export interface LeadCard extends Box {
  lead: PersonName;
}

export interface PartnerCard extends Box {
  partner: TeamPartner;
}

/** A labelled group of member cards: one of our functions, or the customer's appointees. */
export interface Cluster extends Box {
  side: 'ours' | 'customer';
  /** Null for the customer's appointees. */
  function: TeamFunction | null;
}

export type LineKind = 'manager' | 'customer_lead';

export interface RosterLine {
  kind: LineKind;
  /** The team member the line starts from. */
  memberId: number;
  /** The person the line ends at. */
  toPersonId: number;
  path: string;
}

export interface Band {
  /** Where the band's caption sits. */
  x: number;
  y: number;
}

export interface RosterLayout {
  width: number;
  height: number;
  manager: MemberCard | null;
  members: MemberCard[];
  clusters: Cluster[];
  leads: LeadCard[];
  partners: PartnerCard[];
  lines: RosterLine[];
  leadsBand: Band | null;
  partnersBand: Band | null;
}


interface ClusterInput {
  side: 'ours' | 'customer';
  function: TeamFunction | null;
  members: RosterMember[];
}

function clusterSize(count: number): { w: number; h: number } {
  const cols = Math.min(Math.max(count, 1), SIZE.clusterColumns);
  const rows = Math.ceil(Math.max(count, 1) / SIZE.clusterColumns);
  return {
    w: cols * SIZE.card.w + (cols - 1) * SIZE.cardGap + 2 * SIZE.clusterPad,
    h: SIZE.clusterLabel + rows * SIZE.card.h + (rows - 1) * SIZE.cardGap + SIZE.clusterPad,
  };
}

function clustersOf(roster: TeamRoster): ClusterInput[] {
  const managerId = roster.account_manager?.member.id;
  const ours: ClusterInput[] = roster.functions
    .map((group) => ({
      side: 'ours' as const,
      function: group.function,
      members: group.members.filter((m) => m.member.id !== managerId),
    }))
    .filter((group) => group.members.length > 0);
  return ours;
}

function placeCards(input: ClusterInput, x: number, y: number, beside: boolean): MemberCard[] {
  return input.members.map((entry, i) => ({
    entry,
    beside,
    x: x + SIZE.clusterPad + (i % SIZE.clusterColumns) * (SIZE.card.w + SIZE.cardGap),
    y: y + SIZE.clusterLabel + Math.floor(i / SIZE.clusterColumns) * (SIZE.card.h + SIZE.cardGap),
    w: SIZE.card.w,
    h: SIZE.card.h,
  }));
}

function layMembers(inputs: ClusterInput[], top: number): { clusters: Cluster[]; members: MemberCard[]; width: number; bottom: number } {
  const sized = inputs.map((input) => ({ input, ...clusterSize(input.members.length) }));
  const rows = packRows(sized, (c) => c.w, SIZE.clusterGap, SIZE.maxRowWidth);
  const width = Math.max(0, ...rows.map((row) => rowWidth(row.map((c) => c.w), SIZE.clusterGap)));
  const clusters: Cluster[] = [];
  const members: MemberCard[] = [];
  let y = top;
  for (const row of rows) {
    // Rows are centred on the drawing's axis, x = 0 for now; shifted once the width is known.
    let x = -rowWidth(row.map((c) => c.w), SIZE.clusterGap) / 2;
    const height = Math.max(...row.map((c) => c.h));
    for (const c of row) {
      clusters.push({ x, y, w: c.w, h: c.h, side: c.input.side, function: c.input.function });
      members.push(...placeCards(c.input, x, y, false));
      x += c.w + SIZE.clusterGap;
    }
    y += height + SIZE.rowGap;
  }
  return { clusters, members, width, bottom: rows.length > 0 ? y - SIZE.rowGap : top };
}

interface Hub {
  manager: MemberCard | null;
  cluster: Cluster | null;
  appointees: MemberCard[];
  width: number;
  bottom: number;
}

/** Our account manager, with the customer's appointees beside them; centred as one row. */
function layHub(managerEntry: RosterMember | null, appointees: RosterMember[], top: number): Hub {
  const size = appointees.length > 0 ? clusterSize(appointees.length) : null;
  const managerW = managerEntry ? SIZE.manager.w : 0;
  const width = managerW + (managerEntry && size ? SIZE.hubGap : 0) + (size?.w ?? 0);
  const left = -width / 2;
  // The manager's top lines up with the appointees' cards, not their cluster's caption.
  const manager = managerEntry
    ? { entry: managerEntry, beside: false, x: left, y: top + (size ? SIZE.clusterLabel : 0), ...SIZE.manager }
    : null;
  let cluster: Cluster | null = null;
  let cards: MemberCard[] = [];
  if (size) {
    const x = left + width - size.w;
    cluster = { x, y: top, ...size, side: 'customer', function: null };
    cards = placeCards({ side: 'customer', function: null, members: appointees }, x, top, true);
  }
  const loops = cards.length > 0 ? SIZE.loop.first + SIZE.loop.step * cards.length : 0;
  const bottom = Math.max(manager ? manager.y + manager.h : top, cluster ? cluster.y + cluster.h : top) + loops;
  return { manager, cluster, appointees: cards, width, bottom };
}

/** The customer's leads named on the roster, each once, ordered under the members who report to them. */
function leadsOf(cards: MemberCard[]): PersonName[] {
  const seen = new Map<number, { lead: PersonName; xs: number[] }>();
  for (const card of cards) {
    const lead = card.entry.customer_lead;
    if (!lead) continue;
    const slot = seen.get(lead.id) ?? { lead, xs: [] };
    slot.xs.push(card.x + card.w / 2);
    seen.set(lead.id, slot);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...seen.values()].sort((a, b) => mean(a.xs) - mean(b.xs)).map((s) => s.lead);
}

export function layoutRoster(roster: TeamRoster): RosterLayout {
  const m = SIZE.margin;
  const inputs = clustersOf(roster);

  // First pass at y = 0, to know the members' x for ordering the leads above them.
  const probe = layMembers(inputs, 0);
  const probeHub = layHub(roster.account_manager, roster.customer_appointees, 0);
  const everyone = [...probe.members, ...probeHub.appointees, ...(probeHub.manager ? [probeHub.manager] : [])];
  const leadNames = leadsOf(everyone);
  const maxWidth = Math.max(SIZE.maxRowWidth, probe.width, probeHub.width);

  let y = m;
  let leadsBand: Band | null = null;
  let leads: LeadCard[] = [];
  let leadsWidth = 0;
  if (leadNames.length > 0) {
    leadsBand = { x: 0, y };
    const row = layRow(leadNames, SIZE.lead, SIZE.leadGap, maxWidth, y + SIZE.bandCaption);
    leads = row.placed.map(({ item, ...box }) => ({ ...box, lead: item }));
    leadsWidth = row.width;
    y = row.bottom + SIZE.lineGap;
  }

  const laid = layMembers(inputs, y);
  if (laid.members.length > 0) y = laid.bottom + SIZE.lineGap;

  const hub = layHub(roster.account_manager, roster.customer_appointees, y);
  if (hub.width > 0) y = hub.bottom + SIZE.lineGap * 0.5;

  let partnersBand: Band | null = null;
  let partners: PartnerCard[] = [];
  let partnersWidth = 0;
  if (roster.partners.length > 0) {
    partnersBand = { x: 0, y };
    const row = layRow(roster.partners, SIZE.partner, SIZE.partnerGap, maxWidth, y + SIZE.bandCaption);
    partners = row.placed.map(({ item, ...box }) => ({ ...box, partner: item }));
    partnersWidth = row.width;
    y = row.bottom + SIZE.partnerGap;
  }

  const contentWidth = Math.max(laid.width, hub.width, leadsWidth, partnersWidth, 480);
  const width = Math.ceil(contentWidth + 2 * m);
  const dx = width / 2;

  const out: RosterLayout = {
    width,
    height: Math.ceil(y + m - SIZE.partnerGap),
    manager: hub.manager ? shift(hub.manager, dx) : null,
    members: [...laid.members, ...hub.appointees].map((c) => shift(c, dx)),
    clusters: [...laid.clusters, ...(hub.cluster ? [hub.cluster] : [])].map((c) => shift(c, dx)),
    leads: leads.map((l) => shift(l, dx)),
    partners: partners.map((p) => shift(p, dx)),
    lines: [],
    leadsBand: leadsBand ? { x: m, y: leadsBand.y } : null,
    partnersBand: partnersBand ? { x: m, y: partnersBand.y } : null,
  };
  out.lines = linesOf(out);
  return out;
}
