/**
 * Stand-ins for the classes of the four lazily defined elements (the two details, the dialog and the badge:
 * `define-details.ts`), for the @lit/react wrappers. Why: @lit/react only reads its `elementClass`'s
 * prototype, to tell a prop that is a property of the element (`adapter`, `requestId`: set as a property)
 * from one that is not (`aria-label`: left to React, an attribute). Importing the real classes for that would
 * pull them into a React app's first chunk, and the lazily loaded details chunk would be lost (issue 16,
 * point 4). A stand-in prototype with the same public property names, on top of `HTMLElement.prototype` as
 * the real ones are, answers `in` exactly as the real class would, without its code.
 *
 * A property set before the chunk has arrived lands on the not yet upgraded element; Lit takes it over
 * when the element upgrades (ReactiveElement saves such instance properties), so nothing is lost.
 * test/react/lazy-wrappers.test.ts checks each list against the real class's public properties.
 */
import type { ConfirmDialog } from '../elements/confirm-dialog/confirm-dialog.js';
import type { MessageRequestDetail } from '../elements/message-request-detail/message-request-detail.js';
import type { RequestsBadge } from '../elements/requests-badge/requests-badge.js';
import type { SessionRequestDetail } from '../elements/session-request-detail/session-request-detail.js';
import { DIALOG_OPTION_KEYS } from '../elements/shared/dialog-options.js';

/** The public properties of each lazily defined element (type-checked against the class). */
export const LAZY_PROPERTIES = {
  'session-request-detail': [
    'adapter',
    'requestId',
    'request',
    'timeZone',
    'rejectReasons',
  ] satisfies (keyof SessionRequestDetail)[],
  'message-request-detail': ['adapter', 'requestId', 'request'] satisfies (keyof MessageRequestDetail)[],
  'confirm-dialog': ['open', 'reason', ...DIALOG_OPTION_KEYS] satisfies (keyof ConfirmDialog)[],
  'requests-badge': ['adapter', 'kind', 'hideZero'] satisfies (keyof RequestsBadge)[],
} as const;

/**
 * A stand-in for the class of `tag`, typed as `C` (the real class's type, for the wrapper's typed props):
 * only its `prototype` exists, which is all @lit/react reads.
 */
export function lazyClass<C>(tag: keyof typeof LAZY_PROPERTIES): C {
  // HTMLElement is missing where there is no DOM (a server render): `in` then only sees the names.
  const base = (globalThis.HTMLElement?.prototype ?? Object.prototype) as object;
  const names = LAZY_PROPERTIES[tag] as readonly string[];
  const prototype = Object.create(
    base,
    Object.fromEntries(names.map((name) => [name, { value: undefined }])),
  );
  return { prototype } as C;
}

/**
 * `element` as @lit/react sees it, plus `fields`: plain fields of the class that are not on its prototype
 * (`<requests-page>`'s `rejectReasons` is one, so that the first paint carries nothing of it). Without them,
 * such a prop would be set as an attribute.
 */
export function withFields<C extends { prototype: object }>(element: C, fields: readonly string[]): C {
  const prototype = Object.create(
    element.prototype,
    Object.fromEntries(fields.map((name) => [name, { value: undefined }])),
  ) as object;
  return { prototype } as C;
}
