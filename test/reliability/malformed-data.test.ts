/**
 * Issue 5, item 6: malformed data. Every field of MentorEd's session-request rows and connection rows
 * (and of their `user_details`) is, one row at a time, missing, null, of the wrong type, or absurd (end
 * before start, 1970, 9999, 1e20, 10,000-character text...), served by the MSW emulation to
 * <requests-page> (cards) and to both detail elements (deep links). Whole rows that are not objects are
 * mixed into the lists too. Asserted for every variant:
 *   - nothing throws (no uncaught error, no console error, no `request-error` for the lists);
 *   - the row renders (with placeholders: no "Invalid Date", "NaN", "undefined", "null",
 *     "[object Object]" on screen) or is skipped with exactly one console warning naming it;
 *   - a rendered row's detail opens and renders too.
 * Stress: 1,000 more rows, each with 2 to 4 corruptions drawn at random (fast-check, fixed seed).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { RequestsPage } from '../../src/elements/requests-page/requests-page.js';
import type { MentorEdDb } from '../../src/mocks/index.js';
import { STRESS, benignNotices, captureConsole, figure, since, size, watchUncaught } from './support/env.js';
import {
  adapter as mentoredAdapter,
  cardIds,
  cards,
  deepText,
  recordErrors,
  root,
  selectTab,
  serve,
  settle,
  startWorker,
  stopWorker,
  type Lit,
} from './support/mentored.js';

type Kind = 'session' | 'message';
/** Marks "leave the field out" (JSON drops undefined). */
const MISSING = undefined;
const DAY = 86_400;
const LONG = 'x'.repeat(10_000);

interface Variant {
  field: string;
  name: string;
  /** The patch merged into the row's JSON (`user_details.*` fields patch a copy of user_details). */
  value: unknown;
}

const TEXT: [string, unknown][] = [
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
const IDS: [string, unknown][] = [
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
const DATES: [string, unknown][] = [
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
const ISO_DATES: [string, unknown][] = [
  ['missing', MISSING],
  ['null', null],
  ['word', 'yesterday'],
  ['impossible', '2024-13-45T99:99:99Z'],
  ['1970', 0],
  ['9999', '9999-12-31T23:59:59Z'],
  ['object', {}],
];

function variants(kind: Kind): Variant[] {
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
function patchOf(variant: Variant, details: Record<string, unknown>): Record<string, unknown> {
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
function combinations(kind: Kind, count: number): Variant[][] {
  const all = variants(kind).filter((v) => v.field !== 'id' && v.field !== 'friend_id');
  return fc.sample(
    fc.uniqueArray(fc.constantFrom(...all), { minLength: 2, maxLength: 4, selector: (v) => v.field }),
    {
      numRuns: count,
      seed: 42,
    },
  );
}

interface Planted {
  db: MentorEdDb;
  /** The id each corrupted row has in its JSON (undefined when it has none), by row. */
  rows: { storedId: string; jsonId: string | undefined; label: string }[];
}

const jsonIdOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

function plant(kind: Kind, groups: Variant[][]): Planted {
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
const JUNK_ROWS = [null, 1, 'row', [], true, [{ id: '1' }]];
const withJunkRows: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = String(input instanceof Request ? input.url : input);
  if (!/requestSessions\/list|connections\/pending/.test(url) || !response.ok) return response;
  const body = await response.json();
  if (Array.isArray(body?.result?.data)) body.result.data.push(...JUNK_ROWS);
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
};

const GARBAGE =
  /Invalid Date|\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]|\bInfinity\b|\de[+-]\d|\b\d{4,} years? of experience/;

async function exercise(
  kind: Kind,
  groups: Variant[][],
  tag: string,
): Promise<{ rendered: number; skipped: number; details: number }> {
  const planted = plant(kind, groups);
  const warnings = captureConsole(['warn']);
  const errors = recordErrors();
  const uncaught = watchUncaught();
  let details = 0;
  try {
    const adapter = mentoredAdapter({ fetch: withJunkRows });
    const box = await fixture<HTMLDivElement>(
      // Every card in the DOM (no virtualization at the stress size), so that every row can be found.
      html`<div style="inline-size:420px">
        <requests-page
          .adapter=${adapter}
          tab=${kind}
          page-size="100"
          .virtualizeThreshold=${Infinity}
        ></requests-page>
      </div>`,
    );
    const el = box.querySelector<RequestsPage>('requests-page')!;
    if (kind === 'message') await selectTab(el, 'message');
    await waitUntil(() => cards(el).length > 0 || root(el).querySelector('.empty, .error'), 'no list', {
      timeout: 10_000,
    });
    await settle(el, 10_000);
    for (let guard = 0; guard < 50 && root(el).querySelector('.load-more'); guard++) {
      root(el).querySelector<HTMLButtonElement>('.load-more')!.click();
      await waitUntil(() => !root(el).querySelector('.load-more[aria-disabled="true"]'), 'page', {
        timeout: 10_000,
      });
      await settle(el, 10_000);
    }
    expect(errors.events, 'the list loads in spite of bad rows').to.deep.equal([]);
    const shown = new Set(cardIds(el));
    const screen = deepText(root(el));
    expect(screen.match(GARBAGE)?.[0], 'placeholder text on the cards').to.equal(undefined);

    const warned = () => warnings.entries.filter((e) => e.level === 'warn').map((e) => String(e.args[0]));
    let rendered = 0;
    let skipped = 0;
    for (const row of planted.rows) {
      if (row.jsonId !== undefined && shown.has(row.jsonId)) {
        rendered++;
        continue;
      }
      skipped++;
      const naming = warned().filter((w) => w.includes(`row ${row.jsonId ?? '(no id)'} `));
      expect(naming.length, `${row.label}: skipped rows are named in a warning`).to.be.at.least(1);
      if (row.jsonId !== undefined)
        expect(
          naming.filter((w) => w.includes('dropped')),
          `${row.label}: one warning`,
        ).to.have.length(1);
    }
    // No row is warned about twice (lists, counts and pages all map it).
    const all = warned().filter((w) => w.startsWith('[mentoring-requests]'));
    expect(all.length, 'duplicate warnings').to.equal(new Set(all).size);

    // Every rendered row opens: a deep link loads it by id (getDetails / getInfo) and renders it.
    const tagName = kind === 'session' ? 'session-request-detail' : 'message-request-detail';
    const ids = planted.rows
      .filter((r) => r.jsonId !== undefined && shown.has(r.jsonId))
      .map((r) => r.storedId);
    const container = await fixture<HTMLDivElement>(html`<div style="inline-size:420px"></div>`);
    for (let at = 0; at < ids.length; at += 25) {
      container.replaceChildren();
      const els = ids.slice(at, at + 25).map((id) => {
        const detail = document.createElement(tagName) as Lit & { adapter: unknown; requestId: string };
        detail.adapter = adapter;
        detail.requestId = id;
        container.append(detail);
        return detail;
      });
      await waitUntil(
        () => els.every((d) => d.shadowRoot?.querySelector('.person .name, .state')),
        'details',
        {
          timeout: 20_000,
          interval: 10,
        },
      ).catch((e) => {
        const stuck = els.filter((d) => !d.shadowRoot?.querySelector('.person .name, .state'));
        throw new Error(
          `${e.message}: ${stuck.map((d) => `${d.requestId} (${planted.rows.find((r) => r.storedId === d.requestId)?.label})`).join(', ')}`,
        );
      });
      for (const detail of els) {
        await detail.updateComplete;
        // A row the list could show, the detail shows too (not its error state), unless the server sends it
        // under another id than the one asked for: then the detail says it could not load it (no endless
        // skeleton).
        const row = planted.rows.find((r) => r.storedId === detail.requestId)!;
        const failed = detail.shadowRoot!.querySelector('.state') !== null;
        expect(failed, `detail ${row.label}`).to.equal(row.jsonId !== row.storedId);
        const text = deepText(detail.shadowRoot!);
        expect(text.match(GARBAGE)?.[0], `placeholder text in detail ${detail.requestId}`).to.equal(
          undefined,
        );
        details++;
      }
    }
    expect(uncaught.errors, `${tag}: uncaught`).to.deep.equal([]);
    expect(
      warnings.entries.filter((e) => e.level === 'error').map((e) => e.args.map(String).join(' ')),
    ).to.deep.equal([]);
    return { rendered, skipped, details };
  } finally {
    uncaught.stop();
    errors.stop();
    warnings.restore();
  }
}

describe('reliability 6: malformed data', function () {
  this.timeout(size(60_000, 1_800_000));
  before(startWorker);
  after(() => {
    stopWorker();
    figure('6 malformed data', 'ResizeObserver-loop notices (virtualized list, benign)', benignNotices());
  });

  for (const kind of ['session', 'message'] as Kind[]) {
    it(`${kind} rows: every field missing, null, of the wrong type or absurd`, async () => {
      const start = performance.now();
      const list = variants(kind);
      const result = await exercise(
        kind,
        list.map((v) => [v]),
        `${kind} single`,
      );
      figure('6 malformed data', `${kind} variants (one corrupted field per row)`, list.length);
      figure('6 malformed data', `${kind} fields covered`, new Set(list.map((v) => v.field)).size);
      figure(
        '6 malformed data',
        `${kind} rows rendered / skipped with a warning`,
        `${result.rendered} / ${result.skipped}`,
      );
      figure('6 malformed data', `${kind} details opened`, result.details);
      figure('6 malformed data', `${kind} junk rows per list page (not objects)`, JUNK_ROWS.length);
      figure('6 malformed data', `${kind} time ms`, since(start));
    });

    if (STRESS) {
      it(`${kind} rows: 1,000 rows with 2 to 4 corruptions each`, async () => {
        const start = performance.now();
        const groups = combinations(kind, 1000);
        const result = await exercise(kind, groups, `${kind} combined`);
        figure('6 malformed data', `${kind} combined rows (2-4 corruptions)`, groups.length);
        figure(
          '6 malformed data',
          `${kind} combined rendered / skipped`,
          `${result.rendered} / ${result.skipped}`,
        );
        figure('6 malformed data', `${kind} combined time ms`, since(start));
      });
    }
  }
});
