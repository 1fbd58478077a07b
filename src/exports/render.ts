// Renders a report as text for export: CSV as one tidy table of the report, JSON as the whole report with its
// provenance, Markdown as a document ready to paste into a working-group paper (renderers/). The workbook (xlsx.ts) is
// rendered apart: it is binary and built asynchronously.
import { defaultTable, type ReportKind, type ReportOf } from './catalogue.js';
import { csvTable } from './renderers/csvTable.js';
import { gapsMarkdown } from './renderers/gapsDocument.js';
import { ittMarkdown } from './renderers/ittDocument.js';
import { jsonDocument } from './renderers/jsonDocument.js';
import { overlapMarkdown } from './renderers/overlapDocument.js';

/** The formats rendered as text. */
export type TextFormat = 'csv' | 'md' | 'json';

export interface RenderOptions {
  /** CSV: the table to write (the report catalogue's); omitted: the report's default table. */
  table?: string;
  /** CSV: the provenance as comment lines before the table. */
  provenance?: boolean;
}

const MARKDOWN: { [K in ReportKind]: (report: ReportOf[K]) => string } = {
  gaps: gapsMarkdown,
  overlap: overlapMarkdown,
  'itt-coverage': ittMarkdown,
};

export function renderReport<K extends ReportKind>(kind: K, format: TextFormat, report: ReportOf[K], options: RenderOptions = {}): string {
  if (format === 'md') return MARKDOWN[kind](report);
  if (format === 'json') return jsonDocument(kind, report);
  const name = options.table ?? defaultTable(kind);
  if (name === null) throw new Error(`the ${kind} CSV needs a table name`);
  return csvTable(kind, report, name, options.provenance === true);
}
