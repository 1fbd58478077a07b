// The exportable reports: how each one's arguments are parsed, how it is computed, rendered and named.
// Shared by the HTTP exports (route.ts) and the report CLI.
import { badInput } from '../errors.js';
import { parseGapsArgs, parseIttArgs, parseOverlapArgs, type GapsArgs, type IttArgs, type OverlapArgs } from '../services/reports/args.js';
import type { ReportStore } from '../services/reports/store.js';
import { EXPORT_FORMATS, REPORT_KINDS, renderReport, type ExportFormat, type ReportKind, type ReportOf } from './reports.js';
import { provenanceHeaders, provenanceOf } from './provenance.js';
import { DEFAULT_TABLE, tableCatalogue, workbookTables } from './tables.js';
import { workbook, XLSX_CONTENT_TYPE } from './xlsx.js';

export interface ArgsOf {
  gaps: GapsArgs;
  overlap: OverlapArgs;
  'itt-coverage': IttArgs;
}

interface ExportableReport<K extends ReportKind> {
  /** The arguments it takes, named as in the GraphQL schema (the URL and CLI use the same names). */
  parameters: readonly string[];
  parse(raw: unknown): ArgsOf[K];
  compute(reports: ReportStore, args: ArgsOf[K]): Promise<ReportOf[K]>;
  /** The parts of the file name that say what the report is about. */
  subject(report: ReportOf[K]): string[];
}

const CATALOGUE: { [K in ReportKind]: ExportableReport<K> } = {
  gaps: {
    parameters: ['regime', 'against', 'list', 'category'],
    parse: parseGapsArgs,
    compute: (reports, args) => reports.gaps(args),
    subject: (report) => [report.regime, 'against', report.against],
  },
  overlap: {
    parameters: ['regimes', 'list', 'category'],
    parse: parseOverlapArgs,
    compute: (reports, args) => reports.overlap(args),
    subject: (report) => report.regimes,
  },
  'itt-coverage': {
    parameters: ['regime', 'list', 'category'],
    parse: parseIttArgs,
    compute: (reports, args) => reports.ittCoverage(args),
    subject: (report) => [report.regime],
  },
};

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

/** How an export is asked for besides the report's arguments: the CSV's table and whether it opens with its provenance. */
export interface ExportOptions {
  /** CSV only: the table (checked with parseTable); omitted: the report's default table. */
  table?: string;
  /** CSV only: the provenance as comment lines before the table. */
  provenance?: boolean;
}

export interface ExportedReport {
  body: string | Buffer;
  filename: string;
  contentType: string;
  /** What the export was made from, for the response headers (every format; CSV and Markdown have no other place). */
  headers: Record<string, string>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: XLSX_CONTENT_TYPE,
};

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
    const fallback = DEFAULT_TABLE[kind];
    if (fallback !== null) return fallback;
    throw badInput(option, `name the table of the ${kind} CSV: ${listing}. The workbook (${kind}.xlsx) has them all as sheets`);
  }
  if (!tables.some((t) => t.name === raw)) throw badInput(option, `the ${kind} report has no table '${raw}'; its tables are ${listing}`);
  return raw;
}

/**
 * Computes and renders one report. The file name says which report, regimes, list, category and (for a CSV) table
 * it holds, and the data version it was made from: `gaps-NSG-against-WA-us-ccl_ecfr-2026-data-v12.csv`.
 */
export async function exportReport<K extends ReportKind>(reports: ReportStore, kind: K, format: ExportFormat, args: ArgsOf[K], options: ExportOptions = {}): Promise<ExportedReport> {
  const exportable: ExportableReport<K> = CATALOGUE[kind];
  const report = await exportable.compute(reports, args);
  const parts = [kind, ...exportable.subject(report)];
  if (report.list !== null) parts.push(report.list);
  if (report.category !== null) parts.push(`category-${report.category}`);
  const table = format === 'csv' ? (options.table ?? DEFAULT_TABLE[kind] ?? undefined) : undefined;
  if (table !== undefined && table !== DEFAULT_TABLE[kind]) parts.push(table);
  parts.push(`data-v${report.dataVersion}`);
  // Only characters that are safe in a quoted Content-Disposition filename and on every file system.
  const stem = parts.map((part) => part.replace(/[^A-Za-z0-9.-]+/g, '_')).join('-');
  const provenance = provenanceOf(kind, report);
  const body =
    format === 'xlsx'
      ? await workbook(provenance, workbookTables(kind, report))
      : renderReport(kind, format, report, { ...(table === undefined ? {} : { table }), provenance: options.provenance === true });
  return { body, filename: `${stem}.${format}`, contentType: CONTENT_TYPES[format], headers: provenanceHeaders(provenance) };
}

/** A whole number, as a query parameter or command-line value; anything else names `category`. */
export function parseCategory(raw: string): number {
  if (!/^-?\d+$/.test(raw.trim())) throw badInput('category', `must be a whole number, a category from 0 to 9 (got '${raw}')`);
  return Number(raw);
}
