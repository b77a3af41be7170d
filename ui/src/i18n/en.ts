// English UI text. Every key here must exist in zh-CN.ts too (a unit test checks).
import { accountEn } from '../account/i18n/account.en';
import { portfolioEn } from '../portfolio/i18n/portfolio.en';
import { importEn } from '../import/i18n/import.en';
import { workbookEn } from '../workbook/i18n/workbook.en';
import { backupsEn } from '../backups/i18n/backups.en';
import { accessEn } from '../access/i18n/access.en';
import { encryptionEn } from '../encryption/i18n/encryption.en';
import { privacyEn } from '../privacy/i18n/privacy.en';
import { actionsEn } from './actions.en';
import { findingsEn } from './findings.en';
import { editingEn } from './editing.en';
import { problemsEn } from './problems.en';
import { reasonsEn } from './reasons.en';
import { teamEn } from './team.en';
import { viewsEn } from './views.en';
import { planEn } from '../plan/i18n/plan.en';
import { customerEn } from '../customer/i18n/customer.en';

export const en = {
  ...editingEn,
  ...importEn,
  'app.name': 'Symbio',

  'header.tier': 'Tier {tier}: {name}',
  'header.noTier': 'No tier decided',
  'header.relationship': 'Relationship',
  'header.relationshipTarget': 'Target: {level}',
  'header.undoLabel': 'Undo: {label}',
  'header.redoLabel': 'Redo: {label}',
  'header.nothingToUndo': 'Nothing to undo',
  'header.nothingToRedo': 'Nothing to redo',
  'header.privacyOn': 'Private details are hidden',
  'header.privacyOff': 'Private details are shown',
  'header.language': 'Language',

  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'accounts.title': 'Accounts',
  'accounts.empty': 'No accounts in this workspace yet.',
  'accounts.people': '{n} people',
  'accounts.peopleOne': '1 person',
  'accounts.loading': 'Loading accounts…',

  'tier.S': 'Strategic',
  'tier.A': 'Partner',
  'tier.B': 'Value',
  'tier.C': 'General',

  'relationship.vendor': 'Vendor',
  'relationship.preferred_supplier': 'Preferred supplier',
  'relationship.partner': 'Partner',
  'relationship.strategic_alliance': 'Strategic alliance',

  'level.board': 'Board',
  'level.executive': 'Executive',
  'level.senior_manager': 'Senior manager',
  'level.manager': 'Manager',
  'level.staff': 'Staff',

  'role.initiator': 'Initiator',
  'role.user': 'User',
  'role.influencer': 'Influencer',
  'role.decider': 'Decider',
  'role.approver': 'Approver',
  'role.buyer': 'Buyer',
  'role.gatekeeper': 'Gatekeeper',

  'side.customer': 'Customer',
  'side.ours': 'Our side',
  'side.third_party': 'Third party',
  'side.competitor': 'Competitor',

  'group.ours': 'Our team',
  'group.third_party': 'Third parties',
  'group.competitor': 'Competitors',
  'group.unassigned': 'No department',

  'tie.reports_to': 'Reports to',
  'tie.dotted_line': 'Dotted-line report',
  'tie.influences': 'Influences',
  'tie.hidden_influences': 'Hidden influence',
  'tie.personal': 'Personal tie',
  'tie.coverage_A': 'Coverage: A (primary)',
  'tie.coverage_B': 'Coverage: B (backup)',
  'tie.coverage_sponsor': 'Executive sponsor',

  'coverage.A': 'A (primary)',
  'coverage.B': 'B (backup)',
  'coverage.sponsor': 'Sponsor',

  'attitude.m3': 'Strong opponent',
  'attitude.m2': 'Opponent',
  'attitude.m1': 'Leans against us',
  'attitude.0': 'Neutral',
  'attitude.p1': 'Leans toward us',
  'attitude.p2': 'Supporter',
  'attitude.p3': 'Exclusive supporter',
  'attitude.none': 'Not assessed',

  'status.active': 'Active',
  'status.left': 'Left the company',
  'status.moved': 'Moved to another job',

  'personal.friend': 'Friend',
  'personal.family': 'Family',
  'personal.former_colleague': 'Former colleague',
  'personal.alumni': 'Alumni',
  'personal.club': 'Club',
  'personal.neighbour': 'Neighbour',
  'personal.business_contact': 'Business contact',

  'map.search': 'Find a person',
  'map.searchPlaceholder': 'Find a person…',
  'map.matches': '{n} found',
  'map.noMatch': 'No one matches',
  'map.fit': 'Fit to screen',
  'map.empty': 'No people on this map yet.',
  'map.layingOut': 'Arranging the map…',
  'map.loading': 'Loading the map…',
  'map.noAccount': 'Select an account to see its relationship map.',
  'map.label': 'Relationship map of {account}',

  'legend.title': 'Legend',
  'legend.show': 'Show legend',
  'legend.hide': 'Hide legend',
  'legend.attitude': 'Attitude toward us',
  'legend.influence': 'Size shows influence, 1 to 5',
  'legend.roles': 'Decision roles',
  'legend.sides': 'Sides',
  'legend.ties': 'Ties',
  'legend.markers': 'Markers',
  'legend.hiddenInfluencer': 'Hidden influencer',
  'legend.leaning': 'Leans to a competitor',
  'legend.inactive': 'Left or moved',

  'panel.close': 'Close',
  'panel.coversNone': 'Covers nobody on this map.',
  'panel.hiddenInfluencer': 'Hidden influencer: sways decisions from outside the formal line.',

  'error.workspaceTitle': 'The workspace could not be opened',
  'error.workspacePath': 'Workspace file',
  'error.workspaceHint':
    'Check that the file exists and is a Symbio workspace, then restart Symbio, or open another workspace (a recent one or any file) from the Workspace menu.',
  'error.startupTitle': 'Symbio could not start',
  'error.mapFailed': 'The map could not be loaded: {message}',
  'error.actionFailed': '{action} failed: {message}',
  'error.retry': 'Try again',
  'error.dismiss': 'Dismiss',
  'error.kind.invalid': 'Invalid input',
  'error.kind.not_found': 'Not found',
  'error.kind.not_a_workspace': 'Not a Symbio workspace',
  'error.kind.corrupt': 'The workspace file is damaged',
  'error.kind.too_new': 'Made by a newer version of Symbio',
  'error.kind.encrypted': 'Encrypted workspace',
  'error.kind.wrong_passphrase': 'Wrong passphrase',
  'error.kind.nothing_to_undo': 'Nothing to undo',
  'error.kind.nothing_to_redo': 'Nothing to redo',
  'error.kind.io': 'The file could not be read or written',
  'error.kind.storage': 'Storage error',
  'error.kind.unknown': 'Unexpected error',

  'action.undo': 'Undo',
  'action.redo': 'Redo',
  'action.search': 'Find a person',
  'action.fit': 'Fit map to screen',
  'action.privacy': 'Hide private details',
  'action.language': 'Switch language',
  'action.clear': 'Close details and clear the search',
  'action.shortcut': '{label} ({keys})',
  // The Team tab keeps its texts in its own file (edited alongside the other views).
  ...teamEn,
  ...viewsEn,
  ...findingsEn,
  ...problemsEn,
  ...reasonsEn,
  ...actionsEn,
  ...accountEn,
  ...portfolioEn,
  ...workbookEn,
  ...backupsEn,
  ...accessEn,
  ...encryptionEn,
  ...privacyEn,
  ...planEn,
  ...customerEn,
} as const;

export type MessageKey = keyof typeof en;
