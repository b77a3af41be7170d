// The current language, reactive: components calling t() re-render on a switch,
// because t() reads the $state below. Remembered in localStorage.
import { CATALOGUES, detectLocale, isLocale, LOCALES, translate, type Locale, type MessageKey, type Params } from './translate';

export type { Locale, MessageKey, Params };
export { LOCALES };

const STORAGE_KEY = 'symbio.locale';

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, tests): fall back to the system language.
  }
  return detectLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

const initial = initialLocale();
let current = $state<Locale>(initial);

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
applyToDocument(initial);

export function t(key: MessageKey, params?: Params): string {
  return translate(CATALOGUES, current, key, params);
}

export const i18n = {
  get locale(): Locale {
    return current;
  },
  set(locale: Locale): void {
    current = locale;
    applyToDocument(locale);
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, still switched.
    }
  },
  /** The next language in the list, for the keyboard shortcut. */
  cycle(): void {
    this.set(LOCALES[(LOCALES.indexOf(current) + 1) % LOCALES.length] ?? 'en');
  },
};
