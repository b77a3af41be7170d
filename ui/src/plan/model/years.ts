// Which plan year the Plan tab opens on, and the years its bar offers.

interface Dated {
  year: number;
}

/** This year's plan if there is one, else the newest plan's year, else this year. */
export function pickYear(plans: readonly Dated[], thisYear: number): number {
  if (plans.some((p) => p.year === thisYear)) return thisYear;
  const newest = Math.max(...plans.map((p) => p.year));
  return Number.isFinite(newest) ? newest : thisYear;
}

/** The years of existing plans plus the one shown and the next to start, ascending, unique. */
export function barYears(existing: readonly number[], shown: number, thisYear: number): number[] {
  return [...new Set([...existing, shown, thisYear, thisYear + 1])].sort((a, b) => a - b);
}
