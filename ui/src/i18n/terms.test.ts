// zh-CN speaks the account method in the source articles' own words: the seven decision
// roles (决策流程: 发起者 … 控制者) and the relationship ladder (卖主关系 … 战略联盟关系),
// the embedded team's 销售行政 and 品质. Near-synonyms read as a different method to a
// reader of those articles, so they are pinned here.
import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';

describe('zh-CN uses the seeds’ terms', () => {
  it('for the seven decision roles', () => {
    expect({
      initiator: zhCN['role.initiator'],
      user: zhCN['role.user'],
      influencer: zhCN['role.influencer'],
      decider: zhCN['role.decider'],
      approver: zhCN['role.approver'],
      buyer: zhCN['role.buyer'],
      gatekeeper: zhCN['role.gatekeeper'],
    }).toEqual({
      initiator: '发起者',
      user: '使用者',
      influencer: '影响者',
      decider: '决定者',
      approver: '批准者',
      buyer: '购买者',
      gatekeeper: '控制者',
    });
  });

  it('for the relationship ladder, from 卖主关系 up', () => {
    expect([
      zhCN['relationship.vendor'],
      zhCN['relationship.preferred_supplier'],
      zhCN['relationship.partner'],
      zhCN['relationship.strategic_alliance'],
    ]).toEqual(['卖主关系', '被优先考虑的供应商', '伙伴关系', '战略联盟关系']);
  });

  it('for the embedded team’s functions', () => {
    expect(zhCN['team.function.sales_administration']).toBe('销售行政');
    expect(zhCN['team.function.quality']).toBe('品质');
  });

  it('and never the near-synonyms', () => {
    const avoided = ['决策者', '审批者', '采购者', '守门人', '优选供应商'];
    for (const [key, text] of Object.entries(zhCN)) {
      for (const word of avoided) expect(text.includes(word), `${key}: ${text}`).toBe(false);
    }
  });
});
