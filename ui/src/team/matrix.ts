// Where the cells of the value-chain matrix go. The core computes the matrix (which
// column covers which area, which areas nobody covers); this file only places it:
// areas as rows, columns grouped ours / customer's / partners with a gap between.
import type { MatrixColumn, MatrixColumnKind, ValueChainArea, ValueChainMatrix } from '../api';
import type { Box } from './layout';

export const MATRIX_SIZE = {
  margin: 28,
  labelWidth: 210,
  cell: { w: 44, h: 36 },
  groupGap: 14,
  /** Room for the rotated column labels and the group captions above them. */
  header: 176,
  groupCaption: 26,
  coverageWidth: 112,
} as const;

export const GROUP_ORDER: readonly MatrixColumnKind[] = ['our_member', 'customer_member', 'partner'];

export interface MatrixColumnBox extends Box {
  column: MatrixColumn;
  /** Position of this column in the core's `covered` arrays. */
  index: number;
}

export interface MatrixGroupBox extends Box {
  kind: MatrixColumnKind;
}

export interface MatrixCell extends Box {
  area: ValueChainArea;
  column: MatrixColumn;
  covered: boolean;
}

export interface MatrixRowBox extends Box {
  area: ValueChainArea;
  coverage: number;
  /** Nobody serves this area: drawn as a gap. */
  gap: boolean;
}

export interface MatrixLayout {
  width: number;
  height: number;
  groups: MatrixGroupBox[];
  columns: MatrixColumnBox[];
  rows: MatrixRowBox[];
  cells: MatrixCell[];
  /** Left edge of the coverage count column. */
  coverageX: number;
}

export function layoutMatrix(matrix: ValueChainMatrix): MatrixLayout {
  const s = MATRIX_SIZE;
  const indexed = matrix.columns.map((column, index) => ({ column, index }));
  const groups: MatrixGroupBox[] = [];
  const columns: MatrixColumnBox[] = [];
  const top = s.margin + s.header;
  let x = s.margin + s.labelWidth;
  for (const kind of GROUP_ORDER) {
    const members = indexed.filter((c) => c.column.kind === kind);
    if (members.length === 0) continue;
    const start = x;
    for (const c of members) {
      columns.push({ ...c, x, y: top, w: s.cell.w, h: 0 });
      x += s.cell.w;
    }
    groups.push({ kind, x: start, y: s.margin, w: x - start, h: s.groupCaption });
    x += s.groupGap;
  }
  const coverageX = columns.length > 0 ? x : x + s.groupGap;
  const gaps = new Set(matrix.empty_areas);
  const rows: MatrixRowBox[] = [];
  const cells: MatrixCell[] = [];
  matrix.rows.forEach((row, r) => {
    const y = top + r * s.cell.h;
    rows.push({ area: row.area, coverage: row.coverage, gap: gaps.has(row.area), x: s.margin, y, w: coverageX + s.coverageWidth - s.margin, h: s.cell.h });
    for (const c of columns) {
      cells.push({ area: row.area, column: c.column, covered: row.covered[c.index] ?? false, x: c.x, y, w: s.cell.w, h: s.cell.h });
    }
  });
  const height = top + matrix.rows.length * s.cell.h + s.margin;
  for (const c of columns) c.h = height - s.margin - top;
  return { width: coverageX + s.coverageWidth + s.margin, height, groups, columns, rows, cells, coverageX };
}
