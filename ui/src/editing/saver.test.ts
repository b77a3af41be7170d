import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { Loader, Saver } from './saver.svelte';

describe('saver', () => {
  it('keeps the core refusal by field until the next success', async () => {
    const saver = new Saver({ org_unit_id: 'department' });
    const refused = new ApiError({ kind: 'invalid', message: 'unknown department', field: 'org_unit_id' });
    expect(await saver.run(() => Promise.reject(refused))).toBe(false);
    expect(saver.error('department')).toBe('unknown department');
    expect(saver.busy).toBe(false);
    expect(await saver.run(() => Promise.resolve(1))).toBe(true);
    expect(saver.error('department')).toBeUndefined();
  });
});

describe('loader', () => {
  it('lets only the latest answer land', async () => {
    const loader = new Loader<string>();
    let releaseSlow: (v: string) => void = () => undefined;
    const slow = loader.load(() => new Promise<string>((resolve) => (releaseSlow = resolve)));
    await loader.load(() => Promise.resolve('fresh'));
    releaseSlow('stale');
    await slow;
    expect(loader.value).toBe('fresh');
  });
});
