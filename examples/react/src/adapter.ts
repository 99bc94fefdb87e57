import { MemoryAdapter } from 'mentoring-requests';

// One adapter for the inbox and the header badge: the same object, so they share one store.
// A real site: new MentorEdAdapter({ baseUrl: 'https://your-host/mentoring/v1', token: () => getToken() })
export const adapter = new MemoryAdapter({ seed: 7 });

// For scripts/examples-drive.mjs (`npm run test:examples`), which makes a call fail through the
// MemoryAdapter's test controls (`failNext`). A real site leaves this out.
Object.assign(window, { exampleAdapter: adapter });
