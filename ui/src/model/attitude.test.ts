import { describe, expect, it } from 'vitest';
import {
  ATTITUDE_LEVELS,
  attitudeBadge,
  attitudeClass,
  attitudeClasses,
  attitudeSwatch,
  clampAttitude,
  formatAttitude,
  UNASSESSED,
} from './attitude';

const hex = /^#[0-9a-f]{6}$/;
const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const luminance = (c: string) => {
  const [r, g, b] = rgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('attitude palette', () => {
  it('has seven distinct colours from -3 to +3', () => {
    expect(ATTITUDE_LEVELS).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const fills = ATTITUDE_LEVELS.map((v) => attitudeSwatch(v).fill);
    expect(new Set(fills).size).toBe(7);
    for (const f of fills) expect(f).toMatch(hex);
  });

  it('clamps values outside -3..+3 to the ends', () => {
    expect(attitudeSwatch(-7)).toEqual(attitudeSwatch(-3));
    expect(attitudeSwatch(9)).toEqual(attitudeSwatch(3));
    expect(clampAttitude(2.6)).toBe(3);
    expect(clampAttitude(-0.4)).toBe(0);
  });

  it('runs warm (red) for opponents and cool (blue-green) for supporters', () => {
    const [r3, , b3] = rgb(attitudeSwatch(-3).fill);
    const [rp3, , bp3] = rgb(attitudeSwatch(3).fill);
    expect(r3!).toBeGreaterThan(b3!);
    expect(bp3!).toBeGreaterThan(rp3!);
    const [r0, g0, b0] = rgb(attitudeSwatch(0).fill);
    expect(Math.max(r0!, g0!, b0!) - Math.min(r0!, g0!, b0!)).toBeLessThan(16); // grey
  });

  it('gets darker toward both ends, symmetrically enough to read in greyscale', () => {
    const lum = ATTITUDE_LEVELS.map((v) => luminance(attitudeSwatch(v).fill));
    expect(lum[0]!).toBeLessThan(lum[1]!);
    expect(lum[1]!).toBeLessThan(lum[2]!);
    expect(lum[6]!).toBeLessThan(lum[5]!);
    expect(lum[5]!).toBeLessThan(lum[4]!);
  });

  it('keeps the number on every node legible (contrast at least 4.5:1)', () => {
    for (const v of [...ATTITUDE_LEVELS, null]) {
      const s = attitudeSwatch(v);
      expect(contrast(s.fill, s.ink), `attitude ${String(v)}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows never-assessed people as hollow, not as neutral', () => {
    expect(attitudeSwatch(null)).toBe(UNASSESSED);
    expect(attitudeSwatch(null).fill).not.toBe(attitudeSwatch(0).fill);
    expect(attitudeClass(null)).toBe('att-none');
    expect(formatAttitude(null)).toBe('?');
  });

  it('names classes and numbers by value', () => {
    expect(attitudeClass(-2)).toBe('att-m2');
    expect(attitudeClass(0)).toBe('att-0');
    expect(attitudeClass(3)).toBe('att-p3');
    expect(formatAttitude(2)).toBe('+2');
    expect(formatAttitude(-1)).toBe('\u22121');
    expect(formatAttitude(0)).toBe('0');
    expect(attitudeClasses().map((c) => c.className)).toEqual([
      'att-m3', 'att-m2', 'att-m1', 'att-0', 'att-p1', 'att-p2', 'att-p3', 'att-none',
    ]);
  });

  it('draws the number into an SVG data URI', () => {
    const uri = attitudeBadge(2, 'Segoe UI, "Noto Sans"');
    expect(uri.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(uri.split(',').slice(1).join(','));
    expect(svg).toContain('>+2</text>');
    expect(svg).not.toContain('"Noto Sans"'); // quotes inside the attribute are swapped for single ones
  });
});
