/**
 * Idempotent tag registration, for `define.ts` (the npm build and the CDN build both use it).
 *
 * A tag that is already defined with the same class is left alone (a second import). A tag defined with
 * a different class (another library, or a second copy or version of this package bundled twice) is left
 * alone too: redefining would throw. That case is worth knowing about, so `warnClashes` warns, once per
 * copy of this module, however many tags clash and however often registration runs.
 */
let warned = false;

/** Defines each tag not yet defined; returns the tags that were already taken by another class. */
export function defineTags(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry: CustomElementRegistry = customElements,
): string[] {
  const clashes: string[] = [];
  for (const [tag, constructor] of Object.entries(elements)) {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, constructor);
    else if (existing !== constructor) clashes.push(tag);
  }
  return clashes;
}

/** One console warning per copy of this module, naming every tag another class holds. */
export function warnClashes(clashes: readonly string[]): void {
  if (clashes.length === 0 || warned) return;
  warned = true;
  console.warn(
    `mentoring-requests: <${clashes.join('>, <')}> already defined by another class (a second copy of mentoring-requests?)`,
  );
}
