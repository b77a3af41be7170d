import { describe, expect, it } from 'vitest';
import { en } from './en';

// Every source file except the catalogues and the tests: a key only a test names is unused.
// Feature folders keep their catalogues in `<feature>/i18n/`.
const sources = import.meta.glob(['../**/*.ts', '../**/*.svelte', '!../**/*.test.ts', '!./*.en.ts', '!./*.zh-CN.ts', '!./en.ts', '!./zh-CN.ts', '!../*/i18n/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the code names: whole keys in quotes, and key patterns built in template literals (`role.${r}`). */
function namedKeys(code: string): { literals: Set<string>; patterns: RegExp[] } {
  const literals = new Set([...code.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)].map((m) => m[2]!));
  const patterns = [...code.matchAll(/`([^`]*?\$\{[^`]*?)`/g)]
    .map((m) => m[1]!)
    .filter((template) => /^[A-Za-z][\w-]*\./.test(template))
    .map((template) => new RegExp(`^${template.split(/\$\{[^}]*\}/).map(escape).join('[\\w.-]+')}$`));
  return { literals, patterns };
}

describe('message catalogues', () => {
  it('hold no key that the code never uses', () => {
    const named = Object.values(sources).map(namedKeys);
    const used = (key: string) => named.some(({ literals, patterns }) => literals.has(key) || patterns.some((p) => p.test(key)));
    expect(Object.keys(en).filter((key) => !used(key))).toEqual([]);
  });
});
