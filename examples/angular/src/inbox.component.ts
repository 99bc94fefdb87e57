// Angular 17+ standalone component embedding <requests-page>. Documented only: see ../README.md for why
// this example is not built by `npm test`.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'mentoring-requests/define.js'; // defines the five tags
import { MemoryAdapter, type ChatOpenEvent, type RequestAcceptedEvent } from 'mentoring-requests';

@Component({
  selector: 'app-inbox',
  standalone: true,
  // Lets Angular's template compiler accept unknown elements and their properties and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Requests</h1>
    <!-- [adapter] binds the DOM property; (event-name) listens to the DOM event as dispatched. -->
    <requests-page
      [adapter]="adapter"
      page-size="10"
      (request-accepted)="onAccepted($any($event))"
      (chat-open)="onChatOpen($any($event))"
    ></requests-page>
    <h2>Events</h2>
    <ol aria-live="polite">
      @for (line of log(); track $index) {
        <li>{{ line }}</li>
      }
    </ol>
  `,
})
export class InboxComponent {
  // A real site: new MentorEdAdapter({ baseUrl: 'https://your-host/mentoring/v1', token: () => getToken() })
  readonly adapter = new MemoryAdapter({ seed: 7 });
  readonly log = signal<string[]>([]);

  onAccepted(event: RequestAcceptedEvent): void {
    this.log.update((lines) => [
      ...lines,
      `request-accepted: ${event.detail.kind} request ${event.detail.request.id}`,
    ]);
  }

  onChatOpen(event: ChatOpenEvent): void {
    this.log.update((lines) => [...lines, `chat-open: room ${event.detail.roomId ?? '(none)'}`]); // open your chat here
  }
}
