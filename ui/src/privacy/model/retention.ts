// The retention setting as typed: a whole number of days within the core's bounds, or why not.
// The core checks again; this only spares a round trip for an obvious slip.

export interface RetentionBounds {
  min_days: number;
  max_days: number;
}

/** The days typed, or null when they are not a whole number within the bounds. */
export function parseRetentionDays(text: string, bounds: RetentionBounds): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= bounds.min_days && days <= bounds.max_days ? days : null;
}
