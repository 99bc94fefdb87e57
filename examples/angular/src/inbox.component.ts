// Angular 21 standalone component embedding <requests-page>, with the pending count in a header
// <requests-badge> on the same adapter. Built and driven headless by `npm run test:examples`.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'mentoring-requests/define.js'; // defines the six tags (and types them: HTMLElementTagNameMap)
import {
  MemoryAdapter,
  type ChatOpenEvent,
  type RequestAcceptedEvent,
  type RequestErrorEvent,
  type RequestRejectedEvent,
} from 'mentoring-requests';
import { AdapterInput } from './adapter-input';

@Component({
  selector: 'app-inbox',
  imports: [AdapterInput],
  // Lets the template compiler accept the custom tags, and properties and events it does not know.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // `[adapter]` sets the DOM property (through AdapterInput, which types it); `(request-accepted)` listens
  // to the DOM event by its name. With `strictTemplates`, `$event` is typed from the library's
  // HTMLElementEventMap entries: passing it to a handler of another event, or a misspelt event name
  // (`$event` is then a plain Event), fails the build.
  template: `
    <header>
      <a href="#inbox">Requests <requests-badge [adapter]="adapter" hide-zero></requests-badge></a>
    </header>
    <main id="inbox">
      <h1>Requests</h1>
      <requests-page
        [adapter]="adapter"
        page-size="10"
        (request-accepted)="onAccepted($event)"
        (request-rejected)="onRejected($event)"
        (chat-open)="onChatOpen($event)"
        (request-error)="onError($event)"
      ></requests-page>
      <h2>Events</h2>
      <ol id="log" aria-live="polite">
        @for (line of log(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class InboxComponent {
  // A real site: new MentorEdAdapter({ baseUrl: 'https://your-host/mentoring/v1', token: () => getToken() })
  readonly adapter = new MemoryAdapter({ seed: 7 });
  readonly log = signal<string[]>([]);

  constructor() {
    // For scripts/examples-drive.mjs (`npm run test:examples`), which makes a call fail through the
    // MemoryAdapter's test controls (`failNext`). A real site leaves this out.
    Object.assign(window, { exampleAdapter: this.adapter });
  }

  onAccepted(event: RequestAcceptedEvent): void {
    this.note(`request-accepted: ${event.detail.kind} request ${event.detail.request.id}`);
  }

  onRejected(event: RequestRejectedEvent): void {
    const { kind, request, reason } = event.detail;
    this.note(`request-rejected: ${kind} request ${request.id}, reason: ${reason ?? '(none)'}`);
  }

  onChatOpen(event: ChatOpenEvent): void {
    this.note(`chat-open: room ${event.detail.roomId ?? '(none)'}`); // open your chat here
  }

  onError(event: RequestErrorEvent): void {
    const { kind, action, error } = event.detail;
    this.note(`request-error: ${action} ${kind} failed (${error.kind})`);
  }

  private note(line: string): void {
    this.log.update((lines) => [...lines, line]);
  }
}
