// Dates as the core takes them: local calendar days, `YYYY-MM-DD`.

/** Today in the user's own calendar (not UTC: a contact logged at 1 a.m. is today's). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function thisYear(now: Date = new Date()): number {
  return now.getFullYear();
}
