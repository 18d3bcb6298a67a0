// Saved theme and html.js before first paint (BaseLayout; its hash is in the CSP, astro.config.mjs).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {
    // Storage blocked: the system's theme applies.
  }
})();
