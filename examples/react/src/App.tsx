// React 19 renders custom elements natively: props that are element properties are set as properties
// (`adapter`, `pageSize`), and `on` + the exact event name adds a listener (`onrequest-accepted`).
import 'mentoring-requests/define.js'; // define the tags before the first render, so the properties exist
import type {} from 'mentoring-requests/jsx'; // types for <requests-page> & co. in JSX
import type {
  ChatOpenEvent,
  RequestAcceptedEvent,
  RequestErrorEvent,
  RequestRejectedEvent,
} from 'mentoring-requests';
import { useState } from 'react';
import { adapter } from './adapter.js';

// main.tsx waits for define.js's `ready` before the first render: React sets `adapter` as a property only
// on an element that is already defined, and <requests-badge> is defined when the lazily loaded chunk arrives.
export function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  const onAccepted = (event: RequestAcceptedEvent) =>
    note(`request-accepted: ${event.detail.kind} request ${event.detail.request.id}`);
  const onRejected = ({ detail: { kind, request, reason } }: RequestRejectedEvent) =>
    note(`request-rejected: ${kind} request ${request.id}, reason: ${reason ?? '(none)'}`);
  const onChatOpen = (event: ChatOpenEvent) => note(`chat-open: room ${event.detail.roomId ?? '(none)'}`);
  const onError = ({ detail: { kind, action, error } }: RequestErrorEvent) =>
    note(`request-error: ${action} ${kind} failed (${error.kind})`);

  return (
    <>
      <header>
        <a href="#inbox">
          Requests <requests-badge adapter={adapter} hideZero />
        </a>
      </header>
      <main id="inbox">
        <h1>Requests</h1>
        <requests-page
          adapter={adapter}
          pageSize={10}
          onrequest-accepted={onAccepted}
          onrequest-rejected={onRejected}
          onchat-open={onChatOpen}
          onrequest-error={onError}
        />
        {/* Or with a ref: <requests-page ref={(el) => { if (el) el.adapter = adapter; }} /> */}
        <h2>Events</h2>
        <ol id="log" aria-live="polite">
          {log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </main>
    </>
  );
}
