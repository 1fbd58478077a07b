import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('has working defaults: its own local Neo4j, port 4000', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.port).toBe(4000);
    expect(config.local).toEqual({ boltPort: 7687, heap: '1g', pageCache: '512m' });
  });

  it('accepts routing and direct URIs for an external Neo4j', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' }).neo4j.password).toBe('secret');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a port number from 0 to 65535 \(got 'abc'\)$/],
    [{ PORT: '70000' }, /^PORT must be a port number/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /^NEO4J_URI must be a neo4j:\/\/, neo4j\+s:\/\/, bolt:\/\/ or bolt\+s:\/\/ address/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of debug, info, warn, error$/],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT must be text \(lines for a person\) or json \(one JSON object per line\)$/],
    [{ NEO4J_HEAP: 'lots' }, /^NEO4J_HEAP must be a size such as 512m or 2g$/],
    [{ QUERY_TIMEOUT_MS: '5' }, /^QUERY_TIMEOUT_MS must be a whole number of milliseconds, at least 100$/],
    [{ GRAPHQL_STACKTRACES: 'yes' }, /^GRAPHQL_STACKTRACES must be 1 \(error responses carry stack traces, for debugging\) or 0/],
    [{ CORS_ORIGINS: 'https://tools.example/app' }, /^CORS_ORIGINS must be \* or a comma-separated list of origins .* \(got 'https:\/\/tools\.example\/app'\)$/],
    [{ CORS_ORIGINS: 'tools.example' }, /^CORS_ORIGINS must be/],
    [{ REPORTS_PER_CLIENT: 'many' }, /^REPORTS_PER_CLIENT must be a whole number from 0 to 1000: how many expensive reports one client \(remote address\) may run at once; 0 means no limit$/],
    [{ REPORTS_PER_CLIENT: '-1' }, /^REPORTS_PER_CLIENT must be a whole number/],
    [{ NEO4J_DATABASE: 'x' }, /^NEO4J_DATABASE must be a Neo4j database name \(3–63 letters, digits, dots or dashes\)$/],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('logs text lines unless LOG_FORMAT=json', () => {
    expect(loadConfig({}).logFormat).toBe('text');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });

  it('limits each client to 4 expensive reports at once unless REPORTS_PER_CLIENT says otherwise', () => {
    expect(loadConfig({}).reportsPerClient).toBe(4);
    expect(loadConfig({ REPORTS_PER_CLIENT: '0' }).reportsPerClient).toBe(0);
    expect(loadConfig({ REPORTS_PER_CLIENT: '16' }).reportsPerClient).toBe(16);
  });

  it('keeps 512 MB for answers unless ANSWER_MEMORY says otherwise, and names what a size looks like', () => {
    expect(loadConfig({}).answerMemoryBytes).toBe(512 * 1024 * 1024);
    expect(loadConfig({ ANSWER_MEMORY: '2g' }).answerMemoryBytes).toBe(2 * 1024 * 1024 * 1024);
    expect(loadConfig({ ANSWER_MEMORY: '64m' }).answerMemoryBytes).toBe(64 * 1024 * 1024);
    expect(() => loadConfig({ ANSWER_MEMORY: '2 GB' })).toThrow('ANSWER_MEMORY must be a size such as 512m or 2g');
  });

  it('leaves stack traces out of error responses unless GRAPHQL_STACKTRACES=1', () => {
    expect(loadConfig({}).stacktraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).stacktraces).toBe(false);
    expect(loadConfig({ GRAPHQL_STACKTRACES: '1' }).stacktraces).toBe(true);
  });

  it('allows no cross-origin reads unless CORS_ORIGINS lists origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://tools.example, http://localhost:5173' }).corsOrigins).toEqual(['https://tools.example', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).port).toBe(4000);
  });
});
