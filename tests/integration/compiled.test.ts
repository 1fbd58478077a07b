// The built service and importer, run as `npm start` and `npm run import` run them: from dist/, as processes.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { portIsFree } from '../../graph/runtime/localNeo4j.js';
import { projectRoot } from '../../graph/runtime/paths.js';

const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: inject('neo4jDatabase'), LOG_LEVEL: 'warn', NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') ?? '' };

describe('the compiled code', () => {
  it('imports from dist/ (finding the seed files from the project root)', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'dist', 'seed', 'import.js'), 'technologies'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/technologies: already loaded from these files: nothing changed/);
    expect(run.stdout).toMatch(/import done in [\d.]+ s — nodes: .*Entry \d+/);
  });

  // Ready once the base reports are computed (docs/decisions/0020): tens of seconds on two busy cores.
  it('serves from dist/, answers, and stops cleanly on SIGTERM', { timeout: 300_000 }, async () => {
    let port = 4600;
    while (!(await portIsFree(port))) port += 1;
    const service = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { env: { ...env, PORT: String(port) }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => service.once('exit', (code) => resolve(code)));
    let ready = false;
    for (let i = 0; i < 960 && !ready; i++) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false);
      if (!ready) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready).toBe(true);
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regimes { code } }"}' });
    expect(((await answer.json()) as { data: { regimes: unknown[] } }).data.regimes).toHaveLength(5);
    service.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
