// One long export the core writes off the window's thread (a plan document, an account
// workbook, a CSV): its job id, how far it is (the core's `export-progress` events for that
// id), and Cancel. The screens that offer exports hold one each and word the outcome.
import * as api from '../api';
import type { ExportOutcome } from '../api';

export class ExportJob {
  /** The running export's id, or null when none runs. */
  id = $state<number | null>(null);
  progress = $state({ done: 0, total: 0 });
  private next = Math.floor(Math.random() * 1_000_000);

  /**
   * Runs `write` with a fresh job id, following its progress; resolves to where the file was
   * saved, or null when it was cancelled (nothing written). A refusal is thrown as the core's.
   */
  async run(write: (id: number) => Promise<ExportOutcome>): Promise<string | null> {
    const id = ++this.next;
    this.id = id;
    this.progress = { done: 0, total: 0 };
    const stop = await api.onExportProgress((p) => {
      if (p.job === id) this.progress = { done: p.done, total: p.total };
    });
    try {
      const outcome = await write(id);
      return outcome.outcome === 'saved' ? outcome.path : null;
    } finally {
      stop();
      this.id = null;
    }
  }

  cancel(): void {
    if (this.id !== null) void api.cancelExport(this.id);
  }
}
