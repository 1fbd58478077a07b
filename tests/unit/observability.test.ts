import { describe, expect, it } from 'vitest';
import { describeBadVariable } from '../../src/graphql/badLiteral.js';
import { createMetrics } from '../../src/http/metrics.js';
import { requestIdOf } from '../../src/http/requestIds.js';
import { createLogger, formatLine, withLogContext } from '../../src/log.js';

describe('log lines', () => {
  const time = new Date('2026-03-02T14:05:00.000Z');

  it('are one JSON object per line with LOG_FORMAT=json, the fields beside the message', () => {
    const line = formatLine('json', 'info', 'POST /graphql 200', { requestId: 'r-1', status: 200 }, time);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({ time: '2026-03-02T14:05:00.000Z', level: 'info', msg: 'POST /graphql 200', requestId: 'r-1', status: 200 });
  });

  it('are text for a person otherwise, the fields as key=value', () => {
    expect(formatLine('text', 'warn', 'slow', { requestId: 'r-1', path: '/a b' }, time)).toBe('2026-03-02T14:05:00.000Z WARN  slow requestId=r-1 path="/a b"\n');
    expect(formatLine('text', 'info', 'plain', {}, time)).toBe('2026-03-02T14:05:00.000Z INFO  plain\n');
  });

  it('carry the request id of the request they are written in, across awaits', async () => {
    const lines: string[] = [];
    const log = createLogger('debug', 'json', (line) => lines.push(line));
    await withLogContext({ requestId: 'abc' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.error('failed');
    });
    log.info('outside');
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ msg: 'failed', requestId: 'abc' }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
  });
});

describe('request ids', () => {
  it('keep a sane incoming id and make one for anything else', () => {
    expect(requestIdOf('req-42.a:b')).toBe('req-42.a:b');
    expect(requestIdOf(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'two words', 'x'.repeat(129), 'ünï', 'a\r\nb']) expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('metric labels', () => {
  it('name an operation by its name, else by its root fields, and stop taking new ones past the limit', () => {
    const metrics = createMetrics(async () => 1, 'neo4j');
    expect(metrics.operationLabel('GapList', ['gaps'])).toBe('GapList');
    expect(metrics.operationLabel(undefined, ['regimes', 'lists', 'regimes'])).toBe('lists,regimes');
    expect(metrics.operationLabel('not a name!', ['gaps'])).toBe('gaps');
    expect(metrics.operationLabel(null, [])).toBe('(none)');
    for (let i = 0; i < 300; i++) metrics.operationLabel(`Op${i}`, []);
    expect(metrics.operationLabel('OneTooMany', [])).toBe('(other)');
    expect(metrics.operationLabel('GapList', ['gaps'])).toBe('GapList');
  });
});

describe('bad variable values', () => {
  const document = 'query($r: RegimeCode!, $f: EntryFilter) { gaps(regime: $r, against: WA) { total } entries(filter: $f) { totalCount } }';

  it('are named by the argument the variable is passed to, with the values the enum allows', () => {
    const described = describeBadVariable('Variable "$r" got invalid value "XX"; Value "XX" does not exist in "RegimeCode" enum. Did you mean the enum value "WA"?', document);
    expect(described?.argument).toBe('regime');
    expect(described?.variable).toBe('r');
    expect(described?.message).toMatch(/^regime: got invalid value "XX" \(variable \$r\); Value "XX" does not exist in "RegimeCode" enum\. The values are WA, MTCR, NSG, AG, CWC\.$/);
  });

  it('follow a field of an input-object variable to the argument path', () => {
    const described = describeBadVariable('Variable "$f" got invalid value "XX" at "f.regime"; Value "XX" does not exist in "RegimeCode" enum.', document);
    expect(described?.argument).toBe('filter.regime');
    expect(described?.message.startsWith('filter.regime: got invalid value "XX" (variable $f at f.regime);')).toBe(true);
  });

  it('leave other messages alone', () => {
    expect(describeBadVariable('Cannot query field "x" on type "Query".', document)).toBeUndefined();
  });
});
