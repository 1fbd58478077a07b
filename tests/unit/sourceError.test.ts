// An import error quotes the file it read; the quote must be safe to print whatever the file holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../seed/importer.js';
import { readJsonSource } from '../../seed/parse/json.js';
import { printable, SourceFormatError } from '../../seed/sourceError.js';
import { z } from 'zod';

const scratch = mkdtempSync(join(tmpdir(), 'concordance-source-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a safe excerpt in import errors', () => {
  it('writes control characters and undecodable bytes as escapes, and bounds the length', () => {
    expect(printable('red \u001b[31m text\u0000')).toBe('red \\x1B[31m text\\x00');
    expect(printable('bad \uFFFD byte, zero\u200Bwidth')).toBe('bad \\u{FFFD} byte, zero\\u{200B}width');
    expect(printable('x'.repeat(1000))).toHaveLength(400);
    expect(printable('“ITAR” ≥ 300 km, Ü')).toBe('“ITAR” ≥ 300 km, Ü');
  });

  it('applies to every SourceFormatError, such as a JSON parse error that quotes the file', () => {
    const bytes = Buffer.concat([Buffer.from('{"entries": '), Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0x07]), Buffer.from('x'.repeat(5000))]);
    const error = (() => {
      try {
        readJsonSource(bytes.toString('utf8'), 'annex.json', z.object({}));
      } catch (e) {
        return e as SourceFormatError;
      }
      throw new Error('expected a SourceFormatError');
    })();
    expect(error).toBeInstanceOf(SourceFormatError);
    expect(error.message).toMatch(/^annex\.json: document: not valid JSON: /);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(error.problem.length).toBeLessThanOrEqual(400);
  });

  it('refuses a binary file before parsing it, showing the offset and the bytes there in hex', () => {
    const png = join(scratch, 'ccl.xml');
    writeFileSync(png, Buffer.from([0x3c, 0x3f, 0x78, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x1b]));
    expect(() => readSource(png)).toThrow(SourceFormatError);
    expect(() => readSource(png)).toThrow(/: byte 3: not UTF-8 text \(a binary or differently encoded file\?\): the bytes there are 89 50 4E 47 0D 0A 1A 0A …$/);
    const nul = join(scratch, 'list.csv');
    writeFileSync(nul, 'regime,country\nMTCR,\u0000France\n');
    expect(() => readSource(nul)).toThrow(/: byte 20: not UTF-8 text .*: the bytes there are 00 46 72 61 6E 63 65 0A$/);
  });
});
