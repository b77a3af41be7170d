// Says what an undoable action did, in the current language, from the key and values the
// journal keeps (ActionLabel); vocabulary values (a tie kind, a role, a status) are worded too.
import type { ActionLabel } from '../api';
import { t, type MessageKey, type Params } from './index.svelte';
import { CATALOGUES } from './translate';

function worded(key: string, fallback: string): string {
  return key in CATALOGUES.en ? t(key as MessageKey) : fallback;
}

function params(label: ActionLabel): Params {
  switch (label.key) {
    case 'mark_status':
      return { status: worded(`status.${label.status}`, label.status) };
    case 'connect':
      return { kind: worded(`tie.${label.kind}`, label.kind) };
    case 'add_role':
      return { role: worded(`role.${label.role}`, label.role) };
    case 'log_contact':
    case 'log_contact_for_action':
      return { kind: worded(`contact.kind.${label.kind}`, label.kind) };
    case 'close_deal':
      return { outcome: t(label.won ? 'journal.won' : 'journal.lost') };
    case 'set_attitude':
      return { value: label.value > 0 ? `+${label.value}` : String(label.value) };
    default: {
      const { key: _key, ...rest } = label as ActionLabel & Record<string, unknown>;
      return rest as Params;
    }
  }
}

/** The action in words, e.g. "Set attitude to +2" / "将态度设为 +2". */
export function actionText(label: ActionLabel): string {
  return t(`journal.${label.key}` as MessageKey, params(label));
}
