import { LitElement } from 'lit';

/** STUB: being written. */
export class MessageRequestDetail extends LitElement {}
