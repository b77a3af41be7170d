// Says a finding of the brain in the current language. The core sends the rule id and the
// values its English message is made of; rules without a translation show that message.
import type { Gap } from '../api';
import { t, type MessageKey } from './index.svelte';
import { CATALOGUES } from './translate';

/** The catalogue key of a finding; a contact never met reads differently from one met long ago. */
export function findingKey(gap: Pick<Gap, 'rule' | 'params'>): string {
  const never = gap.rule === 'coverage.stale_contact' && gap.params.last_met === undefined;
  return `finding.${gap.rule}${never ? '_never' : ''}`;
}

export function findingText(gap: Pick<Gap, 'rule' | 'params' | 'message'>): string {
  const key = findingKey(gap);
  if (!(key in CATALOGUES.en)) return gap.message;
  const text = t(key as MessageKey, gap.params);
  const owner = gap.params.left_owner;
  return owner === undefined ? text : text + t('finding.left_owner', { name: owner });
}
