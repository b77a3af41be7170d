import { describe, expect, it } from 'vitest';
import { parseRetentionDays } from './retention';

const bounds = { min_days: 1, max_days: 3650 };

describe('parseRetentionDays', () => {
  it('takes whole days within the bounds', () => {
    expect(parseRetentionDays('365', bounds)).toBe(365);
    expect(parseRetentionDays(' 30 ', bounds)).toBe(30);
    expect(parseRetentionDays('1', bounds)).toBe(1);
    expect(parseRetentionDays('3650', bounds)).toBe(3650);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '0', '3651', '-5', '12.5', '1e3', 'abc', '３０']) {
      expect(parseRetentionDays(bad, bounds), bad).toBeNull();
    }
  });
});
