import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap';

// Every character 10 px wide: easy to reason about.
const measure = (text: string) => text.length * 10;

describe('label wrapping like the canvas', () => {
  it('keeps short lines and explicit line breaks', () => {
    expect(wrapLabel('Ada\nCEO', 100, measure)).toEqual(['Ada', 'CEO']);
  });

  it('breaks a long line at spaces once it is wider than the limit', () => {
    expect(wrapLabel('Head of Global Procurement', 120, measure)).toEqual(['Head of', 'Global', 'Procurement']);
  });

  it('keeps a word wider than the limit whole (CJK without spaces stays one line)', () => {
    expect(wrapLabel('全球采购负责人', 30, measure)).toEqual(['全球采购负责人']);
  });
});
