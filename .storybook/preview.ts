import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import cem from '../custom-elements.json' with { type: 'json' };
import { ready } from '../src/define.js';
import { curatedArgTypes, curatedDescription, withCssProperties } from '../stories/support/argtypes.js';
import { withEventActions } from '../stories/support/events.js';
import { frameGlobalTypes, frameInitialGlobals, withFrame } from '../stories/support/frame.js';
import { storyManifest } from '../stories/support/manifest.js';
import { avatarHandlers } from '../stories/support/mentored.js';
import { emulateOffline } from '../stories/support/offline.js';

// Controls and autodocs (attributes, properties, events, slots, parts, CSS custom properties), curated
// (support/argtypes.ts): controls for attributes and CSS custom properties, parts named in the description.
const manifest = storyManifest(cem);
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Two loaders, run side by side: one waits for the lazily defined details and dialog (stories render
  // them on their own); MSW's starts its worker once, and before every story resets it to the story's
  // `parameters.msw.handlers`.
  loaders: [async () => (await ready, {}), mswLoader()],
  beforeEach: [emulateOffline],
  // Every event the elements fire is logged in the Actions panel, with its detail (support/events.ts).
  // withCssProperties applies the CSS custom property controls around the frame.
  decorators: [withEventActions, withFrame, withCssProperties],
  globalTypes: frameGlobalTypes,
  initialGlobals: frameInitialGlobals,
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    msw: { handlers: { avatars: avatarHandlers } },
    docs: {
      extractArgTypes: (tag: string) => curatedArgTypes(manifest, tag),
      extractComponentDescription: (tag: string) => curatedDescription(manifest, tag),
      // Each story of a docs page in its own iframe: its own MSW client and its own fresh data, so the
      // stories on one page do not share (or reset) each other's handlers.
      story: { inline: false, iframeHeight: 520 },
      codePanel: true,
    },
    options: {
      storySort: {
        order: [
          'Inbox',
          'Elements',
          [
            'Request tabs',
            'Session request detail',
            'Message request detail',
            'Confirm dialog',
            'Requests badge',
          ],
          'Theming',
        ],
      },
    },
  },
};

export default preview;
