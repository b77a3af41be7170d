// The value return curve as a small chart: expected against actual revenue per year, in
// one SVG coordinate space. Pure geometry; the component draws it.
import type { ValueCurve } from '../../api';

export interface ChartPoint {
  year: number;
  value: number;
  x: number;
  y: number;
}

export interface CurveChart {
  width: number;
  height: number;
  expected: ChartPoint[];
  actual: ChartPoint[];
  /** The two lines as SVG path data (empty when fewer than two points). */
  expectedPath: string;
  actualPath: string;
  years: { year: number; x: number }[];
  /** The top of the scale and where it sits. */
  max: number;
  baseline: number;
  top: number;
}

// Room for the first and last year's label, centred under their points.
const PAD = { left: 20, right: 20, top: 14, bottom: 22 };

/** Lays out `curve` in a `width` × `height` box; null when there is nothing to draw. */
export function curveChart(curve: ValueCurve, width = 320, height = 150): CurveChart | null {
  // Money is f64 in the core: a value that is not a number arrives as null and is not drawn.
  const expectedKnown = curve.expected.flatMap((e) => (e.revenue === null ? [] : [{ year: e.year, value: e.revenue }]));
  const actualKnown = curve.actuals.flatMap((a) => (a.revenue === null ? [] : [{ year: a.year, value: a.revenue }]));
  const values = [...expectedKnown, ...actualKnown].map((p) => p.value);
  const allYears = [...expectedKnown, ...actualKnown].map((p) => p.year);
  if (values.length === 0) return null;
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const max = Math.max(...values) * 1.1 || 1;
  const baseline = height - PAD.bottom;
  const top = PAD.top;
  const span = Math.max(last - first, 1);
  const x = (year: number) => PAD.left + ((year - first) / span) * (width - PAD.left - PAD.right);
  const y = (value: number) => baseline - (value / max) * (baseline - top);
  const point = (year: number, value: number): ChartPoint => ({ year, value, x: x(year), y: y(value) });
  const expected = expectedKnown.map((e) => point(e.year, e.value));
  const actual = actualKnown.map((a) => point(a.year, a.value));
  const path = (points: ChartPoint[]) =>
    points.length < 2 ? '' : points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const years = [];
  for (let year = first; year <= last; year += 1) years.push({ year, x: x(year) });
  return { width, height, expected, actual, expectedPath: path(expected), actualPath: path(actual), years, max, baseline, top };
}
