// The coverage view's layout: our side as a band on top, the customer's below,
// each in columns by level (executive on the left, staff on the right), so that
// level-matched coverage lines run straight down and cross-level ones lean, and a
// column without lines is a gap seen at a glance.
import type { AccountMap, MapPerson } from '../api';
import { personNodeId } from './groups';
import type { Point } from './blocks';
import { LEVEL_ORDER } from './visuals';

export interface CoverageMetrics {
  cellWidth: number;
  cellHeight: number;
  /** Columns of people inside one level's column. */
  perRow: number;
  /** Between the two bands, where the coverage lines run. */
  bandGap: number;
  columnGap: number;
}

const COVERAGE_METRICS: CoverageMetrics = { cellWidth: 150, cellHeight: 116, perRow: 3, bandGap: 150, columnGap: 40 };

export interface CoverageLayout {
  positions: Map<string, Point>;
  /** Where to write each column's caption (level) and each band's caption. */
  columnCaptions: { level: (typeof LEVEL_ORDER)[number]; x: number; y: number }[];
  bandCaptions: { band: 'ours' | 'customer'; x: number; y: number }[];
}

/** People of the two sides only: the third parties and competitors are not covered by us. */
export function coveragePeople(map: AccountMap): MapPerson[] {
  return map.people.filter((p) => p.side === 'ours' || p.side === 'customer');
}

/**
 * Of a few column widths, the one that can be drawn largest in a viewport of
 * `aspect` (width : height) wins: a wide screen gets wide columns, a tall one tall.
 */
export function layoutCoverage(map: AccountMap, aspect = 1.3, m: CoverageMetrics = COVERAGE_METRICS): CoverageLayout {
  let best: { layout: CoverageLayout; scale: number } | null = null;
  for (let perRow = 1; perRow <= 6; perRow++) {
    const { layout, width, height } = placeCoverage(map, { ...m, perRow });
    const scale = Math.min(aspect / width, 1 / height);
    if (!best || scale > best.scale + 1e-9) best = { layout, scale };
  }
  return best!.layout;
}

function placeCoverage(map: AccountMap, m: CoverageMetrics): { layout: CoverageLayout; width: number; height: number } {
  const people = coveragePeople(map);
  const bands = (['ours', 'customer'] as const).map((side) =>
    LEVEL_ORDER.map((level) =>
      people.filter((p) => p.side === side && p.level === level).sort((a, b) => a.name.localeCompare(b.name)),
    ),
  );
  // A level's column is as wide as its fullest band, so that both bands line up.
  const columns = LEVEL_ORDER.map((_, i) => Math.max(1, Math.min(m.perRow, Math.max(...bands.map((b) => b[i]!.length)))));
  const xs: number[] = [];
  let x = 0;
  for (const cols of columns) {
    xs.push(x);
    x += cols * m.cellWidth + m.columnGap;
  }
  const positions = new Map<string, Point>();
  const rowsOf = (band: MapPerson[][]) => Math.max(1, ...band.map((c, i) => Math.ceil(c.length / columns[i]!)));
  const oursRows = rowsOf(bands[0]!);
  const tops = [0, oursRows * m.cellHeight + m.bandGap];
  bands.forEach((band, b) => {
    band.forEach((column, i) => {
      const cols = columns[i]!;
      column.forEach((person, k) => {
        const row = Math.floor(k / cols);
        // Our band grows upward from the gap, the customer's downward, so both
        // most-senior rows face each other across the coverage lines.
        const r = b === 0 ? oursRows - 1 - row : row;
        positions.set(personNodeId(person.id), {
          x: xs[i]! + (k % cols) * m.cellWidth + m.cellWidth / 2,
          y: tops[b]! + r * m.cellHeight + m.cellHeight / 2,
        });
      });
    });
  });
  const columnCaptions = LEVEL_ORDER.map((level, i) => ({
    level,
    x: xs[i]! + (columns[i]! * m.cellWidth) / 2,
    y: oursRows * m.cellHeight + m.bandGap / 2,
  }));
  const bandCaptions = [
    { band: 'ours' as const, x: -m.columnGap, y: (oursRows * m.cellHeight) / 2 },
    { band: 'customer' as const, x: -m.columnGap, y: tops[1]! + (rowsOf(bands[1]!) * m.cellHeight) / 2 },
  ];
  const height = tops[1]! + rowsOf(bands[1]!) * m.cellHeight;
  // The band captions stick out to the left by about a column gap and a word.
  return { layout: { positions, columnCaptions, bandCaptions }, width: x + 160, height };
}
