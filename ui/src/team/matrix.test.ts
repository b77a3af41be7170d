import { describe, expect, it } from 'vitest';
import { sampleRoster } from './fixtures';
import { layoutMatrix } from './matrix';
import { formatMoney, formatPercent } from './format';
import { fitText, textWidth } from './text';
import { totalsLines } from './totals';

describe('layoutMatrix', () => {
  const layout = layoutMatrix(sampleRoster().matrix);

  it('groups the columns ours, customer, partners, keeping the core cell of each', () => {
    expect(layout.columns.map((c) => c.column.kind)).toEqual(['our_member', 'customer_member', 'partner']);
    expect(layout.groups.map((g) => g.kind)).toEqual(['our_member', 'customer_member', 'partner']);
    const covered = layout.cells.filter((c) => c.covered).map((c) => [c.area, c.column.label]);
    expect(covered).toEqual([
      ['production', 'Elena Marsh'],
      ['quality', 'Li Na'],
    ]);
  });

  it('marks the areas the core reports empty as gaps', () => {
    expect(layout.rows.filter((r) => r.gap).map((r) => r.area)).toEqual(['it']);
  });

  it('keeps the cells inside the drawing', () => {
    for (const cell of layout.cells) {
      expect(cell.x + cell.w).toBeLessThanOrEqual(layout.width);
      expect(cell.y + cell.h).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('formatting', () => {
  it('spells money and percentages in the language', () => {
    expect(formatMoney(100000, 'CNY', 'en')).toBe('CN¥100,000');
    expect(formatMoney(1.5, 'XX', 'en')).toBe('1.5 XX');
    expect(formatPercent(50, 'en')).toBe('50%');
  });

  it('lists the totals with our share per currency', () => {
    const lines = totalsLines(sampleRoster().totals, 'en', (key, params) => `${key}:${JSON.stringify(params ?? {})}`);
    expect(lines.find((l) => l.key === 'our_share')?.value).toBe('CN¥100,000');
  });

  it('shortens text that does not fit, CJK counted wide', () => {
    expect(fitText('Elena Marsh', 200, 15)).toBe('Elena Marsh');
    expect(fitText('A very long name that cannot fit here', 100, 15).endsWith('…')).toBe(true);
    expect(textWidth('客户', 10)).toBe(20);
  });
});
