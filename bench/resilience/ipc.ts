// What the suite and its service process share: the instance name and the IPC messages between them.
export const RESILIENCE_INSTANCE = 'resilience';

export type ServiceMessage = { type: 'ready'; url: string } | { type: 'heap'; heapUsed: number; rss: number };
export type SuiteMessage = { type: 'heap' } | { type: 'stop' };
