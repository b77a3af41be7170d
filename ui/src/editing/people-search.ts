// Finding a person by typing part of a name or title, for the keyboard paths
// (connect to…, add a coverage owner). Matches anywhere, case-insensitively;
// names that start with the text come first.

export interface Findable {
  id: number;
  name: string;
  title: string;
}

export function findPeople<P extends Findable>(people: readonly P[], query: string, limit = 8): P[] {
  const needle = query.trim().toLocaleLowerCase();
  const scored: { person: P; rank: number }[] = [];
  for (const person of people) {
    const name = person.name.toLocaleLowerCase();
    if (!needle) scored.push({ person, rank: 2 });
    else if (name.startsWith(needle)) scored.push({ person, rank: 0 });
    else if (name.includes(needle) || person.title.toLocaleLowerCase().includes(needle)) scored.push({ person, rank: 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((s) => s.person);
}

/** Moves a highlighted row up or down a list of `count`, wrapping at the ends. */
export function stepIndex(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  return (((current + delta) % count) + count) % count;
}
