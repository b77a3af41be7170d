// What the app shows from the core: the workspace, its accounts, the open
// account's map and the undo state. Refetches after every committed change
// (simple and correct; the change list allows finer updates later).
import * as api from '../api';
import { ApiError, type AccountMap, type AccountSummary, type UndoState } from '../api';

export interface FatalError {
  kind: string;
  message: string;
  /** The workspace file, when known. */
  path: string | null;
}

export interface Notice {
  action: 'action.undo' | 'action.redo';
  message: string;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

export class Workspace {
  fatal = $state<FatalError | null>(null);
  path = $state<string | null>(null);
  accounts = $state.raw<AccountSummary[]>([]);
  accountsLoaded = $state(false);
  selectedId = $state<number | null>(null);
  /** Replaced whole on every fetch, never mutated: raw state, no deep proxy. */
  map = $state.raw<AccountMap | null>(null);
  mapLoading = $state(false);
  mapError = $state<string | null>(null);
  undoState = $state.raw<UndoState>({ undo: null, redo: null });
  /** The last failed user action, shown until dismissed. */
  notice = $state.raw<Notice | null>(null);

  private mapRequest = 0;
  private stopListening: (() => void) | null = null;
  private disposed = false;

  async start(): Promise<void> {
    try {
      const info = await api.workspaceInfo();
      this.path = info.path;
      if (info.error) {
        this.fatal = { kind: info.error.kind, message: info.error.message, path: info.path };
        return;
      }
      await this.listen();
      await Promise.all([this.loadAccounts(), this.loadUndoState()]);
      const first = this.accounts[0];
      if (this.selectedId === null && first) await this.select(first.id);
    } catch (error) {
      this.fatal = {
        kind: error instanceof ApiError ? error.kind : 'unknown',
        message: messageOf(error),
        path: this.path,
      };
    }
  }

  /** Follows changes; without it the app still works, it just won't see others' edits. */
  private async listen(): Promise<void> {
    try {
      const stop = await api.onWorkspaceChanged(() => void this.refresh().catch((e: unknown) => this.reportRefresh(e)));
      if (this.disposed) stop();
      else this.stopListening = stop;
    } catch (error) {
      console.error('Symbio: cannot follow workspace changes:', error);
    }
  }

  private reportRefresh(error: unknown): void {
    this.mapError = messageOf(error);
  }

  dispose(): void {
    this.disposed = true;
    this.stopListening?.();
    this.stopListening = null;
  }

  async select(accountId: number): Promise<void> {
    if (accountId === this.selectedId && this.map) return;
    this.selectedId = accountId;
    this.map = null;
    await this.loadMap();
  }

  /** After a committed change: everything shown may be stale. */
  async refresh(): Promise<void> {
    await Promise.all([this.loadAccounts(), this.loadMap(), this.loadUndoState()]);
  }

  async loadAccounts(): Promise<void> {
    this.accounts = await api.listAccounts();
    this.accountsLoaded = true;
    if (this.selectedId !== null && !this.accounts.some((a) => a.id === this.selectedId)) {
      // The open account is gone (deleted, or undo of its creation).
      this.selectedId = null;
      this.map = null;
      const first = this.accounts[0];
      if (first) await this.select(first.id);
    }
  }

  async loadMap(): Promise<void> {
    const id = this.selectedId;
    if (id === null) return;
    // Quick clicks through the list: only the latest request may land.
    const request = ++this.mapRequest;
    this.mapLoading = true;
    try {
      const map = await api.getAccountMap(id);
      if (request === this.mapRequest) {
        this.map = map;
        this.mapError = null;
      }
    } catch (error) {
      if (request === this.mapRequest) this.mapError = messageOf(error);
    } finally {
      if (request === this.mapRequest) this.mapLoading = false;
    }
  }

  async loadUndoState(): Promise<void> {
    this.undoState = await api.undoState();
  }

  async undo(): Promise<void> {
    await this.attempt('action.undo', () => api.undo());
  }

  async redo(): Promise<void> {
    await this.attempt('action.redo', () => api.redo());
  }

  /** Runs a user action; a failure becomes a notice instead of an unhandled rejection. */
  private async attempt(action: Notice['action'], run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
      this.notice = null;
    } catch (error) {
      this.notice = { action, message: messageOf(error) };
    } finally {
      // The change event refreshes the rest; the undo state is cheap to fetch now.
      await this.loadUndoState().catch(() => undefined);
    }
  }
}
