import { LitElement } from 'lit';

/** STUB: being written. */
export class RequestTabs extends LitElement {}
