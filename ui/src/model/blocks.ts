// Building blocks of the layered layout (see layout.ts): a box of people in rows,
// possibly holding sub-boxes, and packing boxes into rows.
import type { MapPerson } from '../api';
import { personNodeId } from './groups';
import { levelRank, MAX_NODE_SIZE } from './visuals';

export interface Point {
  x: number;
  y: number;
}

export interface BlockMetrics {
  cellWidth: number;
  cellHeight: number;
  /** Inside a box, around its content. */
  padding: number;
  /** Space between boxes; the box caption is drawn above the box, inside this gap. */
  gap: number;
}

export interface Block {
  id: string;
  width: number;
  height: number;
  /** Writes positions with (x, y) as the block's top-left corner. */
  place(x: number, y: number, out: Map<string, Point>): void;
}

export function byLevelThenName(a: MapPerson, b: MapPerson): number {
  return levelRank(a.level) - levelRank(b.level) || a.name.localeCompare(b.name);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) rows.push(items.slice(i, i + Math.max(1, size)));
  return rows;
}

/** Members in rows: the reporting line inside the group, top down, each layer wrapped. */
export function layerMembers(members: readonly MapPerson[], bossOf: ReadonlyMap<number, number>, maxPerRow: number): MapPerson[][] {
  const inGroup = new Set(members.map((m) => m.id));
  const depth = new Map<number, number>();
  const depthOf = (id: number, seen: Set<number>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const boss = bossOf.get(id);
    const d = boss !== undefined && inGroup.has(boss) && !seen.has(boss) ? depthOf(boss, seen.add(id)) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  const layers: MapPerson[][] = [];
  for (const m of members) (layers[depthOf(m.id, new Set())] ??= []).push(m);

  const rows: MapPerson[][] = [];
  let previous = new Map<number, number>();
  for (const layer of layers) {
    if (!layer) continue;
    // Under their boss's position, so that each subtree stays together.
    const order = (p: MapPerson) => previous.get(bossOf.get(p.id) ?? -1) ?? -1;
    layer.sort((a, b) => order(a) - order(b) || byLevelThenName(a, b));
    previous = new Map(layer.map((p, i) => [p.id, i]));
    rows.push(...chunk(layer, maxPerRow));
  }
  return rows;
}

/** Members in plain rows of `perRow`, in the given order. */
export function flatRows(members: readonly MapPerson[], perRow: number): MapPerson[][] {
  return chunk(members, perRow);
}

/** A nested box is aimed at this width : height (about square, as the outsiders flank the top unit), so a unit with many sub-units is not one long row. */
const NESTED_ASPECT = 1.1;

/** Sub-boxes in shelf rows: of the row widths that give 1..n rows, the one closest to NESTED_ASPECT. */
function packChildren(children: readonly Block[], minWidth: number, m: BlockMetrics): Block[][] {
  if (children.length === 0) return [];
  const total = bandWidth(children, m.gap);
  const widest = Math.max(...children.map((c) => c.width));
  let best: { rows: Block[][]; score: number } | null = null;
  for (let k = 1; k <= children.length; k++) {
    const rows = packRows(children, Math.max(widest, minWidth, total / k), m.gap);
    const width = Math.max(minWidth, ...rows.map((r) => bandWidth(r, m.gap)));
    const height = rows.reduce((h, r) => h + Math.max(...r.map((c) => c.height)) + m.gap, 0);
    const score = Math.abs(Math.log(width / Math.max(1, height) / NESTED_ASPECT));
    if (!best || score < best.score - 1e-9) best = { rows, score };
  }
  return best!.rows;
}

/** A box: its people in centred rows, then its sub-boxes below them in rows. */
export function rowsBlock(id: string, rows: MapPerson[][], children: Block[], m: BlockMetrics): Block {
  const rowsWidth = Math.max(1, ...rows.map((r) => r.length)) * m.cellWidth;
  const childRows = packChildren(children, rowsWidth, m);
  const childrenWidth = Math.max(0, ...childRows.map((r) => bandWidth(r, m.gap)));
  const contentWidth = Math.max(rowsWidth, childrenWidth);
  const rowsHeight = Math.max(rows.length, children.length > 0 ? 0 : 1) * m.cellHeight;
  const childrenHeight = childRows.reduce((h, r) => h + m.gap + Math.max(...r.map((c) => c.height)), 0);
  return {
    id,
    width: contentWidth + 2 * m.padding,
    height: rowsHeight + childrenHeight + 2 * m.padding,
    place(x, y, out) {
      const left = x + m.padding;
      const top = y + m.padding;
      if (rows.length === 0 && children.length === 0) {
        // An empty department is drawn as a plain box: place the box itself.
        out.set(id, { x: left + contentWidth / 2, y: top + m.cellHeight / 2 });
      }
      rows.forEach((row, r) => {
        const offset = (contentWidth - row.length * m.cellWidth) / 2;
        row.forEach((person, c) => {
          out.set(personNodeId(person.id), {
            x: left + offset + c * m.cellWidth + m.cellWidth / 2,
            y: top + r * m.cellHeight + MAX_NODE_SIZE / 2,
          });
        });
      });
      let cy = top + rowsHeight;
      for (const row of childRows) {
        let cx = left + (contentWidth - bandWidth(row, m.gap)) / 2;
        for (const child of row) {
          child.place(cx, cy + m.gap, out);
          cx += child.width + m.gap;
        }
        cy += m.gap + Math.max(...row.map((c) => c.height));
      }
    },
  };
}

/** Shelf packing: blocks left to right, a new row when `width` would be exceeded. */
export function packRows(blocks: readonly Block[], width: number, gap: number): Block[][] {
  const rows: Block[][] = [];
  let row: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    if (row.length > 0 && used + gap + block.width > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? gap : 0) + block.width;
    row.push(block);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function bandWidth(band: readonly Block[], gap: number): number {
  return band.reduce((w, b) => w + b.width, 0) + Math.max(0, band.length - 1) * gap;
}

/** Places bands top to bottom, each centred on x = 0; returns the y below the last. */
export function placeBands(bands: readonly (readonly Block[])[], y0: number, gap: number, out: Map<string, Point>): number {
  let y = y0;
  for (const band of bands) {
    if (band.length === 0) continue;
    let x = -bandWidth(band, gap) / 2;
    for (const block of band) {
      block.place(x, y, out);
      x += block.width + gap;
    }
    y += Math.max(...band.map((b) => b.height)) + gap;
  }
  return y;
}
