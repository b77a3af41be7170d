// Everything the core says by code is worded in both languages. The compiler checks that each
// sample list below names every code (a new problem, action or rule in Rust fails `npm run
// check` until it is added here and worded); the tests check that the words exist, use only
// the values the core sends, and that the zh-CN words are Chinese.
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionLabel, Gap, Problem, Rule, SponsorReason } from '../api';
import { actionText } from './action-labels';
import { findingText } from './findings';
import { i18n } from './index.svelte';
import { problemText } from './problems';
import { sponsorReasonText } from './reasons';

type ByCode<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }> };
type ByKey<U extends { key: string }> = { [K in U['key']]: Extract<U, { key: K }> };

const PROBLEMS: ByCode<Problem> = {
  empty: { code: 'empty' },
  missing: { code: 'missing' },
  not_applicable: { code: 'not_applicable' },
  too_long: { code: 'too_long', max: 200 },
  too_short: { code: 'too_short', min: 8 },
  control_character: { code: 'control_character' },
  out_of_range: { code: 'out_of_range', min: -3, max: 3, got: 7 },
  negative: { code: 'negative', got: -1 },
  not_positive: { code: 'not_positive' },
  not_finite: { code: 'not_finite' },
  all_zero: { code: 'all_zero' },
  not_a_date: { code: 'not_a_date', value: '2026-13-40' },
  not_a_birthday: { code: 'not_a_birthday', value: '13-40' },
  in_future: { code: 'in_future', value: '2099-01-01' },
  beyond_calendar: { code: 'beyond_calendar' },
  ends_before_start: { code: 'ends_before_start', start: '2026-03-01', end: '2026-02-01' },
  not_in_year: { code: 'not_in_year', year: 2026, value: '2027-01-10' },
  min_above_max: { code: 'min_above_max', min: 2, max: 1 },
  not_above: { code: 'not_above', limit: 3, got: 2 },
  not_one_of: { code: 'not_one_of', value: 'Z', allowed: ['S', 'A', 'B', 'C'] },
  not_a_currency: { code: 'not_a_currency', value: '元' },
  not_a_file_name: { code: 'not_a_file_name', value: 'a/b' },
  wrong_content: { code: 'wrong_content', format: 'png' },
  malformed: { code: 'malformed' },
  not_readable: { code: 'not_readable', file: '通讯录.xls', format: 'xls' },
  empty_file: { code: 'empty_file', file: '通讯录.csv' },
  file_too_large: { code: 'file_too_large', file: '通讯录.csv', max_bytes: 52428800, bytes: 209715200 },
  cell_too_long: { code: 'cell_too_long', file: '通讯录.csv', row: 12, column: 3, max: 10000 },
  no_font: { code: 'no_font' },
  listed_twice: { code: 'listed_twice' },
  list_each_once: { code: 'list_each_once' },
  duplicate_name: { code: 'duplicate_name', name: '华东项目' },
  self_reference: { code: 'self_reference' },
  would_cycle: { code: 'would_cycle' },
  belongs_to_other_account: { code: 'belongs_to_other_account' },
  belongs_to_other_plan: { code: 'belongs_to_other_plan' },
  not_open: { code: 'not_open' },
  plan_exists: { code: 'plan_exists', year: 2026 },
  plan_is: { code: 'plan_is', status: 'closed' },
  other_organisation: { code: 'other_organisation' },
  our_staff: { code: 'our_staff' },
  not_our_staff: { code: 'not_our_staff' },
  not_customer_side: { code: 'not_customer_side' },
  outside_firm: { code: 'outside_firm' },
  has_left: { code: 'has_left' },
  still_employs: { code: 'still_employs', people: 2 },
  already_member: { code: 'already_member' },
  already_has_role: { code: 'already_has_role', role: 'decider' },
  coverage_taken: { code: 'coverage_taken', role: 'A', holder: '王芳' },
  already_covers: { code: 'already_covers', role: 'sponsor' },
  already_reports: { code: 'already_reports' },
  manager_taken: { code: 'manager_taken', manager: '王芳' },
  no_manager: { code: 'no_manager' },
  not_the_manager: { code: 'not_the_manager', manager: '王芳' },
  manager_reports_to_no_one: { code: 'manager_reports_to_no_one' },
  not_found: { code: 'not_found', entity: 'org_unit', id: 9 },
  not_a_workspace: { code: 'not_a_workspace', path: '/数据/客户.db' },
  corrupt: { code: 'corrupt', path: '/数据/客户.db' },
  too_new: { code: 'too_new', path: '/数据/客户.db', found: 12, known: 8 },
  encrypted: { code: 'encrypted', path: '/数据/客户.db' },
  wrong_passphrase: { code: 'wrong_passphrase' },
  in_use: { code: 'in_use', path: '/数据/客户.db' },
  read_only: { code: 'read_only', path: '/数据/客户.db' },
  read_only_outdated: { code: 'read_only_outdated', path: '/数据/客户.db' },
  truncated: { code: 'truncated', path: '/数据/客户.db' },
  folder_missing: { code: 'folder_missing', folder: '/数据' },
  nothing_to_undo: { code: 'nothing_to_undo' },
  nothing_to_redo: { code: 'nothing_to_redo' },
  io: { code: 'io', cause: 'permission_denied' },
  storage: { code: 'storage' },
  damaged_history: { code: 'damaged_history' },
};

const ACTIONS: ByKey<ActionLabel> = {
  create_account: { key: 'create_account' },
  edit_account: { key: 'edit_account' },
  archive_account: { key: 'archive_account' },
  restore_account: { key: 'restore_account' },
  close_account_lost: { key: 'close_account_lost' },
  delete_account: { key: 'delete_account' },
  decide_tier: { key: 'decide_tier', tier: 'A' },
  create_sample: { key: 'create_sample' },
  restore_backup: { key: 'restore_backup' },
  add_person: { key: 'add_person' },
  add_people: { key: 'add_people', count: 5 },
  import_people: { key: 'import_people', count: 120 },
  edit_person: { key: 'edit_person' },
  move_person: { key: 'move_person' },
  mark_status: { key: 'mark_status', status: 'left' },
  delete_person: { key: 'delete_person' },
  delete_people: { key: 'delete_people', count: 2 },
  delete_tie: { key: 'delete_tie' },
  delete_ties: { key: 'delete_ties', count: 3 },
  delete_people_and_ties: { key: 'delete_people_and_ties', people: 2, ties: 3 },
  connect: { key: 'connect', kind: 'reports_to' },
  add_ties: { key: 'add_ties', count: 4 },
  edit_tie: { key: 'edit_tie' },
  set_attitude: { key: 'set_attitude', value: 2 },
  set_influence: { key: 'set_influence', value: 4 },
  add_role: { key: 'add_role', role: 'gatekeeper' },
  remove_role: { key: 'remove_role' },
  edit_profile: { key: 'edit_profile' },
  add_channel: { key: 'add_channel' },
  edit_channel: { key: 'edit_channel' },
  delete_channel: { key: 'delete_channel' },
  set_leaning: { key: 'set_leaning', strength: 3 },
  clear_leaning: { key: 'clear_leaning' },
  add_department: { key: 'add_department' },
  rename_department: { key: 'rename_department' },
  move_department: { key: 'move_department' },
  delete_department: { key: 'delete_department' },
  change_value_weights: { key: 'change_value_weights' },
  score_value: { key: 'score_value', year: 2026, score: 4 },
  clear_value_score: { key: 'clear_value_score', year: 2026 },
  record_revenue: { key: 'record_revenue', year: 2025 },
  clear_revenue: { key: 'clear_revenue', year: 2025 },
  edit_tier_rules: { key: 'edit_tier_rules', tier: 'S' },
  change_tier_thresholds: { key: 'change_tier_thresholds' },
  set_value_demands: { key: 'set_value_demands' },
  add_control_point: { key: 'add_control_point' },
  edit_control_point: { key: 'edit_control_point' },
  delete_control_point: { key: 'delete_control_point' },
  add_competitor: { key: 'add_competitor' },
  rename_competitor: { key: 'rename_competitor' },
  delete_competitor: { key: 'delete_competitor' },
  add_deal: { key: 'add_deal' },
  rename_deal: { key: 'rename_deal' },
  edit_deal: { key: 'edit_deal' },
  close_deal: { key: 'close_deal', won: true },
  reopen_deal: { key: 'reopen_deal' },
  delete_deal: { key: 'delete_deal' },
  log_contact: { key: 'log_contact', kind: 'factory_tour' },
  edit_contact: { key: 'edit_contact' },
  delete_contact: { key: 'delete_contact' },
  add_key_date: { key: 'add_key_date' },
  edit_key_date: { key: 'edit_key_date' },
  delete_key_date: { key: 'delete_key_date' },
  place_on_map: { key: 'place_on_map', count: 3 },
  reset_layout: { key: 'reset_layout' },
  save_view: { key: 'save_view' },
  reorder_slides: { key: 'reorder_slides' },
  delete_view: { key: 'delete_view' },
  add_team_member: { key: 'add_team_member' },
  edit_team_member: { key: 'edit_team_member' },
  remove_team_member: { key: 'remove_team_member' },
  add_partner: { key: 'add_partner' },
  edit_partner: { key: 'edit_partner' },
  remove_partner: { key: 'remove_partner' },
  add_voice: { key: 'add_voice' },
  edit_voice: { key: 'edit_voice' },
  delete_voice: { key: 'delete_voice' },
  add_issue: { key: 'add_issue' },
  edit_issue: { key: 'edit_issue' },
  close_issue: { key: 'close_issue' },
  delete_issue: { key: 'delete_issue' },
  add_initiative: { key: 'add_initiative' },
  edit_initiative: { key: 'edit_initiative' },
  delete_initiative: { key: 'delete_initiative' },
  create_plan: { key: 'create_plan', year: 2026 },
  edit_plan: { key: 'edit_plan' },
  activate_plan: { key: 'activate_plan', year: 2026 },
  close_plan: { key: 'close_plan', year: 2026 },
  delete_plan: { key: 'delete_plan', year: 2026 },
  add_plan_target: { key: 'add_plan_target' },
  edit_plan_target: { key: 'edit_plan_target' },
  delete_plan_target: { key: 'delete_plan_target' },
  adjust_plan: { key: 'adjust_plan', version: 2 },
  review_plan: { key: 'review_plan' },
  add_plan_action: { key: 'add_plan_action' },
  edit_plan_action: { key: 'edit_plan_action' },
  delete_plan_action: { key: 'delete_plan_action' },
  log_contact_for_action: { key: 'log_contact_for_action', kind: 'meal' },
  edit_expansion_card: { key: 'edit_expansion_card' },
  forget_person: { key: 'forget_person' },
  clear_profile: { key: 'clear_profile' },
  set_journal_retention: { key: 'set_journal_retention', days: 365 },
  legacy: { key: 'legacy', text: '旧操作' },
};

const REASONS: ByCode<SponsorReason> = {
  equal_status: { code: 'equal_status', level: 'executive' },
  level_gap: { code: 'level_gap', ours: 'board', theirs: 'executive' },
  same_business: { code: 'same_business', functions: ['finance', 'general_management'] },
  general_management: { code: 'general_management' },
  already_tied: { code: 'already_tied', strength: 4 },
  met_together: { code: 'met_together', meetings: 2 },
  covers_colleagues: { code: 'covers_colleagues', count: 1 },
  no_other_sponsorship: { code: 'no_other_sponsorship' },
  sponsors_others: { code: 'sponsors_others', count: 3 },
  took_part: { code: 'took_part', meetings: 2 },
};

/** The values each rule's finding is made of, with every variant a rule reads in. */
const FINDINGS: Record<Rule, readonly Readonly<Record<string, string>>[]> = {
  'balance.competitor_ahead': [{ competitor: '北方乳业', theirs: '55', ours: '30' }],
  'balance.decider_against': [
    { name: '赵明远', attitude: '-2' },
    { name: '赵明远', competitor: '北方乳业', strength: '4' },
    { name: '赵明远', attitude: '-2', competitor: '北方乳业', strength: '4' },
  ],
  'balance.no_chain': [{}],
  'balance.unassessed': [{ name: '赵明远' }],
  'coverage.attitude_unknown': [{ name: '赵明远' }],
  'coverage.chain_unreached': [{ name: '赵明远' }],
  'coverage.missing_a_owner': [{ name: '赵明远' }],
  'coverage.missing_b_owner': [{ name: '赵明远' }],
  'coverage.missing_sponsor': [{ name: '赵明远' }],
  'coverage.neutral': [{ name: '赵明远' }],
  'coverage.opponent': [{ name: '赵明远', attitude: '-2' }],
  'coverage.sponsor_not_executive': [{ name: '赵明远', sponsor: '王芳' }],
  'coverage.stale_contact': [
    { name: '赵明远', last_met: '2026-01-05', days: '45', max_days: '30' },
    { name: '赵明远', max_days: '30' },
  ],
  'coverage.too_few_channels': [{ name: '赵明远', channels: '1', needed: '2' }],
  'job_change.channel_lost': [{ name: '王芳', contact: '赵明远', remaining: '1' }],
  'job_change.coverage_lost': [
    { left: 'owner', contact: '赵明远', owner: '王芳', coverage_role: 'A' },
    { left: 'contact', contact: '赵明远', owner: '王芳', coverage_role: 'B' },
  ],
  'job_change.path_lost': [{ target: '赵明远' }],
  'job_change.path_weakened': [{ target: '赵明远', before: '4.0', after: '2.5' }],
  'job_change.role_vacant': [{ name: '赵明远', role: 'decider' }],
  'parity.no_supporter': [{ competitor: '北方乳业', their_name: '李强', their_level: 'executive' }],
  'parity.not_outranking': [
    { competitor: '北方乳业', their_name: '李强', their_level: 'executive', our_name: '赵明远', our_level: 'executive' },
  ],
  'parity.ours_lower': [
    { competitor: '北方乳业', their_name: '李强', their_level: 'board', our_name: '赵明远', our_level: 'manager' },
  ],
  'tier.decided_differs': [{ score: '3.40', suggested: 'A', decided: 'B' }],
  'tier.incomplete': [{ criteria: 'purchase_scale,growth_potential' }],
  'tier.undecided': [{ suggested: 'A' }],
};

const ENGLISH_FALLBACK = 'the English message';

function allTexts(): string[] {
  const gaps = Object.entries(FINDINGS).flatMap(([rule, variants]) =>
    variants.map((params): Pick<Gap, 'rule' | 'params' | 'message'> => ({ rule: rule as Rule, params, message: ENGLISH_FALLBACK })),
  );
  return [
    ...Object.values(PROBLEMS).map((p) => problemText(p)),
    ...Object.values(ACTIONS).map((a) => actionText(a)),
    ...Object.values(REASONS).map((r) => sponsorReasonText(r)),
    ...gaps.map((g) => findingText(g)),
  ];
}

/** Latin words of four letters or more: English left in a Chinese text. */
const englishWords = (text: string) => (text.match(/[A-Za-z]{4,}/g) ?? []).filter((word) => word !== 'Symbio');

describe('words for the codes the core sends', () => {
  afterAll(() => i18n.set('en'));

  it('exist in English, with every value filled in', () => {
    i18n.set('en');
    for (const text of allTexts()) {
      expect(text, text).not.toMatch(/\{\w+\}/);
      expect(text.trim(), text).not.toBe('');
      expect(text).not.toBe(ENGLISH_FALLBACK);
    }
  });

  it('exist in Chinese, with every value filled in and no English word left', () => {
    i18n.set('zh-CN');
    for (const text of allTexts()) {
      expect(text, text).not.toMatch(/\{\w+\}/);
      expect(englishWords(text), text).toEqual([]);
    }
  });

  it('word the values that are vocabulary', () => {
    i18n.set('zh-CN');
    expect(problemText(PROBLEMS.already_has_role)).toBe('已担任决定者角色');
    expect(problemText(PROBLEMS.out_of_range)).toBe('必须在 -3 到 3 之间（当前为 7）');
    expect(problemText(PROBLEMS.not_found)).toBe('该部门已不存在');
    expect(actionText(ACTIONS.connect)).toBe('建立关系：汇报关系');
    expect(actionText(ACTIONS.set_attitude)).toBe('将态度设为 +2');
    expect(sponsorReasonText(REASONS.same_business)).toBe('业务对口：财务、综合管理');
    i18n.set('en');
    expect(problemText(PROBLEMS.out_of_range)).toBe('Must be between -3 and 3 (got 7)');
    expect(actionText(ACTIONS.add_role)).toBe('Add role Gatekeeper');
    expect(findingText({ rule: 'tier.incomplete', params: FINDINGS['tier.incomplete'][0]!, message: '' })).toBe(
      'Score Purchase scale, Growth potential to get a tier suggestion',
    );
  });
});
