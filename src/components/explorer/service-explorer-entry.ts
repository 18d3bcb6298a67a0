// Loads the explorer's element only when it is needed: at once when the address carries an explorer
// choice, otherwise when the explorer comes near the viewport or gets focus. This is all the explorer
// runs on page load. Ships to the browser.
const explorer = document.querySelector('aip-service-explorer');
if (explorer) {
  const load = () => void import('./service-explorer.ts');
  if (/[?&]explorer\./.test(window.location.search)) load();
  else {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '200px' },
    );
    observer.observe(explorer);
    explorer.addEventListener('focusin', load, { once: true });
  }
}
