// Small geometry shared by the team drawings: boxes, packing into rows, curves.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Splits items into rows no wider than `max` (an item wider than `max` gets a row of its own). */
export function packRows<T>(items: readonly T[], widthOf: (item: T) => number, gap: number, max: number): T[][] {
  const rows: T[][] = [];
  let row: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = widthOf(item);
    if (row.length > 0 && used + gap + w > max) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? gap : 0) + w;
    row.push(item);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function rowWidth(widths: readonly number[], gap: number): number {
  return widths.reduce((sum, w) => sum + w, 0) + Math.max(widths.length - 1, 0) * gap;
}

/** A vertical S-curve from (x1, y1) to (x2, y2). */
export function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (y1 + y2) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)} ${r(y1)} C${r(x1)} ${r(mid)} ${r(x2)} ${r(mid)} ${r(x2)} ${r(y2)}`;
}

/** Spreads n line ends along a card's edge, so lines arriving together stay apart. */
export function spread(box: Box, index: number, count: number): number {
  const inset = Math.min(24, box.w / 4);
  if (count <= 1) return box.x + box.w / 2;
  return box.x + inset + ((box.w - 2 * inset) * index) / (count - 1);
}

export function layRow<T>(items: T[], size: { w: number; h: number }, gap: number, maxWidth: number, top: number) {
  const rows = packRows(items, () => size.w, gap, maxWidth);
  const placed: (Box & { item: T })[] = [];
  rows.forEach((row, r) => {
    let x = -rowWidth(row.map(() => size.w), gap) / 2;
    for (const item of row) {
      placed.push({ item, x, y: top + r * (size.h + gap), w: size.w, h: size.h });
      x += size.w + gap;
    }
  });
  const width = Math.max(0, ...rows.map((row) => rowWidth(row.map(() => size.w), gap)));
  return { placed, width, bottom: top + rows.length * (size.h + gap) - gap };
}

export function shift<T extends Box>(box: T, dx: number): T {
  return { ...box, x: box.x + dx };
}
