/** The ten calls of the adapter contract (src/adapters/types.ts), for the live tests' forwarding adapters. */
export const ADAPTER_CALLS = [
  'listSessionRequests',
  'getSessionRequest',
  'acceptSessionRequest',
  'rejectSessionRequest',
  'setMeetingLink',
  'listMessageRequests',
  'getMessageRequest',
  'acceptMessageRequest',
  'rejectMessageRequest',
  'countPending',
] as const;
