import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { Saver } from './saver.svelte';

describe('saver', () => {
  it('keeps the core refusal by field until the next success', async () => {
    const saver = new Saver({ org_unit_id: 'department' });
    const refused = new ApiError({
      kind: 'invalid',
      problem: { code: 'not_found', entity: 'org_unit', id: 3 },
      message: 'org_unit 3 does not exist',
      field: 'org_unit_id',
    });
    expect(await saver.run(() => Promise.reject(refused))).toBe(false);
    expect(saver.error('department')).toBe('This department no longer exists');
    expect(saver.busy).toBe(false);
    expect(await saver.run(() => Promise.resolve(1))).toBe(true);
    expect(saver.error('department')).toBeUndefined();
  });
});
