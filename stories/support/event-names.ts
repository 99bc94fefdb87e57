/**
 * Every event the elements fire (DESIGN.md, src/events.ts). The Storybook Actions panel logs them
 * (./events.ts), and the token test (test/reliability/token.test.ts) searches all of them for the token.
 * No Storybook import here, so that the test can import it too.
 */
export const EVENT_NAMES = [
  'request-open',
  'request-accept',
  'request-accepted',
  'request-reject',
  'request-rejected',
  'session-link',
  'session-linked',
  'chat-open',
  'profile-open',
  'request-error',
  'tab-change',
  'confirm-dialog-close',
] as const satisfies readonly (keyof HTMLElementEventMap)[];
