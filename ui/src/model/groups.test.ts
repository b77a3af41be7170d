import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../api';
import { flatUnits } from './groups';

const unit = (id: number, name: string, parent_id: number | null) => ({ id, name, parent_id }) as OrgUnit;

describe('org chart units drawn on one level', () => {
  it('keeps every unit, unnested, captioned with its parent below the top unit', () => {
    const units = [unit(1, 'Board', null), unit(2, 'Production', 1), unit(3, 'Quality', 2), unit(4, 'Plant North', 3)];
    const flat = flatUnits(units);
    expect(flat.every((u) => u.parent_id === null)).toBe(true);
    expect(flat.map((u) => u.name)).toEqual(['Board', 'Production', 'Production / Quality', 'Quality / Plant North']);
  });

  it('keeps the top names when there are several top units', () => {
    const flat = flatUnits([unit(1, 'Sales', null), unit(2, 'IT', null), unit(3, 'Helpdesk', 2)]);
    expect(flat.map((u) => u.name)).toEqual(['Sales', 'IT', 'IT / Helpdesk']);
  });
});
