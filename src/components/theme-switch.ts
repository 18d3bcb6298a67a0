// <aip-theme-switch>: saves the reader's theme choice and applies it. Ships to the browser.
// The saved value is read before first paint by the inline script in BaseLayout.

type Theme = 'auto' | 'light' | 'dark';
const STORAGE_KEY = 'theme';

function readTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage refused (private mode): the choice still applies to this page.
  }
}

class ThemeSwitch extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = readTheme();
    select.addEventListener('change', () => applyTheme(select.value as Theme));
  }
}

customElements.define('aip-theme-switch', ThemeSwitch);
