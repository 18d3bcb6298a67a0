// Loads the self-check's behavior only when the reader reaches the questions (or tabs into them),
// which keeps the JavaScript that every topic page runs on load small. Ships to the browser.
const section = document.querySelector('aip-self-check');
if (section) {
  const load = () => void import('./self-check.ts');
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      load();
    }
  });
  observer.observe(section);
  section.addEventListener('focusin', load, { once: true });
}
