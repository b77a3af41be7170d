import { describe, expect, it } from 'vitest';
import { exportName } from './export';

describe('exportName', () => {
  it('makes a file name safe on every platform from the account and the view', () => {
    expect(exportName('Lakeshore Dairy Group', 'team-roster')).toBe('Lakeshore-Dairy-Group-team-roster');
    expect(exportName('A/B: "C"?', 'team-roster')).toBe('A-B-C-team-roster');
    expect(exportName('湖滨乳业', 'team-roster')).toBe('湖滨乳业-team-roster');
  });
});
