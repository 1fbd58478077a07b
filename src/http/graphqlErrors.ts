// Maps every GraphQL error to the API's closed set of codes, with the offending argument for bad input.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { toConcordanceError } from '../errors.js';
import type { Logger } from '../log.js';

// Codes Apollo and graphql-js assign before our resolvers run (parse, validation, variable coercion).
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export function formatGraphQLError(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const existing = formatted.extensions?.code;
    if (typeof existing === 'string' && REQUEST_CODES.has(existing)) return formatted;
    const original = unwrapResolverError(error);
    const mapped = toConcordanceError(original);
    if (mapped.code === 'INTERNAL_SERVER_ERROR' || mapped.code === 'DATABASE_UNAVAILABLE') {
      // The client gets the code and a safe message; the log keeps the cause.
      const cause = mapped.cause ?? original;
      log.error(`${mapped.code} at ${formatted.path?.join('.') ?? '(no path)'}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    }
    const extensions: Record<string, unknown> = { code: mapped.code };
    if (mapped.argument !== undefined) extensions.argument = mapped.argument;
    if (!production && formatted.extensions?.stacktrace !== undefined && mapped.code === 'INTERNAL_SERVER_ERROR') {
      extensions.stacktrace = formatted.extensions.stacktrace;
    }
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
