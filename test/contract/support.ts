/**
 * Assertions and fixtures of the adapter contract (not a test file itself), also used by the tests of
 * each adapter's specifics.
 */
import { expect } from '@open-wc/testing';
import { RequestsError, type RequestsErrorKind } from '../../src/model/errors.js';
import type { MeetingLink, MessageRequest, SessionRequest } from '../../src/model/request.js';

export const ALL = { page: 1, pageSize: 100 } as const;
export const GMEET: MeetingLink = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' };
export const ZOOM: MeetingLink = {
  platform: 'zoom',
  url: 'https://us02web.zoom.us/j/12345678901',
  meetingId: '123 4567 8901',
  passcode: 'x7Yz',
};

/** Awaits a promise that must reject with a RequestsError of `kind`, and returns the error. */
export async function rejectsWith(
  promise: Promise<unknown>,
  kind: RequestsErrorKind,
): Promise<RequestsError> {
  try {
    await promise;
  } catch (error) {
    expect(RequestsError.is(error), `not a RequestsError: ${String(error)}`).to.equal(true);
    expect((error as RequestsError).kind, (error as Error).message).to.equal(kind);
    expect((error as RequestsError).message)
      .to.be.a('string')
      .and.not.equal('');
    return error as RequestsError;
  }
  throw new Error(`expected a '${kind}' RequestsError, but the call succeeded`);
}

/** Runs `fn` with console.warn captured; returns what was warned. */
export async function captureWarnings(fn: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warned;
}

export function expectSession(item: SessionRequest): void {
  expect(item.kind).to.equal('session');
  expect(item.id).to.be.a('string').and.not.equal('');
  expect(['sent', 'received']).to.include(item.direction);
  expect(['requested', 'accepted', 'rejected', 'expired']).to.include(item.status);
  for (const date of [item.start, item.end, item.createdAt]) {
    expect(date).to.be.instanceOf(Date);
    expect(Number.isNaN(date.getTime())).to.equal(false);
  }
  expect(item.end.getTime()).to.be.greaterThan(item.start.getTime());
  expect(item.person.id).to.be.a('string').and.not.equal('');
  expect(item.person.name).to.be.a('string').and.not.equal('');
  expect(item.person.designations).to.be.an('array');
  // A requested request whose slot has ended is reported as expired, by every adapter.
  if (item.end.getTime() <= Date.now()) expect(item.status).to.not.equal('requested');
}

export function expectMessage(item: MessageRequest): void {
  expect(item.kind).to.equal('message');
  expect(item.id).to.be.a('string').and.not.equal('');
  expect(['sent', 'received']).to.include(item.direction);
  expect(item.message).to.be.a('string');
  expect(item.createdAt).to.be.instanceOf(Date);
  expect(item.person.id).to.equal(item.id);
}
