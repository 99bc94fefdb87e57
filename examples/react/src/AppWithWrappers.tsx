// React 18 sets every prop on a custom element as an attribute and can't listen to custom events:
// use the @lit/react wrappers, which set properties and map events to camelCase handler props.
// (They work in React 19 too.) Importing 'mentoring-requests/react' also defines the tags.
import { RequestsBadge, RequestsPage } from 'mentoring-requests/react';
import { useState } from 'react';
import { adapter } from './adapter.js';

export function AppWithWrappers() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <>
      <header>
        <a href="#inbox">
          Requests <RequestsBadge adapter={adapter} hideZero />
        </a>
      </header>
      <main id="inbox">
        <h1>Requests (React 18 style)</h1>
        <RequestsPage
          adapter={adapter}
          pageSize={10}
          onRequestAccepted={(event) =>
            note(`request-accepted: ${event.detail.kind} request ${event.detail.request.id}`)
          }
          onRequestRejected={({ detail: { kind, request, reason } }) =>
            note(`request-rejected: ${kind} request ${request.id}, reason: ${reason ?? '(none)'}`)
          }
          onChatOpen={(event) => note(`chat-open: room ${event.detail.roomId ?? '(none)'}`)}
          onRequestError={({ detail: { kind, action, error } }) =>
            note(`request-error: ${action} ${kind} failed (${error.kind})`)
          }
        />
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
