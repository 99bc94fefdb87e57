/**
 * The corruptions of malformed-data.test.ts (issue 5, item 6): the table of bad values for every field of
 * MentorEd's session-request and connection rows, planting them in the MSW emulation, and the rows that
 * are not objects mixed into every list answer.
 */
import fc from 'fast-check';
import type { MentorEdDb } from '../../../src/mocks/index.js';
import { serve } from './mentored.js';

export type Kind = 'session' | 'message';
/** Marks "leave the field out" (JSON drops undefined). */
export const MISSING = undefined;
export const DAY = 86_400;
export const LONG = 'x'.repeat(10_000);

export interface Variant {
  field: string;
  name: string;
  /** The patch merged into the row's JSON (`user_details.*` fields patch a copy of user_details). */
  value: unknown;
}

export const TEXT: [string, unknown][] = [
  ['missing', MISSING],
  ['null', null],
  ['number', 42],
  ['boolean', true],
  ['object', { text: 'hi' }],
  ['array', ['a', 'b']],
  ['empty', ''],
  ['blank', '   '],
  ['10,000 characters', LONG],
];
export const IDS: [string, unknown][] = [
  ['missing', MISSING],
  ['null', null],
  ['empty', ''],
  ['blank', '  '],
  ['zero', 0],
  ['negative', -1],
  ['fraction', 1.5],
  ['boolean', true],
  ['object', {}],
  ['array', [7]],
  ['500 characters', 'i'.repeat(500)],
];
export const DATES: [string, unknown][] = [
  ['missing', MISSING],
  ['null', null],
  ['word', 'soon'],
  ['empty', ''],
  ['boolean', true],
  ['object', {}],
  ['array', [1]],
  ['1970', 0],
  ['1900', -2_208_988_800],
  ['9999', 253_402_300_799],
  ['1e20', 1e20],
  ['milliseconds instead of seconds', Date.now() + 3 * DAY * 1000],
  ['numeric string', String(Math.floor(Date.now() / 1000) + 2 * DAY)],
  ['ISO text', new Date(Date.now() + 2 * DAY * 1000).toISOString()],
];
export const ISO_DATES: [string, unknown][] = [
  ['missing', MISSING],
  ['null', null],
  ['word', 'yesterday'],
  ['impossible', '2024-13-45T99:99:99Z'],
  ['1970', 0],
  ['9999', '9999-12-31T23:59:59Z'],
  ['object', {}],
];

export function variants(kind: Kind): Variant[] {
  const out: Variant[] = [];
  const add = (field: string, list: [string, unknown][]) =>
    list.forEach(([name, value]) => out.push({ field, name, value }));
  if (kind === 'session') {
    add('id', IDS);
    add('requestor_id', IDS.slice(0, 4));
    add('requestee_id', IDS.slice(0, 4));
    add('status', [
      ['missing', MISSING],
      ['null', null],
      ['empty', ''],
      ['lower case', 'requested'],
      ['padded', ' REQUESTED '],
      ['unknown', 'DONE'],
      ['number', 7],
      ['object', {}],
    ]);
    add('title', TEXT);
    add('agenda', TEXT);
    add('start_date', DATES);
    add('end_date', DATES);
    add('session_id', IDS.slice(0, 8));
    add('reject_reason', TEXT);
    add('meta', [
      ['missing', MISSING],
      ['null', null],
      ['text', 'x'],
      ['number', 5],
      ['array', [1]],
    ]);
    add('created_at', ISO_DATES);
    add('updated_at', ISO_DATES.slice(0, 4));
    add('request_type', [
      ['missing', MISSING],
      ['null', null],
      ['upper case', 'SENT'],
      ['unknown', 'both'],
      ['number', 1],
    ]);
    // Absurd slots.
    const now = Math.floor(Date.now() / 1000);
    out.push({
      field: 'start_date+end_date',
      name: 'end before start',
      value: { start_date: now + 3 * DAY, end_date: now + 2 * DAY },
    });
    out.push({
      field: 'start_date+end_date',
      name: 'ten-year slot',
      value: { start_date: now + DAY, end_date: now + 3650 * DAY },
    });
    out.push({
      field: 'start_date+end_date',
      name: 'both in 1970',
      value: { start_date: 0, end_date: 3600 },
    });
    out.push({
      field: 'start_date+end_date',
      name: 'both in 9999',
      value: { start_date: 253_402_297_199, end_date: 253_402_300_799 },
    });
  } else {
    add('id', IDS.slice(0, 6));
    add('user_id', IDS.slice(0, 6));
    add('friend_id', IDS);
    add('status', [
      ['missing', MISSING],
      ['null', null],
      ['lower case', 'requested'],
      ['expired', 'EXPIRED'],
      ['unknown', 'DONE'],
      ['number', 1],
    ]);
    add('meta', [
      ['missing', MISSING],
      ['null', null],
      ['text', 'hello'],
      ['array', []],
    ]);
    add('meta.message', TEXT);
    add('meta.room_id', IDS.slice(0, 6));
    add('created_by', IDS.slice(0, 6));
    add('created_at', ISO_DATES);
  }
  add('user_details', [
    ['missing', MISSING],
    ['null', null],
    ['text', 'Asha'],
    ['array', []],
    ['number', 5],
  ]);
  add('user_details.user_id', IDS.slice(0, 6));
  add('user_details.name', TEXT);
  add('user_details.image', [
    ['missing', MISSING],
    ['null', null],
    ['empty', ''],
    ['ftp', 'ftp://files.example/a.png'],
    ['javascript', 'javascript:alert(1)'],
    ['relative', 'avatar.png'],
    ['number', 12],
    ['object', {}],
  ]);
  add('user_details.experience', [
    ['missing', MISSING],
    ['null', null],
    ['empty', ''],
    ['negative', '-5'],
    ['1e308', '1e308'],
    ['word', 'ten'],
    ['number 9999', 9999],
    ['fraction', 2.5],
    ['object', {}],
    ['boolean', true],
  ]);
  add('user_details.designation', [
    ['missing', MISSING],
    ['null', null],
    ['text', 'Teacher'],
    ['object', { label: 'Teacher' }],
    ['bad entries', [null, 1, {}, { label: '' }, { value: 'only_value' }, 'plain']],
    ['one 5,000-character label', [{ value: 'x', label: 'y'.repeat(5000) }]],
    ['200 entries', Array.from({ length: 200 }, (_, i) => ({ value: `d${i}`, label: `Designation ${i}` }))],
  ]);
  return out;
}

/** The JSON patch of one variant for a row whose `user_details` are `details`. */
export function patchOf(variant: Variant, details: Record<string, unknown>): Record<string, unknown> {
  if (variant.field === 'start_date+end_date') return variant.value as Record<string, unknown>;
  if (variant.field.startsWith('user_details.')) {
    return { user_details: { ...details, [variant.field.slice('user_details.'.length)]: variant.value } };
  }
  if (variant.field.startsWith('meta.')) {
    return {
      meta: { message: 'Hello, can we connect?', [variant.field.slice('meta.'.length)]: variant.value },
    };
  }
  return { [variant.field]: variant.value };
}

/** Random combinations of 2 to 4 variants (stress). */
export function combinations(kind: Kind, count: number): Variant[][] {
  const all = variants(kind).filter((v) => v.field !== 'id' && v.field !== 'friend_id');
  return fc.sample(
    fc.uniqueArray(fc.constantFrom(...all), { minLength: 2, maxLength: 4, selector: (v) => v.field }),
    {
      numRuns: count,
      seed: 42,
    },
  );
}

export interface Planted {
  db: MentorEdDb;
  /** The id each corrupted row has in its JSON (undefined when it has none), by row. */
  rows: { storedId: string; jsonId: string | undefined; label: string }[];
}

export const jsonIdOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

export function plant(kind: Kind, groups: Variant[][]): Planted {
  const n = groups.length;
  const db = serve({
    seed: 17,
    sessionRequests: kind === 'session' ? n : 1,
    messageRequests: kind === 'message' ? n : 1,
  });
  const now = Math.floor(Date.now() / 1000);
  const rows: Planted['rows'] = [];
  groups.forEach((group, i) => {
    let storedId: string;
    let details: Record<string, unknown>;
    if (kind === 'session') {
      const row = db.sessionRequests[i]!;
      if (row.requestor_id === db.me)
        [row.requestor_id, row.requestee_id] = [row.requestee_id, row.requestor_id];
      Object.assign(row, {
        status: 'REQUESTED',
        start_date: now + DAY + i * 3600,
        end_date: now + DAY + i * 3600 + 3600,
      });
      storedId = row.id;
      details = db.userDetails(row.requestor_id)!;
    } else {
      const connection = db.connections[i]!;
      if (connection.requester_id === db.me)
        [connection.requester_id, connection.target_id] = [connection.target_id, connection.requester_id];
      connection.status = 'REQUESTED';
      storedId = connection.requester_id;
      details = db.userDetails(storedId)!;
    }
    let patch: Record<string, unknown> = {};
    for (const variant of group) {
      const next = patchOf(variant, (patch.user_details as Record<string, unknown>) ?? details);
      patch = { ...patch, ...next };
    }
    db.corrupt(kind, storedId, patch);
    const idField = kind === 'session' ? 'id' : 'friend_id';
    let jsonId: string | undefined = idField in patch ? jsonIdOf(patch[idField]) : storedId;
    // A connection row without a usable friend_id falls back to user_details.user_id.
    if (kind === 'message' && jsonId === undefined) {
      const ud = 'user_details' in patch ? patch.user_details : details;
      jsonId =
        typeof ud === 'object' && ud !== null ? jsonIdOf((ud as Record<string, unknown>).user_id) : undefined;
    }
    rows.push({ storedId, jsonId, label: group.map((v) => `${v.field}=${v.name}`).join(' & ') });
  });
  return { db, rows };
}

/** A fetch that appends rows that are not objects to every list answer. */
export const JUNK_ROWS = [null, 1, 'row', [], true, [{ id: '1' }]];
export const withJunkRows: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = String(input instanceof Request ? input.url : input);
  if (!/requestSessions\/list|connections\/pending/.test(url) || !response.ok) return response;
  const body = await response.json();
  if (Array.isArray(body?.result?.data)) body.result.data.push(...JUNK_ROWS);
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
};
