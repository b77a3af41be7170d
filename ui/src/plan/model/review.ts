// Whether a weekly review has anything to say.
import type { WeeklyReview } from '../../api';

export function reviewIsEmpty(r: WeeklyReview): boolean {
  return (
    r.attitude_moves.length === 0 &&
    r.new_people.length === 0 &&
    r.status_changes.length === 0 &&
    r.contacts_logged.length === 0 &&
    r.targets_met_now.length === 0 &&
    r.actions_done === 0 &&
    r.actions_overdue === 0 &&
    r.findings_appeared.length === 0 &&
    r.findings_cleared.length === 0
  );
}
