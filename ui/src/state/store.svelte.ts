// The one store of what the UI shows from the core. Each dataset is a query: a key,
// the tables the core reads to answer it, and the call that asks. The core tells every
// committed change (an edit, an undo, a redo) as a ChangeSet naming the tables it
// touched; the store refetches the queries in use that read any of them, once each.
// A query nobody uses is dropped, so it costs nothing until shown again.
//
// Why keys: two components showing the same dataset (the map in the canvas and in the
// editing tools, the staff in two pickers) share one fetch and one value.
// Why one request at a time per query: a burst of changes during a fetch costs one more
// fetch, not one each, and an answer that may predate a change never lands.
import { untrack } from 'svelte';
import type { ChangeSet, Table } from '../api';
import { errorText } from '../i18n/problems';

/** The tables a query reads; `'any'` for data every change alters (the undo state). */
export type Reads = readonly Table[] | 'any';

export interface QuerySpec<T> {
  /** Unique per dataset and parameters, e.g. `roles:42`. */
  key: string;
  reads: Reads;
  fetch: () => Promise<T>;
}

/** One dataset's current value; shared by everyone who asks for the same key. */
export class Entry<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(null);
  loading = $state(false);
  /** Set once the first answer (value or error) arrived. */
  loaded = $state(false);
  /** How many answers have landed, to tell a fresh answer from the one seen before. */
  version = $state(0);
  users = 0;
  private running: Promise<void> | null = null;
  private stale = false;

  constructor(
    readonly key: string,
    readonly reads: Reads,
    private fetcher: () => Promise<T>,
  ) {}

  /** The failure as text, for a message on screen. */
  get failure(): string | null {
    return this.error === null ? null : errorText(this.error);
  }

  readsAny(tables: readonly Table[]): boolean {
    if (this.reads === 'any') return tables.length > 0;
    return this.reads.some((table) => tables.includes(table));
  }

  /** A new fetcher for the same key (a closure over newer props); the data is the same. */
  rebind(fetcher: () => Promise<T>): void {
    this.fetcher = fetcher;
  }

  /**
   * Fetches again. While a fetch is out, asking again only marks it stale: its answer
   * is then dropped and one more fetch follows, so only the latest answer lands.
   */
  refetch(): Promise<void> {
    this.stale = true;
    this.running ??= this.run();
    return this.running;
  }

  private async run(): Promise<void> {
    this.loading = true;
    try {
      while (this.stale) {
        this.stale = false;
        try {
          const value = await this.fetcher();
          if (this.stale) continue;
          this.value = value;
          this.error = null;
        } catch (error) {
          if (this.stale) continue;
          this.error = error;
        }
        this.loaded = true;
        this.version += 1;
      }
    } finally {
      this.loading = false;
      this.running = null;
    }
  }
}

export class Store {
  // Not reactive on purpose: who holds what is bookkeeping; the entries' values are the state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly entries = new Map<string, Entry<unknown>>();

  /** Takes a use of `spec`'s dataset, fetching it if nobody had it; release when done. */
  acquire<T>(spec: QuerySpec<T>): Entry<T> {
    let entry = this.entries.get(spec.key) as Entry<T> | undefined;
    if (!entry) {
      entry = new Entry(spec.key, spec.reads, spec.fetch);
      this.entries.set(spec.key, entry as Entry<unknown>);
      void entry.refetch();
    } else {
      entry.rebind(spec.fetch);
    }
    entry.users += 1;
    return entry;
  }

  /** Gives a use back; a dataset nobody took again by the next microtask is dropped. */
  release(entry: Entry<unknown>): void {
    entry.users -= 1;
    // Deferred: an effect that re-runs releases before it acquires the same key again,
    // and that must not cost a refetch.
    queueMicrotask(() => {
      if (entry.users <= 0 && this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    });
  }

  /** After a committed change: refetches every query in use that read a changed table. */
  apply(change: Pick<ChangeSet, 'changes'>): void {
    const tables = change.changes.map((c) => c.table);
    for (const entry of this.entries.values()) if (entry.readsAny(tables)) void entry.refetch();
  }

  /** Refetches everything in use (a workspace opened anew). */
  refetchAll(): void {
    for (const entry of this.entries.values()) void entry.refetch();
  }

  /** The keys in use, for tests and diagnostics. */
  keys(): string[] {
    return [...this.entries.keys()];
  }
}

/** The window's store, fed by the workspace's change listener. */
export const store = new Store();

/** What a component holds: the dataset of the spec it asked for last. */
export interface Query<T> {
  /** The dataset asked for; null when none. */
  readonly key: string | null;
  /** Undefined until the first answer for the current key. */
  readonly value: T | undefined;
  readonly error: unknown;
  readonly failure: string | null;
  readonly loading: boolean;
  readonly loaded: boolean;
  /** Counts the answers landed for the current key (0: none yet). */
  readonly version: number;
  /** Asks again (a retry after a failure). */
  refetch(): Promise<void>;
}

/**
 * Uses a query from a component (or any `$effect` root): `spec` is re-read when its
 * reactive inputs change, and the old dataset is released when the key changes or the
 * component goes. A `null` spec means "nothing to show". Until the dataset of a new key
 * is taken, the query reads as not loaded: never the previous key's value.
 */
export function query<T>(spec: () => QuerySpec<T> | null, from: Store = store): Query<T> {
  const wanted = $derived(spec());
  let entry = $state.raw<Entry<T> | null>(null);
  $effect(() => {
    const current = wanted;
    if (!current) {
      entry = null;
      return;
    }
    // Untracked: the first fetch starts here, and what it reads is not this effect's input.
    const taken = untrack(() => from.acquire(current));
    entry = taken;
    return () => from.release(taken as Entry<unknown>);
  });
  const live = (): Entry<T> | null => (entry !== null && wanted !== null && entry.key === wanted.key ? entry : null);
  return {
    get key() {
      return wanted?.key ?? null;
    },
    get value() {
      return live()?.value;
    },
    get error() {
      return live()?.error ?? null;
    },
    get failure() {
      return live()?.failure ?? null;
    },
    get loading() {
      return live()?.loading ?? wanted !== null;
    },
    get loaded() {
      return live()?.loaded ?? false;
    },
    get version() {
      return live()?.version ?? 0;
    },
    refetch() {
      return live()?.refetch() ?? Promise.resolve();
    },
  };
}
