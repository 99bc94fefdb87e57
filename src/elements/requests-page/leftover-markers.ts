/**
 * Workaround for lit/lit#5298 (fix proposed in lit/lit#5299; remove this module, and the `keyed` list of
 * views.ts, once `lit`'s peer range starts at a lit-html with the fix). Since lit-html 3.3.1 (3.3.3 still),
 * `removePart()` leaves the end marker comment of every part it removes, and `repeat` removes one part per
 * card that leaves its list: scrolling a long list, or cards leaving a list that stays (handled
 * elsewhere, a refresh), would pile up comments in the `<ul>` for as long as the element lives, and slow
 * every later DOM operation there. `lit` is the host's (a peer dependency), so the library does not patch
 * it; the plain list (after each render of the page, requests-page.ts) and the virtualized list (after
 * each of its renders, virtual-list.ts) sweep the leftovers instead. Both come in lazily loaded chunks:
 * a first render leaves none.
 */

const isCard = (node: Node | null) => node instanceof HTMLLIElement && node.classList.contains('card');

/**
 * Removes the comments that `repeat` left behind in `list`. In a list rendered by `repeat`, each card is
 * one `<li class="card">` between its own start and end markers, after the list's own marker (the first
 * comment): any other comment is a leftover.
 */
export function dropLeftoverMarkers(list: Element | null | undefined): void {
  if (!list) return;
  let first = true;
  for (let node = list.firstChild; node;) {
    const next = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE) {
      if (!first && !isCard(next) && !isCard(node.previousSibling)) node.remove();
      first = false;
    }
    node = next;
  }
}
