// Errors are data: a closed set of codes, a message a person can act on, and the cause kept.
// `toConcordanceError` is the one place that turns anything thrown into that shape.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export class ConcordanceError extends Error {
  override readonly name = 'ConcordanceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; argument?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.argument = options.argument;
  }
  /** The offending argument, for BAD_USER_INPUT: `regime`, `filter.category`, `first`. */
  readonly argument: string | undefined;
}

export const badInput = (argument: string, message: string): ConcordanceError =>
  new ConcordanceError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

/** HTTP status for each code, used by the plain HTTP endpoints (exports, readiness). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  QUERY_TOO_LARGE: 503,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export const UNREACHABLE_MESSAGE = 'The graph database is unreachable; try again shortly.';
export const unreachable = (cause?: unknown): ConcordanceError => new ConcordanceError('DATABASE_UNAVAILABLE', UNREACHABLE_MESSAGE, { cause });

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function toConcordanceError(error: unknown): ConcordanceError {
  if (error instanceof ConcordanceError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.Cluster')) return unreachable(error);
  // Every pooled connection is busy and none came free in time (the driver gives this error no code of its own).
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Connection acquisition timed out')) {
    return new ConcordanceError('DATABASE_UNAVAILABLE', 'The graph database is busy: every connection is in use; try again shortly.', { cause: error });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new ConcordanceError('QUERY_TIMEOUT', 'The query took longer than the transaction timeout allows; narrow it (a list, a category) and try again.', {
      cause: error,
    });
  }
  // Neo4j caps the memory one transaction may use (dbms.memory.transaction.total.max and per-transaction limits).
  if (code.startsWith('Neo.TransientError.General.') && /Memory/i.test(code)) {
    return new ConcordanceError('QUERY_TOO_LARGE', 'The answer needs more database memory than a query may use; narrow it (one list, one category) and try again.', {
      cause: error,
    });
  }
  return new ConcordanceError('INTERNAL_SERVER_ERROR', 'An internal error occurred.', { cause: error });
}
