// Keeps the local Neo4j a process started running: it watches the instance's pid and, when the database dies,
// starts it again with a growing pause between tries, saying so in the log; its status feeds /readyz.
import { localStatus, startLocalNeo4j, type LocalInstanceOptions, type Log } from './localNeo4j.js';

export type SupervisedState = 'running' | 'restarting' | 'stopped';

export interface SupervisorStatus {
  state: SupervisedState;
  /** Restarts since the supervisor started. */
  restarts: number;
  /** When the database was last found dead (ISO 8601), if ever. */
  lastExitAt?: string;
  /** Why the last restart attempt failed, until one succeeds. */
  lastError?: string;
}

export interface SupervisorOptions {
  /** How often the pid is checked. */
  checkEveryMs?: number;
  /** Pauses before each try, in order; the last repeats. */
  backoffMs?: readonly number[];
  /** Up this long after a restart, the pause sequence starts over. */
  stableAfterMs?: number;
}

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export class Neo4jSupervisor {
  private timer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;
  private stopped = false;
  private attempt = 0;
  private upSince = Date.now();
  private readonly current: SupervisorStatus = { state: 'running', restarts: 0 };
  private readonly listeners = new Set<(state: SupervisedState) => void>();

  constructor(
    private readonly instance: LocalInstanceOptions,
    private readonly log: Log,
    private readonly options: SupervisorOptions = {},
  ) {}

  start(): this {
    this.schedule(this.options.checkEveryMs ?? 1_000);
    return this;
  }

  status(): SupervisorStatus {
    return { ...this.current };
  }

  /**
   * Calls `listener` with each new state as soon as the supervisor knows it (the executor refuses queries at once
   * while the database is restarting); returns the function that stops it.
   */
  onStateChange(listener: (state: SupervisedState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private enter(state: SupervisedState): void {
    if (this.current.state === state) return;
    this.current.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Stops watching; waits for a restart under way, so that the caller can then stop the database itself. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.restarting;
    this.enter('stopped');
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.check(), delayMs);
    this.timer.unref();
  }

  private check(): void {
    if (this.stopped) return;
    const { running, pid } = localStatus(this.instance.instance);
    if (running) {
      this.enter('running');
      if (Date.now() - this.upSince > (this.options.stableAfterMs ?? 60_000)) this.attempt = 0;
      this.schedule(this.options.checkEveryMs ?? 1_000);
      return;
    }
    if (this.current.state === 'running') {
      this.enter('restarting');
      this.current.lastExitAt = new Date().toISOString();
      this.log(`The local Neo4j '${this.instance.instance}'${pid === null ? '' : ` (pid ${pid})`} is not running: restarting it.`);
    }
    const backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
    const pause = backoff[Math.min(this.attempt, backoff.length - 1)] ?? 1_000;
    this.attempt += 1;
    this.log(`Restart ${this.attempt} of the local Neo4j '${this.instance.instance}' in ${pause / 1000} s …`);
    this.timer = setTimeout(() => {
      if (this.stopped) return;
      this.restarting = this.restart().finally(() => {
        this.restarting = undefined;
      });
    }, pause);
    this.timer.unref();
  }

  private async restart(): Promise<void> {
    try {
      const running = await startLocalNeo4j(this.instance, this.log);
      this.current.restarts += 1;
      this.enter('running');
      delete this.current.lastError;
      this.upSince = Date.now();
      this.log(`The local Neo4j '${this.instance.instance}' is back (pid ${running.pid}) after ${this.current.restarts} restart(s).`);
      this.schedule(this.options.checkEveryMs ?? 1_000);
    } catch (error) {
      this.current.lastError = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.log(`Restarting the local Neo4j '${this.instance.instance}' failed: ${this.current.lastError}`);
      this.check();
    }
  }
}
