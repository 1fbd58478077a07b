// The HTTP door to the exports: GET /exports/<report>.<csv|md|json|xlsx>?<the report's arguments>.
import type { ReportStore } from '../services/reports/store.js';
import { badInput, ConcordanceError, HTTP_STATUS, toConcordanceError } from '../errors.js';
import type { Logger } from '../log.js';
import { AVAILABLE_EXPORTS, isExportFormat, isReportKind, parseCategory, parseReportArguments, parseTable, reportParameters, type ExportFormat, type ReportKind } from './catalogue.js';
import { exportReport } from './exportReport.js';


export interface ExportResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  /** For a Content-Disposition header, on success. */
  filename?: string;
  /** On success: what the export was made from (X-Concordance-Data-Version, X-Concordance-Lists …). */
  headers?: Record<string, string>;
}

const PREFIX = '/exports/';
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

/** The UTF-8 byte order mark: Excel reads a CSV that starts with it as UTF-8, not as the system's code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * `bom=1` asks for a byte order mark before a CSV (for Excel on Windows), `bom=0` or no `bom` for none: plain
 * UTF-8, as RFC 4180 tools, pandas and csv modules read it without options. Taken out of the query, so that
 * the report's own arguments are checked as before.
 */
export function byteOrderMark(format: ExportFormat, query: URLSearchParams): boolean {
  return csvSwitch(format, query, 'bom', 'a UTF-8 byte order mark before the CSV, for Excel');
}

/**
 * A CSV-only switch taken out of the query: 1/true or 0/false, given at most once; on for another format is
 * refused. `provenance=1` puts the provenance in comment lines before the CSV's table.
 */
function csvSwitch(format: ExportFormat, query: URLSearchParams, name: string, meaning: string): boolean {
  const values = query.getAll(name);
  query.delete(name);
  if (values.length === 0) return false;
  if (values.length > 1) throw badInput(name, `give it once (got ${values.length} values)`);
  const value = (values[0] ?? '').trim().toLowerCase();
  if (!['1', 'true', '0', 'false'].includes(value)) throw badInput(name, `must be 1 (${meaning}) or 0 (got '${values[0]}')`);
  const wanted = value === '1' || value === 'true';
  if (wanted && format !== 'csv') throw badInput(name, `applies to CSV exports only (this one is ${format})`);
  return wanted;
}

/** `table=<name>` as given, taken out of the query (an empty value counts as absent); parseTable checks it. */
function tableValue(query: URLSearchParams): string | undefined {
  const values = query.getAll('table');
  query.delete('table');
  if (values.length > 1) throw badInput('table', `give it once (got ${values.length} values)`);
  const value = values[0]?.trim();
  return value === '' ? undefined : value;
}

/**
 * GET /exports/<report>.<csv|md|json|xlsx>?<arguments>[&table=…][&bom=1][&provenance=1]. Never throws: an unknown export is a 404 naming the available
 * ones, bad arguments a 400, and any other failure its ConcordanceError status, all as JSON `{ error }`.
 */
export async function handleExport(reports: ReportStore, url: URL, log?: Logger): Promise<ExportResponse> {
  const name = url.pathname.slice(PREFIX.length);
  const dot = name.lastIndexOf('.');
  const kind = name.slice(0, dot);
  const format = name.slice(dot + 1);
  if (dot < 0 || !isReportKind(kind) || !isExportFormat(format)) {
    return errorResponse(new ConcordanceError('NOT_FOUND', `There is no export '${name}'. The exports are ${AVAILABLE_EXPORTS.map((e) => PREFIX + e).join(', ')}.`));
  }
  try {
    const query = new URLSearchParams(url.searchParams);
    const bom = byteOrderMark(format, query);
    const provenance = csvSwitch(format, query, 'provenance', 'the provenance in comment lines before the table');
    const given = tableValue(query);
    // The report's own arguments are checked first: a table is chosen from a report that can be made.
    const args = parseReportArguments(kind, queryArguments(kind, query));
    const table = parseTable(kind, format, given);
    const exported = await exportReport(reports, kind, format, args, { ...(table === undefined ? {} : { table }), provenance });
    const body = bom && typeof exported.body === 'string' ? UTF8_BOM + exported.body : exported.body;
    return { status: 200, contentType: exported.contentType, body, filename: exported.filename, headers: exported.headers };
  } catch (error) {
    const failure = toConcordanceError(error);
    if (HTTP_STATUS[failure.code] >= 500) {
      const cause = failure.cause instanceof Error ? failure.cause.message : String(failure.cause ?? failure.message);
      log?.error(`export ${name} failed (${failure.code}): ${cause}`);
    }
    return errorResponse(failure);
  }
}
