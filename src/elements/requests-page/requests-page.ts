import { LitElement } from 'lit';

/** STUB: being written. */
export class RequestsPage extends LitElement {}
