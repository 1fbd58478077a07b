// Writes CSV as RFC 4180 describes it, for the report exports: CRLF line ends, a field quoted when it holds
// a comma, a quote, CR or LF (quotes inside doubled). No byte-order mark: callers that need one add it.

export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field. null is an empty field; numbers and booleans are written as JavaScript prints them. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The header and rows as one CSV document, each record ending in CRLF. A row whose length differs from the
 * header's is a programming error in the caller, so it throws rather than write a table that will not parse.
 */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header.map(csvField).join(',')];
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
    }
    lines.push(row.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
