import { LitElement } from 'lit';

/** STUB: being written. */
export class SessionRequestDetail extends LitElement {}
