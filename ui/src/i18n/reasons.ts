// Says why an executive suits as a sponsor, in the current language, from the core's reason
// codes; levels and business functions are worded too.
import type { SponsorReason } from '../api';
import { t, type MessageKey, type Params } from './index.svelte';
import { CATALOGUES } from './translate';

function worded(key: string, fallback: string): string {
  return key in CATALOGUES.en ? t(key as MessageKey) : fallback;
}

function params(reason: SponsorReason): Params {
  switch (reason.code) {
    case 'equal_status':
      return { level: worded(`level.${reason.level}`, reason.level) };
    case 'level_gap':
      return { ours: worded(`level.${reason.ours}`, reason.ours), theirs: worded(`level.${reason.theirs}`, reason.theirs) };
    case 'same_business':
      return { functions: reason.functions.map((f) => worded(`business.${f}`, f)).join(t('sponsor.separator')) };
    default: {
      const { code: _code, ...rest } = reason as SponsorReason & Record<string, unknown>;
      return rest as Params;
    }
  }
}

export function sponsorReasonText(reason: SponsorReason): string {
  return t(`sponsor.reason.${reason.code}` as MessageKey, params(reason));
}
