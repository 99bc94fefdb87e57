/**
 * The Actions panel logs every event the elements fire (DESIGN.md, src/events.ts), with its `detail`.
 *
 * Why not Storybook's `parameters.actions.handles` (the `withActions` decorator): it logs the Event
 * object itself, which the panel serializes as `{ isTrusted: false }` — `detail`, `cancelable` and
 * `defaultPrevented` live on the prototype and are lost. This decorator listens on the story root (the
 * events bubble and are composed, so they arrive from inside every shadow root) and logs what a host
 * would read.
 */
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import type { Decorator } from '@storybook/web-components-vite';
import { EVENT_NAMES } from '../../src/events.js';

/** `parameters.events: false` turns the logging off for a story. */
export const withEventActions: Decorator = (story, context) => {
  const enabled = context.parameters.events !== false;
  useEffect(() => {
    const root = document.getElementById('storybook-root');
    if (!enabled || !root) return undefined;
    const log = (event: Event) => {
      const { detail } = event as CustomEvent<unknown>;
      action(event.type)(detail);
    };
    for (const type of EVENT_NAMES) root.addEventListener(type, log);
    return () => {
      for (const type of EVENT_NAMES) root.removeEventListener(type, log);
    };
  }, [enabled]);
  return story();
};
