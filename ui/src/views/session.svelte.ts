// What one account's map view shows besides the map payload: which view, the
// filter, the focus person (circles centre, paths target), the positions placed
// by hand in this view, and the core's findings the view draws (coverage gaps,
// introduction paths, acquaintance rings). Everything is asked of the core.
import { core, type AccountMap, type CoverageReport, type IntroductionPaths, type LevelParity, type MapFilter, type NewSavedView, type SavedView, type SupportBalance, type ViewKind } from '../api';
import type { Point } from '../model/blocks';
import type { RingInput } from '../model/circles-layout';
import { fetchRings } from './circles';
import { NO_POSITIONS, storedPositions } from './positions';

export interface CoverageFindings {
  report: CoverageReport;
  parity: LevelParity | null;
  balance: SupportBalance | null;
}

/** How many introduction paths to ask for. */
export const PATHS_K = 3;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ViewSession {
  view = $state<ViewKind>('network');
  filter = $state.raw<MapFilter>({});
  focusId = $state<number | null>(null);
  /** Positions placed by hand in the current view, by node id. */
  stored = $state.raw<ReadonlyMap<string, Point>>(NO_POSITIONS);
  /** Bumped to force a fresh drawing (reset layout, a saved view opened). */
  generation = $state(0);
  coverage = $state.raw<CoverageFindings | null>(null);
  paths = $state.raw<IntroductionPaths | null>(null);
  /** null: not loaded yet. */
  rings = $state.raw<RingInput[] | null>(null);
  error = $state<string | null>(null);
  positionsReady = $state(false);

  private request = 0;

  /** Loads what the current view needs for `map`. Only the latest call lands. */
  async load(map: AccountMap): Promise<void> {
    const request = ++this.request;
    const accountId = map.account.id;
    const view = this.view;
    const focus = this.focusId;
    this.positionsReady = false;
    try {
      const [placed, extra] = await Promise.all([core.nodePositions(accountId, view), this.findings(map, view, focus)]);
      if (request !== this.request) return;
      this.stored = storedPositions(placed);
      extra();
      this.error = null;
    } catch (error) {
      if (request === this.request) this.error = messageOf(error);
    } finally {
      if (request === this.request) this.positionsReady = true;
    }
  }

  /** Fetches the view's findings; returns a function that stores them (so a stale load stores nothing). */
  private async findings(map: AccountMap, view: ViewKind, focus: number | null): Promise<() => void> {
    const accountId = map.account.id;
    if (view === 'coverage') {
      const [report, parity, balance] = await Promise.all([
        core.coverageReport(accountId),
        core.levelParity(accountId).catch(() => null),
        core.supportBalance(accountId, null).catch(() => null),
      ]);
      return () => (this.coverage = { report, parity, balance });
    }
    if (view === 'paths' && focus !== null) {
      const paths = await core.introductionPaths(focus, null, PATHS_K);
      return () => (this.paths = paths);
    }
    if (view === 'circles' && focus !== null) {
      const rings = await fetchRings(focus, 3);
      return () => (this.rings = rings);
    }
    return () => {
      if (view === 'paths') this.paths = null;
      if (view === 'circles') this.rings = null;
    };
  }

  /** The account's saved views, in slide order. */
  saved = $state.raw<SavedView[]>([]);

  async loadSaved(accountId: number): Promise<void> {
    this.saved = await core.listSavedViews(accountId);
  }

  async save(input: NewSavedView): Promise<void> {
    await core.saveView(input);
    await this.loadSaved(input.account_id);
  }

  async remove(view: SavedView): Promise<void> {
    await core.deleteSavedView(view.id);
    await this.loadSaved(view.account_id);
  }

  /** Shows a saved view: its view kind, filter and focus now, its viewport after drawing. */
  open(saved: SavedView): void {
    this.view = saved.view;
    this.filter = saved.filter;
    this.focusId = saved.focus_person_id;
    this.generation += 1;
  }

  /** Forgets the hand-placed positions of this view (the core stores them). */
  async resetLayout(map: AccountMap): Promise<void> {
    await core.resetPositions(map.account.id, this.view);
    this.stored = NO_POSITIONS;
    this.generation += 1;
  }
}
