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
  if (gap.rule === 'balance.decider_against') {
    const opposes = gap.params.attitude !== undefined;
    const leans = gap.params.competitor !== undefined;
    return `finding.balance.decider_against_${opposes && leans ? 'both' : leans ? 'leans' : 'opposes'}`;
  }
  return `finding.${gap.rule}`;
}

function worded(key: string, fallback: string): string {
  return key in CATALOGUES.en ? t(key as MessageKey) : fallback;
}

/** Values that are vocabulary (a decision role, a coverage role, a level) in the user's language. */
function localised(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...params };
  if (params.role !== undefined) out.role = t(`role.${params.role}` as MessageKey);
  if (params.coverage_role !== undefined) out.coverage_role = t(`coverage.${params.coverage_role}` as MessageKey);
  for (const key of ['our_level', 'their_level']) {
    if (params[key] !== undefined) out[key] = t(`level.${params[key]}` as MessageKey);
  }
  if (params.criteria !== undefined) {
    const names = params.criteria.split(',').map((c) => worded(`criterion.${c}`, c));
    out.criteria = names.join(t('finding.separator'));
  }
  return out;
}

export function findingText(gap: Pick<Gap, 'rule' | 'params' | 'message'>): string {
  const key = findingKey(gap);
  if (!(key in CATALOGUES.en)) return gap.message;
  const text = t(key as MessageKey, localised(gap.params));
  const owner = gap.params.left_owner;
  return owner === undefined ? text : text + t('finding.left_owner', { name: owner });
}
