// Message keys for values whose key is not simply "prefix.value".
import { attitudeClass } from '../model/attitude';
import type { MessageKey } from './en';

const ATTITUDE_KEYS: Readonly<Record<string, MessageKey>> = {
  'att-m3': 'attitude.m3',
  'att-m2': 'attitude.m2',
  'att-m1': 'attitude.m1',
  'att-0': 'attitude.0',
  'att-p1': 'attitude.p1',
  'att-p2': 'attitude.p2',
  'att-p3': 'attitude.p3',
  'att-none': 'attitude.none',
};

/** "Strong opponent" .. "Exclusive supporter", or "Not assessed". */
export function attitudeKey(value: number | null): MessageKey {
  return ATTITUDE_KEYS[attitudeClass(value)] ?? 'attitude.none';
}
