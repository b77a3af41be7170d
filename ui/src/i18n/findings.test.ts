import { describe, expect, it } from 'vitest';
import { findingsEn } from './findings.en';
import { findingsZhCN } from './findings.zh-CN';
import { findingKey } from './findings';
import { CATALOGUES, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('findings', () => {
  it('use the same values in both languages', () => {
    for (const [key, en] of Object.entries(findingsEn)) {
      expect(placeholders(findingsZhCN[key as keyof typeof findingsEn]), key).toEqual(placeholders(en));
    }
  });

  it('pick the never-met wording when there is no last meeting', () => {
    expect(findingKey({ rule: 'coverage.stale_contact', params: { name: 'Zhao', max_days: '14' } })).toBe(
      'finding.coverage.stale_contact_never',
    );
    expect(findingKey({ rule: 'coverage.stale_contact', params: { last_met: '2026-01-01' } })).toBe(
      'finding.coverage.stale_contact',
    );
  });

  it('tell lost coverage from the side of who left', () => {
    expect(findingKey({ rule: 'job_change.coverage_lost', params: { left: 'owner' } })).toBe('finding.job_change.coverage_lost_owner');
    expect(findingKey({ rule: 'job_change.coverage_lost', params: { left: 'contact' } })).toBe(
      'finding.job_change.coverage_lost_contact',
    );
  });

  it('say a coverage gap in Chinese with the values the core sent', () => {
    const params = { name: '赵明远', channels: '1', needed: '2' };
    expect(translate(CATALOGUES, 'zh-CN', 'finding.coverage.too_few_channels', params)).toBe(
      '赵明远 只有 1 个独立信息渠道；需要 2 个才能交叉验证',
    );
  });
});
