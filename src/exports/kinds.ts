// The exportable reports and the formats they are exported in.
import type { GapReport, IttCoverageReport, OverlapReport } from '../services/reports/model.js';

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

/** The GraphQL field answering each report: the JSON export keys the report by it. */
export const GRAPHQL_FIELD: Record<ReportKind, string> = { gaps: 'gaps', overlap: 'overlap', 'itt-coverage': 'ittCoverage' };
