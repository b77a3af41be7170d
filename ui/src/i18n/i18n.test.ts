import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOGUES, detectLocale, format, translate, type Catalogues } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('en and zh-CN have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty texts, and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it('translate the domain vocabulary', () => {
    // The seven roles and the ladder are pinned to the seeds' words in terms.test.ts.
    expect(zhCN['level.board']).toBe('董事会');
    expect(zhCN['coverage.A']).toBe('A角');
    expect(zhCN['coverage.B']).toBe('B角');
    expect(zhCN['coverage.sponsor']).toBe('赞助人');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate(CATALOGUES, 'en', 'accounts.people', { n: 28 })).toBe('28 people');
    expect(translate(CATALOGUES, 'zh-CN', 'accounts.people', { n: 28 })).toBe('28 人');
  });

  it('falls back to English, then to the key itself', () => {
    const partial: Catalogues = { en: { hello: 'Hello {name}' }, 'zh-CN': {} };
    expect(translate(partial, 'zh-CN', 'hello', { name: 'Li' })).toBe('Hello Li');
    expect(translate(partial, 'zh-CN', 'missing.key')).toBe('missing.key');
  });

  it('keeps unknown placeholders visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('no params')).toBe('no params');
  });
});

describe('detectLocale', () => {
  it('maps any Chinese to zh-CN and everything else to English', () => {
    expect(detectLocale('zh-CN')).toBe('zh-CN');
    expect(detectLocale('zh')).toBe('zh-CN');
    expect(detectLocale('zh-TW')).toBe('zh-CN');
    expect(detectLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(detectLocale('en-US')).toBe('en');
    expect(detectLocale('de')).toBe('en');
    expect(detectLocale('')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });
});
