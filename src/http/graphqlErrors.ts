// Maps every GraphQL error to the API's closed set of codes, with the offending argument for bad input.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ConcordanceError, toConcordanceError, UNREACHABLE_MESSAGE } from '../errors.js';
import { describeBadLiteral, describeBadVariable } from '../graphql/badLiteral.js';
import type { Logger } from '../log.js';
import { TOO_COMPLEX } from '../graphql/limits.js';

// Codes Apollo and graphql-js assign before our resolvers run (parse, validation, variable coercion).
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js reports a bad literal argument value (an unknown enum value, a string for an Int) as a
// validation failure; for the client it is bad input, and the message names the value and the type.
const BAD_LITERAL = /^(Value ".*" does not exist in ".*" enum|Enum ".*" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Expected value of type)/;

/** Drops a stack trace Apollo attached, unless the operator asked for them: they name server files. */
function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.stacktrace === undefined) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

export function formatGraphQLError(log: Logger, stacktraces: boolean) {
  const format = mapGraphQLError(log, stacktraces);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return stacktraces ? result : withoutStacktrace(result);
  };
}

function mapGraphQLError(log: Logger, stacktraces: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const existing = formatted.extensions?.code;
    // Apollo gives every validation error the same code; the limits get one a client can act on.
    if (existing === 'GRAPHQL_VALIDATION_FAILED' && /^query (depth|cost|aliases|root fields|fields) \d+ exceeds the limit/.test(formatted.message)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: TOO_COMPLEX } };
    }
    if (existing === TOO_COMPLEX) return { message: formatted.message, locations: formatted.locations, extensions: { code: TOO_COMPLEX } };
    const tokens = existing === 'GRAPHQL_PARSE_FAILED' ? /Document contains more th\w+ (\d+) tokens/.exec(formatted.message) : null;
    if (tokens) {
      return { message: `query has more than ${tokens[1]} tokens, the most a request may hold; ask for less in one request`, extensions: { code: TOO_COMPLEX } };
    }
    if (existing === 'GRAPHQL_VALIDATION_FAILED' && BAD_LITERAL.test(formatted.message)) {
      const { argument, message } = describeBadLiteral(error, formatted.message);
      return { ...formatted, message, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', ...(argument !== undefined ? { argument } : {}) } };
    }
    if (existing === 'BAD_USER_INPUT') {
      // A bad value in the variables: named by the argument it was passed to, as a bad literal is.
      const body = (error as Partial<GraphQLError> | null)?.source?.body ?? (error as { originalError?: Partial<GraphQLError> } | null)?.originalError?.source?.body;
      const described = describeBadVariable(formatted.message, body ?? undefined);
      if (described) {
        const { argument, variable, message } = described;
        return { ...formatted, message, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', ...(argument !== undefined ? { argument } : {}), variable } };
      }
    }
    if (typeof existing === 'string' && REQUEST_CODES.has(existing)) return formatted;
    const original = unwrapResolverError(error);
    const mapped = toConcordanceError(original);
    // A query refused at once because the database is known to be down (the executor's breaker, a supervised restart)
    // has no cause to tell: the supervisor's log already says it, and one stack a request would flood the log (and
    // take the CPU a restarting Neo4j needs) during an outage.
    const refused = original instanceof ConcordanceError && original.message === UNREACHABLE_MESSAGE && original.cause === undefined;
    if ((mapped.code === 'INTERNAL_SERVER_ERROR' || mapped.code === 'DATABASE_UNAVAILABLE') && !refused) {
      // The client gets the code and a safe message; the log keeps the cause.
      const cause = mapped.cause ?? original;
      log.error(`${mapped.code} at ${formatted.path?.join('.') ?? '(no path)'}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    } else if (mapped.code === 'QUERY_TIMEOUT') {
      // Neo4j's own code and words, so that a timeout can be told from an outage in the log.
      const cause = mapped.cause as { code?: unknown; message?: unknown } | undefined;
      log.warn(`${mapped.code} at ${formatted.path?.join('.') ?? '(no path)'}: ${String(cause?.code ?? '')} ${String(cause?.message ?? '').split('\n')[0]}`);
    }
    const extensions: Record<string, unknown> = { code: mapped.code };
    if (mapped.argument !== undefined) extensions.argument = mapped.argument;
    if (stacktraces && formatted.extensions?.stacktrace !== undefined) {
      extensions.stacktrace = formatted.extensions.stacktrace;
    }
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
