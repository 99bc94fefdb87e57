// React 19 renders custom elements natively: props that are element properties are set as properties
// (`adapter`, `pageSize`), and `on` + the exact event name adds a listener (`onrequest-accepted`).
import 'mentoring-requests/define.js'; // define the tags before the first render, so the properties exist
import type {} from 'mentoring-requests/jsx'; // types for <requests-page> & co. in JSX
import { MemoryAdapter, type ChatOpenEvent, type RequestAcceptedEvent } from 'mentoring-requests';
import { useState } from 'react';

// A real site: new MentorEdAdapter({ baseUrl: 'https://your-host/mentoring/v1', token: () => getToken() })
const adapter = new MemoryAdapter({ seed: 7 });

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  const onAccepted = (event: RequestAcceptedEvent) =>
    note(`request-accepted: ${event.detail.kind} request ${event.detail.request.id}`);
  const onChatOpen = (event: ChatOpenEvent) => note(`chat-open: room ${event.detail.roomId ?? '(none)'}`);

  return (
    <main>
      <h1>Requests</h1>
      <requests-page
        adapter={adapter}
        pageSize={10}
        onrequest-accepted={onAccepted}
        onchat-open={onChatOpen}
      />
      {/* Or with a ref: <requests-page ref={(el) => { if (el) el.adapter = adapter; }} /> */}
      <h2>Events</h2>
      <ol id="log" aria-live="polite">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
