// Runs work that changes the page (attributes, a stylesheet) once the first contentful paint is on the
// screen. The page script arrives while the first frame is being drawn; a change made then costs a style
// and layout pass inside that frame's window, and Lighthouse counts every layout that starts before the
// largest paint in it (LCP 1.20 s instead of 1.05 s on /classification-metrics/; docs/PERFORMANCE.md).
// Nothing here is needed for the first paint: the theme is applied by theme-init.js, and event listeners
// are attached at once by their callers (a listener changes nothing on screen).

/** Calls `work` once, after the first contentful paint has been presented. */
export function afterFirstPaint(work: () => void): void {
  // The Paint Timing API reports the entry only once its frame is on screen; `buffered` also delivers
  // an entry from before this call.
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      work();
    });
    observer.observe({ type: 'paint', buffered: true });
    return;
  }
  // Without it: two frames (the first paint has happened by the second).
  requestAnimationFrame(() => requestAnimationFrame(work));
}
