// A report as a CSV: one of its tidy tables (the report catalogue names them), optionally opened by its provenance
// as comment lines.
import { reportTable, type ReportKind, type ReportOf } from '../catalogue.js';
import { toCsv } from '../csv.js';
import { csvProvenanceComment, provenanceOf } from '../provenance.js';

export function csvTable<K extends ReportKind>(kind: K, report: ReportOf[K], name: string, withProvenance: boolean): string {
  const rendered = reportTable(kind, report, name);
  const csv = toCsv([...rendered.columns], rendered.rows);
  return withProvenance ? csvProvenanceComment(provenanceOf(kind, report), name) + csv : csv;
}
