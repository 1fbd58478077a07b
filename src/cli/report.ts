// `npm run report -- <gaps|overlap|itt-coverage> [options]`: one report as CSV, Markdown, JSON or XLSX, to a file in the directory
// the user is in (or stdout with `--out -`), for working groups that want the gap list without the HTTP service.
// Progress goes to stderr.
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { SetupError } from '../../graph/runtime/setupError.js';
import { bootDatabase, SERVICE_INSTANCE } from '../boot.js';
import { ConfigError, loadConfig } from '../config.js';
import { ReportStore } from '../services/reports/store.js';
import { badInput, ConcordanceError } from '../errors.js';
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from './args.js';
import { EXPORT_FORMATS, REPORT_KINDS, type ExportFormat, type ReportKind } from '../exports/reports.js';
import { UTF8_BOM } from '../exports/route.js';
import { exportReport, isExportFormat, isReportKind, parseCategory, parseReportArguments, parseTable, reportParameters } from '../exports/catalogue.js';

const REPORT_COMMAND = defineCommand({
  usage: ['npm run report -- <report> [options]'],
  positionals: true,
  about: [
    'reports:',
    '  gaps          entries of one regime that another does not cover       --regime R --against R',
    '  overlap       what two or more regimes control in common              --regimes WA,MTCR',
    "  itt-coverage  software and technology controls for a regime's hardware --regime R",
  ],
  options: {
    regime: { type: 'string', value: 'R', description: 'a regime: WA, MTCR, NSG, AG or CWC', defaultText: 'none, gaps and itt-coverage need it' },
    against: { type: 'string', value: 'R', description: 'the regime a gap list is measured against', defaultText: 'none, gaps needs it' },
    regimes: { type: 'string', value: 'A,B', multiple: true, description: 'regimes to overlap, comma-separated or the option repeated', defaultText: 'none, overlap needs two or more' },
    list: { type: 'string', value: 'ID', description: 'only this control list, e.g. us-ccl@ecfr-2026', defaultText: 'every list' },
    category: { type: 'string', value: 'N', description: 'only this category, 0 to 9', defaultText: 'every category' },
    format: { type: 'string', value: 'F', description: `the file format: ${EXPORT_FORMATS.join(' or ')}`, defaultText: "the --out file's extension, else md" },
    table: { type: 'string', value: 'T', description: 'CSV only: the table to write (overlap: shared_entries, links, technology_entries, threshold_comparisons or combined)', defaultText: "the report's main table; overlap needs one" },
    provenance: { type: 'boolean', description: 'CSV only: open with comment lines saying what the table was made from (lists, sha256, data version)', default: false },
    bom: { type: 'boolean', description: 'start a CSV with a UTF-8 byte order mark, so that Excel on Windows reads it as UTF-8', default: false },
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write, relative to the directory npm was run in; - for stdout',
      defaultText: "the report's own file name in that directory, e.g. gaps-NSG-against-WA.md",
    },
  },
  notes: [
    'example: npm run report -- gaps --regime NSG --against WA --format csv',
    '         npm run report -- overlap --regimes WA,MTCR --list us-ccl@ecfr-2026 --format xlsx',
    '         npm run report -- overlap --regimes WA,MTCR --table links --out - | less',
  ],
});

interface Invocation {
  kind: ReportKind;
  format: ExportFormat;
  /** A path as given (relative to the user's directory), '-' for stdout, or undefined for the report's own name. */
  out: string | undefined;
  raw: Record<string, unknown>;
  bom: boolean;
  table: string | undefined;
  provenance: boolean;
}

/** Reads the command line into the report's raw arguments, named as in the GraphQL schema; zod checks them next. */
function readCommandLine(argv: string[]): Invocation {
  const { values, positionals } = parseCommandLine(REPORT_COMMAND, argv);
  const [kind, ...extra] = positionals;
  if (kind === undefined) throw new UsageError(`name a report: ${REPORT_KINDS.join(', ')}`);
  if (!isReportKind(kind)) throw new UsageError(`unknown report '${kind}'; the reports are ${REPORT_KINDS.join(', ')}`);
  if (extra.length > 0) throw new UsageError(`give one report (got '${kind}' and '${extra[0]}')`);

  const out = values.out;
  const fromExtension = out === undefined || out === '-' ? undefined : extname(out).slice(1).toLowerCase();
  const chosen = values.format ?? (fromExtension !== undefined && isExportFormat(fromExtension) ? fromExtension : 'md');
  if (!isExportFormat(chosen)) throw badInput('format', `must be one of ${EXPORT_FORMATS.join(', ')} (got '${chosen}')`);

  const parameters = reportParameters(kind);
  const raw: Record<string, unknown> = {};
  const given: [string, string | string[] | undefined][] = [
    ['regime', values.regime],
    ['against', values.against],
    ['regimes', values.regimes],
    ['list', values.list],
    ['category', values.category],
  ];
  for (const [option, value] of given) {
    if (value === undefined) continue;
    if (!parameters.includes(option)) {
      throw badInput(option, `is not an option of ${kind}; it takes ${parameters.map((p) => `--${p}`).join(', ')}, --format, --out`);
    }
    if (Array.isArray(value)) raw[option] = value.flatMap((v) => v.split(',')).map((code) => code.trim()).filter((code) => code.length > 0);
    else raw[option] = option === 'category' ? parseCategory(value) : value;
  }
  if (values.bom && chosen !== 'csv') throw badInput('bom', `applies to CSV only (the format is ${chosen})`);
  if (values.provenance && chosen !== 'csv') throw badInput('provenance', `applies to CSV only (the format is ${chosen}, which says what it was made from itself)`);
  const table = parseTable(kind, chosen, values.table, 'table');
  return { kind, format: chosen, out, raw, bom: values.bom, table, provenance: values.provenance };
}

/** The directory the user ran `npm run report` in (npm runs scripts from the project root and says where it was called in INIT_CWD). */
function userDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

async function main(): Promise<void> {
  const invocation = readCommandLine(process.argv.slice(2));
  // Checked before connecting, so a typo fails at once rather than after the database starts.
  const args = parseReportArguments(invocation.kind, invocation.raw);
  const config = loadConfig();
  const progress = (line: string) => console.error(line);
  const database = await bootDatabase({
    neo4j: config.neo4j,
    local: { instance: SERVICE_INSTANCE, ...config.local },
    // A report run from the command line is batch work: allow it more time than an interactive query.
    executor: { timeoutMs: Math.max(config.queryTimeoutMs, 120_000), app: 'concordance-report' },
    migrate: false,
    log: progress,
  });
  if (database.local?.startedHere) progress("The local Neo4j was started for this report and keeps running; 'npm run stop' stops it.");
  const { executor } = database;
  try {
    const options = { ...(invocation.table === undefined ? {} : { table: invocation.table }), provenance: invocation.provenance };
    // One report, once: nothing to keep, so the store only passes the question on.
    const report = await exportReport(new ReportStore(executor, { mode: 'off', maxBytes: 0, pollMs: 0 }), invocation.kind, invocation.format, args, options);
    const { filename } = report;
    const body = invocation.bom && typeof report.body === 'string' ? UTF8_BOM + report.body : report.body;
    if (invocation.out === '-') process.stdout.write(body);
    else {
      const path = resolve(userDirectory(), invocation.out ?? filename);
      writeFileSync(path, body);
      progress(`report: ${invocation.kind} written to ${path} (${Buffer.byteLength(body)} bytes)`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  exitForCommandLine('report', error);
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
