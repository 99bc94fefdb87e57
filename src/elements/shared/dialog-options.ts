/**
 * The properties of `<confirm-dialog>` that `ask(options)` sets. A module of its own so that the React
 * wrappers' stand-in class (src/react/lazy-class.ts) can list them without importing the dialog's code.
 */
export const DIALOG_OPTION_KEYS = [
  'heading',
  'message',
  'confirmLabel',
  'cancelLabel',
  'tone',
  'withReason',
  'reasonLabel',
  'reasonMaxWords',
  'reasonMaxChars',
] as const;
