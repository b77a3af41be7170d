// The open account's team roster, fetched from the core and fetched again after
// every committed change (an edit here, an undo, another window).
import * as api from '../../api';
import type { TeamRoster } from '../../api';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

export class TeamState {
  roster = $state.raw<TeamRoster | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);

  private accountId: number | null = null;
  private request = 0;
  private stop: (() => void) | null = null;
  private disposed = false;

  async start(): Promise<void> {
    try {
      const stop = await api.onWorkspaceChanged(() => void this.load());
      if (this.disposed) stop();
      else this.stop = stop;
    } catch (error) {
      // Without the event the roster still reloads after our own edits.
      console.error('Symbio: cannot follow workspace changes:', error);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.stop?.();
  }

  open(accountId: number | null): void {
    if (accountId === this.accountId) return;
    this.accountId = accountId;
    this.roster = null;
    void this.load();
  }

  async load(): Promise<void> {
    const id = this.accountId;
    if (id === null) return;
    // Only the latest request may land (quick account switches, bursts of changes).
    const request = ++this.request;
    this.loading = true;
    try {
      const roster = await api.teamRoster(id);
      if (request === this.request) {
        this.roster = roster;
        this.error = null;
      }
    } catch (error) {
      if (request === this.request) this.error = messageOf(error);
    } finally {
      if (request === this.request) this.loading = false;
    }
  }
}
