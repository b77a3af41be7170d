// Money, scores and shares in the user's language: 18.5M in English, 1850万 in Chinese.
import type { Locale } from '../../i18n/index.svelte';

/** An amount, short: compact notation with up to three significant digits. */
export function formatAmount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** A share (0.25) as a signed percentage (+25 %), for gaps. */
export function formatSignedShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(share);
}

/** A share (0.25) as a percentage (25 %). */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A value score (0..5) the way the core's thresholds are written: two decimals. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(2);
}

/** A typed number, or null when the field is empty or not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[,\s]/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
