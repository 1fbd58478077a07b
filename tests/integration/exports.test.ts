// Gap, overlap and ITT lists as files, over HTTP and from the command line, on the real data.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../graph/runtime/paths.js';
import { parseCsv } from '../support/csv.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';

describe('GET /exports', () => {
  it('serves an NSG-against-WA gap list as CSV that parses cleanly, one row per entry examined, gaps first', async () => {
    const response = await server.get(`/exports/gaps.csv?regime=NSG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { dataVersion } = await server.data<{ gaps: { dataVersion: number } }>(`{ gaps(regime: NSG, against: WA, list: "${CCL}") { dataVersion } }`).then((d) => d.gaps);
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="gaps-NSG-against-WA-us-ccl_ecfr-2026-data-v${dataVersion}.csv"`);
    const rows = parseCsv(await response.text());
    const [header, ...body] = rows;
    expect(header).toEqual(['status', 'category', 'technology_id', 'technology', 'list', 'code', 'title', 'regime_attributions', 'units', 'uncovered_units', 'served_items_uncovered', 'evidence', 'reason', 'entry_id']);
    for (const row of body) expect(row).toHaveLength(header!.length);
    const gapCodes = body.filter((r) => r[0] === 'GAP').map((r) => r[5]);
    // 1A225 "Platinized catalysts …": "NP applies to entire entry" (NP Column 1), no NS row.
    expect(gapCodes).toContain('1A225');
    // 1A290 is "NP Column 2": a US-only control, not an NSG item, so not examined at all.
    expect(body.map((r) => r[5])).not.toContain('1A290');
    const graphql = await server.graphql<{ gaps: { total: number; partial: unknown[]; covered: unknown[]; elsewhere: unknown[] } }>(
      `{ gaps(regime: NSG, against: WA, list: "${CCL}") { total partial { status } covered { status } elsewhere { controlledBy } } }`,
    );
    const g = graphql.data!.gaps;
    expect(gapCodes).toHaveLength(g.total);
    expect(body).toHaveLength(g.total + g.partial.length + g.covered.length + g.elsewhere.length);
  });

  it('serves the same gap list as Markdown ready for a paper: title, date, data versions, a table per category, evidence', async () => {
    const response = await server.get(`/exports/gaps.md?regime=NSG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await response.text();
    expect(md).toMatch(/^# Gap list: NSG entries not covered by WA/);
    expect(md).toMatch(/Generated on \d{4}-\d{2}-\d{2}/);
    expect(md).toContain('| us-ccl@ecfr-2026 | Commerce Control List (15 CFR 774, Supplement No. 1) | eCFR 2026 snapshot |');
    expect(md).toMatch(/### Category 1\n/);
    expect(md).toContain('NP applies to entire entry');
    const tables = md.split('\n').filter((l) => /^\| --- /.test(l));
    expect(tables.length).toBeGreaterThanOrEqual(2);
  });

  it('serves overlap and ITT coverage in both formats', async () => {
    for (const path of [`/exports/overlap.csv?regimes=WA,MTCR&list=${CCL}&category=1&table=combined`, `/exports/itt-coverage.csv?regime=MTCR&list=${CCL}&category=9`]) {
      const response = await server.get(path);
      expect(response.status).toBe(200);
      const rows = parseCsv(await response.text());
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    }
    const overlapCsv = parseCsv(await (await server.get(`/exports/overlap.csv?regimes=WA&regimes=MTCR&list=${CCL}&category=1&table=shared_entries`)).text());
    const code = overlapCsv[0]!.indexOf('code');
    expect(overlapCsv.map((r) => r[code])).toContain('1C001');
    const md = await (await server.get(`/exports/itt-coverage.md?regime=MTCR&list=${CCL}&category=9`)).text();
    expect(md).toContain('9E101');
    expect(md).toMatch(/Hardware left uncovered/);
    const overlapMd = await (await server.get(`/exports/overlap.md?regimes=WA,MTCR&list=${CCL}&category=9`)).text();
    expect(overlapMd).toContain('9A012');
  });

  it.each([
    [`/exports/gaps.csv?regime=XX&against=WA`, 'regime', /must be one of WA, MTCR, NSG, AG, CWC/],
    [`/exports/gaps.csv?regime=NSG&against=NSG`, 'against', /must differ from regime/],
    [`/exports/overlap.md?regimes=WA`, 'regimes', /at least two different regimes/],
    [`/exports/gaps.csv?regime=NSG&against=WA&category=x`, 'category', /category/],
    [`/exports/gaps.csv?regime=NSG&against=WA&list=no-such@list`, 'list', /unknown list 'no-such@list'; the loaded lists are: /],
  ])('answers %s with 400 naming %s', async (path, argument, message) => {
    const response = await server.get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; argument: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.argument).toBe(argument);
    expect(body.error.message).toMatch(message);
  });

  it('answers an unknown export with 404 listing the available ones', async () => {
    const response = await server.get('/exports/everything.pdf');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/gaps\.csv.*gaps\.md/s);
  });
});

describe('a CSV for Excel', () => {
  it('starts with a UTF-8 byte order mark with bom=1, and reads back as the same table, curly quotes intact', async () => {
    const path = `/exports/gaps.csv?regime=NSG&against=WA&list=${CCL}`;
    const plain = new Uint8Array(await (await server.get(path)).arrayBuffer());
    const marked = new Uint8Array(await (await server.get(`${path}&bom=1`)).arrayBuffer());
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(marked.slice(3)).equals(Buffer.from(plain))).toBe(true);
    // As a spreadsheet reads it: the mark says UTF-8 and is not part of the first column's name.
    const text = new TextDecoder('utf-8').decode(marked);
    const rows = parseCsv(text);
    expect(rows[0]?.[0]).toBe('status');
    expect(text).toMatch(/[“”’]/);
    expect(parseCsv(new TextDecoder('utf-8').decode(plain))).toEqual(rows);
  });

  it('refuses a bom value other than 1 or 0, and a bom for Markdown, naming bom', async () => {
    for (const path of [`/exports/gaps.csv?regime=NSG&against=WA&bom=yes`, `/exports/gaps.md?regime=NSG&against=WA&bom=1`]) {
      const response = await server.get(path);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; argument: string; message: string } };
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'bom' });
      expect(body.error.message).toMatch(/^bom: (must be 1|applies to CSV exports only)/);
    }
    expect((await server.get(`/exports/gaps.csv?regime=NSG&against=WA&list=${CCL}&bom=0`)).status).toBe(200);
  });
});

describe('npm run report', () => {
  const reportCli = join(projectRoot, 'src', 'cli', 'report.ts');
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_DATABASE: inject('neo4jDatabase'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') ?? '' };

  it('writes the NSG-against-WA gap list as Markdown to stdout with --out -', () => {
    const run = spawnSync(tsx, [reportCli, 'gaps', '--regime', 'NSG', '--against', 'WA', '--list', CCL, '--format', 'md', '--out', '-'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Gap list: NSG entries not covered by WA/);
    expect(run.stdout).toContain('1A225');
  });

  it('writes to the directory npm was run in, not the project root: under the report\'s own name, or --out relative to it', () => {
    const here = mkdtempSync(join(tmpdir(), 'concordance-report-'));
    try {
      const named = spawnSync(tsx, [reportCli, 'overlap', '--regimes', 'WA,MTCR', '--list', CCL, '--category', '1', '--format', 'csv', '--table', 'shared_entries'], {
        env: { ...env, INIT_CWD: here },
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(named.status).toBe(0);
      expect(named.stdout).toBe('');
      const [written] = readdirSync(here);
      expect(written).toMatch(/^overlap-WA-MTCR-us-ccl_ecfr-2026-category-1-shared_entries-data-v\d+\.csv$/);
      const file = join(here, written!);
      expect(named.stderr).toContain(`report: overlap written to ${file}`);
      expect(parseCsv(readFileSync(file, 'utf8'))[0]).toContain('code');
      expect(readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);

      const withBom = spawnSync(tsx, [reportCli, 'overlap', '--regimes', 'WA,MTCR', '--list', CCL, '--category', '1', '--table', 'shared_entries', '--out', 'excel.csv', '--bom'], {
        env: { ...env, INIT_CWD: here },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(withBom.status).toBe(0);
      const excel = readFileSync(join(here, 'excel.csv'));
      expect(excel.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
      expect(excel.subarray(3).equals(readFileSync(file))).toBe(true);
      rmSync(join(here, 'excel.csv'));

      mkdirSync(join(here, 'out'));
      const relative = spawnSync(tsx, [reportCli, 'itt-coverage', '--regime', 'MTCR', '--list', CCL, '--category', '9', '--out', 'out/itt.md'], {
        env: { ...env, INIT_CWD: here },
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(relative.status).toBe(0);
      expect(readFileSync(join(here, 'out', 'itt.md'), 'utf8')).toMatch(/^# /);
      expect(existsSync(join(projectRoot, 'out', 'itt.md'))).toBe(false);
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });

  it('writes JSON and XLSX, and names the tables when an overlap CSV names none', () => {
    const json = spawnSync(tsx, [reportCli, 'itt-coverage', '--regime', 'MTCR', '--list', CCL, '--category', '9', '--format', 'json', '--out', '-'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(json.status).toBe(0);
    const body = JSON.parse(json.stdout) as { provenance: { report: string; lists: { id: string }[] }; ittCoverage: { hardware: unknown[] } };
    expect(body.provenance.report).toBe('itt-coverage');
    expect(body.provenance.lists.map((l) => l.id)).toEqual([CCL]);

    const here = mkdtempSync(join(tmpdir(), 'concordance-report-'));
    try {
      const xlsx = spawnSync(tsx, [reportCli, 'overlap', '--regimes', 'WA,MTCR', '--list', CCL, '--category', '9', '--out', 'overlap.xlsx'], { env: { ...env, INIT_CWD: here }, encoding: 'utf8', timeout: 60_000 });
      expect(xlsx.status).toBe(0);
      // An XLSX file is a zip archive.
      expect(readFileSync(join(here, 'overlap.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    } finally {
      rmSync(here, { recursive: true, force: true });
    }

    const untabled = spawnSync(tsx, [reportCli, 'overlap', '--regimes', 'WA,MTCR', '--format', 'csv'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(untabled.status).toBe(2);
    expect(untabled.stderr.trim()).toMatch(/^report: table: name the table of the overlap CSV: shared_entries .*links .*technology_entries .*threshold_comparisons .*combined/);
  });

  it('refuses a bad argument with one line and exit code 2', () => {
    const run = spawnSync(tsx, [reportCli, 'gaps', '--regime', 'NSG', '--against', 'ZZ'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('report: against: must be one of WA, MTCR, NSG, AG, CWC');
  });
});
