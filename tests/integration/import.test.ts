// The real sources as loaded into the real Neo4j by the test setup (npm run import does the same).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSource, SOURCES } from '../../seed/importer.js';
import { graphCounts } from '../../seed/load/graphCounts.js';
import { SourceFormatError } from '../../seed/sourceError.js';
import { cypherRows, testExecutor } from '../support/db.js';

const executor = testExecutor();
const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';

const one = async (statement: string, params: Record<string, unknown> = {}) => (await cypherRows(executor, statement, params))[0] ?? {};

describe('entry counts per source', () => {
  // 4,407 item paragraphs: those after an "Items:" label, and the 56 of 5A001, whose list the source prints right after
  // "List of Items Controlled" with no "Items:" label. Recounted from the XML by a separate script (every <P> line after
  // "Items:" whose roman label "a.", "a.1." or "z.1.a" starts it; labels set in italics are notes' lists; spans
  // "f. through w. [Reserved]" left out): 4,420 lines, of which 10 are the Annex to Category 1 (explosives) printed after
  // 1E998 and 4 are 1A607's "f.2.1" style labels, which do not alternate letters and numbers and are kept in the text
  // with an issue; the other difference is one paragraph each in 0E614, 6A001 and 9C610.
  it('loads every CCL heading (638 ECCNs) and its 4,407 item paragraphs', async () => {
    const row = await one(
      `MATCH (e:Entry)-[:IN_LIST]->(:ControlList {id: $list})
       RETURN count(CASE e.kind WHEN 'ENTRY' THEN 1 END) AS entries, count(CASE e.kind WHEN 'PART' THEN 1 END) AS parts`,
      { list: CCL },
    );
    expect(row).toEqual({ entries: 638, parts: 4407 });
  });

  it('loads all 382 EU Annex I entries with their item paragraphs, and reports each of the 170 note records it folded back', async () => {
    const row = await one(
      `MATCH (l:ControlList {id: $list})
       RETURN COUNT { (l)<-[:IN_LIST]-(:Entry {kind: 'ENTRY'}) } AS entries, COUNT { (l)<-[:IN_LIST]-(:Entry {kind: 'PART'}) } AS parts,
       size([i IN l.issues WHERE i STARTS WITH 'REPAIRED' AND i CONTAINS 'note']) AS foldedNotes, l.issueCount AS issues`,
      { list: EU },
    );
    expect(row.entries).toBe(382);
    // The parts of 213 entries (docs/decisions/0007, "Later"); entries whose labels break off get none and an issue each.
    // (The four steps of Category 4's closing "TECHNICAL NOTE ON "ADJUSTED PEAK PERFORMANCE"" are no parts of 4E001.c.)
    // 2B001 gives ten, d. to f. after its note on 2B001.c: "… c. Surface grinders. d. Electrical discharge machines …".
    expect(row.parts).toBe(2463);
    expect(row.issues).toBeGreaterThanOrEqual(395);
    const raw = JSON.parse(readFileSync(SOURCES['eu-annex-i'].files[0], 'utf8')) as { entries: { code: string; depth: number }[] };
    const notes = raw.entries.filter((e) => e.depth > 0).map((e) => e.code);
    expect(notes).toHaveLength(170);
    const issues = (await one('MATCH (l:ControlList {id: $list}) RETURN l.issues AS issues', { list: EU })).issues as string[];
    // Every source record is either loaded as an entry or named in the issues with what was done.
    for (const code of notes) expect(issues.some((i) => i.includes(` ${code}:`) || i.includes(`${code}:`))).toBe(true);
  });

  it('loads the MTCR Annex and NSG item codes as their regimes’ own lists', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (l:ControlList {kind: 'REGIME'}) RETURN l.id AS id, l.jurisdiction AS regime, COUNT { (l)<-[:IN_LIST]-(:Entry) } AS entries ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'mtcr-annex@uk-2022', regime: 'MTCR', entries: 376 },
      { id: 'nsg-guidelines@uk-2022', regime: 'NSG', entries: 400 },
    ]);
    const chain = await one(
      `MATCH p = (top:Entry {id: 'mtcr-annex@uk-2022:M2'})-[:HAS_PART*]->(:Entry {id: 'mtcr-annex@uk-2022:M2A1b1'})
       RETURN [n IN nodes(p) | n.code] AS codes`,
    );
    expect(chain.codes).toEqual(['M2', 'M2A', 'M2A1', 'M2A1b', 'M2A1b1']);
  });
});

describe('attributions, references and supports from the real texts', () => {
  it('CCL 1C001 is WA for the whole entry, MTCR for the parameters of 1C101, and references 1C101', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (:Entry {id: $id})-[a:ATTRIBUTED_TO {basis: 'REASON_FOR_CONTROL'}]->(r:Regime)
       RETURN r.code AS regime, a.wholeEntry AS wholeEntry, a.scope AS scope ORDER BY regime`,
      { id: `${CCL}:1C001` },
    );
    const wa = rows.find((r) => r.regime === 'WA');
    const mtcr = rows.find((r) => r.regime === 'MTCR');
    expect(wa?.wholeEntry).toBe(true);
    expect(mtcr?.wholeEntry).toBe(false);
    expect(mtcr?.scope).toMatch(/MT applies to .*1C101/);
    const refs = await cypherRows(executor, `MATCH (:Entry {id: $id})-[r:REFERENCES]->(t:Entry) RETURN DISTINCT t.code AS code`, { id: `${CCL}:1C001` });
    expect(refs.map((r) => r.code)).toContain('1C101');
  });

  it('CCL 9A012 is MTCR with the 300 km scope, and WA', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (:Entry {id: $id})-[a:ATTRIBUTED_TO {basis: 'REASON_FOR_CONTROL'}]->(r:Regime) RETURN r.code AS regime, a.scope AS scope`,
      { id: `${CCL}:9A012` },
    );
    expect(rows.map((r) => r.regime).sort()).toEqual(['MTCR', 'WA']);
    expect(rows.find((r) => r.regime === 'MTCR')?.scope).toMatch(/300 kilometers/);
  });

  it('CCL and EU 1C350 are of Australia Group origin and keep the CAS-numbered chemicals', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (e:Entry {code: '1C350', kind: 'ENTRY'})-[a:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(r:Regime)
       RETURN e.listId AS list, r.code AS regime, e.text CONTAINS '7784-34-1' AS arsenicTrichloride ORDER BY list`,
    );
    expect(rows).toEqual([
      { list: EU, regime: 'AG', arsenicTrichloride: true },
      { list: CCL, regime: 'AG', arsenicTrichloride: true },
    ]);
    const same = await one(`MATCH (:Entry {id: $a})-[:HAS_CODE]->(:Code {value: '1C350'})<-[:HAS_CODE]-(:Entry {id: $b}) RETURN count(*) AS links`, { a: `${CCL}:1C350`, b: `${EU}:1C350` });
    expect(same.links).toBe(1);
  });

  it('technology entry 9E001 SUPPORTS the Category 9 hardware it names, 9A012 for development', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (:Entry {id: $id})-[s:SUPPORTS]->(h:Entry) RETURN h.code AS code, collect(s.phase) AS phases ORDER BY code`,
      { id: `${CCL}:9E001` },
    );
    expect(rows.length).toBeGreaterThan(0);
    // Hardware only: systems (A), test and production equipment (B) and materials (C) of Category 9.
    for (const row of rows) expect(row.code).toMatch(/^9[ABC]/);
    expect(rows.find((r) => r.code === '9A012')?.phases).toContain('development');
  });

  it('entries moved to the USML are kept and marked', async () => {
    const row = await one(`MATCH (e:Entry {id: $id}) RETURN e.itar AS itar, e.title AS title`, { id: `${CCL}:0A002` });
    expect(row.itar).toBe(true);
    expect(row.title).toMatch(/subject to the ITAR/);
  });

  it('keeps the US-only reasons for control as data', async () => {
    const rows = await cypherRows(executor, `MATCH (:Entry {id: $id})-[:CONTROLLED_FOR]->(r:ControlReason) RETURN DISTINCT r.code AS code ORDER BY code`, {
      id: `${CCL}:1C001`,
    });
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['AT', 'MT', 'NS']));
  });

  it('records every technology assignment and threshold with its evidence', async () => {
    const tech = await one(
      `MATCH (:Entry {id: $id})-[c:CONTROLS]->(t:Technology) RETURN collect(t.id) AS areas, all(x IN collect(c.evidence) WHERE size(x) > 0) AS evidenced`,
      { id: `${CCL}:9A012` },
    );
    expect(tech.areas).toContain('uav-cruise-missiles');
    expect(tech.evidenced).toBe(true);
    const areas = await one(`MATCH (t:Technology) RETURN count(t) AS areas`);
    expect(areas.areas).toBeGreaterThanOrEqual(40);
    // Areas belong to top-level entries (whose text holds their parts' words), whichever import path wrote them.
    const onParts = await one(`MATCH (:Entry {kind: 'PART'})-[c:CONTROLS]->() RETURN count(c) AS n`);
    expect(onParts.n).toBe(0);
    const thresholds = await cypherRows(
      executor,
      `MATCH (:Entry {id: $id})-[:HAS_THRESHOLD]->(t:Threshold) RETURN t.parameter AS parameter, t.comparator AS comparator, t.value AS value, t.unit AS unit, t.phrase AS phrase`,
      { id: `${CCL}:9A012` },
    );
    expect(thresholds.length).toBeGreaterThan(0);
    for (const t of thresholds) expect(String(t.phrase).length).toBeGreaterThan(0);
  });
});

describe('memberships', () => {
  it.each([
    ['MTCR', 35, 1],
    ['WA', 42, 0],
    ['NSG', 48, 1],
    ['AG', 43, 1],
  ])('%s has %i members (and %i adherents or observers) in its own view', async (regime, members, others) => {
    const row = await one(
      `MATCH (c:Country)-[p:PARTICIPATES_IN {view: 'REGIME'}]->(:Regime {code: $regime})
       RETURN count(CASE p.status WHEN 'MEMBER' THEN 1 END) AS members, count(CASE WHEN p.status <> 'MEMBER' THEN 1 END) AS others`,
      { regime },
    );
    expect(row).toEqual({ members, others });
  });

  it('counts the European Union among the Australia Group’s 43 members (42 countries and the EU)', async () => {
    const row = await one(`MATCH (:Country {iso2: 'EU'})-[p:PARTICIPATES_IN {view: 'REGIME'}]->(:Regime {code: 'AG'}) RETURN p.status AS status`);
    expect(row.status).toBe('MEMBER');
  });

  it('keeps the US country-group view apart: A:1 leaves out Russia and includes Iceland', async () => {
    const rows = await cypherRows(
      executor,
      `MATCH (c:Country)-[:PARTICIPATES_IN {view: 'US_COUNTRY_GROUP'}]->(:Regime {code: 'WA'}) WHERE c.iso2 IN ['RU', 'IS', 'UA', 'MT'] RETURN c.iso2 AS iso2`,
    );
    expect(rows.map((r) => r.iso2)).toEqual(['IS']);
  });
});

describe('import behaviour', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'concordance-import-'));
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await cypherRows(executor, `MATCH (l:ControlList {id: 'us-ccl@test-newer'}) OPTIONAL MATCH (e:Entry)-[:IN_LIST]->(l) OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t) DETACH DELETE t, e, l`);
  });

  it('re-running the import of the same version changes nothing', async () => {
    const before = await graphCounts(executor);
    for (const source of ['us-ccl', 'eu-annex-i', 'mtcr', 'nsg', 'memberships', 'technologies'] as const) {
      const result = await importSource(executor, source);
      expect(result.summary).toMatch(/nothing changed/);
    }
    expect(await graphCounts(executor)).toBe(before);
  });

  it('a list loaded again alone gets the technology areas the taxonomy import gives it, paragraph for paragraph', { timeout: 180_000 }, async () => {
    // The MTCR list is codes only (MTCR_Cat_1_regimes.csv: "M1A1,ACTIVE,4,UK,Cat 1", "M1A2,ACTIVE,4,UK,Cat 1"), an item's
    // sub-items entries of their own under it (M1 > M1A > M1A2); the UAV area comes from the taxonomy's rule
    // uav-mtcr-item ("^M1(A2|[BDE])…": "MTCR items 1.A.2 and 19.A.2/19.A.3 are complete UAV systems"). A list import
    // once read an item's paragraphs by their code's dots, found none there, and left M1 without that area scoped to
    // M1A2, which the taxonomy import gives it: which one a user saw depended on which import ran last.
    const controls = async () =>
      (await cypherRows(executor, `MATCH (e:Entry {listId: 'mtcr-annex@uk-2022'})-[c:CONTROLS]->(t:Technology) RETURN e.code AS code, t.id AS area, c.ruleId AS rule, c.parts AS parts`))
        .map((r) => JSON.stringify(r))
        .sort();
    await importSource(executor, 'mtcr', { force: true });
    const byList = await controls();
    await importSource(executor, 'technologies', { force: true });
    expect(await controls()).toEqual(byList);
    const m1 = byList.map((r) => JSON.parse(r) as { code: string; area: string; parts: string[] | null }).filter((r) => r.code === 'M1' && r.area === 'uav-cruise-missiles');
    expect(m1).toHaveLength(1);
    expect(m1[0]?.parts).toContain('M1A2');
  });

  it('aborts on a malformed source, naming the file and the place, and leaves the graph unchanged', async () => {
    const before = await graphCounts(executor);
    const xml = readFileSync(SOURCES['us-ccl'].files[0], 'utf8');
    const broken = join(scratch, 'ccl_truncated.xml');
    writeFileSync(broken, xml.slice(0, Math.floor(xml.length / 2)));
    const attempt = importSource(executor, 'us-ccl', { files: [broken], version: 'broken' });
    await expect(attempt).rejects.toBeInstanceOf(SourceFormatError);
    await expect(importSource(executor, 'us-ccl', { files: [broken], version: 'broken' })).rejects.toThrow(/ccl_truncated\.xml: end of file: not well-formed XML/);

    const csv = join(scratch, 'memberships.csv');
    writeFileSync(csv, readFileSync(SOURCES.memberships.files[0], 'utf8').replace(/\nMTCR,([^,\n]+),([A-Z]{2}),member,/, '\nMTCR,$1,$2,partner,'));
    await expect(importSource(executor, 'memberships', { files: [csv, SOURCES.memberships.files[1]] })).rejects.toThrow(/memberships\.csv: line \d+/);
    expect(await graphCounts(executor)).toBe(before);
  });

  // A whole CCL is written and its counterparts derived: 45 s on a busy 2-core machine, so more than the default minute is allowed.
  it('loads a newer version beside the old one, and refuses a different file under the same version', { timeout: 180_000 }, async () => {
    const result = await importSource(executor, 'us-ccl', { version: 'test-newer' });
    expect(result.list?.status).toBe('loaded');
    const lists = await cypherRows(executor, `MATCH (l:ControlList {jurisdiction: 'US'}) RETURN l.id AS id ORDER BY id`);
    expect(lists.map((l) => l.id)).toEqual(['us-ccl@ecfr-2026', 'us-ccl@test-newer']);
    const sameCode = await one(`MATCH (:Entry {id: 'us-ccl@test-newer:1C001'})-[:HAS_CODE]->(:Code)<-[:HAS_CODE]-(o:Entry) RETURN collect(o.listId) AS lists`);
    expect(sameCode.lists).toEqual(expect.arrayContaining([CCL, EU]));

    const changed = join(scratch, 'ccl_changed.xml');
    writeFileSync(changed, readFileSync(SOURCES['us-ccl'].files[0], 'utf8').replace('<HEAD>', '<HEAD> '));
    await expect(importSource(executor, 'us-ccl', { files: [changed], version: 'test-newer' })).rejects.toThrow(/already loaded from a different file/);
  });
});
