// What the map views ask of the core besides the map: positions placed by hand, saved
// views, and the findings each view draws. `reads` lists the tables the core's SQL for
// the call touches (src/view.rs, src/brain/*.rs), so that an edit or an undo touching
// any of them refreshes the findings on screen.
import { core, type CoverageReport, type HiddenChain, type IntroductionPaths, type LevelParity, type NodePosition, type SavedView, type SupportBalance, type Table, type ViewKind } from '../api';
import type { RingInput } from '../model/circles-layout';
import type { QuerySpec } from '../state/store.svelte';
import { fetchRings } from './circles';

/** How many introduction paths to ask for. */
const PATHS_K = 3;
/** How many rings of acquaintances the circles view shows. */
const CIRCLE_DEGREES = 3;

export const positionsQuery = (accountId: number, view: ViewKind): QuerySpec<NodePosition[]> => ({
  key: `positions:${accountId}:${view}`,
  reads: ['node_position'],
  fetch: () => core.nodePositions(accountId, view),
});

export const savedViewsQuery = (accountId: number): QuerySpec<SavedView[]> => ({
  key: `saved-views:${accountId}`,
  reads: ['saved_view'],
  fetch: () => core.listSavedViews(accountId),
});

/** Key contacts (roles, current influence), their coverage ties, channels, last contacts, the tier's rule. */
const COVERAGE_READS: readonly Table[] = [
  'account',
  'tier_rule',
  'person',
  'decision_role',
  'influence_event',
  'attitude_event',
  'tie',
  'information_channel',
  'interaction',
  'interaction_participant',
];

export const coverageQuery = (accountId: number): QuerySpec<CoverageReport> => ({
  key: `coverage:${accountId}`,
  reads: COVERAGE_READS,
  fetch: () => core.coverageReport(accountId),
});

/** Supporters by current attitude and depth in the reporting line, competitors' by leaning. */
/** People outside the formal line who sway a decider, through influence and personal ties. */
export const hiddenChainQuery = (accountId: number): QuerySpec<HiddenChain> => ({
  key: `hidden-chain:${accountId}`,
  reads: ['person', 'tie', 'decision_role', 'opportunity'],
  fetch: () => core.hiddenDecisionChain(accountId, null),
});

export const parityQuery = (accountId: number): QuerySpec<LevelParity> => ({
  key: `parity:${accountId}`,
  reads: ['account', 'person', 'attitude_event', 'tie', 'competitor_leaning', 'competitor'],
  fetch: () => core.levelParity(accountId),
});

/** The decision chain (roles, hidden chain through ties) weighted by influence and attitude or leaning. */
export const balanceQuery = (accountId: number): QuerySpec<SupportBalance> => ({
  key: `balance:${accountId}`,
  reads: ['account', 'opportunity', 'person', 'tie', 'decision_role', 'influence_event', 'attitude_event', 'competitor_leaning', 'competitor'],
  fetch: () => core.supportBalance(accountId, null),
});

/** The tie graph of every account (people and ties) and the ties along the paths. */
export const pathsQuery = (targetId: number): QuerySpec<IntroductionPaths> => ({
  key: `paths:${targetId}:${PATHS_K}`,
  reads: ['person', 'tie'],
  fetch: () => core.introductionPaths(targetId, null, PATHS_K),
});

export const circlesQuery = (centreId: number): QuerySpec<RingInput[]> => ({
  key: `circles:${centreId}:${CIRCLE_DEGREES}`,
  reads: ['person', 'tie'],
  fetch: () => fetchRings(centreId, CIRCLE_DEGREES),
});
