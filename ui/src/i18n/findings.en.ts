// The brain's findings, by rule id, with the values the core sends along (Gap.params).
export const findingsEn = {
  'finding.coverage.missing_a_owner': '{name} has no primary (A) owner on our side',
  'finding.coverage.missing_b_owner': '{name} has no backup (B) owner: the relationship hangs on one person',
  'finding.coverage.missing_sponsor': '{name} is an executive without an executive sponsor',
  'finding.coverage.sponsor_not_executive': '{name} is an executive but their sponsor {sponsor} is not one of our executives',
  'finding.coverage.too_few_channels': '{name} has {channels} independent information channel(s); {needed} are needed to cross-check',
  'finding.coverage.attitude_unknown': "{name}'s attitude toward us has never been assessed",
  'finding.coverage.opponent': '{name} opposes us (attitude {attitude}); the aim is to bring them to neutral',
  'finding.coverage.neutral': '{name} is neutral (attitude 0); the aim is +1 or better',
  'finding.coverage.stale_contact': "{name}: last met on {last_met}, {days} days ago; the tier's rule is at most {max_days} days between contacts",
  'finding.coverage.stale_contact_never': "{name}: never met; the tier's rule is at most {max_days} days between contacts",
  'finding.left_owner': ' ({name} has left)',
} as const;
