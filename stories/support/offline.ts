/**
 * `parameters.offline: true` makes the story's browser look offline: `navigator.onLine` is false and an
 * `offline` event fires, as when the network drops (the MentorEd emulation fails every call too, with
 * `db.offline`). Undone when the story is left.
 */
import type { StoryContext } from '@storybook/web-components-vite';

export async function emulateOffline(context: StoryContext): Promise<void | (() => void)> {
  if (context.parameters.offline !== true) return;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    // Removing the own property uncovers Navigator.prototype's real getter again.
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
}
