// 大脑分析结论，按规则编号；参数来自核心（Gap.params）。
import type { findingsEn } from './findings.en';

export const findingsZhCN: Record<keyof typeof findingsEn, string> = {
  'finding.coverage.missing_a_owner': '{name} 在我方没有 A 角（主责人）',
  'finding.coverage.missing_b_owner': '{name} 没有 B 角（备份）：关系只系于一人',
  'finding.coverage.missing_sponsor': '{name} 是高层，但没有我方高层赞助人',
  'finding.coverage.sponsor_not_executive': '{name} 是高层，但其赞助人 {sponsor} 不是我方高层',
  'finding.coverage.too_few_channels': '{name} 只有 {channels} 个独立信息渠道；需要 {needed} 个才能交叉验证',
  'finding.coverage.attitude_unknown': '尚未评估 {name} 对我方的态度',
  'finding.coverage.opponent': '{name} 反对我方（态度 {attitude}）；目标是使其转为中立',
  'finding.coverage.neutral': '{name} 态度中立（0）；目标是 +1 或更好',
  'finding.coverage.stale_contact': '{name}：上次接触于 {last_met}，已过 {days} 天；按客户等级最多 {max_days} 天须接触一次',
  'finding.coverage.stale_contact_never': '{name}：从未接触；按客户等级最多 {max_days} 天须接触一次',
  'finding.left_owner': '（{name} 已离职）',
  'finding.job_change.coverage_lost_owner': '{contact} 失去了我方的{coverage_role}负责人 {owner}',
  'finding.job_change.coverage_lost_contact': '{owner} 曾以{coverage_role}身份覆盖 {contact}：请重新分配这项覆盖',
  'finding.job_change.role_vacant': '{name} 的{role}角色空缺：由谁接替？',
  'finding.job_change.channel_lost': '{name} 曾是 {contact} 的信息渠道，对方现只剩 {remaining} 个渠道',
  'finding.job_change.path_lost': '我方人员已无法联络到 {target}',
  'finding.job_change.path_weakened': '通往 {target} 的最强关系链从 {before} 降到 {after}',
};
