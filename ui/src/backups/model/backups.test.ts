import { describe, expect, it } from 'vitest';
import { fileSize, reasonKey, takenAt } from './backups';

describe('backups', () => {
  it('words sizes in binary units', () => {
    expect(fileSize(512, 'en')).toBe('512 B');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(fileSize(3 * 1024 ** 4, 'en')).toBe('3,072 GB');
  });

  it('dates the backup in the viewer language', () => {
    const text = takenAt({ taken_at: '2026-03-04T05:06:07.089Z' }, 'en');
    expect(text).toMatch(/2026/);
    expect(takenAt({ taken_at: '2026-03-04T05:06:07.089Z' }, 'zh-CN')).toMatch(/2026年/);
  });

  it('names the reason key', () => {
    expect(reasonKey({ reason: 'import' })).toBe('backups.reason.import');
  });
});
