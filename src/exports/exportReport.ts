// Computes one export: the report (through the report store), rendered in the format asked, with its file name,
// content type and the response headers saying what it was made from.
import type { ReportStore } from '../services/reports/store.js';
import { catalogued, defaultTable, workbookTables, type ArgsOf, type ExportFormat, type ReportKind } from './catalogue.js';
import { provenanceHeaders, provenanceOf } from './provenance.js';
import { renderReport } from './render.js';
import { workbook, XLSX_CONTENT_TYPE } from './xlsx.js';

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
 * Computes and renders one report. The file name says which report, regimes, list, category and (for a CSV) table
 * it holds, and the data version it was made from: `gaps-NSG-against-WA-us-ccl_ecfr-2026-data-v12.csv`.
 */
export async function exportReport<K extends ReportKind>(reports: ReportStore, kind: K, format: ExportFormat, args: ArgsOf[K], options: ExportOptions = {}): Promise<ExportedReport> {
  const entry = catalogued(kind);
  const report = await entry.compute(reports, args);
  const parts = [kind, ...entry.subject(report)];
  if (report.list !== null) parts.push(report.list);
  if (report.category !== null) parts.push(`category-${report.category}`);
  const table = format === 'csv' ? (options.table ?? defaultTable(kind) ?? undefined) : undefined;
  if (table !== undefined && table !== defaultTable(kind)) parts.push(table);
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
