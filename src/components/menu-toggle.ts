// <aip-menu-toggle>: shows and hides the topic sidebar on narrow screens. Ships to the browser.
// Without JavaScript the sidebar is simply always shown (CSS keys off html.js).

class MenuToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const sidebar = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!button || !sidebar) return;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      sidebar.classList.toggle('is-open', open);
      if (open) sidebar.querySelector<HTMLElement>('a')?.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && sidebar.classList.contains('is-open')) {
        sidebar.classList.remove('is-open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }
}

customElements.define('aip-menu-toggle', MenuToggle);
