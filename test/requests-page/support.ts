/** Shared hooks of the <requests-page> tests in this folder (not a test file itself). */

/** Call inside a `describe`: resets the scroll and the `navigator.onLine` override around each test. */
export function pageHooks(): void {
  // The list is taller than the viewport: from the top, the infinite scroll sentinel stays out of view.
  beforeEach(() => window.scrollTo(0, 0));
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });
}
