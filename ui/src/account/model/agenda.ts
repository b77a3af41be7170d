// What the reminders panel and its badge show of the core's agenda. Birthdays are profile
// data: with private details hidden they are left out, like every other profile field.
import type { Agenda, Reminder } from '../../api';

export interface AgendaView {
  overdue: Reminder[];
  today: Reminder[];
  upcoming: Reminder[];
  /** What needs doing now: overdue and today. */
  due: number;
  /** Birthdays left out because private details are hidden. */
  hidden: number;
}

const isBirthday = (r: Reminder) => r.date_kind === 'birthday';

export function agendaView(agenda: Agenda | undefined, privacy: boolean): AgendaView {
  const keep = (list: readonly Reminder[]) => (privacy ? list.filter((r) => !isBirthday(r)) : [...list]);
  const all = agenda ? [...agenda.overdue, ...agenda.today, ...agenda.upcoming] : [];
  const overdue = keep(agenda?.overdue ?? []);
  const today = keep(agenda?.today ?? []);
  const upcoming = keep(agenda?.upcoming ?? []);
  const shown = overdue.length + today.length + upcoming.length;
  return { overdue, today, upcoming, due: overdue.length + today.length, hidden: all.length - shown };
}
