// The statements as sent to the database: the files' explanations left out, the Cypher itself unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../graph/runtime/paths.js';
import { asSent, cypher } from '../../src/db/queries.js';

describe('statements as sent', () => {
  it('leave out the lines that are only comments, and indentation, and keep comments after code', () => {
    const written = ['// What it reads.', '// Why.', 'MATCH (e:Entry {id: $id})', '', '  WHERE e.code <> "//" // not a comment line', '    RETURN e'].join('\n');
    expect(asSent(written)).toBe(['MATCH (e:Entry {id: $id})', 'WHERE e.code <> "//" // not a comment line', 'RETURN e'].join('\n'));
  });

  it('are shorter than the files, with no comment lines: entry by code', () => {
    const written = readFileSync(join(projectRoot, 'queries', 'entries', 'by-code.cypher'), 'utf8');
    const sent = cypher('entries/by-code');
    expect(sent.length).toBeLessThan(written.length);
    expect(sent).not.toMatch(/^\s*\/\//m);
    expect(sent).toContain('OPTIONAL MATCH (l:ControlList {id: $list})\nOPTIONAL MATCH (e:Entry {listId: $list})\nWHERE e.code IN $codes');
  });
});
