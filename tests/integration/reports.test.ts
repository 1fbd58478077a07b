// Analyst questions answered end to end over GraphQL on the real lists, with the entries they must return.
import { describe, expect, it } from 'vitest';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';

const data = <T>(query: string, variables?: Record<string, unknown>) => server.data<T>(query, variables);

describe('which Wassenaar entries carry MTCR obligations, and on which sub-paragraphs?', () => {
  it('WA ∩ MTCR includes CCL 1C001 (with the 1C101 scope) and 9A012 (with the 300 km scope)', async () => {
    const d = await data<{ overlap: any }>(`{
      overlap(regimes: [WA, MTCR], list: "${CCL}") {
        regimes list lists { id version } dataVersion
        sharedEntries { entry { code } attributions { regime basis scope wholeEntry } }
      }
    }`);
    const shared = new Map<string, any[]>(d.overlap.sharedEntries.map((s: any) => [s.entry.code, s.attributions]));
    expect(d.overlap.lists).toEqual([{ id: CCL, version: 'eCFR 2026 snapshot' }]);
    expect(shared.get('1C001')).toContainEqual({
      regime: 'MTCR',
      basis: 'REASON_FOR_CONTROL',
      scope: 'MT applies to items that meet or exceed the parameters of ECCN 1C101',
      wholeEntry: false,
    });
    expect(shared.get('1C001')).toContainEqual(expect.objectContaining({ regime: 'WA', wholeEntry: true }));
    expect(shared.get('9A012')?.find((a) => a.regime === 'MTCR')?.scope).toMatch(/300 kilometers/);
    // Each row is really attributed to both regimes in the graph.
    const check = await cypherRows(
      executor,
      `UNWIND $codes AS code MATCH (e:Entry {listId: $list, code: code}) RETURN code, [(e)-[:ATTRIBUTED_TO]->(r) | r.code] AS regimes`,
      { codes: [...shared.keys()], list: CCL },
    );
    for (const row of check) expect(row.regimes).toEqual(expect.arrayContaining(['WA', 'MTCR']));
  });

  it('a shared-area link quotes what placed each entry in the area: EU 9A112.b.2\'s aerosol words, 9A350\'s code rule', async () => {
    // EU 9A112.b.2: "Having any of the following: a. Incorporating an aerosol dispensing system/mechanism with a capacity
    // greater than 20 litres; or b. Designed or modified to incorporate an aerosol dispensing system/mechanism with a
    // capacity greater than 20 litres." 9A350 (Australia Group spraying or fogging systems) is in the area by its code.
    const d = await data<{ overlap: any }>(`{ overlap(regimes: [MTCR, AG], list: "eu-annex-i@2025-11-15") { links { kind from { code } to { code } evidence } } }`);
    const link = d.overlap.links.find((l: any) => l.kind === 'SHARED_TECHNOLOGY' && l.from.code === '9A112' && l.to.code === '9A350');
    expect(link.evidence).toContain('Agent dissemination: spraying and aerosol systems (9A112 (9A112.b.2.a, 9A112.b.2.b): title/text:');
    expect(link.evidence).toContain('aerosol dispensing system');
    expect(link.evidence).toContain('; 9A350: code 9A350 matches');
  });

  it('shows cross-regime links with their evidence and technology areas controlled by both, strictest threshold marked', async () => {
    const d = await data<{ overlap: any }>(`{
      overlap(regimes: [WA, MTCR]) {
        links { kind from { code listId } fromRegime to { code } toRegime evidence }
        technologies { technology { id } regimes { regime entries { entry { code } } }
          comparisons { parameter unit direction strictestRegimes values { regime entry { code } threshold { value comparator phrase } strictest } } }
      }
    }`);
    const reference = d.overlap.links.find((l: any) => l.kind === 'REFERENCE' && l.from.code === '1C001' && l.to.code === '1C101' && l.from.listId === CCL);
    expect(reference).toMatchObject({ fromRegime: 'WA', toRegime: 'MTCR' });
    expect(reference.evidence).toMatch(/1C101/);
    const uav = d.overlap.technologies.find((t: any) => t.technology.id === 'uav-cruise-missiles');
    expect(uav.regimes.map((r: any) => r.regime)).toEqual(['WA', 'MTCR']);
    for (const technology of d.overlap.technologies) {
      for (const c of technology.comparisons) {
        const strict = c.values.filter((v: any) => v.strictest).map((v: any) => v.threshold.value);
        const all = c.values.map((v: any) => v.threshold.value);
        expect(strict[0]).toBe(c.direction === 'AT_LEAST' ? Math.min(...all) : Math.max(...all));
        expect(new Set(c.values.map((v: any) => v.regime)).size).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('what does NSG control that Wassenaar does not?', () => {
  it('lists NSG entries with no WA evidence as gaps, and accounts for every other NSG entry with its evidence', async () => {
    const d = await data<{ gaps: any }>(`{
      gaps(regime: NSG, against: WA, list: "${CCL}") {
        regime against total
        groups { category technology { id } rows { entry { id code } status units attributions { regime basis scope rules { id } } technologies { id } hints { id } reason } }
        partial { entry { code } status uncoveredUnits evidence { kind rule { id } words other } }
        covered { entry { code } status evidence { kind words rule { id } } }
        elsewhere { entry { code } controlledBy }
      }
    }`);
    const rows = d.gaps.groups.flatMap((g: any) => g.rows);
    expect(rows).toHaveLength(d.gaps.total);
    const codes = rows.map((r: any) => r.entry.code);
    // 1A225 (platinized catalysts), 1A226 (specialized packings), 1C216 (maraging steel), 2B201 (machine tools "other
    // than those controlled by 2B001"): "NP applies to entire entry", NP Column 1, and no NS row.
    expect(codes).toEqual(expect.arrayContaining(['1A225', '1A226', '1C216', '2B201']));
    // 1A290 "Depleted uranium … NP applies to entire entry | NP Column 2": US-only, so never an NSG row.
    const all = [...codes, ...d.gaps.partial.map((r: any) => r.entry.code), ...d.gaps.covered.map((r: any) => r.entry.code)];
    expect(all).not.toContain('1A290');
    for (const row of rows) {
      expect(row.status).toBe('GAP');
      expect(row.attributions.every((a: any) => a.regime === 'NSG')).toBe(true);
      expect(row.reason).toMatch(/^(?:No WA attribution of |The entry's WA rows? )/);
    }
    // 2B001: "NP applies to 2B001.a, .b, .c, and .d, EXCEPT …" and "NS applies to entire entry": covered, with that evidence.
    const b001 = d.gaps.covered.find((r: any) => r.entry.code === '2B001');
    expect(b001.evidence).toContainEqual({ kind: 'ATTRIBUTION', words: 'NS applies to entire entry', rule: { id: 'COVERAGE_SAME_PARAGRAPH' } });
    // Re-read the graph: no gap row, nor any of its parts, is attributed to WA.
    const check = await cypherRows(
      executor,
      `UNWIND $ids AS id MATCH (e:Entry {id: id})
       RETURN count(CASE WHEN EXISTS { (e)-[:HAS_PART*0..]->(:Entry)-[:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: 'WA'}) } THEN 1 END) AS covered`,
      { ids: rows.map((r: any) => r.entry.id) },
    );
    expect(check[0]?.covered).toBe(0);
  });

  it('and the other way round the answer differs: WA against NSG', async () => {
    const d = await data<{ gaps: any }>(`{ gaps(regime: WA, against: NSG, list: "${CCL}", category: 5) { total groups { rows { entry { code } } } } }`);
    const codes = d.gaps.groups.flatMap((g: any) => g.rows.map((r: any) => r.entry.code));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c: string) => c.startsWith('5'))).toBe(true);
  });
});

describe('are MTCR missile technologies covered for intangible transfers?', () => {
  it('shows which 9A1xx hardware 9E101 covers, and for which phases, and what is left uncovered', async () => {
    const d = await data<{ ittCoverage: any }>(`{
      ittCoverage(regime: MTCR, list: "${CCL}", category: 9) {
        summary { hardware covered ratio development production use technologyCovered softwareCovered }
        byCategory { category summary { hardware covered ratio } }
        byTechnology { technology { id } summary { hardware covered } }
        hardware { entry { code } covered technologyCovered softwareCovered phases softwarePhases
          coveredBy { entry { code } kind phases regimePhases countsForRegime tie { rule { id } words } attributedToRegime evidence } }
        uncovered { code }
      }
    }`);
    const r = d.ittCoverage;
    const byCode = new Map<string, any>(r.hardware.map((h: any) => [h.entry.code, h]));
    for (const code of ['9A101', '9A106', '9A110']) {
      const via9E101 = byCode.get(code).coveredBy.find((c: any) => c.entry.code === '9E101');
      // 9E101 License Requirements: "MT applies to entire entry" (MT Column 1).
      expect(via9E101).toMatchObject({ kind: 'TECHNOLOGY', attributedToRegime: true, countsForRegime: true, tie: { rule: { id: 'ITT_WHOLE_ROW' }, words: 'MT applies to entire entry' } });
      expect(via9E101.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION']));
      expect(via9E101.evidence.length).toBeGreaterThan(0);
    }
    expect(r.uncovered.length).toBe(r.summary.hardware - r.summary.covered);
    expect(r.summary.ratio).toBeCloseTo(r.summary.covered / r.summary.hardware, 10);
    expect(r.byCategory).toEqual([{ category: 9, summary: { hardware: r.summary.hardware, covered: r.summary.covered, ratio: r.summary.ratio } }]);
    for (const u of r.uncovered) expect(byCode.get(u.code).covered).toBe(false);
    expect(r.byTechnology.length).toBeGreaterThan(0);
  });
});

describe('who is in one regime and not the other?', () => {
  it('NSG against MTCR, both directions: India is MTCR only; China, Belarus, Kazakhstan are NSG only', async () => {
    const d = await data<{ membershipGaps: any }>(`{
      membershipGaps(regime: NSG, against: MTCR) { onlyInRegime { country { iso2 } status since } onlyInAgainst { country { iso2 } status } }
    }`);
    const onlyNsg = d.membershipGaps.onlyInRegime.map((p: any) => p.country.iso2);
    expect(onlyNsg).toEqual(expect.arrayContaining(['CN', 'BY', 'KZ']));
    expect(onlyNsg).not.toContain('US');
    expect(d.membershipGaps.onlyInAgainst.map((p: any) => p.country.iso2)).toEqual(['IN']);
  });

  it('the US country-group view is a second answer to the same question', async () => {
    const d = await data<{ membershipGaps: any }>(`{ membershipGaps(regime: NSG, against: WA, view: US_COUNTRY_GROUP) { onlyInRegime { country { iso2 } view } } }`);
    for (const p of d.membershipGaps.onlyInRegime) expect(p.view).toBe('US_COUNTRY_GROUP');
  });

  it('the membership matrix: one cell per regime, with status and year, filterable by status', async () => {
    const d = await data<{ membershipMatrix: any }>(`{
      all: membershipMatrix { regimes rows { country { iso2 } cells { regime participation { status since sinceNote source } } } }
      membershipMatrix(regimes: [MTCR, NSG], status: [ADHERENT, OBSERVER]) { rows { country { iso2 } cells { regime participation { status } } } }
    }`);
    const all = (d as any).all;
    expect(all.regimes).toEqual(['WA', 'MTCR', 'NSG', 'AG']);
    const india = all.rows.find((r: any) => r.country.iso2 === 'IN');
    expect(india.cells.map((c: any) => c.regime)).toEqual(['WA', 'MTCR', 'NSG', 'AG']);
    expect(india.cells.find((c: any) => c.regime === 'NSG').participation).toBeNull();
    expect(india.cells.find((c: any) => c.regime === 'MTCR').participation).toMatchObject({ status: 'MEMBER', since: 2016 });
    const others = d.membershipMatrix.rows.map((r: any) => r.country.iso2).sort();
    expect(others).toEqual(['EE', 'EU']);
  });
});

describe('how many parts do two regimes share?', () => {
  /** Every part attributed to the regime in the list, paged through the public entries field. */
  async function partsOf(regime: string, list: string): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page: { entries: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await data(
        `query ($regime: RegimeCode!, $list: ID!, $after: String) { entries(filter: { regime: $regime, kind: PART, list: $list }, first: 200, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { regime, list, after },
      );
      for (const node of page.entries.nodes) ids.add(node.id);
      if (!page.entries.pageInfo.hasNextPage) return ids;
      after = page.entries.pageInfo.endCursor;
    }
  }

  it('counts the parts attributed to both, each by its own attribution: the parts both regimes’ entries filters return', async () => {
    const d = await data<{ dataVersion: number; overlap: { dataVersion: number; sharedPartCount: number }; category9: { sharedPartCount: number } }>(`{
      dataVersion
      overlap(regimes: [MTCR, WA], list: "${CCL}") { dataVersion sharedPartCount }
      category9: overlap(regimes: [MTCR, WA], list: "${CCL}", category: 9) { sharedPartCount }
    }`);
    const [mtcr, wa] = await Promise.all([partsOf('MTCR', CCL), partsOf('WA', CCL)]);
    const both = [...mtcr].filter((id) => wa.has(id));
    expect(both.length).toBeGreaterThan(0);
    expect(d.overlap.sharedPartCount).toBe(both.length);
    expect(d.category9.sharedPartCount).toBe(both.filter((id) => id.startsWith(`${CCL}:9`)).length);
    // 9A610.u is MTCR and WA; 9A610.b is WA only, so it is not shared.
    expect(both).toContain(`${CCL}:9A610.u`);
    expect(both).not.toContain(`${CCL}:9A610.b`);
    // The root field gives the data version the reports give.
    expect(d.dataVersion).toBe(d.overlap.dataVersion);
  });
});
