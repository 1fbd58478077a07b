// What an export was made from: the report, its arguments, the lists (id, version, sha256 of the source file),
// the graph's data version and when it was generated. JSON and workbook exports carry it in their body; CSV and
// Markdown in the file name and response headers, and a CSV with `provenance=1` in comment lines before the table.
import type { ReportList } from '../services/reports/model.js';
import { catalogued, type ReportArguments, type ReportKind, type ReportOf } from './catalogue.js';

export interface Provenance {
  report: ReportKind;
  generatedAt: string;
  dataVersion: number;
  lists: ReportList[];
  /** The report's arguments as it was computed with; null: not given (all lists, all categories). */
  arguments: ReportArguments;
}

export function provenanceOf<K extends ReportKind>(kind: K, report: ReportOf[K]): Provenance {
  return { report: kind, generatedAt: report.generatedAt, dataVersion: report.dataVersion, lists: report.lists, arguments: catalogued(kind).arguments(report) };
}

/** An argument's value in words: a regime list comma-separated, an argument not given as what it then means. */
export function argumentWords(name: string, value: Provenance['arguments'][string]): string {
  if (value === null) return name === 'list' ? 'all loaded lists' : name === 'category' ? 'all categories' : '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * A value inside the lists header: visible ASCII only, and none of the characters that separate its parts
 * (`,` between lists, `;` between fields, `"` around a version) or `%` and `\\`: those are percent-encoded.
 */
export function headerText(text: string): string {
  return text.replace(/[,;"\\%]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));
}

/**
 * The longest lists header sent: HTTP clients refuse responses whose headers pass 16 KiB (Node's fetch among them), and a
 * graph of hundreds of lists would pass it.
 */
export const LISTS_HEADER_LIMIT = 8 * 1024;

/**
 * Response headers saying what the export was made from, for the formats whose body does not:
 * `X-Concordance-Lists: us-ccl@ecfr-2026;version="eCFR 2026 snapshot";sha256=…, …` (one element per list). When the
 * lists would not fit in LISTS_HEADER_LIMIT, the header is left out and `X-Concordance-Lists-Omitted` gives their
 * number: the JSON, XLSX and Markdown bodies and a CSV's `provenance=1` comment lines name them all.
 */
export function provenanceHeaders(provenance: Provenance): Record<string, string> {
  const lists = provenance.lists.map((list) => `${headerText(list.id)};version="${headerText(list.version)}";sha256=${headerText(list.sha256)}`).join(', ');
  return {
    'x-concordance-data-version': String(provenance.dataVersion),
    'x-concordance-generated-at': provenance.generatedAt,
    ...(lists.length <= LISTS_HEADER_LIMIT ? { 'x-concordance-lists': lists } : { 'x-concordance-lists-omitted': String(provenance.lists.length) }),
  };
}

/**
 * The provenance as comment lines for the top of a CSV (`# ` before each, CRLF after): pandas reads past them with
 * `comment='#'`, R with `comment.char = "#"`, and a spreadsheet shows them above the table.
 */
export function csvProvenanceComment(provenance: Provenance, table: string): string {
  const lines = [
    `Concordance ${provenance.report} export, table ${table}`,
    `generated at: ${provenance.generatedAt}`,
    `data version: ${provenance.dataVersion}`,
    ...Object.entries(provenance.arguments).map(([name, value]) => `argument ${name}: ${argumentWords(name, value)}`),
    ...provenance.lists.map((list) => `list ${list.id}: version ${list.version}, sha256 ${list.sha256}`),
  ];
  // A line break inside a value would end the comment and start a row.
  return lines.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\r\n`).join('');
}
