// 推荐某位高层担任赞助人的理由（SponsorReason.code 及其参数），以及从职位中识别的业务职能。
import type { reasonsEn } from './reasons.en';

export const reasonsZhCN: Record<keyof typeof reasonsEn, string> = {
  'sponsor.reason.equal_status': '地位对等：双方都是{level}',
  'sponsor.reason.level_gap': '我方{ours}对应对方{theirs}',
  'sponsor.reason.same_business': '业务对口：{functions}',
  'sponsor.reason.general_management': '综合管理可对应任何业务',
  'sponsor.reason.already_tied': '与此人已有关系（强度 {strength}）',
  'sponsor.reason.met_together': '与此人会面过 {meetings} 次',
  'sponsor.reason.covers_colleagues': '覆盖此人的 {count} 位同事',
  'sponsor.reason.no_other_sponsorship': '未担任其他联系人的赞助人：有时间投入',
  'sponsor.reason.sponsors_others': '已是另外 {count} 位联系人的赞助人',
  'sponsor.reason.took_part': '参加过该客户的 {meetings} 次会面',
  'business.general_management': '综合管理',
  'business.finance': '财务',
  'business.operations': '运营',
  'business.technology': '技术',
  'business.commercial': '市场与销售',
  'business.procurement': '采购',
  'sponsor.separator': '、',
};
