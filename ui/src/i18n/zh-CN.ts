// 简体中文界面文字。键必须与 en.ts 完全一致（单元测试会检查）。
import { accountZhCN } from '../account/i18n/account.zh-CN';
import { portfolioZhCN } from '../portfolio/i18n/portfolio.zh-CN';
import { importZhCN } from '../import/i18n/import.zh-CN';
import { workbookZhCN } from '../workbook/i18n/workbook.zh-CN';
import { backupsZhCN } from '../backups/i18n/backups.zh-CN';
import { accessZhCN } from '../access/i18n/access.zh-CN';
import { encryptionZhCN } from '../encryption/i18n/encryption.zh-CN';
import { privacyZhCN } from '../privacy/i18n/privacy.zh-CN';
import { actionsZhCN } from './actions.zh-CN';
import { findingsZhCN } from './findings.zh-CN';
import { editingZhCN } from './editing.zh-CN';
import type { MessageKey } from './en';
import { problemsZhCN } from './problems.zh-CN';
import { reasonsZhCN } from './reasons.zh-CN';
import { teamZhCN } from './team.zh-CN';
import { viewsZhCN } from './views.zh-CN';
import { planZhCN } from '../plan/i18n/plan.zh-CN';
import { customerZhCN } from '../customer/i18n/customer.zh-CN';

export const zhCN: Readonly<Record<MessageKey, string>> = {
  ...editingZhCN,
  ...importZhCN,
  'app.name': 'Symbio',

  'header.tier': '{tier} 级：{name}',
  'header.noTier': '尚未定级',
  'header.relationship': '关系层级',
  'header.relationshipTarget': '目标：{level}',
  'header.undoLabel': '撤销：{label}',
  'header.redoLabel': '重做：{label}',
  'header.nothingToUndo': '没有可撤销的操作',
  'header.nothingToRedo': '没有可重做的操作',
  'header.privacyOn': '已隐藏个人隐私信息',
  'header.privacyOff': '正在显示个人隐私信息',
  'header.language': '语言',

  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'accounts.title': '客户',
  'accounts.empty': '此工作区还没有客户。',
  'accounts.people': '{n} 人',
  'accounts.peopleOne': '1 人',
  'accounts.loading': '正在加载客户…',

  'tier.S': '战略客户',
  'tier.A': '伙伴客户',
  'tier.B': '价值客户',
  'tier.C': '一般客户',

  'relationship.vendor': '卖主关系',
  'relationship.preferred_supplier': '被优先考虑的供应商',
  'relationship.partner': '伙伴关系',
  'relationship.strategic_alliance': '战略联盟关系',

  'level.board': '董事会',
  'level.executive': '高层',
  'level.senior_manager': '中高层',
  'level.manager': '中层',
  'level.staff': '基层',

  'role.initiator': '发起者',
  'role.user': '使用者',
  'role.influencer': '影响者',
  'role.decider': '决定者',
  'role.approver': '批准者',
  'role.buyer': '购买者',
  'role.gatekeeper': '控制者',

  'side.customer': '客户方',
  'side.ours': '我方',
  'side.third_party': '第三方',
  'side.competitor': '竞争对手',

  'group.ours': '我方团队',
  'group.third_party': '第三方',
  'group.competitor': '竞争对手',
  'group.unassigned': '未分配部门',

  'tie.reports_to': '汇报关系',
  'tie.dotted_line': '虚线汇报',
  'tie.influences': '影响',
  'tie.hidden_influences': '隐性影响',
  'tie.personal': '私人关系',
  'tie.coverage_A': '覆盖：A角（主责）',
  'tie.coverage_B': '覆盖：B角（备份）',
  'tie.coverage_sponsor': '高层赞助人',

  'coverage.A': 'A角',
  'coverage.B': 'B角',
  'coverage.sponsor': '赞助人',

  'attitude.m3': '强烈反对',
  'attitude.m2': '反对',
  'attitude.m1': '倾向反对',
  'attitude.0': '中立',
  'attitude.p1': '倾向支持',
  'attitude.p2': '支持',
  'attitude.p3': '排他性支持',
  'attitude.none': '尚未评估',

  'status.active': '在职',
  'status.left': '已离职',
  'status.moved': '已调岗',

  'personal.friend': '朋友',
  'personal.family': '家人',
  'personal.former_colleague': '前同事',
  'personal.alumni': '校友',
  'personal.club': '俱乐部',
  'personal.neighbour': '邻居',
  'personal.business_contact': '商务伙伴',

  'map.search': '查找人员',
  'map.searchPlaceholder': '查找人员…',
  'map.matches': '找到 {n} 人',
  'map.noMatch': '没有匹配的人员',
  'map.fit': '适应屏幕',
  'map.empty': '这张地图上还没有人员。',
  'map.layingOut': '正在排布地图…',
  'map.loading': '正在加载地图…',
  'map.noAccount': '选择一个客户以查看其关系地图。',
  'map.label': '{account} 的关系地图',

  'legend.title': '图例',
  'legend.show': '显示图例',
  'legend.hide': '隐藏图例',
  'legend.attitude': '对我方的态度',
  'legend.influence': '大小表示影响力（1–5）',
  'legend.roles': '决策角色',
  'legend.sides': '所属方',
  'legend.ties': '关系线',
  'legend.markers': '标记',
  'legend.hiddenInfluencer': '隐性影响者',
  'legend.leaning': '倾向竞争对手',
  'legend.inactive': '已离职或调岗',

  'panel.close': '关闭',
  'panel.coversNone': '未覆盖此地图上的任何人。',
  'panel.hiddenInfluencer': '隐性影响者：在正式汇报线之外影响决策。',

  'error.workspaceTitle': '无法打开工作区',
  'error.workspacePath': '工作区文件',
  'error.workspaceHint': '请确认该文件存在并且是 Symbio 工作区，然后重新启动 Symbio；也可以从“工作区”菜单打开其他工作区（最近使用的或任意文件）。',
  'error.startupTitle': 'Symbio 无法启动',
  'error.mapFailed': '无法加载地图：{message}',
  'error.actionFailed': '{action}失败：{message}',
  'error.retry': '重试',
  'error.dismiss': '关闭',
  'error.kind.invalid': '输入无效',
  'error.kind.not_found': '未找到',
  'error.kind.not_a_workspace': '不是 Symbio 工作区',
  'error.kind.corrupt': '工作区文件已损坏',
  'error.kind.too_new': '由更新版本的 Symbio 创建',
  'error.kind.encrypted': '已加密的工作区',
  'error.kind.wrong_passphrase': '密码短语错误',
  'error.kind.nothing_to_undo': '没有可撤销的操作',
  'error.kind.nothing_to_redo': '没有可重做的操作',
  'error.kind.io': '无法读取或写入文件',
  'error.kind.storage': '存储错误',
  'error.kind.unknown': '意外错误',

  'action.undo': '撤销',
  'action.redo': '重做',
  'action.search': '查找人员',
  'action.fit': '地图适应屏幕',
  'action.privacy': '隐藏个人隐私信息',
  'action.language': '切换语言',
  'action.clear': '关闭详情并清除搜索',
  'action.shortcut': '{label}（{keys}）',
  ...teamZhCN,
  ...viewsZhCN,
  ...findingsZhCN,
  ...problemsZhCN,
  ...reasonsZhCN,
  ...actionsZhCN,
  ...accountZhCN,
  ...portfolioZhCN,
  ...workbookZhCN,
  ...backupsZhCN,
  ...accessZhCN,
  ...encryptionZhCN,
  ...privacyZhCN,
  ...planZhCN,
  ...customerZhCN,
};
