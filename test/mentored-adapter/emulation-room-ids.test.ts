/**
 * Chat room ids in the MSW emulation, as MentorEd makes them (ELEVATE-Project/mentoring master aa52d89e,
 * paths under `src/`):
 * - services/connections.js `accept` (297-318) and services/requestSessions.js `accept` (422-452, a
 *   session accept that connects the two) create a room only when both users' extensions exist and both
 *   have `settings.chat_enabled === true`; the room (helpers/communications.js `createChatRoom`) goes into
 *   the connection's `meta.room_id` (database/queries/connection.js `updateConnection`), and the accept
 *   answers that row. Otherwise `meta` has no `room_id`.
 * - a user's `settings.chat_enabled` defaults to ENABLE_CHAT (database/models/userExtension.js `settings`
 *   defaultValue, and the 20241114175723 migration for existing users); ENABLE_CHAT defaults to false
 *   (src/envVariables.js). The emulation's `enableChat` option is ENABLE_CHAT.
 * What a host sees: `chat-open`'s `roomId` (DESIGN.md: "when the server gave one").
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/define-all.js';
import type { MessageRequestDetail } from '../../src/elements/message-request-detail/message-request-detail.js';
import { BASE, setup, useMentorEdWorker } from './support.js';
import { emulationClient } from './emulation-client.js';
import { button, loaded, record } from '../detail-helpers.js';

useMentorEdWorker();

describe('MentorEd emulation: chat room ids as upstream makes them', () => {
  const { post, json } = emulationClient(BASE);

  it('ENABLE_CHAT off (the default): no accept makes a room, on the wire or in the adapter', async () => {
    const { db, adapter } = setup();
    const [first, ...rest] = db.pendingReceivedMessageIds();
    const answer = await json(await post('connections/accept', { user_id: first }));
    expect(answer.result.meta).to.not.have.property('room_id');
    for (const id of rest)
      expect((await adapter.acceptMessageRequest(id)).item).to.not.have.property('roomId');
    // A session accept that connects the mentee makes no room either.
    const sessionId = db.pendingReceivedSessionIds()[0]!;
    const mentee = db.sessionRequests.find((r) => r.id === sessionId)!.requestor_id;
    await adapter.acceptSessionRequest(sessionId);
    expect(db.connectionBetween(db.me, mentee, ['ACCEPTED'])!.meta).to.not.have.property('room_id');
    expect(db.connections.some((c) => c.meta.room_id !== undefined)).to.equal(false);
  });

  it('ENABLE_CHAT on: every accept makes a new room, answered in meta.room_id and kept by getInfo', async () => {
    const { db, adapter } = setup({ enableChat: true });
    const [first, second] = db.pendingReceivedMessageIds();
    const answer = await json(await post('connections/accept', { user_id: first }));
    const room = (answer.result.meta as Record<string, unknown>).room_id;
    expect(room).to.be.a('string').and.not.equal('');
    expect((await adapter.getMessageRequest(first!)).roomId).to.equal(room);
    const accepted = await adapter.acceptMessageRequest(second!);
    expect(accepted.item.roomId).to.be.a('string').and.not.equal(room);
    expect(accepted.item.roomId).to.equal(db.connectionBetween(db.me, second!, ['ACCEPTED'])!.meta.room_id);
  });

  it('only when both users have chat enabled: one without it gets no room', async () => {
    const { db, adapter } = setup({ enableChat: true });
    const [peerOff, peerOn] = db.pendingReceivedMessageIds();
    db.users.get(peerOff!)!.chat_enabled = false;
    expect((await adapter.acceptMessageRequest(peerOff!)).item).to.not.have.property('roomId');
    expect((await adapter.acceptMessageRequest(peerOn!)).item.roomId).to.be.a('string');

    const viewerOff = setup({ enableChat: true, me: { chat_enabled: false } });
    const id = viewerOff.db.pendingReceivedMessageIds()[0]!;
    expect((await viewerOff.adapter.acceptMessageRequest(id)).item).to.not.have.property('roomId');
  });

  it('a session accept that connects the two makes the room too (requestSessions.js accept)', async () => {
    const { db, adapter } = setup({ enableChat: true });
    const sessionId = db.pendingReceivedSessionIds().find((id) => {
      const mentee = db.sessionRequests.find((r) => r.id === id)!.requestor_id;
      return !db.connectionBetween(db.me, mentee, ['ACCEPTED']);
    })!;
    const mentee = db.sessionRequests.find((r) => r.id === sessionId)!.requestor_id;
    await adapter.acceptSessionRequest(sessionId);
    expect(db.connectionBetween(db.me, mentee, ['ACCEPTED'])!.meta.room_id).to.be.a('string');
  });

  it('<message-request-detail>: chat-open carries the room on accept and on Open chat, none without chat', async () => {
    const open = async (enableChat: boolean) => {
      const { db, adapter } = setup({ enableChat });
      const id = db.pendingReceivedMessageIds()[0]!;
      const el = await fixture<MessageRequestDetail>(
        html`<message-request-detail .adapter=${adapter} request-id=${id}></message-request-detail>`,
      );
      await loaded(el);
      const rec = record('chat-open');
      button(el, 'Accept')!.click();
      await waitUntil(() => rec.events.length === 1, 'no chat-open after the accept');
      await el.updateComplete;
      button(el, 'Open chat')!.click();
      rec.stop();
      const room = db.connectionBetween(db.me, id, ['ACCEPTED'])!.meta.room_id;
      return { details: rec.events.map((e) => e.detail), room };
    };
    const on = await open(true);
    expect(on.room).to.be.a('string');
    expect(on.details.map((d) => d.roomId)).to.deep.equal([on.room, on.room]);
    const off = await open(false);
    expect(off.details).to.have.length(2);
    for (const detail of off.details) expect(detail).to.not.have.property('roomId');
  });
});
