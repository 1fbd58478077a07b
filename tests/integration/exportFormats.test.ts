// The exports in JSON and XLSX, their provenance, the overlap's tidy tables and the Markdown's quotation marks, on
// the real data. Every expected value comes from the GraphQL answer for the same arguments, or from the source text.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const server = serveForTests(() => testExecutor());
const CCL = 'us-ccl@ecfr-2026';

interface ListInfo {
  id: string;
  title: string;
  version: string;
  sha256: string;
}
interface Ref {
  id: string;
  code: string;
}

const LISTS = 'lists { id title version sha256 }';

/** As the lists header writes a version: the separators `,` `;` `"` (and `%`, `\\`, non-ASCII) percent-encoded. */
const headerText = (text: string) => text.replace(/[,;"\\%]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));

/** The lists the service has loaded, as the API's own `lists` field gives them: the digests the exports must repeat. */
async function loadedLists(): Promise<Map<string, ListInfo>> {
  const { lists } = await server.data<{ lists: ListInfo[] }>('{ lists { id title version sha256 } }');
  return new Map(lists.map((list) => [list.id, list]));
}

/** A sheet as rows of cells, empty cells null, as a spreadsheet program reads the file. */
function sheetRows(book: XLSX.WorkBook, name: string): unknown[][] {
  const sheet = book.Sheets[name];
  expect(sheet, `sheet ${name}`).toBeDefined();
  return XLSX.utils.sheet_to_json<unknown[]>(sheet!, { header: 1, defval: null, blankrows: true });
}

/** A table sheet's rows as objects keyed by its header row. */
function sheetObjects(book: XLSX.WorkBook, name: string): Record<string, unknown>[] {
  const [header, ...rows] = sheetRows(book, name);
  return rows.map((row) => Object.fromEntries((header as string[]).map((column, i) => [column, row[i] ?? null])));
}

function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i] ?? ''])));
}

describe('JSON exports', () => {
  it('serve the gap list at the CSV and Markdown URL pattern, with the rows of the GraphQL answer and its provenance', async () => {
    const query = `{ gaps(regime: NSG, against: WA, list: "${CCL}") {
      dataVersion total ${LISTS}
      groups { category technology { id } rows { entry { id } reason } }
      partial { entry { id } status } covered { entry { id } status } elsewhere { entry { id } controlledBy } } }`;
    const { gaps } = await server.data<{
      gaps: {
        dataVersion: number;
        total: number;
        lists: ListInfo[];
        groups: { category: number | null; technology: { id: string } | null; rows: { entry: { id: string }; reason: string }[] }[];
        partial: { entry: { id: string }; status: string }[];
        covered: { entry: { id: string }; status: string }[];
        elsewhere: { entry: { id: string }; controlledBy: string }[];
      };
    }>(query);
    const response = await server.get(`/exports/gaps.json?regime=NSG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="gaps-NSG-against-WA-us-ccl_ecfr-2026-data-v${gaps.dataVersion}.json"`);
    const body = (await response.json()) as {
      provenance: { report: string; dataVersion: number; generatedAt: string; lists: ListInfo[]; arguments: Record<string, unknown> };
      gaps: typeof gaps & { groups: { category: number | null; technology: { id: string } | null; rows: { entry: Ref; reason: string }[] }[] };
    };
    const lists = await loadedLists();
    expect(body.provenance).toMatchObject({ report: 'gaps', dataVersion: gaps.dataVersion, arguments: { regime: 'NSG', against: 'WA', list: CCL, category: null } });
    expect(body.provenance.lists).toEqual(gaps.lists);
    expect(body.provenance.lists).toEqual([lists.get(CCL)]);
    expect(Number.isNaN(Date.parse(body.provenance.generatedAt))).toBe(false);
    // The same rows, in the same order, as the GraphQL field answers.
    expect(body.gaps.total).toBe(gaps.total);
    expect(body.gaps.groups.map((g) => [g.category, g.technology?.id ?? null, g.rows.map((r) => [r.entry.id, r.reason])])).toEqual(
      gaps.groups.map((g) => [g.category, g.technology?.id ?? null, g.rows.map((r) => [r.entry.id, r.reason])]),
    );
    expect(body.gaps.partial.map((r) => [r.entry.id, r.status])).toEqual(gaps.partial.map((r) => [r.entry.id, r.status]));
    expect(body.gaps.covered.map((r) => [r.entry.id, r.status])).toEqual(gaps.covered.map((r) => [r.entry.id, r.status]));
    expect(body.gaps.elsewhere.map((r) => [r.entry.id, r.controlledBy])).toEqual(gaps.elsewhere.map((r) => [r.entry.id, r.controlledBy]));
  });

  it('serve overlap and ITT coverage with the rows of their GraphQL answers', async () => {
    const { overlap, ittCoverage } = await server.data<{
      overlap: { sharedEntries: { entry: Ref; attributions: { regime: string; scope: string }[] }[]; links: { from: Ref; to: Ref; kind: string }[]; technologies: { technology: { id: string } }[] };
      ittCoverage: { hardware: { entry: Ref; covered: boolean }[]; summary: { hardware: number; covered: number } };
    }>(`{ overlap(regimes: [WA, MTCR], list: "${CCL}", category: 9) {
        sharedEntries { entry { id code } attributions { regime scope } } links { from { id code } to { id code } kind } technologies { technology { id } } }
      ittCoverage(regime: MTCR, list: "${CCL}", category: 9) { hardware { entry { id code } covered } summary { hardware covered } } }`);
    const o = (await (await server.get(`/exports/overlap.json?regimes=WA,MTCR&list=${CCL}&category=9`)).json()) as { overlap: typeof overlap };
    expect(o.overlap.sharedEntries.map((s) => [s.entry.id, s.attributions.map((a) => [a.regime, a.scope])])).toEqual(
      overlap.sharedEntries.map((s) => [s.entry.id, s.attributions.map((a) => [a.regime, a.scope])]),
    );
    expect(o.overlap.links.map((l) => [l.from.id, l.to.id, l.kind])).toEqual(overlap.links.map((l) => [l.from.id, l.to.id, l.kind]));
    expect(o.overlap.technologies.map((t) => t.technology.id)).toEqual(overlap.technologies.map((t) => t.technology.id));
    const i = (await (await server.get(`/exports/itt-coverage.json?regime=MTCR&list=${CCL}&category=9`)).json()) as { ittCoverage: typeof ittCoverage; provenance: { report: string } };
    expect(i.provenance.report).toBe('itt-coverage');
    expect(i.ittCoverage.hardware.map((h) => [h.entry.id, h.covered])).toEqual(ittCoverage.hardware.map((h) => [h.entry.id, h.covered]));
    expect(i.ittCoverage.summary).toMatchObject(ittCoverage.summary);
  });
});

describe('XLSX workbooks', () => {
  it('hold the overlap as one sheet per table and an About sheet, read back by a spreadsheet library as the GraphQL answer', async () => {
    const { overlap } = await server.data<{
      overlap: {
        dataVersion: number;
        lists: ListInfo[];
        sharedEntries: { entry: Ref; attributions: { regime: string; basis: string; scope: string }[] }[];
        links: { from: Ref; to: Ref; kind: string; evidence: string }[];
        technologies: { technology: { id: string }; regimes: { regime: string; entries: { entry: Ref }[] }[]; comparisons: { parameter: string; values: { regime: string; entry: Ref; strictest: boolean; threshold: { value: number } }[] }[] }[];
      };
    }>(`{ overlap(regimes: [WA, MTCR], list: "${CCL}", category: 9) { dataVersion ${LISTS}
        sharedEntries { entry { id code } attributions { regime basis scope } }
        links { from { id code } to { id code } kind evidence }
        technologies { technology { id } regimes { regime entries { entry { id code } } } comparisons { parameter values { regime entry { id code } strictest threshold { value } } } } } }`);
    expect(overlap.sharedEntries.length).toBeGreaterThan(0);
    expect(overlap.links.length).toBeGreaterThan(0);

    const response = await server.get(`/exports/overlap.xlsx?regimes=WA,MTCR&list=${CCL}&category=9`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="overlap-WA-MTCR-us-ccl_ecfr-2026-category-9-data-v${overlap.dataVersion}.xlsx"`);
    const book = XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: 'array' });
    expect(book.SheetNames).toEqual(['About', 'Shared entries', 'Cross-regime links', 'Technology entries', 'Threshold comparisons']);

    const shared = sheetObjects(book, 'Shared entries');
    expect(shared.map((r) => [r.entry_id, r.regime, r.basis, r.scope])).toEqual(
      overlap.sharedEntries.flatMap((s) => s.attributions.map((a) => [s.entry.id, a.regime, a.basis, a.scope])),
    );
    const links = sheetObjects(book, 'Cross-regime links');
    expect(links.map((r) => [r.from_entry_id, r.to_entry_id, r.link_kind, r.evidence])).toEqual(overlap.links.map((l) => [l.from.id, l.to.id, l.kind, l.evidence]));
    const entries = sheetObjects(book, 'Technology entries');
    expect(entries.map((r) => [r.technology_id, r.regime, r.entry_id])).toEqual(
      overlap.technologies.flatMap((t) => t.regimes.flatMap((r) => r.entries.map((e) => [t.technology.id, r.regime, e.entry.id]))),
    );
    const thresholds = sheetObjects(book, 'Threshold comparisons');
    // Numbers and booleans stay numbers and booleans in the workbook.
    expect(thresholds.map((r) => [r.parameter, r.regime, r.entry_id, r.value, r.strictest])).toEqual(
      overlap.technologies.flatMap((t) => t.comparisons.flatMap((c) => c.values.map((v) => [c.parameter, v.regime, v.entry.id, v.threshold.value, v.strictest]))),
    );

    const about = sheetRows(book, 'About');
    const value = (label: string) => about.find((row) => row[0] === label)?.[1];
    expect(value('Concordance export')).toBe('overlap');
    expect(value('Data version')).toBe(overlap.dataVersion);
    expect(value('regimes')).toBe('WA,MTCR');
    expect(value('list')).toBe(CCL);
    expect(value('category')).toBe('9');
    const lists = await loadedLists();
    const list = lists.get(CCL)!;
    expect(overlap.lists).toEqual([list]);
    expect(about).toContainEqual([list.id, list.title, list.version, list.sha256]);
    // Every table sheet is named with its row count.
    expect(about).toContainEqual(['Shared entries', shared.length, expect.any(String), null]);
  });

  it('hold the gap list and the ITT coverage, the rows as in the GraphQL answer', async () => {
    const { gaps, ittCoverage } = await server.data<{
      gaps: { total: number; groups: { rows: { entry: Ref }[] }[]; partial: { entry: Ref }[]; covered: { entry: Ref }[]; elsewhere: { entry: Ref }[] };
      ittCoverage: { hardware: { entry: Ref; covered: boolean }[]; byCategory: { category: number | null; summary: { hardware: number; covered: number } }[] };
    }>(`{ gaps(regime: NSG, against: WA, list: "${CCL}", category: 2) { total groups { rows { entry { id code } } } partial { entry { id code } } covered { entry { id code } } elsewhere { entry { id code } } }
      ittCoverage(regime: MTCR, list: "${CCL}", category: 9) { hardware { entry { id code } covered } byCategory { category summary { hardware covered } } } }`);
    const gapBook = XLSX.read(new Uint8Array(await (await server.get(`/exports/gaps.xlsx?regime=NSG&against=WA&list=${CCL}&category=2`)).arrayBuffer()), { type: 'array' });
    expect(gapBook.SheetNames).toEqual(['About', 'Entries examined']);
    const rows = sheetObjects(gapBook, 'Entries examined');
    expect(rows.map((r) => r.entry_id)).toEqual([
      ...gaps.groups.flatMap((g) => g.rows.map((r) => r.entry.id)),
      ...gaps.partial.map((r) => r.entry.id),
      ...gaps.covered.map((r) => r.entry.id),
      ...gaps.elsewhere.map((r) => r.entry.id),
    ]);
    expect(rows.filter((r) => r.status === 'GAP')).toHaveLength(gaps.total);

    const ittBook = XLSX.read(new Uint8Array(await (await server.get(`/exports/itt-coverage.xlsx?regime=MTCR&list=${CCL}&category=9`)).arrayBuffer()), { type: 'array' });
    expect(ittBook.SheetNames).toEqual(['About', 'Hardware', 'Summary']);
    expect(sheetObjects(ittBook, 'Hardware').map((r) => [r.entry_id, r.covered])).toEqual(ittCoverage.hardware.map((h) => [h.entry.id, h.covered]));
    const byCategory = sheetObjects(ittBook, 'Summary').filter((r) => r.scope === 'category');
    expect(byCategory.map((r) => [r.category, r.hardware, r.covered])).toEqual(ittCoverage.byCategory.map((c) => [c.category, c.summary.hardware, c.summary.covered]));
  });
});

describe('provenance of CSV and Markdown exports', () => {
  it('is in the response headers and the file name; with provenance=1 also in comment lines before the CSV table', async () => {
    const { gaps } = await server.data<{ gaps: { dataVersion: number; lists: ListInfo[] } }>(`{ gaps(regime: AG, against: WA) { dataVersion ${LISTS} } }`);
    expect(gaps.lists.length).toBeGreaterThan(1);
    const lists = await loadedLists();
    for (const format of ['csv', 'md']) {
      const response = await server.get(`/exports/gaps.${format}?regime=AG&against=WA`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-concordance-data-version')).toBe(String(gaps.dataVersion));
      const header = response.headers.get('x-concordance-lists') ?? '';
      for (const list of gaps.lists) {
        expect(list.sha256).toBe(lists.get(list.id)?.sha256);
        expect(header).toContain(`${list.id};version="${headerText(list.version)}";sha256=${list.sha256}`);
      }
      expect(header.split(', ')).toHaveLength(gaps.lists.length);
      expect(response.headers.get('content-disposition')).toContain(`-data-v${gaps.dataVersion}.${format}"`);
      const text = await response.text();
      if (format === 'md') for (const list of gaps.lists) expect(text).toContain(`| ${list.id} | ${list.title} | ${list.version} | ${list.sha256} |`);
    }

    const plain = await (await server.get('/exports/gaps.csv?regime=AG&against=WA')).text();
    expect(plain.startsWith('status,')).toBe(true);
    const withProvenance = await (await server.get('/exports/gaps.csv?regime=AG&against=WA&provenance=1')).text();
    const comments = withProvenance.split('\r\n').filter((line) => line.startsWith('# '));
    expect(comments.length).toBeGreaterThan(3);
    expect(comments).toContain(`# data version: ${gaps.dataVersion}`);
    for (const list of gaps.lists) expect(comments).toContain(`# list ${list.id}: version ${list.version}, sha256 ${list.sha256}`);
    // After the comment lines, the same table as without them.
    expect(withProvenance.split('\r\n').filter((line) => !line.startsWith('# ')).join('\r\n')).toBe(plain);
  });

  it('refuses provenance for formats that carry it in their body, and a provenance value other than 1 or 0', async () => {
    for (const [path, message] of [
      ['/exports/gaps.md?regime=AG&against=WA&provenance=1', /^provenance: applies to CSV exports only/],
      ['/exports/gaps.csv?regime=AG&against=WA&provenance=yes', /^provenance: must be 1 /],
    ] as const) {
      const response = await server.get(path);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; argument: string; message: string } };
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'provenance' });
      expect(body.error.message).toMatch(message);
    }
  });
});

describe('the overlap CSV, one tidy table per record type', () => {
  const TABLES = ['shared_entries', 'links', 'technology_entries', 'threshold_comparisons', 'combined'];

  it('asks for a table by name, and names the tables when none or an unknown one is given', async () => {
    for (const path of [`/exports/overlap.csv?regimes=WA,MTCR&list=${CCL}`, `/exports/overlap.csv?regimes=WA,MTCR&list=${CCL}&table=everything`]) {
      const response = await server.get(path);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; argument: string; message: string } };
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'table' });
      for (const table of TABLES) expect(body.error.message).toContain(table);
    }
    const wrongFormat = await server.get(`/exports/overlap.xlsx?regimes=WA,MTCR&table=links`);
    expect(wrongFormat.status).toBe(400);
    expect(((await wrongFormat.json()) as { error: { argument: string } }).error.argument).toBe('table');
  });

  it('gives each table with its own columns only, every row filled as the GraphQL answer says', async () => {
    const { overlap } = await server.data<{
      overlap: {
        sharedEntries: { entry: Ref; attributions: { regime: string; scope: string }[] }[];
        links: { from: Ref; to: Ref; fromRegime: string; toRegime: string }[];
        technologies: { technology: { id: string }; comparisons: { values: { entry: Ref }[] }[] }[];
      };
    }>(`{ overlap(regimes: [WA, MTCR], list: "${CCL}", category: 1) {
        sharedEntries { entry { id code } attributions { regime scope } } links { from { id code } to { id code } fromRegime toRegime }
        technologies { technology { id } comparisons { values { entry { id code } } } } } }`);
    const table = async (name: string) => {
      const response = await server.get(`/exports/overlap.csv?regimes=WA,MTCR&list=${CCL}&category=1&table=${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`-category-1-${name}-data-v\\d+\\.csv"$`));
      return csvObjects(await response.text());
    };
    const shared = await table('shared_entries');
    expect(shared.map((r) => [r.code, r.regime, r.scope])).toEqual(overlap.sharedEntries.flatMap((s) => s.attributions.map((a) => [s.entry.code, a.regime, a.scope])));
    const links = await table('links');
    expect(links.map((r) => [r.from_code, r.from_regime, r.to_code, r.to_regime])).toEqual(overlap.links.map((l) => [l.from.code, l.fromRegime, l.to.code, l.toRegime]));
    const thresholds = await table('threshold_comparisons');
    expect(thresholds.map((r) => r.entry_id)).toEqual(overlap.technologies.flatMap((t) => t.comparisons.flatMap((c) => c.values.map((v) => v.entry.id))));
    // Tidy: the columns a table has are filled on every row of it.
    for (const rows of [shared, links]) {
      for (const row of rows) for (const [column, value] of Object.entries(row)) if (column !== 'category') expect(value, column).not.toBe('');
    }
    const combined = await table('combined');
    expect(combined.filter((r) => r.section === 'shared_entry')).toHaveLength(shared.length);
    expect(combined.filter((r) => r.section === 'link')).toHaveLength(links.length);
  });
});

describe('Markdown quotes only the source', () => {
  it("writes a code origin as the service's statement, not in quotation marks, and a reason for control in them", async () => {
    const { gaps } = await server.data<{ gaps: { groups: { rows: { entry: Ref; attributions: { basis: string; scope: string }[] }[] }[]; partial: { attributions: { basis: string; scope: string }[] }[] } }>(
      `{ gaps(regime: NSG, against: WA) { groups { rows { entry { id code } attributions { basis scope } } } partial { attributions { basis scope } } } }`,
    );
    const attributions = [...gaps.groups.flatMap((g) => g.rows.flatMap((r) => r.attributions)), ...gaps.partial.flatMap((r) => r.attributions)];
    const origin = attributions.find((a) => a.basis === 'CODE_ORIGIN' && a.scope.length < 250);
    const reason = attributions.find((a) => a.basis === 'REASON_FOR_CONTROL' && a.scope.length < 250 && !/[|\n]|\s\s/.test(a.scope));
    expect(origin?.scope).toMatch(/^Code origin: /);
    expect(reason).toBeDefined();
    const md = await (await server.get('/exports/gaps.md?regime=NSG&against=WA')).text();
    expect(md).not.toContain('“Code origin');
    expect(md).not.toContain('Code origin: Code origin');
    expect(md).toContain(origin!.scope);
    expect(md).not.toContain(`“${origin!.scope}”`);
    expect(md).toContain(`“${reason!.scope}”`);
  });
});
