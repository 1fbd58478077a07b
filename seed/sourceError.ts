// The one error a parser throws for a malformed source: which file, where in it, and what is wrong.
// A problem often quotes the file; the quote is made printable and bounded, since the file may hold
// anything (binary bytes, terminal escape sequences, a megabyte on one line).

const MAX_PROBLEM_CHARS = 400;

/**
 * `text` with every control, format, private-use or unassigned character written as an escape (\x1B, \u200B),
 * the replacement character of an undecodable byte included, and cut at `max` characters.
 */
export function printable(text: string, max = MAX_PROBLEM_CHARS): string {
  const escaped = text.replace(/[\p{C}\uFFFD]/gu, (ch) => {
    if (ch === '\n' || ch === '\t') return ' ';
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
  return escaped.length <= max ? escaped : `${escaped.slice(0, max - 1)}…`;
}

export class SourceFormatError extends Error {
  override readonly name = 'SourceFormatError';
  /** A line number, a record index or a code: whatever locates the problem for a person. */
  readonly location: string;
  readonly problem: string;
  constructor(
    readonly file: string,
    location: string,
    problem: string,
  ) {
    const where = printable(location, 120);
    const what = printable(problem);
    super(`${file}: ${where}: ${what}`);
    this.location = where;
    this.problem = what;
  }
}

/** Fails unless `bytes` are UTF-8 text without NUL bytes; the error shows the offset and the bytes there, in hex. */
export function assertText(bytes: Buffer, file: string): void {
  const nul = bytes.indexOf(0);
  let offset = nul;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const decoded = bytes.toString('utf8');
    const bad = decoded.indexOf('\uFFFD');
    const at = bad < 0 ? 0 : Buffer.byteLength(decoded.slice(0, bad));
    offset = nul < 0 ? at : Math.min(nul, at);
  }
  if (offset < 0) return;
  const hex = [...bytes.subarray(offset, offset + 8)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  throw new SourceFormatError(file, `byte ${offset}`, `not UTF-8 text (a binary or differently encoded file?): the bytes there are ${hex}${bytes.length > offset + 8 ? ' …' : ''}`);
}
