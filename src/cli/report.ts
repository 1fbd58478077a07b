// `npm run report -- <gaps|overlap|itt-coverage> [options]`: one report as CSV or Markdown, on stdout or to a
// file, for working groups that want the gap list without the HTTP service. Progress goes to stderr.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { startLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { SetupError } from '../../graph/runtime/setupError.js';
import { ConfigError, loadConfig } from '../config.js';
import { createDriver, verifyDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { badInput, ConcordanceError } from '../errors.js';
import { EXPORT_FORMATS, REPORT_KINDS, type ExportFormat, type ReportKind } from '../exports/reports.js';
import { exportReport, isExportFormat, isReportKind, parseCategory, parseReportArguments, reportParameters } from '../exports/catalogue.js';

const USAGE = [
  'usage: npm run report -- <report> [options]',
  '',
  'reports:',
  '  gaps          entries of one regime that another does not cover       --regime R --against R',
  '  overlap       what two or more regimes control in common              --regimes WA,MTCR',
  '  itt-coverage  software and technology controls for a regime\'s hardware --regime R',
  '',
  'options:',
  '  --regime R      a regime: WA, MTCR, NSG, AG or CWC',
  '  --against R     the regime a gap list is measured against',
  '  --regimes A,B   regimes to overlap, comma-separated or the option repeated',
  '  --list ID       only this control list, e.g. us-ccl@ecfr-2026',
  '  --category N    only this category, 0 to 9',
  '  --format F      csv or md; by default the --out file\'s extension, else md',
  '  --out FILE      write to FILE instead of stdout',
  '  --help          this text',
  '',
  'example: npm run report -- gaps --regime NSG --against WA --format csv --out gaps-NSG-against-WA.csv',
].join('\n');

const KNOWN_OPTIONS = new Set(['regime', 'against', 'regimes', 'list', 'category', 'format', 'out']);

/** Thrown for --help: not a failure, the usage goes to stdout. */
class HelpRequested extends Error {}

interface Invocation {
  kind: ReportKind;
  format: ExportFormat;
  out: string | undefined;
  raw: Record<string, unknown>;
}

/** Reads the command line into the report's raw arguments, named as in the GraphQL schema; zod checks them next. */
function parseCommandLine(argv: string[]): Invocation {
  let kind: ReportKind | undefined;
  let format: string | undefined;
  let out: string | undefined;
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new HelpRequested(USAGE);
    if (!arg.startsWith('--')) {
      if (kind !== undefined) throw badInput('report', `give one report (got '${kind}' and '${arg}')`);
      if (!isReportKind(arg)) throw badInput('report', `must be one of ${REPORT_KINDS.join(', ')} (got '${arg}')`);
      kind = arg;
      continue;
    }
    // Both `--category 2` and `--category=2`.
    const equals = arg.indexOf('=');
    const option = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    if (!KNOWN_OPTIONS.has(option)) throw badInput(option, `unknown option --${option} (see --help)`);
    const value = equals < 0 ? argv[++i] : arg.slice(equals + 1);
    if (value === undefined || (equals < 0 && value.startsWith('--'))) throw badInput(option, `--${option} needs a value`);
    if (option === 'format') format = value;
    else if (option === 'out') out = value;
    else values.set(option, [...(values.get(option) ?? []), value]);
  }
  if (kind === undefined) throw badInput('report', `name a report: ${REPORT_KINDS.join(', ')} (see --help)`);

  const fromExtension = out === undefined ? undefined : extname(out).slice(1).toLowerCase();
  const chosen = format ?? (fromExtension !== undefined && isExportFormat(fromExtension) ? fromExtension : 'md');
  if (!isExportFormat(chosen)) throw badInput('format', `must be one of ${EXPORT_FORMATS.join(', ')} (got '${chosen}')`);

  const parameters = reportParameters(kind);
  const raw: Record<string, unknown> = {};
  for (const [option, given] of values) {
    if (!parameters.includes(option)) {
      throw badInput(option, `is not an option of ${kind}; it takes ${parameters.map((p) => `--${p}`).join(', ')}, --format, --out`);
    }
    if (option === 'regimes') {
      raw[option] = given.flatMap((value) => value.split(',')).map((code) => code.trim()).filter((code) => code.length > 0);
      continue;
    }
    if (given.length > 1) throw badInput(option, `give --${option} once`);
    const value = given[0] as string;
    raw[option] = option === 'category' ? parseCategory(value) : value;
  }
  return { kind, format: chosen, out, raw };
}

async function main(): Promise<void> {
  const invocation = parseCommandLine(process.argv.slice(2));
  // Checked before connecting, so a typo fails at once rather than after the database starts.
  const args = parseReportArguments(invocation.kind, invocation.raw);
  const config = loadConfig();
  const progress = (line: string) => console.error(line);
  let uri = config.neo4j.uri;
  let credentials = { user: config.neo4j.user, password: config.neo4j.password };
  if (uri === undefined) {
    const local = await startLocalNeo4j({ instance: 'service', ...config.local }, progress);
    uri = local.uri;
    if (local.auth) credentials = local.auth;
    if (local.startedHere) progress("The local Neo4j was started for this report and keeps running; 'npm run stop' stops it.");
  }
  const driver = createDriver({ uri, ...credentials });
  try {
    await verifyDriver(driver, uri);
    // A report run from the command line is batch work: allow it more time than an interactive query.
    const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: Math.max(config.queryTimeoutMs, 120_000), app: 'concordance-report' });
    const { body } = await exportReport(executor, invocation.kind, invocation.format, args);
    if (invocation.out === undefined) process.stdout.write(body);
    else {
      writeFileSync(invocation.out, body, 'utf8');
      progress(`report: ${invocation.kind} written to ${invocation.out} (${Buffer.byteLength(body)} bytes)`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof HelpRequested) {
    console.log(error.message);
    process.exit(0);
  }
  // Bad arguments (ours or the report's, such as an unknown list) name the argument: `report: category: …`.
  if (error instanceof ConcordanceError && error.code === 'BAD_USER_INPUT') {
    console.error(`report: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof ConcordanceError && error.cause instanceof Error) {
    // The service's message is written for API clients; someone at a terminal also wants the cause.
    console.error(`report: ${error.message} (${error.cause.message.split('\n')[0]})`);
  } else if (error instanceof ConfigError || error instanceof SetupError || error instanceof Error) {
    console.error(`report: ${error.message}`);
  } else console.error('report failed:', error);
  process.exit(1);
});
