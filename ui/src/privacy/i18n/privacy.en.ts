// English UI text of forgetting and history retention. Merged into i18n/en.ts; every key must
// exist in privacy.zh-CN.ts too (the catalogue test checks the merged result).
export const privacyEn = {
  'privacy.forget': 'Forget this person…',
  'privacy.forgetTip': 'Erase this person and everything about them from this workspace and its history, for good',
  'privacy.forgetTitle': 'Forget {name} for good?',
  'privacy.forgetWhat':
    'Everything about {name} is erased: their card, ties, roles, assessments, channels, key dates, personal profile, and the contacts only they took part in.',
  'privacy.forgetHistory':
    'Their past versions are erased from the undo history too, with the older history before them, and the file is compacted so that no copy of their data is left in it.',
  'privacy.forgetNotes': 'Notes and titles typed elsewhere that mention them by name are left as they are: edit them if they should go too.',
  'privacy.forgetConfirm': 'Forget for good',
  'privacy.clearProfile': 'Clear profile for good…',
  'privacy.clearProfileTip': 'Erase this personal profile and all its earlier versions from the history',
  'privacy.clearProfileTitle': "Clear {name}'s personal profile for good?",
  'privacy.clearProfileWhat':
    'Birthday, hobbies, family, home area, education, clubs and notes are erased, with every earlier version of them in the undo history (and the older history before them). The person stays on the map.',
  'privacy.clearProfileConfirm': 'Clear for good',
  'privacy.cannotUndo': 'This cannot be undone.',
  'privacy.cancel': 'Cancel',
  'privacy.working': 'Erasing and compacting the file…',
  'privacy.menuItem': 'History and privacy…',
  'privacy.settingsTitle': 'History and privacy',
  'privacy.retention': 'Keep undo history for (days)',
  'privacy.retentionHint':
    'Actions older than this keep only their line in the history (what, who, when): their data is erased and they can no longer be undone. Default {default} days; from {min} to {max}.',
  'privacy.retentionSave': 'Save',
  'privacy.retentionSaved': 'Undo history is kept for {days} days.',
  'privacy.retentionInvalid': 'Enter a whole number of days from {min} to {max}.',
  'privacy.close': 'Close',
} as const;
