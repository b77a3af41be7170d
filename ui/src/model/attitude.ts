// Attitude toward us (-3 strong opponent .. +3 exclusive supporter) as colour.
//
// Why these colours: the negative arm is ColorBrewer RdBu's reds, the positive arm
// is ColorBrewer BrBG's blue-greens, joined at a neutral grey. Both ColorBrewer
// schemes are rated colour-blind safe. A deuteranope loses the red-green axis but
// keeps blue-yellow: these reds fall to ochre/olive and these blue-greens to slate
// blue, so the two arms still separate; and the lightness steps mirror each other
// (deep, mid, light on each side), so the order reads even in greyscale print.
// The mid and deep tones are darkened a little from the published schemes so that
// the white number on them keeps a 4.5:1 contrast. The number is also drawn on
// every node, so colour is never the only cue.

import { steps, VOCABULARY } from './vocabulary';

export const ATTITUDE_MIN = VOCABULARY.ranges.attitude.min;
export const ATTITUDE_MAX = VOCABULARY.ranges.attitude.max;

export interface Swatch {
  /** Node fill. */
  fill: string;
  /** Text drawn on top of the fill, chosen for contrast. */
  ink: string;
}

const PALETTE: Readonly<Record<number, Swatch>> = {
  [-3]: { fill: '#9e1428', ink: '#ffffff' },
  [-2]: { fill: '#c2473a', ink: '#ffffff' },
  [-1]: { fill: '#f4a582', ink: '#3b1a10' },
  0: { fill: '#c9cdd2', ink: '#24292f' },
  1: { fill: '#80cdc1', ink: '#0c2f2b' },
  2: { fill: '#277d76', ink: '#ffffff' },
  3: { fill: '#01564f', ink: '#ffffff' },
};

/** Never assessed: an empty node, so "unknown" never looks like "neutral". */
export const UNASSESSED: Swatch = { fill: '#ffffff', ink: '#6b7280' };

/** The seven attitude levels, lowest first. */
export const ATTITUDE_LEVELS: readonly number[] = steps(VOCABULARY.ranges.attitude);

/** Rounds and clamps into -3..+3; the core validates, this only guards the drawing. */
export function clampAttitude(value: number): number {
  return Math.min(ATTITUDE_MAX, Math.max(ATTITUDE_MIN, Math.round(value) || 0)); // || 0: no -0
}

export function attitudeSwatch(value: number | null): Swatch {
  if (value === null || Number.isNaN(value)) return UNASSESSED;
  return PALETTE[clampAttitude(value)] ?? UNASSESSED;
}

/** "+2", "−1" (true minus sign), "0", or "?" when never assessed. */
export function formatAttitude(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '?';
  const v = clampAttitude(value);
  if (v > 0) return `+${v}`;
  if (v < 0) return `\u2212${-v}`;
  return '0';
}

/** Style class for a value: att-m3 .. att-0 .. att-p3, or att-none. */
export function attitudeClass(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'att-none';
  const v = clampAttitude(value);
  if (v > 0) return `att-p${v}`;
  if (v < 0) return `att-m${-v}`;
  return 'att-0';
}

/** Every attitude class with its swatch and number, for building the stylesheet. */
export function attitudeClasses(): { className: string; swatch: Swatch; text: string }[] {
  const levels: (number | null)[] = [...ATTITUDE_LEVELS, null];
  return levels.map((v) => ({ className: attitudeClass(v), swatch: attitudeSwatch(v), text: formatAttitude(v) }));
}

/**
 * The attitude number as an SVG data URI, drawn inside the node: a Cytoscape node
 * has a single label (used for name and title), so the number rides on the
 * background image. The CSP allows data: images.
 */
export function attitudeBadge(value: number | null, fontFamily: string): string {
  const { ink } = attitudeSwatch(value);
  const text = formatAttitude(value);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<text x="32" y="33" text-anchor="middle" dominant-baseline="central" ` +
    `font-family="${fontFamily.replace(/"/g, "'")}" font-size="26" font-weight="700" fill="${ink}">${text}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
