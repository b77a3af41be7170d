// What the UI checks before asking the core to encrypt or re-key: the core refuses a short
// passphrase too (it is the rule's owner), but a typo in the repeated passphrase can only be
// caught here, and it would lock the user out of their own workspace.

/** The core's shortest accepted passphrase (storage::cipher::MIN_PASSPHRASE_CHARS). */
export const MIN_PASSPHRASE_CHARS = 8;

export type NewPassphraseProblem = 'tooShort' | 'mismatch' | null;

/** Why a new passphrase and its repetition cannot be used yet, or null when they can. */
export function newPassphraseProblem(passphrase: string, repeated: string): NewPassphraseProblem {
  // Characters, not UTF-16 units, as the core counts them.
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) return 'tooShort';
  if (passphrase !== repeated) return 'mismatch';
  return null;
}
