// Pure translation logic, separate from the reactive locale so that it can be
// unit-tested in Node.
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export type { MessageKey };

export type Params = Readonly<Record<string, string | number>>;
export type Catalogues = Readonly<Record<Locale, Readonly<Partial<Record<string, string>>>>>;

export const CATALOGUES: Catalogues = { en, 'zh-CN': zhCN };

/** Chinese in any region or script (zh, zh-CN, zh-TW, zh-Hans...) gets zh-CN, everything else English. */
export function detectLocale(language: string | null | undefined): Locale {
  return language && /^zh\b/i.test(language) ? 'zh-CN' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Replaces {name} placeholders; unknown ones stay visible rather than vanish. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The text in `locale`, else the English text, else the key itself (never blank). */
export function translate(catalogues: Catalogues, locale: Locale, key: string, params?: Params): string {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  return format(template, params);
}
