// Person visuals other than attitude: size from influence, shape from side, glyph
// per decision role. Values come from the core; this only maps them to looks.
import type { DecisionRole, Level, Side } from '../api';
import { steps, VOCABULARY } from './vocabulary';

/** Node diameter in model pixels for influence 1..5; unassessed sits just above 1. */
const INFLUENCE_SIZES: readonly number[] = [28, 34, 40, 47, 54];
export const UNASSESSED_SIZE = 31;
export const MAX_NODE_SIZE = 54;

export function influenceSize(influence: number | null): number {
  if (influence === null || Number.isNaN(influence)) return UNASSESSED_SIZE;
  const i = Math.min(5, Math.max(1, Math.round(influence)));
  return INFLUENCE_SIZES[i - 1] ?? UNASSESSED_SIZE;
}

export function influenceClass(influence: number | null): string {
  if (influence === null || Number.isNaN(influence)) return 'inf-none';
  return `inf-${Math.min(5, Math.max(1, Math.round(influence)))}`;
}

/** Our own staff are drawn as a plain card of this size, whatever their influence. */
export const OURS_CARD = { width: 46, height: 30 } as const;

/** The node box of a person (the stylesheet draws the same sizes; the layout worker needs them without a canvas). */
export function personBox(side: Side, influence: number | null): { w: number; h: number } {
  if (side === 'ours') return { w: OURS_CARD.width, h: OURS_CARD.height };
  const size = influenceSize(influence);
  return { w: size, h: size };
}

export const INFLUENCE_LEVELS: readonly number[] = steps(VOCABULARY.ranges.influence);

/** Cytoscape shape per side: our staff as cards, customers round, others angular. */
export const SIDE_SHAPES: Readonly<Record<Side, string>> = {
  ours: 'round-rectangle',
  customer: 'ellipse',
  third_party: 'diamond',
  competitor: 'hexagon',
};

export const SIDES: readonly Side[] = VOCABULARY.sides;

export function sideClass(side: Side): string {
  return `side-${side.replace('_', '-')}`;
}

/**
 * One glyph per decision role, shown after the name. Symbols rather than letters
 * so that they read the same in English and Chinese; all are in the common
 * symbol fonts (Segoe UI Symbol, Apple Symbols, DejaVu Sans, Noto Sans Symbols).
 */
export const ROLE_GLYPHS: Readonly<Record<DecisionRole, string>> = {
  decider: '\u2605', // ★ the one who decides
  approver: '\u2714', // ✔ signs it off
  buyer: '$', // holds the purchase budget
  influencer: '\u25ce', // ◎ bullseye: shapes the requirement
  user: '\u2699', // ⚙ runs the equipment
  initiator: '\u2691', // ⚑ raises the flag: starts the need
  gatekeeper: '\u25a3', // ▣ a closed gate: controls access
};

/** The roles in the core's order (the buying process, from who starts the need), for stable glyph order. */
export const ROLE_ORDER: readonly DecisionRole[] = VOCABULARY.decision_roles;

export function roleGlyphs(roles: readonly DecisionRole[]): string {
  return ROLE_ORDER.filter((r) => roles.includes(r))
    .map((r) => ROLE_GLYPHS[r])
    .join('');
}

/** Seniority order, most senior first. */
export const LEVEL_ORDER: readonly Level[] = VOCABULARY.levels;

export function levelRank(level: Level): number {
  const i = LEVEL_ORDER.indexOf(level);
  return i < 0 ? LEVEL_ORDER.length : i;
}

/** System fonts only (the CSP forbids remote fonts); covers Latin and Chinese on every desktop. */
export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif';

/** The product's one accent colour (deep teal). */
export const ACCENT = '#0f5f66';
