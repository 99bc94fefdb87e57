import type { MessageRequest, Person, SessionRequest } from '../../model/request.js';

/**
 * A seeded generator of realistic requests. The same seed gives the same data, so tests, stories and
 * the demo are reproducible. Used by the MemoryAdapter and by the MSW MentorEd emulation (which turns
 * these into MentorEd rows).
 */
export interface GenerateOptions {
  seed?: number;
  /** How many session requests to generate (default 12): pending ones, every fifth with an ended slot. */
  sessionRequests?: number;
  messageRequests?: number;
  /**
   * How many handled session requests to generate in addition (default 8, 0 for none): the history
   * (see {@link GeneratedData.history}). They are older than every other request, so they never change
   * what the first pages of the pending lists hold.
   */
  history?: number;
  /** The clock the slots are placed around (default: now). */
  now?: Date | number;
  /**
   * Picture URL for a person (two in three people get one). Default: none, so nothing reaches the
   * network; the initials fallback shows.
   */
  avatarUrl?: (personId: string) => string;
}

export interface GeneratedData {
  /** `sessionRequests` requests, requested (or expired where the slot has ended), newest first. */
  sessionRequests: SessionRequest[];
  messageRequests: MessageRequest[];
  /**
   * Handled session requests, newest first, in this repeating order (both directions, every status):
   * accepted received with a Google Meet link, rejected received with a reason, expired received,
   * accepted sent, rejected sent with a reason, accepted received without a link, expired sent,
   * rejected received without a reason (the reason is optional). Accepted ones have a `sessionId` and an
   * upcoming slot; expired ones an ended slot. No message-request history: MentorEd keeps none
   * (docs/mentored-api.md).
   */
  history: SessionRequest[];
}

/** mulberry32: tiny, fast, good enough for fixtures. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Asha',
  'Ravi',
  'Meera',
  'Arjun',
  'Priya',
  'Kabir',
  'Fatima',
  'John',
  'Lena',
  'Tomás',
  'Aiko',
  'Omar',
];
const LAST = [
  'Rao',
  'Sharma',
  'Iyer',
  'Menon',
  'Khan',
  'Das',
  'Nair',
  'Okafor',
  'Müller',
  'García',
  'Tanaka',
  'Haddad',
];
/** Non-Latin names, so every view is seen with other scripts. */
const NON_LATIN = ['अनन्या वर्मा', 'محمد الأحمد', '李小龍', 'Дмитрий Соколов', 'ஸ்ரீநிவாசன் ராமன்'];
const DESIGNATIONS = [
  'Teacher',
  'Head master',
  'Block education officer',
  'Cluster resource person',
  'Principal',
  'Counsellor',
];
const TITLES = [
  'Classroom management',
  'Lesson planning with low resources',
  'Preparing for the board exam',
  'Peer observation',
  'Using data in school improvement',
  'Career guidance',
];
const AGENDA =
  'I would like to discuss how to keep students engaged during long sessions, how to plan lessons that fit ' +
  'mixed-ability groups, and which simple assessments help me see progress each week. ';
/** Reasons a mentor gives when rejecting (free text upstream, at most 50 words / 255 characters). */
const REJECT_REASONS = [
  'I am travelling that week. Could you pick a slot next month?',
  'This topic is outside my area; a colleague in the science department can help you better.',
  'That slot clashes with school exams. Please ask again after the 20th.',
];
/** Meeting links of the accepted requests that have one (Google Meet codes: three-four-three letters). */
const MEET_CODES = ['hst-ryof-chk', 'qwe-rtyu-iop', 'zxc-vbnm-asd'];
const MESSAGES = [
  'Hi, I would like to connect with you.',
  'Hello! I attended your session last week and have a few questions.',
  'Could we talk about mentoring for new teachers?',
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function makePerson(
  random: () => number,
  index: number,
  idPrefix: string,
  avatarUrl: GenerateOptions['avatarUrl'],
): Person {
  const nonLatin = index % 7 === 3;
  const name = nonLatin ? pick(random, NON_LATIN) : `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const designationCount = 1 + Math.floor(random() * 3);
  const designations = Array.from({ length: designationCount }, () => pick(random, DESIGNATIONS)).filter(
    (value, i, all) => all.indexOf(value) === i,
  );
  const person: Person = { id: `${idPrefix}${index + 1}`, name, designations };
  if (index % 5 !== 0) person.experienceYears = 1 + Math.floor(random() * 20);
  // Every third person has no picture, so the initials fallback is always exercised.
  if (avatarUrl && index % 3 !== 0) person.avatarUrl = avatarUrl(person.id);
  return person;
}

export function generateRequests(options: GenerateOptions = {}): GeneratedData {
  const random = createRandom(options.seed ?? 1);
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const sessionCount = options.sessionRequests ?? 12;
  const messageCount = options.messageRequests ?? 6;

  const sessionRequests: SessionRequest[] = [];
  for (let i = 0; i < sessionCount; i++) {
    // Every fifth slot is in the past (expired); the rest fall over the next three weeks on the hour.
    const past = i % 5 === 4;
    const dayOffset = past ? -(1 + Math.floor(random() * 5)) : 1 + Math.floor(random() * 21);
    const start = Math.floor((now + dayOffset * DAY) / HOUR) * HOUR;
    const longText = i % 6 === 5;
    sessionRequests.push({
      kind: 'session',
      id: String(1000 + i),
      direction: i % 4 === 1 ? 'sent' : 'received',
      status: past ? 'expired' : 'requested',
      title: longText ? `${pick(random, TITLES)}: ${AGENDA.trim()}` : pick(random, TITLES),
      agenda: longText ? AGENDA.repeat(4).trim() : AGENDA.trim(),
      start: new Date(start),
      end: new Date(start + HOUR),
      createdAt: new Date(now - (i + 1) * 3 * HOUR),
      person: makePerson(random, i, 'u', options.avatarUrl),
    });
  }

  const messageRequests: MessageRequest[] = [];
  for (let i = 0; i < messageCount; i++) {
    const person = makePerson(random, i + sessionCount, 'u', options.avatarUrl);
    messageRequests.push({
      kind: 'message',
      id: person.id,
      direction: i % 3 === 2 ? 'sent' : 'received',
      status: 'requested',
      message: i % 6 === 5 ? `${pick(random, MESSAGES)} ${AGENDA}`.slice(0, 160) : pick(random, MESSAGES),
      createdAt: new Date(now - (i + 1) * 2 * HOUR),
      person,
    });
  }
  // Generated last, so the requests above are the same with or without a history.
  const history = generateHistory(random, now, options, sessionCount, messageCount);
  // Newest first, as MentorEd lists them.
  sessionRequests.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  messageRequests.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return { sessionRequests, messageRequests, history };
}

/** One step of the history's repeating order (see {@link GeneratedData.history}). */
const HISTORY: readonly {
  status: 'accepted' | 'rejected' | 'expired';
  direction: 'sent' | 'received';
  link?: boolean;
  reason?: boolean;
}[] = [
  { status: 'accepted', direction: 'received', link: true },
  { status: 'rejected', direction: 'received', reason: true },
  { status: 'expired', direction: 'received' },
  { status: 'accepted', direction: 'sent' },
  { status: 'rejected', direction: 'sent', reason: true },
  { status: 'accepted', direction: 'received' },
  { status: 'expired', direction: 'sent' },
  { status: 'rejected', direction: 'received' },
];

function generateHistory(
  random: () => number,
  now: number,
  options: GenerateOptions,
  sessionCount: number,
  messageCount: number,
): SessionRequest[] {
  const history: SessionRequest[] = [];
  const count = options.history ?? 8;
  let links = 0;
  let reasons = 0;
  for (let j = 0; j < count; j++) {
    const step = HISTORY[j % HISTORY.length]!;
    const expired = step.status === 'expired';
    // Created days ago, before every pending request; an expired slot ended a day or two ago (after
    // its creation); the others are upcoming (an accepted one can still get or change its link), 22 to
    // 35 days ahead: after every pending slot (1 to 21 days), so that a session an accept created here
    // never clashes with accepting a pending request.
    const createdAt = now - (sessionCount * 3 + (j + 1) * 24) * HOUR;
    const dayOffset = expired ? -(1 + Math.floor(random() * 2)) : 22 + Math.floor(random() * 14);
    const start = Math.floor((now + dayOffset * DAY) / HOUR) * HOUR;
    const id = String(1000 + sessionCount + j);
    const request: SessionRequest = {
      kind: 'session',
      id,
      direction: step.direction,
      status: step.status,
      title: pick(random, TITLES),
      agenda: AGENDA.trim(),
      start: new Date(start),
      end: new Date(start + HOUR),
      createdAt: new Date(createdAt),
      person: makePerson(random, sessionCount + messageCount + j, 'u', options.avatarUrl),
    };
    if (step.status === 'accepted') request.sessionId = `session-${id}`;
    if (step.link)
      request.meetingLink = {
        platform: 'google-meet',
        url: `https://meet.google.com/${MEET_CODES[links++ % MEET_CODES.length]}`,
      };
    if (step.reason) request.rejectReason = REJECT_REASONS[reasons++ % REJECT_REASONS.length];
    history.push(request);
  }
  return history;
}
