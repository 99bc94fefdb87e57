import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the shadow root `root` unless it is there already: how a lazily loaded feature (the
 * calendar menu, the reject reasons, the shortcuts' help) styles what it renders inside an element it does
 * not own. Call it at each render: a later `adoptStyles()` of the element (`<requests-page>` does one when
 * its parts arrive) replaces the root's list, and this puts the sheet back. Where constructable sheets are
 * missing (Lit's fallback: no `styleSheet`), a `<style>` marked with `name`, once per root.
 */
export function adoptSheet(root: Node | undefined, styles: CSSResult, name: string): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!root.querySelector(`style[data-sheet="${name}"]`)) {
    const style = document.createElement('style');
    style.dataset.sheet = name;
    style.textContent = styles.cssText;
    root.append(style);
  }
}
