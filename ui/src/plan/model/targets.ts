// How the target task book reads: market targets first, then relationship targets (the
// group of each kind comes from the core's vocabulary), and a target's from → to in words.
import { VOCABULARY, type PlanTarget, type PlanTargetKind } from '../../api';
import type { MessageKey, Params } from '../../i18n/index.svelte';
import { formatAttitude } from '../../model/attitude';

type Translate = (key: MessageKey, params?: Params) => string;
export type TargetShape = (typeof VOCABULARY.plan_target_shapes)[number];

export function shapeOf(kind: PlanTargetKind): TargetShape | undefined {
  return VOCABULARY.plan_target_shapes.find((s) => s.kind === kind);
}

export interface TargetGroup {
  group: TargetShape['group'];
  targets: PlanTarget[];
}

/** The targets by group, in the vocabulary's kind order, each group's targets by due date. */
export function groupTargets(targets: readonly PlanTarget[]): TargetGroup[] {
  const order = VOCABULARY.plan_target_shapes.map((s) => s.kind);
  const groups: TargetGroup[] = [];
  for (const shape of VOCABULARY.plan_target_shapes) {
    let group = groups.find((g) => g.group === shape.group);
    if (!group) groups.push((group = { group: shape.group, targets: [] }));
    group.targets.push(...targets.filter((t) => t.kind === shape.kind));
  }
  for (const group of groups) {
    group.targets.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') || a.id - b.id);
  }
  return groups.filter((g) => g.targets.length > 0);
}

function valueText(shape: TargetShape, value: number | null): string {
  if (value === null) return '–';
  if (shape.values === 'attitude') return formatAttitude(value);
  // A share (bounded 0..1 by the core, as share of wallet is) reads as a percentage.
  if (shape.min === 0 && shape.max === 1) return `${Math.round(value * 1000) / 10}%`;
  return String(value);
}

/** "-1 → +2 (now +1)", "→ Partner", or "" when the kind has no values. */
export function targetValueText(target: PlanTarget, t: Translate): string {
  const shape = shapeOf(target.kind);
  if (!shape) return '';
  if (shape.level && target.to_level) {
    const level = (l: string) => t(`relationship.${l}` as MessageKey);
    const now = target.current_level === null ? '' : ` (${t('plan.now', { value: level(target.current_level) })})`;
    return `→ ${level(target.to_level)}${now}`;
  }
  if (shape.values === 'none' || (target.from_value === null && target.to_value === null)) return '';
  const now = target.current_value === null ? '' : ` (${t('plan.now', { value: valueText(shape, target.current_value) })})`;
  return `${valueText(shape, target.from_value)} → ${valueText(shape, target.to_value)}${now}`;
}
