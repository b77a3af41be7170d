// The brain's findings, by rule id, with the values the core sends along (Gap.params).
// Every rule has its words (the compiler checks, see the end); rules that read differently by
// their values have one entry per variant instead (findings.ts picks it).
import type { Rule } from '../api';

type Worded = Exclude<Rule, 'job_change.coverage_lost' | 'balance.decider_against'>;

export const findingsEn = {
  'finding.coverage.missing_a_owner': '{name} has no primary (A) owner on our side',
  'finding.coverage.missing_b_owner': '{name} has no backup (B) owner: the relationship hangs on one person',
  'finding.coverage.missing_sponsor': '{name} is an executive or board member without an executive sponsor',
  'finding.coverage.sponsor_not_executive': '{name} is an executive or board member but their sponsor {sponsor} is not one of our executives',
  'finding.coverage.too_few_channels': '{name} has {channels} stable, independent information channel(s); {needed} are needed to cross-check',
  'finding.coverage.attitude_unknown': "{name}'s attitude toward us has never been assessed",
  'finding.coverage.opponent': '{name} opposes us (attitude {attitude}); the aim is to bring them to neutral',
  'finding.coverage.neutral': '{name} is neutral (attitude 0); the aim is +1 or better',
  'finding.coverage.stale_contact': "{name}: last met on {last_met}, {days} days ago; the tier's rule is at most {max_days} days between contacts",
  'finding.coverage.stale_contact_never': "{name}: never met; the tier's rule is at most {max_days} days between contacts",
  'finding.coverage.chain_unreached': '{name} is on the decision chain but nobody of ours covers them or has met them: worth a relationship',
  'finding.parity.no_supporter': '{competitor} has a supporter in {their_name} ({their_level}); we have no supporter at all',
  'finding.parity.ours_lower':
    "{competitor}'s highest-ranked supporter is {their_name} ({their_level}); ours, {our_name} ({our_level}), ranks lower: win a supporter who out-ranks them",
  'finding.parity.not_outranking':
    "{competitor}'s highest-ranked supporter is {their_name} ({their_level}); ours, {our_name} ({our_level}), only ranks the same: equal is not enough, win one who out-ranks them",
  'finding.balance.decider_against_opposes':
    'The balance reads ahead, but the decider {name} opposes us (attitude {attitude}): their voice can outweigh the sum',
  'finding.balance.decider_against_leans':
    'The balance reads ahead, but the decider {name} leans to {competitor} (strength {strength}): their voice can outweigh the sum',
  'finding.balance.decider_against_both':
    'The balance reads ahead, but the decider {name} opposes us (attitude {attitude}) and leans to {competitor} (strength {strength}): their voice can outweigh the sum',
  'finding.left_owner': ' ({name} has left)',
  'finding.job_change.coverage_lost_owner': '{contact} loses their {coverage_role} owner {owner}',
  'finding.job_change.coverage_lost_contact': '{owner} covered {contact} as {coverage_role}: reassign this coverage',
  'finding.job_change.role_vacant': "{name}'s role as {role} is vacant: who takes it over?",
  'finding.job_change.channel_lost': '{name} was an information channel on {contact}, who keeps {remaining} channel(s)',
  'finding.job_change.path_lost': '{target} can no longer be reached from our staff',
  'finding.job_change.path_weakened': 'The strongest chain to {target} drops from {before} to {after}',
  'finding.balance.no_chain': 'Nobody holds a decision role yet: the balance cannot be read',
  'finding.balance.competitor_ahead': "{competitor} holds {theirs}% of the decision chain's weight, we hold {ours}%",
  'finding.balance.unassessed': "{name}'s attitude or influence was never assessed; defaults are used",
  'finding.tier.incomplete': 'Score {criteria} to get a tier suggestion',
  'finding.tier.decided_differs':
    'The value score {score} suggests tier {suggested}, but tier {decided} is decided: review the decision or the scores',
  'finding.tier.undecided': 'The value score suggests tier {suggested}; no tier is decided yet',
  'finding.separator': ', ',
} as const satisfies Record<`finding.${Worded}`, string> & Record<string, string>;
