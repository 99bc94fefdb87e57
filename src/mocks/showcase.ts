/**
 * Showcase data for the demo and Storybook (issue 16, point 13): what a mentor's inbox looks like on a real
 * site, not a prototype's. The seeded generator (`generateRequests`) stays as tests pin it; this restyles
 * what it made, keeping every id, direction, status, count and day, so the same seed still gives the same
 * inbox, and nothing that tests use changes:
 * - people: names in Hindi, Arabic, Tamil and English (native scripts and Latin), some with no
 *   designation, experience or photo;
 * - slots: on the same day as generated, at varied times of day (7:30 to 20:00) and lengths (30 to 90 min);
 * - topics: a title and agenda each, short and long, some in Hindi or Arabic;
 * - first messages: from "Hi!" to a long paragraph (the card shortens it).
 * `showcaseRequests` restyles generated data (for a MemoryAdapter); `showcaseDb` restyles the MentorEd
 * emulation's db in place (its users, session requests, their sessions and connections).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { GeneratedData } from '../adapters/memory/generate.js';
import type { MessageRequest, Person, SessionRequest } from '../model/request.js';
import type { MentorEdDb } from './db.js';

interface ShowcasePerson {
  name: string;
  designations: string[];
  experience?: number;
  photo: boolean;
}

const PEOPLE: readonly ShowcasePerson[] = [
  { name: 'अनन्या वर्मा', designations: ['Teacher'], experience: 6, photo: true },
  { name: 'Ravi Shankar Iyer', designations: ['Head master', 'Teacher'], experience: 18, photo: true },
  { name: 'محمد الأحمد', designations: ['Principal'], experience: 22, photo: false },
  { name: 'ஸ்ரீநிவாசன் ராமன்', designations: ['Cluster resource person'], experience: 9, photo: true },
  { name: 'Emily Clarke', designations: [], photo: false },
  {
    name: 'राजेश कुमार यादव',
    designations: ['Block education officer', 'Teacher', 'Counsellor'],
    experience: 14,
    photo: true,
  },
  { name: 'فاطمة الزهراء بن علي', designations: ['Counsellor'], experience: 4, photo: true },
  { name: 'Kavitha Subramaniam', designations: ['Teacher'], experience: 2, photo: false },
  { name: 'John Mathew', designations: ['Mentor', 'Principal'], experience: 27, photo: true },
  { name: 'கவிதா சுப்பிரமணியம்', designations: [], experience: 11, photo: true },
  { name: 'Priya Nair', designations: ['Teacher', 'Cluster resource person'], experience: 7, photo: true },
  { name: 'Omar Haddad', designations: ['Teacher'], experience: 1, photo: false },
  { name: 'सुनीता देवी', designations: ['Anganwadi worker'], experience: 12, photo: false },
  { name: 'Tomás García', designations: ['Teacher educator'], experience: 15, photo: true },
  { name: 'Aisha Bello', designations: [], photo: true },
  { name: 'முருகன் செல்வம்', designations: ['Head master'], experience: 20, photo: false },
  { name: 'Deepa Krishnan', designations: ['District coordinator', 'Teacher'], experience: 10, photo: true },
  { name: 'يوسف عبد الله', designations: ['Teacher'], experience: 3, photo: true },
  { name: 'Sanjay Patil', designations: [], experience: 5, photo: false },
  { name: 'Meera Joshi', designations: ['Mathematics teacher'], experience: 8, photo: true },
];

const TOPICS: readonly { title: string; agenda: string }[] = [
  {
    title: 'Classroom management for large classes',
    agenda:
      'My class has 62 students. Group work turns into noise within ten minutes. How do you set routines that hold?',
  },
  {
    title: 'Preparing for the Class 10 board exam',
    agenda:
      'Three months are left. I would like a revision plan that covers the whole syllabus once, leaves two weeks ' +
      'for past papers, and still gives time to the students who are far behind. Could we go through my draft?',
  },
  {
    title: 'Peer observation',
    agenda: 'Could you watch a recording of one of my lessons and tell me what to change first?',
  },
  {
    title: 'कक्षा में पढ़ने की आदत',
    agenda: 'मेरे विद्यार्थी पाठ्यपुस्तक के बाहर कुछ नहीं पढ़ते। पुस्तकालय छोटा है। कम साधनों में पढ़ने की आदत कैसे डालें?',
  },
  {
    title: 'Using assessment data',
    agenda:
      'We collect weekly test scores but nobody looks at them. I want a simple way to spot the students who ' +
      'fall behind, and to show the parents what changed.',
  },
  { title: 'Career guidance for Class 12', agenda: 'Options after science without engineering or medicine.' },
  {
    title: 'First year as a head master',
    agenda:
      'I became head master in June, in the school where I taught for eleven years. My former colleagues now ' +
      'report to me, the school management committee meets once a term, and the budget arrives late every ' +
      'year. I would like to talk about: how to run staff meetings that decide something; how to give ' +
      'feedback to senior teachers; and what to do first, and what can wait, in the first six months.',
  },
  {
    title: 'التوجيه المهني للطلاب',
    agenda: 'كيف أساعد طلاب الصف الثاني عشر على اختيار التخصص الجامعي المناسب؟',
  },
  {
    title: 'Teaching fractions with everyday objects',
    agenda:
      'Ideas with rotis, rulers and paper strips for Class 4; my students learn the rules but not the idea.',
  },
  {
    title: 'Inclusive classrooms',
    agenda:
      'Two of my students have dyslexia and one has low vision. What can I change in my worksheets and in ' +
      'the way I use the blackboard?',
  },
  {
    title: 'Digital tools with one smartphone',
    agenda: 'What works when the school has one phone and no projector?',
  },
  {
    title: 'Parent meetings that work',
    agenda:
      'Most parents come only when there is a problem. How do I make the monthly meeting worth their time?',
  },
];

/** Local time of day and length of each slot, in turn: hour, minute, minutes long. */
const SLOTS: readonly [number, number, number][] = [
  [9, 0, 30],
  [10, 30, 60],
  [7, 30, 45],
  [14, 0, 60],
  [16, 15, 30],
  [11, 0, 90],
  [17, 45, 45],
  [19, 0, 60],
  [13, 30, 30],
  [20, 0, 60],
  [8, 0, 60],
  [15, 30, 90],
];

const MESSAGES: readonly string[] = [
  'Hi!',
  'Namaste, could we connect? I would like your advice on my first year as a teacher.',
  'Hello! I attended your workshop on formative assessment last month and I have been trying the exit ' +
    'tickets with my Class 7 students. Most of it works, but I am not sure how to give feedback to fifty ' +
    'students every day without staying at school until seven in the evening. Could we talk for a few ' +
    'minutes this week, whenever suits you?',
  'नमस्ते! मैं गणित पढ़ाती हूँ और आपसे कक्षा प्रबंधन के बारे में बात करना चाहती हूँ।',
  'مرحبا، أود التواصل معك بخصوص التوجيه المهني لطلاب الصف الثاني عشر. هل لديك وقت الأسبوع القادم؟',
  'Could you share the lesson plan template you mentioned in the community group?',
  'வணக்கம்! உங்கள் வகுப்பறை மேலாண்மை அமர்வு மிகவும் பயனுள்ளதாக இருந்தது. நாம் பேசலாமா?',
  'Good evening. I am a new cluster resource person for twelve schools, most of them single-teacher ' +
    'schools in the hills, and I visit each one only twice a month. I would be grateful for any advice on ' +
    'what to look at during a visit and how to follow up by phone in between.',
];

const at = <T>(list: readonly T[], index: number): T =>
  list[((index % list.length) + list.length) % list.length]!;

/** The number in a generated id (`u7` → 7, `1003` → 1003), or NaN. */
const numberOf = (id: string): number => Number(id.replace(/\D/g, ''));

/** The slot of the `index`-th request on the local day of `start`. */
function slotOn(start: Date, index: number): { start: Date; end: Date } {
  const [hour, minute, minutes] = at(SLOTS, index);
  const next = new Date(start);
  next.setHours(hour, minute, 0, 0);
  return { start: next, end: new Date(next.getTime() + minutes * 60_000) };
}

/** Picture URL per person id; none by default (initials show). */
type AvatarUrl = ((personId: string) => string) | undefined;

function person(given: Person, avatarUrl: AvatarUrl): Person {
  const shown = at(PEOPLE, numberOf(given.id) - 1);
  const result: Person = { id: given.id, name: shown.name, designations: [...shown.designations] };
  if (shown.experience !== undefined) result.experienceYears = shown.experience;
  if (shown.photo && avatarUrl) result.avatarUrl = avatarUrl(given.id);
  return result;
}

/**
 * The generated data, restyled (a new copy; `data` is left as it is). Pictures, from `avatarUrl`, for the
 * people the showcase gives one.
 */
export function showcaseRequests(data: GeneratedData, avatarUrl?: AvatarUrl): GeneratedData {
  const session = (request: SessionRequest): SessionRequest => {
    const index = numberOf(request.id) - 1000;
    return {
      ...request,
      ...at(TOPICS, index),
      ...slotOn(request.start, index),
      person: person(request.person, avatarUrl),
    };
  };
  const message = (request: MessageRequest, index: number): MessageRequest => ({
    ...request,
    message: at(MESSAGES, index),
    person: person(request.person, avatarUrl),
  });
  return {
    sessionRequests: data.sessionRequests.map(session),
    messageRequests: data.messageRequests.map(message),
    history: data.history.map(session),
  };
}

/**
 * Restyles the emulation's generated rows in place (call it right after `createMentorEdDb`): users (ids
 * 101 and up), session requests (ids 1000 and up) with the sessions accepted ones have, and the first
 * messages of connection requests. Pictures, from `avatarUrl`, for the people the showcase gives one.
 */
export function showcaseDb(db: MentorEdDb, avatarUrl?: AvatarUrl): void {
  for (const [id, user] of db.users) {
    if (id === db.me || !(Number(id) > 100)) continue;
    const shown = at(PEOPLE, Number(id) - 101);
    user.name = shown.name;
    user.designation = shown.designations.map((label) => ({
      value: label.toLowerCase().replace(/\s+/g, '_'),
      label,
    }));
    user.experience = shown.experience === undefined ? '' : String(shown.experience);
    user.image = shown.photo && avatarUrl ? avatarUrl(id) : null;
  }
  for (const row of db.sessionRequests) {
    const index = Number(row.id) - 1000;
    if (!(index >= 0)) continue;
    const slot = slotOn(new Date(row.start_date * 1000), index);
    Object.assign(row, at(TOPICS, index), {
      start_date: Math.floor(slot.start.getTime() / 1000),
      end_date: Math.floor(slot.end.getTime() / 1000),
    });
    const booked = db.sessions.find((s) => s.id === row.session_id);
    if (booked)
      Object.assign(booked, { title: row.title, start_date: row.start_date, end_date: row.end_date });
  }
  // One message per pair of users (the server keeps a row per direction), in the order they were made.
  const pairs = new Map<string, number>();
  for (const connection of db.connections) {
    const pair = [connection.requester_id, connection.target_id].sort().join('|');
    if (!pairs.has(pair)) pairs.set(pair, pairs.size);
    connection.meta.message = at(MESSAGES, pairs.get(pair)!);
  }
}

// ---- Avatars ---------------------------------------------------------------------------------------

/**
 * Where the showcase's pictures are (`avatarUrl: (id) => \`${SHOWCASE_AVATAR_BASE}/${id}.svg\``), drawn by
 * {@link showcaseAvatarHandlers}: nothing reaches the network. An https URL, as MentorEd sends them (the
 * elements show only https or same-origin pictures).
 */
export const SHOWCASE_AVATAR_BASE = 'https://avatars.mentored.example';

const PALETTE = ['#c7d2fe', '#fde68a', '#bbf7d0', '#fecaca', '#bae6fd', '#e9d5ff', '#fed7aa', '#99f6e4'];
const INK = ['#3730a3', '#92400e', '#166534', '#991b1b', '#075985', '#6b21a8', '#9a3412', '#115e59'];

/** A small, deterministic portrait (shoulders and head) per user id: no network, no real faces. */
function portrait(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const i = hash % PALETTE.length;
  const hair = ['#1f2937', '#78350f', '#111827', '#a16207'][hash % 4];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${PALETTE[i]}"/>
  <circle cx="32" cy="70" r="26" fill="${INK[i]}"/>
  <circle cx="32" cy="27" r="13" fill="#f2c9a0"/>
  <path d="M19 26c0-9 6-14 13-14s13 5 13 14c-3-5-8-7-13-7s-10 2-13 7z" fill="${hair}"/>
</svg>`;
}

/** MSW handlers that draw the pictures under {@link SHOWCASE_AVATAR_BASE} (Storybook, the demo). */
export const showcaseAvatarHandlers: HttpHandler[] = [
  http.get(`${SHOWCASE_AVATAR_BASE}/:file`, async ({ params }) => {
    await delay(0);
    const id = String(params.file).replace(/\.svg$/, '');
    return new HttpResponse(portrait(id), {
      headers: { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' },
    });
  }),
];
