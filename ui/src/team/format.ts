// Numbers of the team totals and cards in the reader's language. The values come
// from the core; only their spelling is decided here.

/** A fee in its own currency, e.g. "CN¥120,000" or "€5,000.50"; an unknown code still shows. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    // Intl rejects malformed codes; the core stores what the user typed.
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

/** FTE and other small decimals: at most one decimal place. */
export function formatDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A percentage given as 0..100. */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
