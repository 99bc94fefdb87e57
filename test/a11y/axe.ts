/**
 * The axe runner of the accessibility tests (not a test file itself): all rules on, and a report of what
 * color-contrast really checked.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { deepQueryAll } from './composed-tree.js';

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

export interface AxeSummary {
  violations: Result[];
  /** Nodes whose text contrast axe measured and found sufficient. */
  contrastChecked: number;
  /** Nodes axe could not decide on for contrast (reported, not failed). */
  contrastIncomplete: Result['nodes'];
}

/** Waits for the running finite animations (a dialog fading in) to end; endless ones (skeletons) stay. */
export async function animationsDone(): Promise<void> {
  const scopes: (Document | ShadowRoot)[] = [
    document,
    ...deepQueryAll(document, '*').flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
  ];
  const finite = scopes
    .flatMap((scope) => scope.getAnimations())
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity && a.playState === 'running');
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

/** Runs axe (all rules on, color-contrast included) on `context`, once entry animations are over. */
export async function runAxe(context: Element): Promise<AxeSummary> {
  await animationsDone();
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(context, {
    resultTypes: ['violations', 'incomplete', 'passes'],
    rules: { 'color-contrast': { enabled: true } },
  });
  const contrastPasses = results.passes.find((r) => r.id === 'color-contrast');
  const contrastIncomplete = results.incomplete.find((r) => r.id === 'color-contrast');
  return {
    violations: results.violations,
    contrastChecked: contrastPasses?.nodes.length ?? 0,
    contrastIncomplete: contrastIncomplete?.nodes ?? [],
  };
}

/** Readable text of axe violations. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`)
          .join('\n'),
    )
    .join('\n');
}
