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
      '赵明远 只有 1 个稳定、独立的信息渠道；需要 2 个才能交叉验证',
    );
  });

  it('say why a balance that reads ahead is not safe, by what the decider does', () => {
    const key = (params: Record<string, string>) => findingKey({ rule: 'balance.decider_against', params });
    expect(key({ name: 'Guo', attitude: '-1' })).toBe('finding.balance.decider_against_opposes');
    expect(key({ name: 'Guo', competitor: 'Crestline', strength: '3' })).toBe('finding.balance.decider_against_leans');
    expect(key({ name: 'Guo', attitude: '-2', competitor: 'Crestline', strength: '4' })).toBe('finding.balance.decider_against_both');
    for (const k of ['opposes', 'leans', 'both']) expect(`finding.balance.decider_against_${k}` in findingsEn).toBe(true);
  });

  it('have wording for every parity rule, with the levels as values', () => {
    const params = { competitor: 'Crestline', their_name: '李国峰', their_level: '董事会', our_name: '赵明远', our_level: '高层' };
    expect(translate(CATALOGUES, 'zh-CN', 'finding.parity.ours_lower', params)).toBe(
      'Crestline 层级最高的支持者是 李国峰（董事会）；我方的 赵明远（高层）层级更低：须争取一位能压制对方的支持者',
    );
    for (const rule of ['no_supporter', 'ours_lower', 'not_outranking']) expect(`finding.parity.${rule}` in findingsEn).toBe(true);
  });
});
