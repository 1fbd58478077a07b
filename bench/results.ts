// What a benchmark run records, per scale, question and number of clients: written to bench/results/<date>.json.
import type { Measured } from './measure.js';
import type { AnswersAheadSeen } from './processes.js';

export interface ClientRun {
  clients: number;
  driver: Measured;
  uncached: Measured;
  stored: Measured;
  bare: Measured;
  peer?: Measured;
}

export interface QuestionResult {
  name: string;
  base: boolean;
  dbHits: number;
  /** The first request of the question to the service as it runs, once it said it was ready, ms. */
  firstAfterStartMs: number;
  runs: ClientRun[];
  /** Why it was not measured (its runs are then empty). */
  error?: string;
}

export interface ScaleResult {
  scale: number;
  /** A bare `RETURN 1` through the driver, per number of clients: the floor of any statement here. */
  returnOne: { clients: number; p50: number; p95: number; rps: number }[];
  entries: number;
  loadSeconds: number;
  /** From starting the service as it runs to /readyz 200: warm-up and the base reports. */
  readySeconds: number;
  /** The page's answers encoded ahead before it was ready: how many, their bytes and the time they took (part of readySeconds). */
  answersAhead: AnswersAheadSeen | null;
  storedRssMb: number;
  questions: QuestionResult[];
}
