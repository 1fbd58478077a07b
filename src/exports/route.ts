// The report exports: which reports can be exported and how each is parsed, computed, rendered and named
// (used by the HTTP door below and by the CLI), and the handler for GET /exports/<report>.<csv|md>?….
import type { Executor } from '../db/executor.js';
import { badInput, ConcordanceError, HTTP_STATUS, toConcordanceError } from '../errors.js';
import type { Logger } from '../log.js';
import { parseGapsArgs, parseIttArgs, parseOverlapArgs, type GapsArgs, type IttArgs, type OverlapArgs } from '../services/reports/args.js';
import { gapReport } from '../services/reports/gaps.js';
import { ittCoverageReport } from '../services/reports/ittCoverage.js';
import { overlapReport } from '../services/reports/overlap.js';
import { EXPORT_FORMATS, REPORT_KINDS, renderReport, type ExportFormat, type ReportKind, type ReportOf } from './reports.js';

export interface ArgsOf {
  gaps: GapsArgs;
  overlap: OverlapArgs;
  'itt-coverage': IttArgs;
}

interface ExportableReport<K extends ReportKind> {
  /** The arguments it takes, named as in the GraphQL schema (the URL and CLI use the same names). */
  parameters: readonly string[];
  parse(raw: unknown): ArgsOf[K];
  compute(executor: Executor, args: ArgsOf[K]): Promise<ReportOf[K]>;
  /** The parts of the file name that say what the report is about. */
  subject(report: ReportOf[K]): string[];
}

const CATALOGUE: { [K in ReportKind]: ExportableReport<K> } = {
  gaps: {
    parameters: ['regime', 'against', 'list', 'category'],
    parse: parseGapsArgs,
    compute: gapReport,
    subject: (report) => [report.regime, 'against', report.against],
  },
  overlap: {
    parameters: ['regimes', 'list', 'category'],
    parse: parseOverlapArgs,
    compute: overlapReport,
    subject: (report) => report.regimes,
  },
  'itt-coverage': {
    parameters: ['regime', 'list', 'category'],
    parse: parseIttArgs,
    compute: ittCoverageReport,
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

/** Computes and renders one report; the file name says which report, regimes, list and category it holds. */
export async function exportReport<K extends ReportKind>(
  executor: Executor,
  kind: K,
  format: ExportFormat,
  args: ArgsOf[K],
): Promise<{ body: string; filename: string }> {
  const exportable: ExportableReport<K> = CATALOGUE[kind];
  const report = await exportable.compute(executor, args);
  const parts = [kind, ...exportable.subject(report)];
  if (report.list !== null) parts.push(report.list);
  if (report.category !== null) parts.push(`category-${report.category}`);
  // Only characters that are safe in a quoted Content-Disposition filename and on every file system.
  const stem = parts.map((part) => part.replace(/[^A-Za-z0-9.-]+/g, '_')).join('-');
  return { body: renderReport(kind, format, report), filename: `${stem}.${format}` };
}

/** A whole number, as a query parameter or command-line value; anything else names `category`. */
export function parseCategory(raw: string): number {
  if (!/^-?\d+$/.test(raw.trim())) throw badInput('category', `must be a whole number, a category from 0 to 9 (got '${raw}')`);
  return Number(raw);
}

// ---- the HTTP door -------------------------------------------------------------------------

export interface ExportResponse {
  status: number;
  contentType: string;
  body: string;
  /** For a Content-Disposition header, on success. */
  filename?: string;
}

const PREFIX = '/exports/';
const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', md: 'text/markdown; charset=utf-8' };
const JSON_TYPE = 'application/json; charset=utf-8';

function errorResponse(error: ConcordanceError): ExportResponse {
  const body = { error: { code: error.code, ...(error.argument === undefined ? {} : { argument: error.argument }), message: error.message } };
  return { status: HTTP_STATUS[error.code], contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/**
 * The report's arguments from the query string. `regimes` may be comma-separated, repeated, or both; the
 * others are given once. An empty value counts as absent, and a parameter the report does not take is refused,
 * so that a misspelt `categry=2` cannot silently export every category.
 */
function queryArguments(kind: ReportKind, query: URLSearchParams): Record<string, unknown> {
  const parameters = reportParameters(kind);
  for (const name of new Set(query.keys())) {
    if (!parameters.includes(name)) throw badInput(name, `is not a parameter of the ${kind} export; it takes ${parameters.join(', ')}`);
  }
  const raw: Record<string, unknown> = {};
  for (const name of parameters) {
    const values = query.getAll(name);
    if (name === 'regimes') {
      const codes = values.flatMap((value) => value.split(',')).map((code) => code.trim()).filter((code) => code.length > 0);
      if (codes.length > 0) raw[name] = codes;
      continue;
    }
    if (values.length > 1) throw badInput(name, `give it once (got ${values.length} values)`);
    const value = values[0]?.trim();
    if (value === undefined || value === '') continue;
    raw[name] = name === 'category' ? parseCategory(value) : value;
  }
  return raw;
}

/**
 * GET /exports/<report>.<csv|md>?<arguments>. Never throws: an unknown export is a 404 naming the available
 * ones, bad arguments a 400, and any other failure its ConcordanceError status, all as JSON `{ error }`.
 */
export async function handleExport(executor: Executor, url: URL, log?: Logger): Promise<ExportResponse> {
  const name = url.pathname.slice(PREFIX.length);
  const dot = name.lastIndexOf('.');
  const kind = name.slice(0, dot);
  const format = name.slice(dot + 1);
  if (dot < 0 || !isReportKind(kind) || !isExportFormat(format)) {
    return errorResponse(new ConcordanceError('NOT_FOUND', `There is no export '${name}'. The exports are ${AVAILABLE_EXPORTS.map((e) => PREFIX + e).join(', ')}.`));
  }
  try {
    const args = parseReportArguments(kind, queryArguments(kind, url.searchParams));
    const { body, filename } = await exportReport(executor, kind, format, args);
    return { status: 200, contentType: CONTENT_TYPES[format], body, filename };
  } catch (error) {
    const failure = toConcordanceError(error);
    if (HTTP_STATUS[failure.code] >= 500) {
      const cause = failure.cause instanceof Error ? failure.cause.message : String(failure.cause ?? failure.message);
      log?.error(`export ${name} failed (${failure.code}): ${cause}`);
    }
    return errorResponse(failure);
  }
}
