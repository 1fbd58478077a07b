// Same code is not the same item: the comparisons and no-counterpart reasons the import derives, read over GraphQL
// and re-read with plain Cypher. Expected verdicts come from reading both lists' texts (quoted per test).
import { describe, expect, it } from 'vitest';
import { deriveCounterparts } from '../../seed/load/writeCounterparts.js';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';

type Counterpart = { entry: { id: string; listId: string }; verdict: string; rule: string; titleSimilarity: number; textSimilarity: number; evidence: string };
type Reason = { list: { id: string }; reason: string; rule: string; evidence: string; source: string };
type EntryAnswer = { entry: { counterparts: Counterpart[]; all: Counterpart[]; noCounterpart: Reason[]; sameCode: { id: string }[] } };

const ENTRY = `query One($list: ID!, $code: String!) {
  entry(list: $list, code: $code) {
    sameCode { id }
    counterparts { entry { id listId } verdict rule titleSimilarity textSimilarity evidence }
    all: counterparts(verdicts: [AGREES, DIVERGES, UNCERTAIN]) { entry { id listId } verdict rule titleSimilarity textSimilarity evidence }
    noCounterpart { list { id } reason rule evidence source }
  }
}`;
const entry = async (list: string, code: string) => (await server.data<EntryAnswer>(ENTRY, { list, code })).entry;

describe('same code, same items', () => {
  it('US and EU 1C001 agree and are counterparts of each other', async () => {
    // US 1C001: "Materials “specially designed” for absorbing electromagnetic radiation, or intrinsically conductive polymers";
    // EU 1C001: "Materials specially designed for absorbing electromagnetic radiation, or intrinsically conductive polymers".
    const us = await entry(CCL, '1C001');
    expect(us.counterparts).toHaveLength(1);
    expect(us.counterparts[0]).toMatchObject({ entry: { id: `${EU}:1C001` }, verdict: 'AGREES', rule: 'WORDING_CONTAINED' });
    expect(us.counterparts[0]?.evidence).toContain('absorbing electromagnetic radiation');
    expect(us.noCounterpart).toEqual([]);
    const eu = await entry(EU, '1C001');
    expect(eu.counterparts.map((c) => c.entry.id)).toEqual([`${CCL}:1C001`]);
  });
});

describe('same code, different items', () => {
  it('9A120 is not presented as a counterpart: US unmanned aerial vehicles, EU propellant tanks', async () => {
    // US 9A120: "Complete unmanned aerial vehicles, not specified in 9A012, having all of the following characteristics";
    // EU 9A120: "Liquid or gel propellant tanks, other than those specified in 9A006, specially designed for propellants …".
    const eu = await entry(EU, '9A120');
    expect(eu.sameCode.map((e) => e.id)).toContain(`${CCL}:9A120`);
    expect(eu.counterparts).toEqual([]);
    expect(eu.all).toHaveLength(1);
    expect(eu.all[0]).toMatchObject({ entry: { id: `${CCL}:9A120` }, verdict: 'DIVERGES', rule: 'WORDING_AND_TITLE_DIFFER', titleSimilarity: 0 });
    expect(eu.all[0]?.evidence).toContain('Complete unmanned aerial vehicles');
    expect(eu.all[0]?.evidence).toContain('Liquid or gel propellant tanks');
    expect(eu.noCounterpart).toEqual([expect.objectContaining({ list: { id: CCL }, reason: 'SAME_CODE_DIVERGES' })]);
  });

  it('1B228: like words, other bounds: UNCERTAIN with both values in the evidence, and neither is the other\'s counterpart', async () => {
    // US 1B228.b: "Designed to operate at an internal pressure of 0.5 to 5 MPa (5 to 50 atmospheres);"; EU 1B228.b:
    // "Designed for operation at internal pressures in the range of 0,1 MPa to 1 MPa;". US 1B228.a: "Designed to operate
    // with internal temperatures of 35 K (−238 °C) or less;"; EU 1B228.a: "… internal temperatures in the range of 15 K
    // (-258 °C) to 35 K (-238 °C);".
    const us = await entry(CCL, '1B228');
    expect(us.counterparts).toEqual([]);
    expect(us.all[0]).toMatchObject({ entry: { id: `${EU}:1B228` }, verdict: 'UNCERTAIN', rule: 'VALUES_DIFFER' });
    expect(us.all[0]?.evidence).toContain('1B228.b pressure:');
    expect(us.all[0]?.evidence).toContain('US 0.5 to 5 MPa, which EU 1B228 states nowhere');
    expect(us.all[0]?.evidence).toContain('EU 0.1 to 1 MPa, which US 1B228 states nowhere');
    // The bracketed "(5 to 50 atmospheres)" restates the band: one value, not two.
    expect(us.all[0]?.evidence).not.toContain('atm');
    expect(us.all[0]?.evidence).toContain('1B228.a temperature');
    expect(us.noCounterpart).toEqual([expect.objectContaining({ list: { id: EU }, reason: 'SAME_CODE_UNCERTAIN' })]);
  });

  it('2B201: positioning accuracies by ISO 230/2 (2006) and by ISO 230-2:1988 are not compared, as the CCL converts them', async () => {
    // US 2B201: "The identified positioning accuracy values in this entry are based on ISO 230/2 (2006), which equates to
    // the values based on ISO 230/2 (1988) that are used by the Nuclear Supplier's Group (NSG). … In 2B201.a and .b.1, this
    // results in a change from 6 µm to 4.5 µm. … In 2B201.c, the resulting change is from 4 µm to 3 µm." EU 2B201.b.1
    // (grinding) "Positioning accuracies with "all compensations available" equal to or less (better) than 4 μm according
    // to ISO 230-2:1988 (6) …" is the CCL's 2B201.c.1 (grinding, 3 µm); the lists letter the machines differently.
    const us = await entry(CCL, '2B201');
    expect(us.counterparts).toEqual([expect.objectContaining({ entry: { id: `${EU}:2B201`, listId: EU }, verdict: 'AGREES' })]);
  });

  it('0D001: the EU names "goods specified in this Category" (the trigger list), the US names 0A002', async () => {
    // EU 0D001: "“Software” specially designed or modified for the “development”, “production” or “use” of goods specified
    // in this Category." US 0D001: "… of commodities described in 0A002. (These items are “subject to the ITAR.” …)".
    const eu = await entry(EU, '0D001');
    expect(eu.counterparts).toEqual([]);
    expect(eu.all[0]).toMatchObject({ verdict: 'DIVERGES', rule: 'EU_CATEGORY_0_TRIGGER_LIST' });
    expect(eu.all[0]?.evidence).toContain('goods specified in this Category');
  });
});

describe('no counterpart, and why', () => {
  it('EU 0B001 isotope separation plant: the CCL says it went to NRC licensing (15 CFR 774.1(b)(2)) and cites DOE for technology', async () => {
    // 15 CFR 774.1(b)(2): "ECCNs formerly listed on the CCL that, as of October 15, 2013 were subject to the export licensing
    // authority of the Nuclear Regulatory Commission at 10 CFR part 110 are: 0A001, 0B001, …"; CCL 0E001 Heading Note:
    // "… is subject to the export licensing authority of the Department of Energy (see 10 CFR part 810)."
    const eu = await entry(EU, '0B001');
    expect(eu.noCounterpart).toHaveLength(1);
    const [reason] = eu.noCounterpart;
    expect(reason).toMatchObject({ list: { id: CCL }, reason: 'NRC_DOE_LICENSING', rule: 'NRC_DOE_LICENSING' });
    expect(reason?.evidence).toContain('Nuclear Regulatory Commission at 10 CFR part 110 are: 0A001, 0B001');
    expect(reason?.evidence).toContain('Department of Energy (see 10 CFR part 810)');
    expect(reason?.source).toContain('15 CFR 774.1(b)(2)');
  });

  it('EU 0B007 (not in 774.1(b)(2)) still cites the CCL\'s own NRC sentence', async () => {
    // CCL 0D001 Heading Note: "Certain “software” … of nuclear related commodities is subject to the export licensing
    // authority of the Nuclear Regulatory Commission (see 10 CFR part 110)."
    const [reason] = (await entry(EU, '0B007')).noCounterpart;
    expect(reason).toMatchObject({ reason: 'NRC_DOE_LICENSING', source: CCL });
    expect(reason?.evidence).toContain('Nuclear Regulatory Commission (see 10 CFR part 110)');
  });

  it('US 0A002 is an ITAR placeholder', async () => {
    // CCL 0A002: "Power generating or propulsion equipment “specially designed” for use with space, marine or mobile
    // “nuclear reactors”. (These items are “subject to the ITAR.” See 22 CFR parts 120 through 130.)"
    const [reason] = (await entry(CCL, '0A002')).noCounterpart;
    expect(reason).toMatchObject({ list: { id: EU }, reason: 'US_ITAR_PLACEHOLDER' });
    expect(reason?.evidence).toContain('subject to the ITAR');
  });

  it('US 1C018 holds no items and says where they went', async () => {
    // CCL 1C018: "No items currently are in this ECCN. (1) See ECCN 1C608.b. through .m …"
    const [reason] = (await entry(CCL, '1C018')).noCounterpart;
    expect(reason).toMatchObject({ reason: 'US_NO_ITEMS_MOVED' });
    expect(reason?.evidence).toContain('No items currently are in this ECCN');
    expect(reason?.evidence).toContain('1C608');
  });

  it('US 0A501 firearms are munitions (500 series), US 3A090 a US-only number with its own reasons', async () => {
    // CCL 0A501: "Firearms (except 0A502 shotguns) and related commodities"; CCL 3A090: "Reason for Control: RS, AT".
    const [firearms] = (await entry(CCL, '0A501')).noCounterpart;
    expect(firearms).toMatchObject({ reason: 'US_MUNITIONS_SERIES' });
    expect(firearms?.evidence).toContain('military goods maintained by individual EU Member States');
    const [chips] = (await entry(CCL, '3A090')).noCounterpart;
    expect(chips).toMatchObject({ reason: 'US_ONLY_NUMBER' });
    expect(chips?.evidence).toContain('Reason for Control: RS, AT');
  });

  it('EU 3A504 and US 3A904 name the same items under two numbers, and each says so', async () => {
    // EU 3A504: "Cryogenic cooling systems and components, as follows: a. Systems rated to provide a cooling power greater
    // than or equal to 600 μW at or below a temperature of 0,1 K …"; CCL 3A904: "Cryogenic cooling systems and
    // components, as follows (see List of Items Controlled)." … "a. Systems rated to provide a cooling power greater than or
    // equal to 600 µW at or below a temperature of 0.1 K …". Neither list has the other's number.
    const [eu] = (await entry(EU, '3A504')).noCounterpart;
    expect(eu).toMatchObject({ reason: 'SAME_ITEMS_OTHER_NUMBER' });
    expect(eu?.evidence).toContain('under 3A904 (a comparison of wordings; neither list states the correspondence):');
    const [us] = (await entry(CCL, '3A904')).noCounterpart;
    expect(us).toMatchObject({ reason: 'SAME_ITEMS_OTHER_NUMBER' });
    expect(us?.evidence).toContain('under 3A504 (a comparison of wordings');
    // EU 3A501 "Electronic items as follows:" shares the CCL 3A001's heading, not its items (the EU's own additions).
    const [additions] = (await entry(EU, '3A501')).noCounterpart;
    expect(additions).toBeDefined();
    expect(additions!.reason).not.toBe('SAME_ITEMS_OTHER_NUMBER');
  });
});

describe('what the import stored', () => {
  const counts = async () =>
    (
      await cypherRows(
        executor,
        `MATCH (:ControlList {id: $ccl}) MATCH (:ControlList {id: $eu})
         RETURN COUNT { (:Entry {listId: $ccl})-[:SAME_CODE]-(:Entry {listId: $eu}) } AS pairs,
                COUNT { (u:Entry {listId: $ccl, kind: 'ENTRY'})-[:HAS_CODE]->(:Code)<-[:HAS_CODE]-(:Entry {listId: $eu, kind: 'ENTRY'}) } AS sharedCodes,
                COUNT { ()-[:NO_COUNTERPART]->() } AS reasons`,
        { ccl: CCL, eu: EU },
      )
    )[0] ?? {};

  it('one comparison per shared code, and every entry has an agreeing counterpart or a reason, never both', async () => {
    const c = await counts();
    expect(c.pairs).toBe(c.sharedCodes);
    const wrong = await cypherRows(
      executor,
      `MATCH (e:Entry {kind: 'ENTRY'}) WHERE e.listId IN [$ccl, $eu]
       WITH e, CASE e.listId WHEN $ccl THEN $eu ELSE $ccl END AS other
       WITH e, COUNT { (e)-[s:SAME_CODE {verdict: 'AGREES'}]-(:Entry {listId: other}) } AS agreeing,
               COUNT { (e)-[:NO_COUNTERPART]->(:ControlList {id: other}) } AS reasons
       WHERE agreeing + reasons <> 1
       RETURN e.id AS id, agreeing, reasons`,
      { ccl: CCL, eu: EU },
    );
    expect(wrong).toEqual([]);
  });

  it('deriving again gives the same graph', async () => {
    const before = await counts();
    const result = await deriveCounterparts(executor, EU, { force: true });
    expect(result.status).toBe('derived');
    expect(await counts()).toEqual(before);
    expect((await deriveCounterparts(executor, EU)).status).toBe('unchanged');
  });
});
