// The service's configuration, read once from the environment and parsed with zod.
// A bad value stops start-up with one line that names the variable and what is allowed.
import { z } from 'zod';

const port = (name: string, fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .transform((raw, ctx) => {
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value > 65535) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a port number from 0 to 65535 (got '${raw}')` });
        return z.NEVER;
      }
      return value;
    });

const memory = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((raw) => /^\d+[mg]$/.test(raw), { message: `${name} must be a size such as 512m or 2g` });

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .optional()
    .refine((raw) => raw === undefined || /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw), {
      message: 'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// address, e.g. neo4j://localhost:7687',
    }),
  NEO4J_USER: z.string().min(1, 'NEO4J_USER must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'NEO4J_DATABASE must be a Neo4j database name (3–63 letters, digits, dots or dashes)')
    .default('neo4j'),
  NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT', 7687),
  NEO4J_HEAP: memory('NEO4J_HEAP', '1g'),
  NEO4J_PAGECACHE: memory('NEO4J_PAGECACHE', '512m'),
  PORT: port('PORT', 4000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { message: 'LOG_LEVEL must be one of debug, info, warn, error' }).default('info'),
  LOG_FORMAT: z.enum(['text', 'json'], { message: 'LOG_FORMAT must be text (lines for a person) or json (one JSON object per line)' }).default('text'),
  QUERY_TIMEOUT_MS: z
    .string()
    .default('15000')
    .refine((raw) => /^\d+$/.test(raw) && Number(raw) >= 100, { message: 'QUERY_TIMEOUT_MS must be a whole number of milliseconds, at least 100' })
    .transform(Number),
  REPORT_CACHE_TTL_MS: z
    .string()
    .default('1000')
    .refine((raw) => /^\d+$/.test(raw), { message: 'REPORT_CACHE_TTL_MS must be a whole number of milliseconds (0 turns the report cache off)' })
    .transform(Number),
  REPORT_STORE: z
    .enum(['precompute', 'on', 'off'], {
      message: 'REPORT_STORE must be precompute (the base reports computed ahead, every report kept per data version), on (kept once asked) or off',
    })
    .default('precompute'),
  REPORT_STORE_LISTS: z
    .string()
    .default('all')
    .transform((raw) => (raw.trim() === 'all' ? ('all' as const) : raw.split(',').map((id) => id.trim()).filter((id) => id.length > 0))),
  // What the service keeps in memory to answer by lookup: a quarter for the reports kept per data version, a quarter for
  // encoded answers, half for the answers encoded ahead and pinned (decision 0028).
  ANSWER_MEMORY: memory('ANSWER_MEMORY', '512m').transform((raw) => Number(raw.slice(0, -1)) * (raw.endsWith('g') ? 1024 : 1) * 1024 * 1024),
  REPORTS_PER_CLIENT: z
    .string()
    .default('4')
    .refine((raw) => /^\d+$/.test(raw) && Number(raw) <= 1000, {
      message: 'REPORTS_PER_CLIENT must be a whole number from 0 to 1000: how many expensive reports one client (remote address) may run at once; 0 means no limit',
    })
    .transform(Number),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return [] as string[];
      if (raw.trim() === '*') return '*' as const;
      const origins = raw.split(',').map((o) => o.trim()).filter((o) => o.length > 0);
      for (const origin of origins) {
        let parsed: URL | undefined;
        try {
          parsed = new URL(origin);
        } catch {
          parsed = undefined;
        }
        if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
          ctx.addIssue({
            code: 'custom',
            message: `CORS_ORIGINS must be * or a comma-separated list of origins (scheme, host and port, no path or trailing slash), such as https://tools.example.org,http://localhost:5173 (got '${origin}')`,
          });
          return z.NEVER;
        }
      }
      return origins;
    }),
  GRAPHQL_STACKTRACES: z
    .enum(['0', '1'], { message: 'GRAPHQL_STACKTRACES must be 1 (error responses carry stack traces, for debugging) or 0 (the default: never)' })
    .default('0'),
});

export interface Config {
  neo4j: {
    /** Absent: the service runs its own local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
  };
  local: { boltPort: number; heap: string; pageCache: string };
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  logFormat: 'text' | 'json';
  queryTimeoutMs: number;
  /** How long the data version is trusted before it is re-read; 0 turns the report cache off. */
  reportCacheTtlMs: number;
  /** Expensive reports one client (remote address) may run at once; 0: no limit. */
  reportsPerClient: number;
  /** How reports are kept per data version (docs/decisions/0020). */
  reportStore: 'precompute' | 'on' | 'off';
  /** The lists whose one-list base reports are computed ahead ('all', or some list ids). */
  reportStoreLists: 'all' | string[];
  /** Bytes of memory for answers kept ahead and per data version (ANSWER_MEMORY). */
  answerMemoryBytes: number;
  /** Origins whose browser pages may read responses; empty (the default): none, '*': any. Never with credentials. */
  corsOrigins: string[] | '*';
  /** Stack traces in GraphQL error responses: only when the operator asks (they show server file paths). */
  stacktraces: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as a shell `VAR=` usually means.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    const message = issue?.message ?? 'invalid environment';
    throw new ConfigError(message.startsWith(variable) ? message : `${variable}: ${message}`);
  }
  const e = parsed.data;
  return {
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    local: { boltPort: e.NEO4J_BOLT_PORT, heap: e.NEO4J_HEAP, pageCache: e.NEO4J_PAGECACHE },
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    reportCacheTtlMs: e.REPORT_CACHE_TTL_MS,
    reportsPerClient: e.REPORTS_PER_CLIENT,
    reportStore: e.REPORT_STORE,
    reportStoreLists: e.REPORT_STORE_LISTS,
    answerMemoryBytes: e.ANSWER_MEMORY,
    corsOrigins: e.CORS_ORIGINS,
    stacktraces: e.GRAPHQL_STACKTRACES === '1',
  };
}
