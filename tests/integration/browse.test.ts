// Browsing over GraphQL/HTTP with real entries: lists, the entries connection, one entry with its links
// (search is in search.test.ts).
import { describe, expect, it } from 'vitest';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';

const data = <T>(query: string, variables?: Record<string, unknown>) => server.data<T>(query, variables);

describe('reference data', () => {
  it('lists the regimes, their participants, the countries and the loaded lists', async () => {
    const d = await data<{
      regimes: { code: string; participants: { country: { iso2: string } }[] }[];
      countries: { iso2: string }[];
      lists: { id: string; kind: string; entryCount: number; sha256: string }[];
      technologies: { id: string; entryCount: number }[];
    }>('{ regimes { code participants { country { iso2 } } } countries { iso2 } lists { id kind entryCount sha256 } technologies { id entryCount } }');
    expect(d.regimes.map((r) => r.code)).toEqual(['WA', 'MTCR', 'NSG', 'AG', 'CWC']);
    expect(d.regimes.find((r) => r.code === 'MTCR')?.participants).toHaveLength(36);
    expect(d.countries.map((c) => c.iso2)).toEqual(expect.arrayContaining(['IN', 'EU', 'KZ']));
    expect(d.lists.map((l) => l.id).sort()).toEqual([EU, 'mtcr-annex@uk-2022', 'nsg-guidelines@uk-2022', CCL]);
    expect(d.lists.find((l) => l.id === CCL)?.entryCount).toBe(638 + 4407);
    expect(d.lists.find((l) => l.id === CCL)?.sha256).toBe('8045c830d5e33a144d6bfb345798a11a499716430e40204b93b2f4ada26c8bc6');
    expect(d.technologies.length).toBeGreaterThanOrEqual(40);
    expect(d.technologies.find((t) => t.id === 'uav-cruise-missiles')?.entryCount).toBeGreaterThan(0);
  });
});

describe('the entries connection', () => {
  it('counts the entries attributed to a regime, by kind, per list and across lists, as the attribution edges do', async () => {
    // These counts are read from what each list's import derived (import/regime-counts); the expectation is counted
    // here from the attribution edges themselves, entry by entry. No source text states a count: what each edge says is
    // checked against the texts in import.test.ts and facts.test.ts (e.g. 9A012 "MT applies to …" and its code origin).
    const rows = await cypherRows(
      executor,
      `MATCH (e:Entry)-[:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(r:Regime)
       WITH DISTINCT e, r RETURN e.listId AS list, r.code AS regime, e.kind AS kind, count(e) AS n`,
    );
    const expected = (regime: string, kind: string | null, list: string | null) =>
      rows.filter((r) => r.regime === regime && (kind === null || r.kind === kind) && (list === null || r.list === list)).reduce((sum, r) => sum + Number(r.n), 0);
    const COUNT = 'query($filter: EntryFilter) { entries(filter: $filter, first: 1) { totalCount } }';
    for (const regime of ['WA', 'MTCR', 'NSG', 'AG', 'CWC']) {
      for (const kind of ['ENTRY', 'PART', null]) {
        for (const list of [CCL, EU, 'mtcr-annex@uk-2022', null]) {
          const d = await data<{ entries: { totalCount: number } }>(COUNT, { filter: { regime, kind, list } });
          expect({ regime, kind, list, total: d.entries.totalCount }).toEqual({ regime, kind, list, total: expected(regime, kind, list) });
        }
      }
    }
    // Some counts are not zero: MTCR's own list attributes its items to MTCR, and the CCL has NSG parts.
    expect(expected('MTCR', 'ENTRY', 'mtcr-annex@uk-2022')).toBeGreaterThan(100);
    expect(expected('NSG', 'PART', CCL)).toBeGreaterThan(100);
    // With any other filter the entries are counted one by one, the same way.
    const withBasis = await data<{ entries: { totalCount: number } }>(COUNT, { filter: { regime: 'WA', basis: 'CODE_ORIGIN', list: CCL } });
    const [byBasis] = await cypherRows(executor, `MATCH (e:Entry {listId: $list}) WHERE EXISTS { (e)-[a:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: 'WA'}) WHERE a.basis = 'CODE_ORIGIN' } RETURN count(e) AS n`, { list: CCL });
    expect(withBasis.entries.totalCount).toBe(Number(byBasis?.n));
  });

  const PAGE = `query Page($filter: EntryFilter, $first: Int, $after: String) {
    entries(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code } } }
  }`;
  type Page = { entries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; code: string } }[] } };

  it('walks every MTCR-attributed CCL hardware entry of category 9 page by page, each once', async () => {
    const filter = { list: CCL, regime: 'MTCR', category: 9, group: 'A', kind: 'ENTRY' };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const page: Page = await data<Page>(PAGE, { filter, first: 5, after });
      total = page.entries.totalCount;
      seen.push(...page.entries.edges.map((e) => e.node.code));
      if (!page.entries.pageInfo.hasNextPage) break;
      after = page.entries.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(expect.arrayContaining(['9A012', '9A101', '9A120']));
    expect(seen.every((code) => code.startsWith('9A'))).toBe(true);
  });

  it('a page is read in entry-id order: across lists from the first list on, in one list only its entries up to its last', async () => {
    // NSG-attributed entries of every kind across the loaded lists: pages of 100 follow each other in id order and
    // hold the count; the MTCR and NSG item lists and the two national lists all have some.
    const across: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Page = await data<Page>(PAGE, { filter: { regime: 'NSG' }, first: 100, after });
      across.push(...page.entries.edges.map((e) => e.node.id));
      if (!page.entries.pageInfo.hasNextPage) break;
      after = page.entries.pageInfo.endCursor;
    }
    const total = (await data<Page>(PAGE, { filter: { regime: 'NSG' }, first: 1 })).entries.totalCount;
    expect(across).toHaveLength(total);
    expect([...across].sort()).toEqual(across);
    expect(new Set(across.map((id) => id.split(':')[0])).size).toBeGreaterThanOrEqual(3);
    // One list's pages are that list's share of the same order, and end with its last entry: nothing of the list after it.
    const inEu: string[] = [];
    let euAfter: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Page = await data<Page>(PAGE, { filter: { list: EU, regime: 'NSG' }, first: 100, after: euAfter });
      inEu.push(...page.entries.edges.map((e) => e.node.id));
      if (!page.entries.pageInfo.hasNextPage) break;
      euAfter = page.entries.pageInfo.endCursor;
    }
    expect(inEu.length).toBeGreaterThan(100);
    expect(inEu).toEqual(across.filter((id) => id.startsWith(`${EU}:`)));
  });

  it('filters by attribution basis, technology area, thresholds and ITAR', async () => {
    const byBasis = await data<Page>(PAGE, { filter: { list: EU, regime: 'AG', basis: 'CODE_ORIGIN', kind: 'ENTRY' }, first: 50 });
    expect(byBasis.entries.edges.map((e) => e.node.code)).toEqual(expect.arrayContaining(['1C350', '1C351', '2B352']));
    // Parts answer for themselves: the paragraphs of EU 1C350 ("1. Thiodiglycol (CAS 111-48-8)") are AG by the entry's code origin.
    const parts = await data<Page>(PAGE, { filter: { list: EU, regime: 'AG', kind: 'PART' }, first: 5 });
    expect(parts.entries.edges.map((e) => e.node.code)).toContain('1C350.1');
    const byTechnology = await data<Page>(PAGE, { filter: { list: CCL, technology: 'uav-cruise-missiles', kind: 'ENTRY' }, first: 50 });
    expect(byTechnology.entries.edges.map((e) => e.node.code)).toContain('9A012');
    const itar = await data<Page>(PAGE, { filter: { list: CCL, itar: true }, first: 50 });
    // 31 CCL headings say "(These items are “subject to the ITAR.” …)" or "(This entry is “subject to the ITAR” …)" (30 found by
    // grep on one line of the XML, and 9A107, whose heading holds a superscript), and 0E001 has no reason for control and
    // "Control(s): “Technology” … is subject to the export licensing authority of the U.S. Department of State".
    expect(itar.entries.totalCount).toBe(32);
    const withThresholds = await data<Page>(PAGE, { filter: { list: CCL, hasThreshold: true, category: 9 }, first: 200 });
    expect(withThresholds.entries.edges.map((e) => e.node.code)).toContain('9A012');
  });
});

describe('one entry', () => {
  it('CCL 1C001 with its attributions and their scope, reasons, references both ways, parts, counterparts and technology', async () => {
    const d = await data<{ entry: Record<string, any> }>(`{
      entry(list: "${CCL}", code: "1C001") {
        id code title itar depth list { id version }
        attributions { regime basis scope wholeEntry }
        mtcr: attributions(regime: MTCR) { scope }
        reasons { code regime column wholeEntry scope }
        references { entry { code } kind text }
        referencedBy { entry { code } }
        sameCode { id }
        parts { code parent { code } }
        technologies { technology { id name } ruleId evidence }
        thresholds { parameter comparator value unit phrase }
      }
    }`);
    const e = d.entry;
    expect(e.id).toBe(`${CCL}:1C001`);
    expect(e.list).toEqual({ id: CCL, version: 'eCFR 2026 snapshot' });
    expect(e.attributions).toContainEqual({ regime: 'WA', basis: 'REASON_FOR_CONTROL', scope: 'NS applies to entire entry', wholeEntry: true });
    expect(e.mtcr).toEqual([{ scope: 'MT applies to items that meet or exceed the parameters of ECCN 1C101' }]);
    expect(e.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['NS', 'MT', 'AT']));
    expect(e.reasons.find((r: { code: string }) => r.code === 'AT').regime).toBeNull();
    expect(e.references.map((r: { entry: { code: string } }) => r.entry.code)).toContain('1C101');
    expect(e.sameCode).toEqual([{ id: `${EU}:1C001` }]);
    expect(e.parts.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['1C001.a', '1C001.b', '1C001.c']));
    expect(e.parts[0].parent).toEqual({ code: '1C001' });
    for (const t of e.technologies) expect(t.evidence.length).toBeGreaterThan(0);
    for (const t of e.thresholds) expect(t.phrase.length).toBeGreaterThan(0);
  });

  it('1C101 is referenced by 1C001, and 9E001 supports 9A012 for development', async () => {
    const d = await data<{ a: any; b: any }>(`{
      a: entry(list: "${CCL}", code: "1C101") { referencedBy { entry { code } kind } }
      b: entry(list: "${CCL}", code: "9A012") { supportedBy { entry { code } phase text } }
    }`);
    expect(d.a.referencedBy.map((r: any) => r.entry.code)).toContain('1C001');
    expect(d.b.supportedBy).toContainEqual(expect.objectContaining({ entry: { code: '9E001' }, phase: 'DEVELOPMENT' }));
  });

  it('answers null for a code the list does not have', async () => {
    const d = await data<{ entry: null }>(`{ entry(list: "${CCL}", code: "9Z999") { id } }`);
    expect(d.entry).toBeNull();
  });
});

describe('participation in both views', () => {
  it('gives a regime’s participants in the US country-group view, and a country’s participations in every view', async () => {
    const d = await data<{ regimes: any[]; countries: any[] }>(
      '{ regimes { code participants(view: US_COUNTRY_GROUP) { country { iso2 } view status } } countries { iso2 participations { regime view status since sinceNote source } } }',
    );
    const wa = d.regimes.find((r) => r.code === 'WA');
    const waUs = wa.participants.map((p: any) => p.country.iso2);
    expect(waUs).toContain('IS');
    expect(waUs).not.toContain('RU');
    for (const p of wa.participants) expect(p.view).toBe('US_COUNTRY_GROUP');
    const russia = d.countries.find((c) => c.iso2 === 'RU');
    const russiaWa = russia.participations.filter((p: any) => p.regime === 'WA');
    expect(russiaWa.map((p: any) => p.view)).toEqual(['REGIME']);
    const australia = d.countries.find((c) => c.iso2 === 'AU');
    const mtcr = australia.participations.find((p: any) => p.regime === 'MTCR' && p.view === 'REGIME');
    expect(mtcr.sinceNote).toMatch(/1990 or 1991/);
    expect(mtcr.source).toMatch(/^https?:\/\//);
  });
});

describe('GraphiQL at /graphiql', () => {
  it('serves GraphiQL pointed at /graphql from this server, with no outside origin', async () => {
    const response = await server.get('/graphiql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await server.get(src)).status).toBe(200);
  });
});
