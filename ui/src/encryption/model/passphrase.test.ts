import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_CHARS, newPassphraseProblem } from './passphrase';

describe('newPassphraseProblem', () => {
  it('wants the core minimum, counted in characters', () => {
    expect(newPassphraseProblem('short', 'short')).toBe('tooShort');
    expect(newPassphraseProblem('月光下的海港很安静', '月光下的海港很安静')).toBeNull();
    expect(newPassphraseProblem('海港'.repeat(3), '海港'.repeat(3))).toBe('tooShort');
    expect(MIN_PASSPHRASE_CHARS).toBe(8);
  });

  it('wants the repetition to match exactly', () => {
    expect(newPassphraseProblem('harbour lights', 'harbour light')).toBe('mismatch');
    expect(newPassphraseProblem('harbour lights', 'harbour lights')).toBeNull();
  });
});
