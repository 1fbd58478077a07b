// The exportable reports: how each one's arguments are parsed, how it is computed, rendered and named.
// Shared by the HTTP exports (route.ts) and the report CLI.
import type { Executor } from '../db/executor.js';
import { badInput } from '../errors.js';
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
