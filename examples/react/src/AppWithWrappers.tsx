// React 18 sets every prop on a custom element as an attribute and can't listen to custom events:
// use the @lit/react wrappers, which set properties and map events to camelCase handler props.
// (They work in React 19 too.) Importing 'mentoring-requests/react' also defines the tags.
import { RequestsPage } from 'mentoring-requests/react';
import { MemoryAdapter } from 'mentoring-requests';
import { useState } from 'react';

const adapter = new MemoryAdapter({ seed: 7 });

export function AppWithWrappers() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main>
      <h1>Requests (React 18 style)</h1>
      <RequestsPage
        adapter={adapter}
        pageSize={10}
        onRequestAccepted={(event) =>
          note(`request-accepted: ${event.detail.kind} request ${event.detail.request.id}`)
        }
        onChatOpen={(event) => note(`chat-open: room ${event.detail.roomId ?? '(none)'}`)}
      />
      <h2>Events</h2>
      <ol id="log" aria-live="polite">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
