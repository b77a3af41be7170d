// Per-user view preferences, remembered in localStorage.
const PRIVACY_KEY = 'symbio.privacy';

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered; the switch still works for this session.
  }
}

let privacy = $state(load(PRIVACY_KEY) === 'on');

export const prefs = {
  /** Privacy mode hides personal details for presenting (the details are not shown yet). */
  get privacy(): boolean {
    return privacy;
  },
  togglePrivacy(): void {
    privacy = !privacy;
    store(PRIVACY_KEY, privacy ? 'on' : 'off');
  },
};
