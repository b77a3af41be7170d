// How a backup reads in the list: its date in the user's language and time zone, its size in
// bytes made short, and why it was taken (the core's reason, worded by the i18n keys).
import type { BackupInfo } from '../../api';

/** The moment the backup was taken, in the viewer's time zone. */
export function takenAt(backup: Pick<BackupInfo, 'taken_at'>, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(backup.taken_at));
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A file size with one decimal at most, in binary units (what file managers show). */
export function fileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** The i18n key of why a backup was taken. */
export function reasonKey(backup: Pick<BackupInfo, 'reason'>): `backups.reason.${BackupInfo['reason']}` {
  return `backups.reason.${backup.reason}`;
}
