// The report catalogue: which reports can be exported and in which formats, each report's arguments (their names,
// their validation, the values a report was computed with), the tables it produces and the words of its file name.
// The HTTP exports (route.ts), the report CLI and the bench all read it.
import { badInput } from '../errors.js';
import { parseGapsArgs, parseIttArgs, parseOverlapArgs, type GapsArgs, type IttArgs, type OverlapArgs } from '../services/reports/args.js';
import type { GapReport, IttCoverageReport, OverlapReport } from '../services/reports/model.js';
import type { ReportStore } from '../services/reports/store.js';
import { buildTable, GAP_TABLES, ITT_TABLES, OVERLAP_TABLES, type ReportTable, type TableSpec } from './tables.js';

export const REPORT_KINDS = ['gaps', 'overlap', 'itt-coverage'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** csv: one table; md: a document for a paper; json: the whole report; xlsx: a workbook, every table a sheet. */
export const EXPORT_FORMATS = ['csv', 'md', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The report each kind renders. */
export interface ReportOf {
  gaps: GapReport;
  overlap: OverlapReport;
  'itt-coverage': IttCoverageReport;
}

/** The arguments each kind is computed with. */
export interface ArgsOf {
  gaps: GapsArgs;
  overlap: OverlapArgs;
  'itt-coverage': IttArgs;
}

/** A report's arguments as it was computed with, for its provenance; null: not given (all lists, all categories). */
export type ReportArguments = Record<string, string | number | string[] | null>;

interface CataloguedReport<K extends ReportKind> {
  /** The GraphQL field answering it: the JSON export keys the report by it. */
  graphqlField: string;
  /** The arguments it takes, named as in the GraphQL schema (the URL and CLI use the same names). */
  parameters: readonly string[];
  parse(raw: unknown): ArgsOf[K];
  compute(reports: ReportStore, args: ArgsOf[K]): Promise<ReportOf[K]>;
  /** The arguments a computed report was made with, by name. */
  arguments(report: ReportOf[K]): ReportArguments;
  /** The parts of the file name that say what the report is about. */
  subject(report: ReportOf[K]): string[];
  /** Its tidy tables (tables.ts): one a CSV, all but the CSV-only ones the workbook's sheets. */
  tables: readonly TableSpec<ReportOf[K]>[];
  /**
   * The table a CSV export gives when none is named: the report's one main table. The overlap report has none:
   * its kinds of record are equals, so a CSV of it names the one it wants.
   */
  defaultTable: string | null;
}

const scopeOf = (report: { list: string | null; category: number | null }) => ({ list: report.list, category: report.category });

const CATALOGUE: { [K in ReportKind]: CataloguedReport<K> } = {
  gaps: {
    graphqlField: 'gaps',
    parameters: ['regime', 'against', 'list', 'category'],
    parse: parseGapsArgs,
    compute: (reports, args) => reports.gaps(args),
    arguments: (report) => ({ regime: report.regime, against: report.against, ...scopeOf(report) }),
    subject: (report) => [report.regime, 'against', report.against],
    tables: GAP_TABLES,
    defaultTable: 'entries',
  },
  overlap: {
    graphqlField: 'overlap',
    parameters: ['regimes', 'list', 'category'],
    parse: parseOverlapArgs,
    compute: (reports, args) => reports.overlap(args),
    arguments: (report) => ({ regimes: [...report.regimes], ...scopeOf(report) }),
    subject: (report) => report.regimes,
    tables: OVERLAP_TABLES,
    defaultTable: null,
  },
  'itt-coverage': {
    graphqlField: 'ittCoverage',
    parameters: ['regime', 'list', 'category'],
    parse: parseIttArgs,
    compute: (reports, args) => reports.ittCoverage(args),
    arguments: (report) => ({ regime: report.regime, ...scopeOf(report) }),
    subject: (report) => [report.regime],
    tables: ITT_TABLES,
    defaultTable: 'hardware',
  },
};

/** A report's entry in the catalogue. */
export function catalogued<K extends ReportKind>(kind: K): CataloguedReport<K> {
  return CATALOGUE[kind];
}

export const AVAILABLE_EXPORTS = REPORT_KINDS.flatMap((kind) => EXPORT_FORMATS.map((format) => `${kind}.${format}`));

export function isReportKind(name: string): name is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(name);
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export function reportParameters(kind: ReportKind): readonly string[] {
  return CATALOGUE[kind].parameters;
}

/** Validates a report's arguments (throws BAD_USER_INPUT naming the argument), before any database work. */
export function parseReportArguments<K extends ReportKind>(kind: K, raw: unknown): ArgsOf[K] {
  return CATALOGUE[kind].parse(raw);
}

/** The path of an export: `/exports/gaps.csv?regime=NSG&against=WA`, with only the parameters the report takes. */
export function exportPath(kind: ReportKind, format: ExportFormat, args: Record<string, string | number | string[]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (!CATALOGUE[kind].parameters.includes(name)) throw new Error(`the ${kind} report takes no argument '${name}'`);
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = query.toString();
  return `/exports/${kind}.${format}${search === '' ? '' : `?${search}`}`;
}

/** The table a CSV export gives when none is named (null: the report has no main table). */
export function defaultTable(kind: ReportKind): string | null {
  return CATALOGUE[kind].defaultTable;
}

/** The tables of a report, with what a row of each is: for checking `table=` before any work, and for its error. */
export function tableCatalogue(kind: ReportKind): { name: string; row: string; csvOnly: boolean }[] {
  const specs: readonly TableSpec<never>[] = CATALOGUE[kind].tables;
  return specs.map((spec) => ({ name: spec.name, row: spec.row, csvOnly: spec.csvOnly === true }));
}

/** One table of the report, by name; an unknown name is a programming error here (the route checks names first). */
export function reportTable<K extends ReportKind>(kind: K, report: ReportOf[K], name: string): ReportTable {
  const specs: readonly TableSpec<ReportOf[K]>[] = CATALOGUE[kind].tables;
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`the ${kind} report has no table '${name}'`);
  return buildTable(spec, report);
}

/** The tables a workbook holds: every table but those kept for CSV only. */
export function workbookTables<K extends ReportKind>(kind: K, report: ReportOf[K]): ReportTable[] {
  const specs: readonly TableSpec<ReportOf[K]>[] = CATALOGUE[kind].tables;
  return specs.filter((spec) => spec.csvOnly !== true).map((spec) => buildTable(spec, report));
}

/**
 * The table a CSV export writes: the one named, or the report's default. A name the report does not have, or none
 * for a report without a default (overlap), is BAD_USER_INPUT naming `table` and listing the tables; so is a table
 * for another format (the workbook has every table, JSON and Markdown the whole report).
 */
export function parseTable(kind: ReportKind, format: ExportFormat, raw: string | undefined, option = 'table'): string | undefined {
  const tables = tableCatalogue(kind);
  const listing = tables.map((t) => `${t.name} (${t.row})`).join('; ');
  if (format !== 'csv') {
    if (raw === undefined) return undefined;
    throw badInput(option, `applies to CSV exports only: the ${format} export holds every table of the report`);
  }
  if (raw === undefined) {
    const fallback = CATALOGUE[kind].defaultTable;
    if (fallback !== null) return fallback;
    throw badInput(option, `name the table of the ${kind} CSV: ${listing}. The workbook (${kind}.xlsx) has them all as sheets`);
  }
  if (!tables.some((t) => t.name === raw)) throw badInput(option, `the ${kind} report has no table '${raw}'; its tables are ${listing}`);
  return raw;
}

/** A whole number, as a query parameter or command-line value; anything else names `category`. */
export function parseCategory(raw: string): number {
  if (!/^-?\d+$/.test(raw.trim())) throw badInput('category', `must be a whole number, a category from 0 to 9 (got '${raw}')`);
  return Number(raw);
}
