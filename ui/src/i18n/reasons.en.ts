// Why an executive suits as a contact's sponsor (SponsorReason.code, with its values), and
// the business functions the core recognises in titles.
import type { SponsorReason } from '../api';

type Keys = `sponsor.reason.${SponsorReason['code']}`;

export const reasonsEn = {
  'sponsor.reason.equal_status': 'Equal status: both {level}',
  'sponsor.reason.level_gap': '{ours} facing {theirs}',
  'sponsor.reason.same_business': 'Same business: {functions}',
  'sponsor.reason.general_management': 'General management matches any business',
  'sponsor.reason.already_tied': 'Already tied to this contact (strength {strength})',
  'sponsor.reason.met_together': 'Met this contact {meetings} time(s)',
  'sponsor.reason.covers_colleagues': "Covers {count} of this contact's colleagues",
  'sponsor.reason.no_other_sponsorship': 'Sponsors no other contact: has time to give',
  'sponsor.reason.sponsors_others': 'Already sponsors {count} other contact(s)',
  'sponsor.reason.took_part': 'Took part in {meetings} meeting(s) with this account',
  'business.general_management': 'general management',
  'business.finance': 'finance',
  'business.operations': 'operations',
  'business.technology': 'technology',
  'business.commercial': 'commercial',
  'business.procurement': 'procurement',
  'sponsor.separator': ', ',
} as const satisfies Record<Keys, string> & Record<string, string>;
