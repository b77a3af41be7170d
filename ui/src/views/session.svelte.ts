// What one account's map view shows besides the map payload: which view, the
// filter, the focus person (circles centre, paths target), the positions placed
// by hand in this view, and the core's findings the view draws (coverage gaps,
// introduction paths, acquaintance rings). All of it is read through store queries,
// so an edit or an undo that touches what a finding is made of refreshes it.
// Construct it while a component initialises.
import { core, type AccountMap, type CoverageView, type IntroductionPaths, type MapFilter, type NewSavedView, type NodePosition, type SavedView, type ViewKind } from '../api';
import type { Point } from '../model/blocks';
import type { RingInput } from '../model/circles-layout';
import { query, type Query } from '../state/store.svelte';
import { NO_POSITIONS, storedPositions } from './positions';
import { circlesQuery, coverageViewQuery, pathsQuery, positionsQuery, savedViewsQuery } from './queries';

export class ViewSession {
  view = $state<ViewKind>('network');
  filter = $state.raw<MapFilter>({});
  focusId = $state<number | null>(null);
  /** Bumped to force a fresh drawing (reset layout, a saved view opened). */
  generation = $state(0);
  /** The positions answer a layout reset made obsolete (key and version), until the next one lands. */
  private cleared = $state<string | null>(null);

  private readonly positions: Query<NodePosition[]>;
  private readonly savedViews: Query<SavedView[]>;
  private readonly coverageFound: Query<CoverageView>;
  private readonly pathsFound: Query<IntroductionPaths>;
  private readonly ringsFound: Query<RingInput[]>;

  constructor(accountId: () => number | null) {
    const on = (view: ViewKind) => this.view === view;
    this.positions = query(() => {
      const id = accountId();
      return id === null ? null : positionsQuery(id, this.view);
    });
    this.savedViews = query(() => {
      const id = accountId();
      return id === null ? null : savedViewsQuery(id);
    });
    // One read for the coverage view's gaps and figures: one call after each change.
    this.coverageFound = query(() => {
      const id = accountId();
      return id !== null && on('coverage') ? coverageViewQuery(id) : null;
    });
    this.pathsFound = query(() => (on('paths') && this.focusId !== null ? pathsQuery(this.focusId) : null));
    this.ringsFound = query(() => (on('circles') && this.focusId !== null ? circlesQuery(this.focusId) : null));
  }

  /** Positions placed by hand in the current view, by node id. */
  get stored(): ReadonlyMap<string, Point> {
    const placed = this.positions.value;
    if (!placed || answerOf(this.positions) === this.cleared) return NO_POSITIONS;
    return storedPositions(placed);
  }

  /** False until the current view's positions are known: drawing before would jump. */
  get positionsReady(): boolean {
    return this.positions.loaded;
  }

  get coverage(): CoverageView | null {
    return this.coverageFound.value ?? null;
  }

  get paths(): IntroductionPaths | null {
    return this.pathsFound.value ?? null;
  }

  /** null: not loaded yet. */
  get rings(): RingInput[] | null {
    return this.ringsFound.value ?? null;
  }

  get error(): string | null {
    return this.positions.failure ?? this.coverageFound.failure ?? this.pathsFound.failure ?? this.ringsFound.failure;
  }

  /** The account's saved views, in slide order. */
  get saved(): SavedView[] {
    return this.savedViews.value ?? [];
  }

  async save(input: NewSavedView): Promise<void> {
    await core.saveView(input);
  }

  async remove(view: SavedView): Promise<void> {
    await core.deleteSavedView(view.id);
  }

  /** Moves a slide one place earlier (-1) or later (+1) in the deck: one action. */
  async move(view: SavedView, by: -1 | 1): Promise<void> {
    const ids = this.saved.map((v) => v.id);
    const from = ids.indexOf(view.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as number, ids[from] as number];
    await core.orderSavedViews(view.account_id, ids);
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
    const before = answerOf(this.positions);
    await core.resetPositions(map.account.id, this.view);
    // The answer held before the reset is obsolete; the change event brings the next one.
    if (answerOf(this.positions) === before) this.cleared = before;
    this.generation += 1;
  }
}

/** Names one answer of a query: which dataset, which fetch. */
function answerOf(q: Query<unknown>): string | null {
  return q.key === null ? null : `${q.key}@${q.version}`;
}
