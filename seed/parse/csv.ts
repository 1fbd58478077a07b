// A small RFC 4180-style CSV reader for the seed sources: quoted fields, doubled quotes, empty fields.
// Records are one per line (no source file here has a line break inside a quoted field).
import { SourceFormatError } from '../sourceError.js';

/** One non-blank line of a CSV file, with its 1-based line number for error messages. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** A line that is not valid CSV; `readCsv` turns it into a SourceFormatError naming the line. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

/**
 * Splits one CSV line into fields. A field may be quoted ("a, b"); inside quotes a doubled quote
 * ("") stands for one quote. Unquoted fields are taken as written (no trimming), so `a,,b` has an
 * empty middle field and a trailing comma gives a trailing empty field.
 */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false; // the current field opened with a quote
  let inQuotes = false; // we are between its opening and closing quote

  while (i < line.length) {
    const ch = line[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        // After the closing quote only a separator or the end of the line may follow.
        if (i < line.length && line[i] !== ',') {
          throw new CsvSyntaxError(`unexpected character after closing quote at column ${i + 1}`);
        }
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      quoted = false;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || quoted) {
        throw new CsvSyntaxError(`quote inside an unquoted field at column ${i + 1}`);
      }
      quoted = true;
      inQuotes = true;
      i += 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) throw new CsvSyntaxError('quoted field is not closed');
  fields.push(field);
  return fields;
}

/**
 * Reads a whole CSV text: strips a byte-order mark, accepts LF and CRLF line ends, skips blank
 * lines, and keeps each row's line number. A syntax error becomes SourceFormatError(file, 'line N').
 */
export function readCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    try {
      rows.push({ line, fields: parseCsvLine(raw) });
    } catch (err) {
      if (err instanceof CsvSyntaxError) throw new SourceFormatError(file, `line ${line}`, err.message);
      throw err;
    }
  });
  return rows;
}
