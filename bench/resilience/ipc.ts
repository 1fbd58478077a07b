// What the suite and its service process share: the instance name and the IPC messages between them.
export const RESILIENCE_INSTANCE = 'resilience';

/** How full the service's bounded stores are: the response cache and Apollo's parsed documents. */
export interface Stores {
  responses: { entries: number; bytes: number };
  documents: { documents: number; bytes: number; maxBytes: number };
}

export type ServiceMessage = { type: 'ready'; url: string } | { type: 'heap'; heapUsed: number; rss: number; stores: Stores };
export type SuiteMessage = { type: 'heap' } | { type: 'stop' };
