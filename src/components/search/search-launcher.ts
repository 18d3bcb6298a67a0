// Opens the search dialog from the header link, "/" and Ctrl/Cmd+K, and loads the search code on first
// use only. Part of the page script (page-script.ts), so it runs on every page and stays tiny.
import { afterFirstPaint } from '../after-first-paint.ts';

const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

async function openSearch(): Promise<void> {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  dialog.querySelector('input')?.focus();
  await import('./search-element.ts');
}

if (dialog) {
  const links = document.querySelectorAll<HTMLAnchorElement>('[data-open-search]');
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch();
    });
  }
  // With this script the link opens a dialog: say so to assistive technology. After the first paint,
  // because changing attributes now costs a style and layout pass in the first frame (after-first-paint.ts).
  afterFirstPaint(() => {
    for (const link of links) {
      link.setAttribute('role', 'button');
      link.setAttribute('aria-haspopup', 'dialog');
      link.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    }
  });
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      void openSearch();
    }
  });
}

// A result link carries the query as ?highlight=...: mark it on this page.
if (new URLSearchParams(window.location.search).has('highlight')) void import('./highlight.ts');
