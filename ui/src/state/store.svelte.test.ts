import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Change, Table } from '../api';
import { query, Store, type QuerySpec, type Reads } from './store.svelte';

/** A fetch the test answers by hand, counting the calls. */
class Source<T> {
  calls = 0;
  private pending: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];

  readonly fetch = (): Promise<T> => {
    this.calls += 1;
    return new Promise<T>((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  get waiting(): number {
    return this.pending.length;
  }

  /** Answers the oldest open call. */
  async answer(value: T): Promise<void> {
    this.pending.shift()?.resolve(value);
    await settle();
  }

  async fail(error: unknown): Promise<void> {
    this.pending.shift()?.reject(error);
    await settle();
  }
}

/** Lets promise callbacks and microtasks (deferred drops) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

const spec = <T>(key: string, reads: Reads, source: Source<T>): QuerySpec<T> => ({ key, reads, fetch: source.fetch });
const changed = (...tables: Table[]): { changes: Change[] } => ({ changes: tables.map((table, id) => ({ table, id, op: 'updated' })) });

describe('store', () => {
  it('refetches only the queries that read a changed table', async () => {
    const store = new Store();
    const people = new Source<string>();
    const ties = new Source<string>();
    const undo = new Source<string>();
    const a = store.acquire(spec('people', ['person'], people));
    store.acquire(spec('ties', ['tie'], ties));
    store.acquire(spec('undo', 'any', undo));
    await people.answer('p1');
    await ties.answer('t1');
    await undo.answer('u1');

    store.apply(changed('person', 'attitude_event'));
    expect([people.calls, ties.calls, undo.calls]).toEqual([2, 1, 2]);
    await people.answer('p2');
    expect(a.value).toBe('p2');

    store.apply(changed());
    expect(undo.calls).toBe(2);
  });

  it('lands only the latest answer, with one fetch out at a time', async () => {
    const store = new Store();
    const source = new Source<number>();
    const entry = store.acquire(spec('n', ['tie'], source));
    expect(entry.loading).toBe(true);
    // Three changes while the first fetch is out: its answer may predate them.
    store.apply(changed('tie'));
    store.apply(changed('tie'));
    store.apply(changed('tie'));
    expect(source.waiting).toBe(1);
    await source.answer(1);
    expect(entry.value).toBeUndefined();
    expect(entry.loaded).toBe(false);
    expect(source.calls).toBe(2);
    await source.answer(2);
    expect(entry.value).toBe(2);
    expect(entry.version).toBe(1);
    expect(entry.loading).toBe(false);
  });

  it('keeps the last value and shows a failure until a later answer', async () => {
    const store = new Store();
    const source = new Source<string>();
    const entry = store.acquire(spec('x', ['person'], source));
    await source.answer('first');
    store.apply(changed('person'));
    await source.fail(new Error('disk full'));
    expect(entry.value).toBe('first');
    expect(entry.failure).toBe('disk full');
    void entry.refetch();
    await source.answer('second');
    expect(entry.failure).toBeNull();
    expect(entry.value).toBe('second');
  });

  it('shares one fetch and one value per key', async () => {
    const store = new Store();
    const source = new Source<string>();
    const one = store.acquire(spec('map:1', ['person'], source));
    const two = store.acquire(spec('map:1', ['person'], source));
    expect(two).toBe(one);
    expect(source.calls).toBe(1);
    await source.answer('shared');
    expect(two.value).toBe('shared');
  });

  it('drops a dataset nobody uses, and fetches it anew when asked again', async () => {
    const store = new Store();
    const source = new Source<string>();
    const one = store.acquire(spec('k', ['person'], source));
    store.acquire(spec('k', ['person'], source));
    await source.answer('v');
    store.release(one);
    await settle();
    expect(store.keys()).toEqual(['k']);
    store.release(one);
    await settle();
    expect(store.keys()).toEqual([]);
    store.apply(changed('person'));
    expect(source.calls).toBe(1);
    store.acquire(spec('k', ['person'], source));
    expect(source.calls).toBe(2);
  });

  it('keeps a dataset released and taken again at once (an effect re-running)', async () => {
    const store = new Store();
    const source = new Source<string>();
    const entry = store.acquire(spec('k', ['person'], source));
    store.release(entry);
    store.acquire(spec('k', ['person'], source));
    await settle();
    expect(store.keys()).toEqual(['k']);
    expect(source.calls).toBe(1);
  });
});

describe('query', () => {
  it('follows its key, without refetching when its effect re-runs for the same key', async () => {
    const store = new Store();
    const sources = new Map<number, Source<string>>();
    const sourceOf = (id: number) => {
      if (!sources.has(id)) sources.set(id, new Source<string>());
      return sources.get(id)!;
    };
    let personId = $state(1);
    let label = $state('a');
    let q: ReturnType<typeof query<string>> | undefined;
    const stop = $effect.root(() => {
      q = query(() => {
        // The label is read but is no part of the key: a change re-runs the effect only.
        void label;
        return spec(`roles:${personId}`, ['decision_role'], sourceOf(personId));
      }, store);
    });
    flushSync();
    expect(sourceOf(1).calls).toBe(1);
    await sourceOf(1).answer('roles of 1');
    expect(q!.value).toBe('roles of 1');

    label = 'b';
    flushSync();
    await settle();
    expect(sourceOf(1).calls).toBe(1);
    expect(q!.value).toBe('roles of 1');

    personId = 2;
    // Before the new dataset is even taken, the old one is not shown for the new key.
    expect(q!.value).toBeUndefined();
    expect(q!.loading).toBe(true);
    flushSync();
    await settle();
    expect(store.keys()).toEqual(['roles:2']);
    await sourceOf(2).answer('roles of 2');
    expect(q!.value).toBe('roles of 2');

    stop();
    await settle();
    expect(store.keys()).toEqual([]);
  });

  it('asks for nothing while its spec is null', () => {
    const store = new Store();
    const source = new Source<string>();
    let on = $state(false);
    let q: ReturnType<typeof query<string>> | undefined;
    const stop = $effect.root(() => {
      q = query(() => (on ? spec('x', ['person'], source) : null), store);
    });
    flushSync();
    expect(source.calls).toBe(0);
    expect(q!.loading).toBe(false);
    on = true;
    flushSync();
    expect(source.calls).toBe(1);
    stop();
  });
});
