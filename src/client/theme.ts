/** The colour scheme the person picked, kept in this browser only. */
export type Theme = 'system' | 'light' | 'dark';

const KEY = 'theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];
const root = document.documentElement;

export const currentTheme = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'system');

export function applyTheme(theme: Theme, persist: boolean): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (!persist) return;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Without storage the choice still holds for this page.
  }
}

export const nextTheme = (theme: Theme): Theme => ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];

/** Another tab changed the scheme: follow it. */
export function followOtherTabs(onChange: (theme: Theme) => void): void {
  addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    const theme = event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system';
    applyTheme(theme, false);
    onChange(theme);
  });
}
