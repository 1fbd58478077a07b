// The project's commands as a user runs them: --help lists every option with its default and exits 0, a
// mistake is refused with one line naming it and what is allowed (exit 2), and `npm stop` says what it stopped.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineCommand, HelpRequested, parseCommandLine, UsageError } from '../../src/cli/args.js';
import { port, someOf, wholeNumbers } from '../../src/cli/values.js';

// The commands run on this test's own Node (CI runs the unit tests on Node 24 too), through tsx as npm runs them.
const tsx = process.execPath;
const TSX = ['--import', 'tsx'];
// An empty project folder for the local Neo4j, so that nothing here touches a real instance.
const emptyNeo4jDir = mkdtempSync(join(tmpdir(), 'concordance-cli-'));
afterAll(() => rmSync(emptyNeo4jDir, { recursive: true, force: true }));
const env = { ...process.env, CONCORDANCE_NEO4J_DIR: emptyNeo4jDir, NEO4J_URI: 'bolt://127.0.0.1:1' };

function run(script: string, args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(tsx, [...TSX, script, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
}

describe('parseCommandLine', () => {
  const command = defineCommand({
    usage: ['demo [options]'],
    positionals: true,
    options: {
      name: { type: 'string', value: 'N', description: 'a name', default: 'x' },
      tag: { type: 'string', multiple: true, description: 'tags', defaultText: 'no tag' },
      quiet: { type: 'boolean', short: 'q', description: 'say less', default: false },
    },
  });

  it('reads values, defaults, repeated options, short flags and positionals', () => {
    expect(parseCommandLine(command, ['a', '--tag', 't1', '--tag=t2', '-q', 'b'])).toEqual({
      values: { name: 'x', tag: ['t1', 't2'], quiet: true },
      positionals: ['a', 'b'],
    });
    expect(parseCommandLine(command, ['--name=-', '--name2'].slice(0, 1)).values.name).toBe('-');
    expect(parseCommandLine(command, ['--name', '-3']).values.name).toBe('-3');
  });

  it('refuses an unknown option, a missing value, a value for a flag and a repeated single option, naming each', () => {
    const refusal = (argv: string[]) => {
      try {
        parseCommandLine(command, argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(['--nmae', 'y'])).toBe('unknown option --nmae; the options are --name, --tag, --quiet, --help');
    expect(refusal(['-z'])).toBe('unknown option -z; the options are --name, --tag, --quiet, --help');
    expect(refusal(['--name'])).toBe('--name N needs a value');
    expect(refusal(['--name', '--quiet'])).toBe('--name N needs a value');
    expect(refusal(['--quiet=yes'])).toBe("--quiet takes no value (got 'yes')");
    expect(refusal(['--name', 'a', '--name', 'b'])).toBe('give --name once');
  });

  it('reads a value with its parse, default included, and refuses a bad one naming the option, what is allowed and the value', () => {
    const typed = defineCommand({
      usage: ['demo [options]'],
      positionals: false,
      options: {
        port: { type: 'string', value: 'PORT', description: 'a port', default: '4000', parse: port },
        sizes: { type: 'string', value: 'N,N', description: 'sizes', default: '1,10', parse: wholeNumbers('1,10,100', 1) },
        only: { type: 'string', multiple: true, description: 'parts', defaultText: 'all', parse: someOf(['a', 'b'] as const, 'parts') },
      },
    });
    expect(parseCommandLine(typed, []).values).toEqual({ port: 4000, sizes: [1, 10] });
    expect(parseCommandLine(typed, ['--port', '7811', '--only', 'a', '--only=a,b']).values).toEqual({ port: 7811, sizes: [1, 10], only: [new Set(['a']), new Set(['a', 'b'])] });
    const refusal = (argv: string[]) => {
      try {
        parseCommandLine(typed, argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(['--port', '70000'])).toBe("--port must be a port from 1 to 65535 (got '70000')");
    expect(refusal(['--port=http'])).toBe("--port must be a port from 1 to 65535 (got 'http')");
    expect(refusal(['--sizes', '10,100'])).toBe("--sizes must be whole numbers starting with 1, e.g. 1,10,100 (got '10,100')");
    expect(refusal(['--only', 'c'])).toBe("--only takes parts from a, b (got 'c')");
    expect(refusal(['--port'])).toBe('--port PORT needs a value');
  });

  it('answers --help (or -h) with the help, wherever it stands', () => {
    for (const argv of [['--help'], ['a', '-h'], ['--nmae', '--help']]) expect(() => parseCommandLine(command, argv)).toThrow(HelpRequested);
  });
});

// Each command, its script, and the options its help must list.
const COMMANDS = [
  { name: 'import', script: 'seed/import.ts', options: ['--version', '--force', '--help'] },
  { name: 'report', script: 'src/cli/report.ts', options: ['--regime', '--against', '--regimes', '--list', '--category', '--format', '--table', '--provenance', '--bom', '--out', '--help'] },
  { name: 'neo4j', script: 'src/cli/neo4j.ts', options: ['--instance', '--all', '--help'] },
  { name: 'bench', script: 'bench/run.ts', options: ['--scales', '--duration', '--clients', '--bolt-port', '--http-port', '--heap', '--help'] },
  { name: 'resilience', script: 'bench/resilience/run.ts', options: ['--clients', '--soak-seconds', '--runs', '--fill', '--only', '--port', '--bolt-port', '--help'] },
];

describe.each(COMMANDS)('$name', ({ name, script, options }) => {
  it('--help exits 0 and lists every option with its default', () => {
    const help = run(script, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^usage: /);
    const optionLines = help.stdout.split('\n').filter((line) => /^\s+(-\w, )?--[a-z-]+/.test(line));
    expect(optionLines.map((line) => /--([a-z-]+)/.exec(line)?.[0])).toEqual(options);
    for (const line of optionLines.filter((l) => !l.includes('--help'))) expect(line).toMatch(/\(default: [^)]+\)$/);
  });

  it('refuses an unknown option with exit 2, naming it and the options there are', () => {
    const wrong = run(script, ['--frobnicate']);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trim()).toBe(`${name}: unknown option --frobnicate; the options are ${options.join(', ')} (see --help)`);
  });
});

describe('command mistakes beyond options', () => {
  it('names the sources, reports and commands there are', () => {
    expect(run('seed/import.ts', ['us-cll']).stderr.trim()).toBe(
      "import: unknown source 'us-cll'; the sources are technologies, memberships, us-ccl, eu-annex-i, mtcr, nsg (see --help)",
    );
    const report = run('src/cli/report.ts', ['gap']);
    expect(report.status).toBe(2);
    expect(report.stderr.trim()).toBe("report: unknown report 'gap'; the reports are gaps, overlap, itt-coverage (see --help)");
    const neo4j = run('src/cli/neo4j.ts', ['restart']);
    expect(neo4j.status).toBe(2);
    expect(neo4j.stderr.trim()).toBe("neo4j: unknown command 'restart'; the commands are fetch, start, stop, status (see --help)");
    const bench = run('bench/run.ts', ['--scales', '10,100']);
    expect(bench.status).toBe(2);
    expect(bench.stderr.trim()).toBe("bench: --scales must be whole numbers starting with 1, e.g. 1,10,100 (got '10,100') (see --help)");
  });

  // One command a case: each starts a process, which on a loaded machine takes seconds.
  it.each([
    ['bench/run.ts', ['--duration', '0'], "bench: --duration must be a number of seconds above 0 (got '0') (see --help)"],
    ['bench/run.ts', ['--bolt-port', '70000'], "bench: --bolt-port must be a port from 1 to 65535 (got '70000') (see --help)"],
    ['bench/run.ts', ['--heap', '2'], "bench: --heap must be a size in m or g, e.g. 2g or 1536m (got '2') (see --help)"],
    ['bench/run.ts', ['--clients'], 'bench: --clients N,N needs a value (see --help)'],
    ['bench/resilience/run.ts', ['--runs', '0'], "resilience: --runs must be a whole number from 1 to 10 (got '0') (see --help)"],
    ['bench/resilience/run.ts', ['--only', 'soak,nap'], "resilience: --only takes scenarios from soak, kill, import, abuse (got 'soak,nap') (see --help)"],
    ['src/cli/neo4j.ts', ['start', '--instance', 'My_DB'], "neo4j: --instance must be a lower-case name of letters, digits and '-' (got 'My_DB') (see --help)"],
    ['src/cli/neo4j.ts', ['stop', '--instance'], 'neo4j: --instance NAME needs a value (see --help)'],
    ['seed/import.ts', ['us-ccl', '--version'], 'import: --version V needs a value (see --help)'],
    ['src/cli/report.ts', ['gaps', '--format', 'pdf'], 'report: format: must be one of csv, md, json, xlsx (got \'pdf\')'],
  ] as const)('refuses a bad value or a missing one with exit 2, naming the option, what is allowed and the value given: %s %j', (script, args, message) => {
    const result = run(script, [...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(message);
  });

  it('checks report arguments before connecting to anything', () => {
    const report = run('src/cli/report.ts', ['gaps', '--regime', 'NSG', '--against', 'ZZ']);
    expect(report.status).toBe(2);
    expect(report.stderr.trim()).toBe('report: against: must be one of WA, MTCR, NSG, AG, CWC');
  });
});

describe('npm stop', () => {
  it('says so when nothing was running', () => {
    const stop = run('src/cli/neo4j.ts', ['stop']);
    expect(stop.status).toBe(0);
    expect(stop.stdout.trim()).toBe('nothing was running: no service and no local Neo4j');
  });

  it('stops the service and each local instance by their recorded pids, and names each one it stopped', async () => {
    // Stand-ins for a running service and a running instance: processes that run until they are signalled.
    const sleeper = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const service = sleeper();
    const instance = sleeper();
    const exited = (child: ReturnType<typeof sleeper>) => new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const serviceExit = exited(service);
    const instanceExit = exited(instance);
    writeFileSync(join(emptyNeo4jDir, 'service.pid'), String(service.pid));
    mkdirSync(join(emptyNeo4jDir, 'instances', 'demo', 'run'), { recursive: true });
    writeFileSync(join(emptyNeo4jDir, 'instances', 'demo', 'run', 'neo4j.pid'), String(instance.pid));
    mkdirSync(join(emptyNeo4jDir, 'instances', 'idle', 'run'), { recursive: true });

    // Spawned without blocking, so that this process reaps its stand-ins once they exit.
    const stopper = spawn(tsx, [...TSX, 'src/cli/neo4j.ts', 'stop'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    stopper.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => stopper.once('exit', (code) => resolve(code)));
    const stop = { status, stdout };
    expect(stop.status).toBe(0);
    expect(await serviceExit).toBe('SIGTERM');
    expect(await instanceExit).toBe('SIGTERM');
    const lines = stop.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`stopped the service (pid ${service.pid}), local Neo4j 'demo' (pid ${instance.pid})`);
    expect(run('src/cli/neo4j.ts', ['stop']).stdout.trim()).toBe('nothing was running: no service and no local Neo4j');
  });
});
