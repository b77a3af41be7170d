// The open workspace: which file, whether it opened, which account is open, the
// datasets every screen starts from (the accounts and the open account's map, one store
// query read in one call) and the undo state. Its one listener turns each committed change the core
// reports into `store.apply` (every query in use that read a changed table refetches)
// and takes the undo state the change set carries: asked of the core once, at opening.
// Construct it while a component initialises (its queries live as long as that one).
import * as api from '../api';
import { ApiError, type AccountMap, type AccountSummary, type MapScreen, type Problem, type UndoState } from '../api';
import { errorText } from '../i18n/problems';
import { mapScreenQuery } from './queries';
import { query, store, type Query } from './store.svelte';

export interface FatalError {
  kind: string;
  /** What went wrong as the core's code and values, worded on screen in the current language. */
  problem: Problem | null;
  /** The failure's own text, when it is not the core's. */
  message: string;
  /** The workspace file, when known. */
  path: string | null;
}

export interface Notice {
  action: 'action.undo' | 'action.redo' | 'action.keyboardEdit';
  message: string;
}

const NOTHING_TO_UNDO: UndoState = { undo: null, redo: null };

export class Workspace {
  fatal = $state<FatalError | null>(null);
  path = $state<string | null>(null);
  /** The file is opened for viewing only: the core refuses every edit. */
  readOnly = $state(false);
  /** Part of the undo history was found damaged at opening (the data is intact). */
  historyDamaged = $state(false);
  /** The last failed user action, shown until dismissed. */
  notice = $state.raw<Notice | null>(null);
  /** What undo and redo would act on next. */
  undoState = $state.raw<UndoState>(NOTHING_TO_UNDO);
  /** The file opened well: its data may be asked for. */
  private opened = $state(false);
  /**
   * The account shown: asked for by the user, or the one the core chose (the first active
   * one at start, another when the shown one goes: deleted, or its creation undone).
   */
  private shown = $state<number | null>(null);
  private stopListening: (() => void) | null = null;
  private changed = false;
  private disposed = false;

  private readonly screen: Query<MapScreen> = query(() => (this.opened ? mapScreenQuery(() => this.shown) : null));

  constructor() {
    // Every answer is for the account asked for when its fetch started (a newer request
    // drops older answers); a different account in it means the core chose: follow it.
    $effect(() => {
      const answer = this.screen.value;
      if (answer) this.shown = answer.map?.account.id ?? null;
    });
  }

  get selectedId(): number | null {
    return this.shown;
  }

  get accounts(): AccountSummary[] {
    return this.screen.value?.accounts ?? [];
  }

  get accountsLoaded(): boolean {
    return this.screen.loaded;
  }

  /** The open account's map; null while none is open or it is loading. */
  get map(): AccountMap | null {
    const map = this.screen.value?.map ?? null;
    return map !== null && map.account.id === this.shown ? map : null;
  }

  get mapLoading(): boolean {
    return this.screen.loading && this.map === null;
  }

  get mapError(): string | null {
    return this.screen.failure;
  }

  async start(): Promise<void> {
    try {
      const info = await api.workspaceInfo();
      this.path = info.path;
      this.readOnly = info.read_only;
      this.historyDamaged = info.history_damaged;
      if (info.error) {
        this.fatal = { kind: info.error.kind, problem: info.error.problem, message: info.error.message, path: info.path };
        return;
      }
      // Listening first: a change between the first reads and the listener would be missed.
      await this.listen();
      this.opened = true;
      const undoState = await api.undoState();
      // A change may have brought a newer state meanwhile.
      if (!this.changed) this.undoState = undoState;
    } catch (error) {
      this.fatal = {
        kind: error instanceof ApiError ? error.kind : 'unknown',
        problem: error instanceof ApiError ? error.problem : null,
        message: errorText(error),
        path: this.path,
      };
    }
  }

  /** Without it nothing shown would follow the edits: failing to listen is fatal. */
  private async listen(): Promise<void> {
    const stop = await api.onWorkspaceChanged((change) => {
      this.changed = true;
      this.undoState = { undo: change.undo, redo: change.redo };
      store.apply(change);
    });
    if (this.disposed) stop();
    else this.stopListening = stop;
  }

  dispose(): void {
    this.disposed = true;
    this.stopListening?.();
    this.stopListening = null;
  }

  /** Shows an account (one just made too: its write is committed when this is called). */
  select(accountId: number): void {
    if (accountId === this.shown && this.map !== null) return;
    this.shown = accountId;
    void this.screen.refetch();
  }

  retryMap(): void {
    void this.screen.refetch();
  }

  async undo(): Promise<void> {
    await this.attempt('action.undo', () => api.undo());
  }

  async redo(): Promise<void> {
    await this.attempt('action.redo', () => api.redo());
  }

  /** Tells a refused action in the notice bar. */
  report(action: Notice['action'], error: unknown): void {
    this.notice = { action, message: errorText(error) };
  }

  /** Runs a user action; a failure becomes a notice instead of an unhandled rejection. */
  private async attempt(action: Notice['action'], run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
      this.notice = null;
    } catch (error) {
      this.notice = { action, message: errorText(error) };
    }
  }
}
