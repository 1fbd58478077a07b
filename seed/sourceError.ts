// The one error a parser throws for a malformed source: which file, where in it, and what is wrong.
export class SourceFormatError extends Error {
  override readonly name = 'SourceFormatError';
  constructor(
    readonly file: string,
    /** A line number, a record index or a code: whatever locates the problem for a person. */
    readonly location: string,
    readonly problem: string,
  ) {
    super(`${file}: ${location}: ${problem}`);
  }
}
