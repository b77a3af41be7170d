// What the map views ask of the core besides the map: positions placed by hand, saved
// views, and the findings each view draws. `reads` lists the tables the core's SQL for
// the call touches (src/view.rs, src/brain/*.rs), so that an edit or an undo touching
// any of them refreshes the findings on screen.
import { core, type CoverageView, type HiddenChain, type IntroductionPaths, type NodePosition, type SavedView, type Table, type ViewKind } from '../api';
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

/**
 * `Db::coverage_view`: coverage (key contacts, their roles and current values, coverage ties,
 * channels, last contacts, the tier's rule), level parity (supporters by attitude and depth
 * in the reporting line, competitors' by leaning) and the account's support balance (the
 * decision chain weighted by influence and attitude or leaning), in one read.
 */
const COVERAGE_VIEW_READS: readonly Table[] = [
  'account',
  'tier_rule',
  'opportunity',
  'person',
  'decision_role',
  'influence_event',
  'attitude_event',
  'tie',
  'information_channel',
  'interaction',
  'interaction_participant',
  'competitor_leaning',
  'competitor',
];

export const coverageViewQuery = (accountId: number): QuerySpec<CoverageView> => ({
  key: `coverage-view:${accountId}`,
  reads: COVERAGE_VIEW_READS,
  fetch: () => core.coverageView(accountId),
});

/** People outside the formal line who sway a decider, through influence and personal ties. */
export const hiddenChainQuery = (accountId: number): QuerySpec<HiddenChain> => ({
  key: `hidden-chain:${accountId}`,
  reads: ['person', 'tie', 'decision_role', 'opportunity'],
  fetch: () => core.hiddenDecisionChain(accountId, null),
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
