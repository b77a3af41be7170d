import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { Saver } from './saver.svelte';

describe('saver', () => {
  it('keeps the core refusal by field until the next success', async () => {
    const saver = new Saver({ org_unit_id: 'department' });
    const refused = new ApiError({ kind: 'invalid', problem: { code: 'other', message: 'unknown department' }, message: 'unknown department', field: 'org_unit_id' });
    expect(await saver.run(() => Promise.reject(refused))).toBe(false);
    expect(saver.error('department')).toBe('unknown department');
    expect(saver.busy).toBe(false);
    expect(await saver.run(() => Promise.resolve(1))).toBe(true);
    expect(saver.error('department')).toBeUndefined();
  });
});
