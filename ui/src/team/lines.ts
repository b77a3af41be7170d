// The reporting lines of the roster: solid to our account manager, dashed to the
// customer's lead. Which lines exist is the core's (reports_to, customer_lead); here
// only their paths.
import type { PersonName } from '../api';
import { curve, spread } from './geometry';
import type { RosterLayout, RosterLine } from './layout';
import { SIZE } from './sizes';

export function linesOf(layout: RosterLayout): RosterLine[] {
  const lines: RosterLine[] = [];
  const manager = layout.manager;
  const everyone = manager ? [...layout.members, manager] : layout.members;
  if (manager) {
    // From the members above: their bottom edge to the manager's top edge.
    const above = layout.members.filter((c) => !c.beside && c.entry.reports_to !== null).sort((a, b) => a.x - b.x || a.y - b.y);
    above.forEach((card, i) => {
      lines.push({
        kind: 'manager',
        memberId: card.entry.member.id,
        toPersonId: (card.entry.reports_to as PersonName).id,
        path: curve(card.x + card.w / 2, card.y + card.h, spread(manager, i, above.length), manager.y),
      });
    });
    // From the appointees beside: nested loops under their cards into the manager's bottom
    // edge, the nearest card innermost, so that no loop crosses another.
    const beside = layout.members.filter((c) => c.beside && c.entry.reports_to !== null).sort((a, b) => a.x - b.x || a.y - b.y);
    const bottom = manager.y + manager.h;
    beside.forEach((card, i) => {
      const x1 = card.x + card.w / 2;
      const y1 = card.y + card.h;
      const x2 = spread(manager, beside.length - 1 - i, beside.length) + (beside.length > 1 ? 0 : manager.w / 4);
      const dip = Math.max(y1, bottom) + SIZE.loop.first + SIZE.loop.step * i;
      lines.push({
        kind: 'manager',
        memberId: card.entry.member.id,
        toPersonId: (card.entry.reports_to as PersonName).id,
        path: `M${x1} ${y1} C${x1} ${dip} ${x2} ${dip} ${x2} ${bottom}`, // a loop, not an S-curve
      });
    });
  }

  // To the customer's lead: from each member's top edge to the lead's bottom edge.
  for (const lead of layout.leads) {
    const reporting = everyone.filter((c) => c.entry.customer_lead?.id === lead.lead.id).sort((a, b) => a.x - b.x);
    reporting.forEach((card, i) => {
      lines.push({
        kind: 'customer_lead',
        memberId: card.entry.member.id,
        toPersonId: lead.lead.id,
        path: curve(card.x + card.w / 2 + 18, card.y, spread(lead, i, reporting.length), lead.y + lead.h),
      });
    });
  }
  return lines;
}
