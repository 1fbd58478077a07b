// Bad set-up fails fast with one clear line: each case runs the built service or runtime CLI as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../graph/runtime/paths.js';

const mainJs = join(projectRoot, 'dist', 'src', 'main.js');
const cliJs = join(projectRoot, 'dist', 'src', 'cli', 'neo4j.js');

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

let busy: { server: Server; port: number };
const scratch = mkdtempSync(join(tmpdir(), 'concordance-setup-'));

beforeAll(async () => {
  expect(existsSync(mainJs), 'run `npm run build` first: these checks run the built service').toBe(true);
  busy = await occupyPort();
});
afterAll(() => {
  busy.server.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the service refuses a bad set-up with one line', () => {
  it('a bad environment value', () => {
    const { status, stderr } = run(mainJs, [], { PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr).toBe("concordance: PORT must be a port number from 0 to 65535 (got 'abc')");
  });

  it('an unreachable NEO4J_URI', () => {
    const { status, stderr } = run(mainJs, [], { NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^concordance: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /);
  });

  it('a service port in use', () => {
    const { status, stderr } = run(mainJs, [], { PORT: String(busy.port), NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(status).toBe(1);
    expect(stderr).toBe(`concordance: PORT ${busy.port} is already in use by another process: stop it, or choose another port with PORT=…`);
  });

  it('a Bolt port in use for the local Neo4j', () => {
    const { status, stderr } = run(cliJs, ['start', '--instance', 'port-check'], { NEO4J_BOLT_PORT: String(busy.port) });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `concordance: Bolt port ${busy.port} on 127.0.0.1 is already in use by another process: stop it, or choose another port with NEO4J_BOLT_PORT`,
    );
  });

  it('Java missing', () => {
    const { status, stderr } = run(cliJs, ['start', '--instance', 'java-check'], { PATH: scratch, CONCORDANCE_NEO4J_DIR: scratch });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^concordance: Java is not installed or not on the PATH: Neo4j 5\.26 needs Java 17 or 21/);
  });

  it('Maven missing when the jars have not been fetched yet', () => {
    // A PATH holding java alone: the jars folder is empty, so the runtime must ask Maven for them.
    const javaOnly = join(scratch, 'bin');
    const java = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).stdout.trim();
    spawnSync('mkdir', ['-p', javaOnly]);
    symlinkSync(java, join(javaOnly, 'java'));
    const { status, stderr } = run(cliJs, ['fetch'], { PATH: javaOnly, CONCORDANCE_NEO4J_DIR: join(scratch, 'neo4j') });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^concordance: Maven is not installed or not on the PATH/);
  });
});
