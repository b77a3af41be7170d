// What the current view marks on the map, from the core's findings: coverage gaps
// by severity, the path target, and the people and ties of the introduction paths.
import type { AccountMap, CoverageView, IntroductionPaths, ViewKind } from '../api';

const NO_PATH = { people: [] as number[], ties: [] as number[] };

export function marksFor(view: ViewKind, coverage: CoverageView | null, focusId: number | null): Record<string, number[]> {
  const gaps = view === 'coverage' ? (coverage?.report.gaps ?? []) : [];
  const about = (severity: string) => gaps.filter((g) => g.severity === severity && g.person_id !== null).map((g) => g.person_id!);
  return {
    'gap-critical': about('critical'),
    'gap-warning': about('warning'),
    'path-target': (view === 'paths' || view === 'circles') && focusId !== null ? [focusId] : [],
  };
}

/** The chosen path, or all of them when none is chosen. */
export function pathHighlight(view: ViewKind, paths: IntroductionPaths | null, chosen: number | null): typeof NO_PATH {
  if (view !== 'paths' || !paths || paths.paths.length === 0) return NO_PATH;
  const shown = chosen !== null && paths.paths[chosen] ? [paths.paths[chosen]] : paths.paths;
  const hops = shown.flatMap((p) => p.hops);
  return {
    people: [...new Set(hops.map((h) => h.person.id))],
    ties: [...new Set(hops.flatMap((h) => (h.tie ? [h.tie.id] : [])))],
  };
}

/**
 * Who a circles or paths view starts on when nobody is picked: the most influential
 * customer contact (a reasonable first target), else anyone.
 */
export function defaultFocus(map: AccountMap): number | null {
  const customers = map.people.filter((p) => p.side === 'customer');
  const best = [...customers].sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0) || a.id - b.id)[0];
  return best?.id ?? map.people[0]?.id ?? null;
}
