import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvLine, readCsv } from '../../seed/parse/csv.js';
import { SourceFormatError } from '../../seed/sourceError.js';

describe('parseCsvLine', () => {
  it('splits plain fields', () => {
    expect(parseCsvLine('MTCR,Argentina,AR,member,1993,https://example.org/a')).toEqual([
      'MTCR',
      'Argentina',
      'AR',
      'member',
      '1993',
      'https://example.org/a',
    ]);
  });

  it('keeps commas inside quoted fields', () => {
    expect(parseCsvLine('NSG,"Korea, Republic of",KR')).toEqual(['NSG', 'Korea, Republic of', 'KR']);
  });

  it('reads a doubled quote inside a quoted field as one quote', () => {
    expect(parseCsvLine('a,"say ""hello"", then go",c')).toEqual(['a', 'say "hello", then go', 'c']);
    expect(parseCsvLine('""""')).toEqual(['"']);
  });

  it('keeps empty fields, leading, inner and trailing', () => {
    expect(parseCsvLine('MTCR,Estonia,EE,adherent,,src')).toEqual(['MTCR', 'Estonia', 'EE', 'adherent', '', 'src']);
    expect(parseCsvLine(',a,')).toEqual(['', 'a', '']);
    expect(parseCsvLine('')).toEqual(['']);
    expect(parseCsvLine('"",x')).toEqual(['', 'x']);
  });

  it('rejects an unclosed quote and stray quotes', () => {
    expect(() => parseCsvLine('a,"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsvLine('a,"closed"junk')).toThrow(CsvSyntaxError);
    expect(() => parseCsvLine('a,ab"c')).toThrow(CsvSyntaxError);
  });
});

describe('readCsv', () => {
  it('handles CRLF, a BOM and blank lines, keeping line numbers', () => {
    const rows = readCsv('\uFEFFa,b\r\n\r\nc,"d,e"\r\n', 'x.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd,e'] },
    ]);
  });

  it('reports a syntax error as SourceFormatError with the line number', () => {
    try {
      readCsv('a,b\nc,"d\n', 'x.csv');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SourceFormatError);
      expect((err as SourceFormatError).location).toBe('line 2');
      expect((err as SourceFormatError).file).toBe('x.csv');
    }
  });
});
