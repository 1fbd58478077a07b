// The page's one door to the service: GraphQL over POST /graphql (the public API), and /readyz.
// Nothing the page shows is computed anywhere else.

export type ErrorCode = 'DATABASE_UNAVAILABLE' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'QUERY_TIMEOUT' | 'QUERY_TOO_LARGE' | 'SERVICE_UNREACHABLE' | string;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly argument?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/** Runs a query; throws ApiError with the service's error code (SERVICE_UNREACHABLE when nothing answers). */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The service does not answer.', 'SERVICE_UNREACHABLE');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The service answered ${response.status} without a GraphQL response.`, response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR');
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.argument);
  if (body.data === undefined || body.data === null) throw new ApiError('The service answered without data.', 'INTERNAL_SERVER_ERROR');
  return body.data;
}

export interface Readiness {
  ready: boolean;
  neo4j: string;
  migrations: string;
  /** While the first start loads the seed data: what it is loading. */
  loading?: { message: string };
}

export async function readiness(): Promise<Readiness> {
  try {
    const response = await fetch('/readyz', { headers: { accept: 'application/json' } });
    return (await response.json()) as Readiness;
  } catch {
    return { ready: false, neo4j: 'unknown', migrations: 'unknown' };
  }
}

/** A link that opens GraphiQL with this query and its variables filled in. */
export function graphiqlHref(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== null && value !== undefined));
  if (Object.keys(defined).length > 0) params.set('variables', JSON.stringify(defined, null, 2));
  return `/graphiql?${params.toString()}`;
}
