import { LitElement } from 'lit';

/** STUB: being written. */
export class ConfirmDialog extends LitElement {}
