/**
 * Small DOM helpers for play functions: the elements render in shadow roots, which
 * `querySelector` (and Testing Library's queries) do not enter.
 */

/** All elements matching `selector` in `root` and in every open shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...Array.from(node.querySelectorAll<T & Element>(selector)));
    for (const element of Array.from(node.querySelectorAll('*'))) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** The first element matching `selector` whose text includes `text` (case-sensitive). */
export function deepQueryByText<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string,
): T | null {
  return deepQueryAll<T>(root, selector).find((el) => (el.textContent ?? '').includes(text)) ?? null;
}

/** Polls until `find()` returns something (or throws after `timeout` ms, naming `what`). */
export async function waitForElement<T>(
  find: () => T | null | undefined,
  what: string,
  timeout = 8000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for the element with part `part` (an element's button, mostly) anywhere below `root`. */
export function waitForPart<T extends Element = HTMLButtonElement>(
  root: ParentNode,
  part: string,
  what = `the ${part}`,
): Promise<T> {
  return waitForElement(() => deepQuery<T>(root, `[part~="${part}"]`), what);
}

/** Waits for an element matching `selector` below `root` that shows some text (a notice, a field error). */
export function waitForText(root: ParentNode, selector: string, what: string): Promise<HTMLElement> {
  return waitForElement(
    () => deepQueryAll(root, selector).find((el) => (el.textContent ?? '').trim() !== ''),
    what,
  );
}
