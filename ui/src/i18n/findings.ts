// Says a finding of the brain in the current language. The core sends the rule id and the
// values its English message is made of; rules without a translation show that message.
import type { Gap } from '../api';
import { t, type MessageKey } from './index.svelte';
import { CATALOGUES } from './translate';

/**
 * The catalogue key of a finding. Some rules read differently by their values: a contact
 * never met, or lost coverage seen from the owner's or the contact's side.
 */
export function findingKey(gap: Pick<Gap, 'rule' | 'params'>): string {
  if (gap.rule === 'coverage.stale_contact' && gap.params.last_met === undefined) return 'finding.coverage.stale_contact_never';
  if (gap.rule === 'job_change.coverage_lost') return `finding.job_change.coverage_lost_${gap.params.left ?? 'contact'}`;
  return `finding.${gap.rule}`;
}

/** Values that are vocabulary (a decision role, a coverage role) in the user's language. */
function localised(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...params };
  if (params.role !== undefined) out.role = t(`role.${params.role}` as MessageKey);
  if (params.coverage_role !== undefined) out.coverage_role = t(`coverage.${params.coverage_role}` as MessageKey);
  return out;
}

export function findingText(gap: Pick<Gap, 'rule' | 'params' | 'message'>): string {
  const key = findingKey(gap);
  if (!(key in CATALOGUES.en)) return gap.message;
  const text = t(key as MessageKey, localised(gap.params));
  const owner = gap.params.left_owner;
  return owner === undefined ? text : text + t('finding.left_owner', { name: owner });
}
