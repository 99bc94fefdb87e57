/** Shared fixtures of the two detail element tests (not a test file itself). */
import { waitUntil } from '@open-wc/testing';
import type { MessageRequest, SessionRequest } from '../src/model/request.js';

export const HOUR = 3_600_000;
/** 4:00 PM - 5:00 PM on Friday, Dec 4, 2037 in Asia/Kolkata (UTC+5:30). */
export const START = new Date('2037-12-04T10:30:00Z');
export const TZ = 'Asia/Kolkata';

export function session(id: string, overrides: Partial<SessionRequest> = {}): SessionRequest {
  return {
    kind: 'session',
    id,
    direction: 'received',
    status: 'requested',
    title: 'Lesson planning with low resources',
    agenda: 'Planning lessons for mixed-ability groups.',
    start: START,
    end: new Date(START.getTime() + HOUR),
    createdAt: new Date('2037-11-20T08:00:00Z'),
    person: { id: `p-${id}`, name: 'Asha Rao', designations: ['Teacher', 'Head master'], experienceYears: 5 },
    ...overrides,
  };
}

export function message(id: string, overrides: Partial<MessageRequest> = {}): MessageRequest {
  return {
    kind: 'message',
    id,
    direction: 'received',
    status: 'requested',
    message: 'Hi, I would like to connect with you.',
    createdAt: new Date('2037-11-20T08:00:00Z'),
    person: { id, name: 'Omar Khan', designations: ['Principal'], experienceYears: 12 },
    ...overrides,
  };
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] =>
  Array.from(el.shadowRoot!.querySelectorAll<E>(selector));

/** The visible text of the element's shadow root, whitespace collapsed. */
export const text = (el: Element): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

export const button = (el: Element, label: string): HTMLButtonElement | undefined =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label);

export const loaded = (el: Element): Promise<void> => waitUntil(() => $(el, '.person .name'), 'not loaded');

/** Records the events that reach the document. */
export function record(...types: string[]): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const on = (e: Event) => events.push(e as CustomEvent);
  types.forEach((t) => document.addEventListener(t, on));
  return { events, stop: () => types.forEach((t) => document.removeEventListener(t, on)) };
}

/** Asserts the DESIGN.md flags of an event. */
export function flags(e: Event): { bubbles: boolean; composed: boolean; cancelable: boolean } {
  return { bubbles: e.bubbles, composed: e.composed, cancelable: e.cancelable };
}

interface AskAnswer {
  confirmed: boolean;
  reason?: string;
}

/** Replaces the built-in dialog's ask() with a scripted answer and records what it was asked. */
export function scriptDialog(el: Element, answer: AskAnswer): { asked: Record<string, unknown>[] } {
  const asked: Record<string, unknown>[] = [];
  const dialog = $(el, 'confirm-dialog') as unknown as {
    ask: (o: Record<string, unknown>) => Promise<AskAnswer>;
  };
  dialog.ask = (options) => {
    asked.push(options);
    return Promise.resolve(answer);
  };
  return { asked };
}

/** Pretends the browser is offline until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as unknown as Record<string, unknown>).onLine;
}
