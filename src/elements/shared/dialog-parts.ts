/**
 * The parts of the built-in `<confirm-dialog>` of the detail elements, as they export them, so that a
 * page can style the dialog: `dialog` as is, the others prefixed with `dialog-` (`dialog-textarea`,
 * `dialog-button`…). `<requests-page>` forwards these names unchanged. A module of its own (no imports),
 * so that the page's list code does not pull in the detail elements.
 * @internal
 */
const INNER = [
  'heading',
  'message',
  'label',
  'textarea',
  'counter',
  'error',
  'actions',
  'button',
  'confirm-button',
  'cancel-button',
];

/** The names a page uses: `dialog`, `dialog-heading`, `dialog-textarea`… */
export const DIALOG_PART_NAMES: readonly string[] = ['dialog', ...INNER.map((part) => `dialog-${part}`)];

/** The `exportparts` value of the detail's `<confirm-dialog>`. */
export const DIALOG_EXPORTPARTS = ['dialog', ...INNER.map((part) => `${part}: dialog-${part}`)].join(', ');
