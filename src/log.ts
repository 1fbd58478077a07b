// A small levelled logger writing one line per event to stderr (stdout stays free for CLI output): text for a
// person at a terminal, or with LOG_FORMAT=json one JSON object per line for a log collector. Lines written while
// a request is handled carry its request id (withLogContext), whichever module writes them.
import { AsyncLocalStorage } from 'node:async_hooks';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'text' | 'json';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured details of an event: in JSON they are fields of the line, in text `key=value` after the message. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const context = new AsyncLocalStorage<LogFields>();

/** Runs `work` with `fields` (a request id) added to every line logged within it, across awaits. */
export function withLogContext<T>(fields: LogFields, work: () => T): T {
  return context.run({ ...context.getStore(), ...fields }, work);
}

function textFields(fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' && /[\s"=]/.test(value) ? JSON.stringify(value) : String(value)}`);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** One line for an event; exported for the tests, which check both formats without capturing stderr. */
export function formatLine(format: LogFormat, level: LogLevel, message: string, fields: LogFields, time = new Date()): string {
  if (format === 'json') return `${JSON.stringify({ time: time.toISOString(), level, msg: message, ...fields })}\n`;
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${message}${textFields(fields)}\n`;
}

export function createLogger(level: LogLevel, format: LogFormat = 'text', write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const at = (l: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (ORDER[l] >= ORDER[level]) write(formatLine(format, l, message, { ...context.getStore(), ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
