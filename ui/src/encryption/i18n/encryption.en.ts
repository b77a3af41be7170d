// English UI text of encryption at rest: the passphrase asked for when an encrypted workspace
// opens, and the encryption settings (enable, change the passphrase, disable). Merged into
// i18n/en.ts; every key must exist in encryption.zh-CN.ts too.
export const encryptionEn = {
  'encryption.lockedTitle': 'This workspace is encrypted',
  'encryption.lockedLead': 'Enter its passphrase to open it. Nothing is read or changed until the passphrase is right.',
  'encryption.passphrase': 'Passphrase',
  'encryption.unlock': 'Open',
  'encryption.unlocking': 'Opening…',
  'encryption.menuItem': 'Encryption…',
  'encryption.title': 'Encryption',
  'encryption.statusOn': 'This workspace is encrypted. Its file and its backups cannot be read without the passphrase.',
  'encryption.statusOff': 'This workspace is not encrypted. Anyone who can read its file can read its data.',
  'encryption.warning': 'If the passphrase is lost, the workspace cannot be opened again: nobody, not even Symbio, can recover it.',
  'encryption.newPassphrase': 'New passphrase (at least {min} characters)',
  'encryption.confirm': 'Repeat the new passphrase',
  'encryption.current': 'Current passphrase',
  'encryption.mismatch': 'The two passphrases are not the same',
  'encryption.tooShort': 'At least {min} characters',
  'encryption.enable': 'Encrypt',
  'encryption.change': 'Change passphrase',
  'encryption.disable': 'Turn encryption off',
  'encryption.currentHint': 'Needed to change the passphrase or to turn encryption off (the workspace is then written back unencrypted).',
  'encryption.working': 'Rewriting the workspace…',
  'encryption.enabled': 'The workspace is now encrypted.',
  'encryption.changed': 'The passphrase was changed.',
  'encryption.disabled': 'The workspace is no longer encrypted.',
  'encryption.close': 'Close',
} as const;
