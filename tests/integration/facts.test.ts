// Checkable public facts about real entries of the US Commerce Control List (15 CFR 774, Supp. 1, eCFR 2026) and
// the EU Annex I (Regulation (EU) 2021/821, 2025-11 consolidation), each asked of the service over GraphQL (or its
// HTTP export) and each with the passage of the source that proves it. Expected values come from the texts and
// the regulations' rules (15 CFR 742.2–742.5, 742.18; Annex I's Category 0), never from the service's answers.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';

const data = <T>(query: string, variables?: Record<string, unknown>) => server.data<T>(query, variables);

type Attribution = {
  regime: string;
  basis: string;
  scope: string;
  column: string | null;
  coverage: string | null;
  via: string | null;
  parts: string[];
  exceptParts: string[];
  servedItems: string[];
  conditionalItems: string[];
  conditional: boolean;
  rules: { id: string }[];
};
type Reason = { code: string; column: string | null; scope: string; regime: string | null; rule: { id: string } };
type EntryFacts = { code: string; kind: string; itar: boolean; attributions: Attribution[]; reasons: Reason[] };

const ENTRY = `query Facts($list: ID!, $code: String!) {
  entry(list: $list, code: $code) {
    code kind itar
    attributions { regime basis scope column coverage via parts exceptParts servedItems conditionalItems conditional rules { id } }
    reasons { code column scope regime rule { id } }
  }
}`;
async function entry(code: string, list = CCL): Promise<EntryFacts> {
  const d = await data<{ entry: EntryFacts | null }>(ENTRY, { list, code });
  expect(d.entry, `${code} is in ${list}`).not.toBeNull();
  return d.entry!;
}
const regimesOf = (e: EntryFacts) => [...new Set(e.attributions.map((a) => a.regime))].sort();
const rulesOf = (e: EntryFacts) => e.attributions.flatMap((a) => a.rules.map((r) => r.id));
const reasonRow = (e: EntryFacts, code: string, column?: RegExp) =>
  e.reasons.find((r) => r.code === code && (column === undefined || column.test(r.column ?? '') || column.test(r.scope)));

type Evidence = { kind: string; words: string; rule: { id: string }; parts: string[]; other: string | null };
type CoverageRow = {
  entry: { code: string };
  status: string;
  units: string[];
  coveredUnits: string[];
  partialUnits: string[];
  uncoveredUnits: string[];
  servedItems: string[];
  servedItemsUncovered: string[];
  evidence: Evidence[];
};
type GapReport = {
  total: number;
  groups: { rows: { entry: { code: string }; status: string; units: string[]; attributions: { regime: string }[]; reason: string }[] }[];
  partial: CoverageRow[];
  covered: CoverageRow[];
  elsewhere: { entry: { code: string }; controlledBy: string; evidence: string }[];
};
const ROW = `entry { code } status units coveredUnits partialUnits uncoveredUnits servedItems servedItemsUncovered evidence { kind words rule { id } parts other }`;
async function gaps(regime: string, against: string, list: string, category?: number): Promise<GapReport> {
  const d = await data<{ gaps: GapReport }>(`query Gaps($list: ID, $category: Int) {
    gaps(regime: ${regime}, against: ${against}, list: $list, category: $category) {
      total
      groups { rows { entry { code } status units attributions { regime } reason } }
      partial { ${ROW} }
      covered { ${ROW} }
      elsewhere { entry { code } controlledBy evidence }
    }
  }`, { list, category });
  return d.gaps;
}
const gapCodes = (r: GapReport) => r.groups.flatMap((g) => g.rows.map((row) => row.entry.code));
const everyCode = (r: GapReport) => [
  ...gapCodes(r),
  ...r.partial.map((p) => p.entry.code),
  ...r.covered.map((c) => c.entry.code),
  ...r.elsewhere.map((e) => e.entry.code),
];

type Covering = {
  entry: { code: string };
  kind: string;
  phases: string[];
  regimePhases: string[];
  countsForRegime: boolean;
  attributedToRegime: boolean;
  parts: string[];
  evidence: string;
  tie: { rule: { id: string }; words: string } | null;
};
type Hardware = {
  entry: { code: string };
  covered: boolean;
  technologyCovered: boolean;
  softwareCovered: boolean;
  phases: string[];
  softwarePhases: string[];
  technologyParts: string[];
  softwareParts: string[];
  phaseParts: { kind: string; phase: string; parts: string[] }[];
  coveredBy: Covering[];
};
const ittCache = new Map<string, Promise<Map<string, Hardware>>>();
function itt(regime: string, list: string, category: number): Promise<Map<string, Hardware>> {
  const key = `${regime}|${list}|${category}`;
  if (!ittCache.has(key)) {
    ittCache.set(
      key,
      data<{ ittCoverage: { hardware: Hardware[] } }>(`query Itt($list: ID, $category: Int) {
        ittCoverage(regime: ${regime}, list: $list, category: $category) {
          hardware { entry { code } covered technologyCovered softwareCovered phases softwarePhases technologyParts softwareParts phaseParts { kind phase parts }
            coveredBy { entry { code } kind phases regimePhases countsForRegime attributedToRegime parts evidence tie { rule { id } words } } }
        }
      }`, { list, category }).then((d) => new Map(d.ittCoverage.hardware.map((h) => [h.entry.code, h]))),
    );
  }
  return ittCache.get(key)!;
}

describe('attributions, per entry and per paragraph', () => {
  it('9A610.u is MTCR, named by the MT row', async () => {
    // CCL 9A610, License Requirements: "MT applies to 9A610.t, .u, .v, and .w | MT Column 1".
    const u = await entry('9A610.u');
    expect(u.kind).toBe('PART');
    expect(u.attributions).toContainEqual(
      expect.objectContaining({ regime: 'MTCR', basis: 'REASON_FOR_CONTROL', scope: 'MT applies to 9A610.t, .u, .v, and .w', column: 'MT Column 1', via: 'NAMED' }),
    );
  });

  it('9A610.b is neither MTCR (not named) nor WA (left out of the NS row)', async () => {
    // CCL 9A610: "MT applies to 9A610.t, .u, .v, and .w"; "NS applies to entire entry except: 9A610.b; … and 9A610.y".
    // 9A610.b: "L-100 aircraft manufactured prior to 2013."
    const b = await entry('9A610.b');
    expect(regimesOf(b)).not.toContain('MTCR');
    expect(regimesOf(b)).not.toContain('WA');
  });

  it('9A610.t is WA through the 600-series NS row, by omission from its exceptions', async () => {
    // CCL 9A610: "NS applies to entire entry except: 9A610.b; parts and components controlled in 9A610.x if being
    // exported or reexported for use in an aircraft controlled in 9A610.b; and 9A610.y | NS Column 1". A 600-series
    // NS control is the Wassenaar Munitions List.
    const t = await entry('9A610.t');
    const wa = t.attributions.find((a) => a.regime === 'WA');
    expect(wa).toMatchObject({ via: 'WHOLE_EXCEPT', column: 'NS Column 1' });
    expect(wa!.rules.map((r) => r.id)).toEqual(['US_NS_MUNITIONS']);
  });

  it('0A501.y is not WA; 0A501.a is', async () => {
    // CCL 0A501: "NS applies to entire entry except 0A501.y | NS Column 1."
    const entryLevel = await entry('0A501');
    expect(entryLevel.attributions.find((a) => a.regime === 'WA')).toMatchObject({ coverage: 'WHOLE_EXCEPT', exceptParts: ['0A501.y'] });
    expect(regimesOf(await entry('0A501.y'))).not.toContain('WA');
    expect(regimesOf(await entry('0A501.a'))).toContain('WA');
  });

  it('1C350.b and 1C350.c are CWC; 1C350.d is AG but not CWC', async () => {
    // CCL 1C350: "CB applies to entire entry CB Column 2."; "CW applies to 1C350.b and .c. The Commerce Country Chart is
    // not designed to determine licensing requirements for items controlled for CW reasons."
    const b = await entry('1C350.b');
    const c = await entry('1C350.c');
    const d = await entry('1C350.d');
    expect(regimesOf(b)).toEqual(['AG', 'CWC']);
    expect(regimesOf(c)).toEqual(['AG', 'CWC']);
    expect(regimesOf(d)).toContain('AG');
    expect(regimesOf(d)).not.toContain('CWC');
  });

  it('9A012 is WA as a whole entry: the NS Column 1 row excepts .a.1 and the NS Column 2 row names it', async () => {
    // CCL 9A012: "NS applies to entire entry, except .a.1 | NS Column 1." and "NS applies to 9A012.a.1 | NS Column 2."
    // Both columns are Wassenaar controls (15 CFR 742.4(a)(1)).
    const e = await entry('9A012');
    const wa = e.attributions.filter((a) => a.regime === 'WA');
    expect(wa.some((a) => a.coverage === 'WHOLE_ENTRY')).toBe(true);
    expect(regimesOf(await entry('9A012.a.1'))).toContain('WA');
    expect(regimesOf(await entry('9A012.b.4'))).toContain('WA');
  });

  it('9A012 is MTCR only by parameters (range ≥ 300 km), never for the whole entry', async () => {
    // CCL 9A012: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) and Remotely Piloted Vehicles (RPVs) that
    // are capable of a maximum range of at least 300 kilometers (km), regardless of payload, and UAVs that meet the
    // requirements of 9A120 | MT Column 1."
    const e = await entry('9A012');
    const mt = e.attributions.filter((a) => a.regime === 'MTCR' && a.basis === 'REASON_FOR_CONTROL');
    expect(mt).toHaveLength(1);
    expect(mt[0]).toMatchObject({ coverage: 'PARAMETERS' });
    expect(mt[0]!.scope).toMatch(/at least 300 kilometers/);
  });

  it('1C001 is MTCR by parameters of 1C101, WA for the whole entry', async () => {
    // CCL 1C001: "NS applies to entire entry | NS Column 1"; "MT applies to items that meet or exceed the parameters of
    // ECCN 1C101 | MT Column 1".
    const e = await entry('1C001');
    expect(e.attributions).toContainEqual(expect.objectContaining({ regime: 'MTCR', coverage: 'PARAMETERS', scope: 'MT applies to items that meet or exceed the parameters of ECCN 1C101' }));
    expect(e.attributions).toContainEqual(expect.objectContaining({ regime: 'WA', coverage: 'WHOLE_ENTRY' }));
  });

  it('NP Column 2 is a US-only nuclear control: 1A290 and 2A290 are not NSG', async () => {
    // CCL 1A290 and 2A290: "NP applies to entire entry | NP Column 2" (15 CFR 742.3(a)(2), not the NSG list).
    for (const code of ['1A290', '2A290']) {
      const e = await entry(code);
      expect(reasonRow(e, 'NP')).toMatchObject({ column: 'NP Column 2', regime: null, rule: { id: 'US_NP2_US_ONLY' } });
      expect(regimesOf(e)).not.toContain('NSG');
    }
  });

  it('NP Column 1 is NSG: 2B201 and 1C216', async () => {
    // CCL 2B201: "NP applies to entire entry | NP Column 1"; CCL 1C216: "NP applies to entire entry | NP Column 1."
    for (const code of ['2B201', '1C216']) {
      const e = await entry(code);
      expect(reasonRow(e, 'NP')).toMatchObject({ regime: 'NSG', rule: { id: 'US_NP1_NSG' } });
      expect(e.attributions).toContainEqual(expect.objectContaining({ regime: 'NSG', basis: 'REASON_FOR_CONTROL', coverage: 'WHOLE_ENTRY' }));
    }
  });

  it('CB Column 3 (1C991.c) is US-only, not AG', async () => {
    // CCL 1C991: "CB applies to 1C991.c | CB Column 3." (15 CFR 742.2(a)(3)).
    const e = await entry('1C991');
    const cb = reasonRow(e, 'CB');
    expect(cb?.column).toMatch(/^CB Column 3/);
    expect(cb).toMatchObject({ regime: null, rule: { id: 'US_CB3_US_ONLY' } });
    expect(regimesOf(e)).not.toContain('AG');
    expect(regimesOf(await entry('1C991.c'))).not.toContain('AG');
  });

  it('NS worldwide controls of the 2024 plurilateral items are outside Wassenaar: 3B903, 4A906', async () => {
    // CCL 3B903 and 4A906: "NS applies to entire entry | Worldwide control. See § 742.4(a)(5) and (b)(10) of the EAR."
    for (const code of ['3B903', '4A906']) {
      const e = await entry(code);
      expect(reasonRow(e, 'NS')).toMatchObject({ regime: null, rule: { id: 'US_NS_OUTSIDE_REGIME' } });
      expect(regimesOf(e)).not.toContain('WA');
    }
  });

  it('x9x numbers are US-only: 3A090 and 4A090 are not WA (no NS row, and a 9 in the tens place)', async () => {
    // CCL 3A090: "Reason for Control: RS, AT"; CCL 4A090: "Reason for Control: RS, AT".
    for (const code of ['3A090', '4A090']) {
      const e = await entry(code);
      expect(regimesOf(e)).toEqual([]);
      expect([...new Set(e.reasons.map((r) => r.code))].sort()).toEqual(['AT', 'RS']);
      expect(e.reasons.every((r) => r.regime === null)).toBe(true);
    }
  });

  it('1C355 is CWC, not AG: a 3xx whose reasons are CW and AT only', async () => {
    // CCL 1C355 "Chemical Weapons Convention (CWC) Schedule 2 and 3 chemicals …": "Reason for Control: CW, AT." and
    // "CW applies to entire entry."
    const e = await entry('1C355');
    expect(regimesOf(e)).toEqual(['CWC']);
    expect(reasonRow(e, 'CW')).toMatchObject({ regime: 'CWC', rule: { id: 'US_CW_CWC' } });
    expect(rulesOf(e)).toContain('CODE_ORIGIN_CW_3XX');
  });

  it('EU 0B001 is NSG (trigger list), not WA, despite its 0xx number', async () => {
    // EU Annex I 0B001 "Plant for the separation of isotopes of "natural uranium", "depleted uranium" or "special
    // fissile materials" …": Category 0 implements INFCIRC/254 Part 1.
    const e = await entry('0B001', EU);
    expect(regimesOf(e)).toEqual(['NSG']);
    expect(e.attributions[0]).toMatchObject({ basis: 'CODE_ORIGIN', rules: [{ id: 'EU_CATEGORY_0_NSG' }] });
  });

  it("4A001's NP row (computers, § 742.3(b)) is US-only, while its NS Column 2 row is WA", async () => {
    // CCL 4A001: "NS applies to entire entry | NS Column 2."; "NP applies, unless a License Exception is available.
    // See § 742.3(b) of the EAR for information on applicable licensing review policies | N/A."
    const e = await entry('4A001');
    expect(reasonRow(e, 'NP')).toMatchObject({ regime: null, rule: { id: 'US_NP_COMPUTERS' } });
    expect(reasonRow(e, 'NS')).toMatchObject({ regime: 'WA', rule: { id: 'US_NS_WA' } });
    expect(regimesOf(e)).not.toContain('NSG');
  });

  it('3B001\'s NS Column 2 row reaches the paragraphs its ranges name, letters alone included ("g to j")', async () => {
    // CCL 3B001: "NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j | NS Column 2."; "NS applies to 3B001.a.4, c, d,
    // f.1, f.5, f.6, k to n, p.2, p.4, r | To or within Macau or a destination specified in Country Group D:5 …" (a US
    // control, not Wassenaar's).
    const row = (await entry('3B001')).attributions.find((a) => a.basis === 'REASON_FOR_CONTROL' && a.regime === 'WA')!;
    expect(row.parts).toEqual(['3B001.a.1', '3B001.a.2', '3B001.a.3', '3B001.b', '3B001.e', '3B001.f.2', '3B001.f.3', '3B001.f.4', '3B001.g', '3B001.h', '3B001.i', '3B001.j']);
    expect((await entry('3B001')).attributions.filter((a) => a.basis === 'REASON_FOR_CONTROL' && a.regime === 'WA')).toHaveLength(1);
  });

  it('a code origin beside rows of its regime reaches what the rows reach: 7A005.a and 3B001.c are not WA', async () => {
    // CCL 7A005: "NS applies to 7A005.b | NS Column 1"; Related Controls: "(3) Items that otherwise would be covered by ECCN
    // 7A005.a are “subject to the ITAR” (see 22 CFR parts 120 through 130)." 3B001: "NS applies to 3B001.a.1 to a.3, b, e,
    // f.2 to f.4, g to j | NS Column 2."; "NS applies to 3B001.a.4, c, d, f.1, f.5, f.6, k to n, p.2, p.4, r | To or within
    // Macau or a destination specified in Country Group D:5 …" (a US control, not Wassenaar's).
    expect(regimesOf(await entry('7A005.a'))).not.toContain('WA');
    expect(regimesOf(await entry('7A005.b'))).toContain('WA');
    const origin = (await entry('7A005')).attributions.find((a) => a.basis === 'CODE_ORIGIN' && a.regime === 'WA')!;
    expect(origin).toMatchObject({ coverage: 'PARTS', parts: ['7A005.b'] });
    expect(origin.rules.map((r) => r.id)).toEqual(['CODE_ORIGIN_DIGIT', 'CODE_ORIGIN_WITHIN_ROWS']);
    expect(origin.scope).toBe('Code origin: the regime digit 0 of 7A005 marks a WA entry; within its WA rows: NS applies to 7A005.b');
    expect(regimesOf(await entry('3B001.c'))).not.toContain('WA');
    expect(regimesOf(await entry('3B001.b'))).toContain('WA');
  });

  it('2E002\'s rows name the equipment its technology serves: SERVED_ITEMS, the CB row narrowing the valves only', async () => {
    // CCL 2E002: "NP applies to “technology” for equipment controlled by 2A225, 2A226, 2B001, 2B004, 2B006, 2B007, 2B009,
    // 2B104, 2B109, 2B116, 2B201, 2B204, 2B206, 2B207, 2B209, 2B225 to 2B233 for NP reasons"; "CB applies to “technology”
    // for equipment Controlled by 2B350 to 2B352 and for valves controlled by 2A226 having the characteristics of those
    // controlled by 2B350.g".
    const e = await entry('2E002');
    const np = e.attributions.find((a) => a.regime === 'NSG' && a.basis === 'REASON_FOR_CONTROL')!;
    expect(np).toMatchObject({ coverage: 'SERVED_ITEMS', conditional: false, parts: [] });
    expect(np.servedItems).toEqual(expect.arrayContaining(['2A225', '2B001', '2B230', '2B233']));
    const cb = e.attributions.find((a) => a.regime === 'AG' && a.basis === 'REASON_FOR_CONTROL')!;
    expect(cb).toMatchObject({ coverage: 'SERVED_ITEMS', conditional: true, servedItems: ['2B350', '2B351', '2B352', '2A226'], conditionalItems: ['2A226'] });
  });

  it('a paragraph that holds no items is no regime\'s: CCL 1A001.b "[Reserved]", 6D003.b "Optical sensors. None."', async () => {
    // CCL 1A001: "NS applies to entire entry | NS Column 2"; "b. [Reserved]". 6D003: "NS applies to entire entry | NS Column 1";
    // "b. Optical sensors. None."; "c. “Software” designed or modified for cameras incorporating “focal plane arrays” …".
    expect(regimesOf(await entry('1A001.b'))).toEqual([]);
    expect(regimesOf(await entry('1A001.a'))).toContain('WA');
    expect(regimesOf(await entry('6D003.b'))).toEqual([]);
    expect(regimesOf(await entry('6D003.c'))).toContain('WA');
  });

  it('1C351 is AG from both CB rows and CWC for .d.15 and .d.16 only', async () => {
    // CCL 1C351: "CB applies to items controlled by 1C351.d.15 and .16 | CB Column 1."; "CB applies to entire entry |
    // CB Column 2."; "CW applies to 1C351.d.15 and .d.16 …".
    const e = await entry('1C351');
    expect(e.reasons.filter((r) => r.code === 'CB').every((r) => r.regime === 'AG')).toBe(true);
    expect(regimesOf(await entry('1C351.d.15'))).toEqual(['AG', 'CWC']);
    expect(regimesOf(await entry('1C351.a'))).not.toContain('CWC');
  });

  it('1A002.b.1 is NSG, 1A002.a is not', async () => {
    // CCL 1A002: "NP applies to 1A002.b.1 in the form of tubes with an inside diameter between 75 mm and 400 mm | NP Column 1".
    const e = await entry('1A002');
    expect(e.attributions.find((a) => a.regime === 'NSG')?.coverage).not.toBe('WHOLE_ENTRY');
    expect(regimesOf(await entry('1A002.a'))).not.toContain('NSG');
  });
});

describe('EU parts, coded as the regulation cites them', () => {
  it('EU 1C350.1 is thiodiglycol and, like the whole of EU 1C350, Australia Group', async () => {
    // EU 1C350: "Chemicals, which may be used as precursors for toxic chemical agents, as follows, …: … 1. Thiodiglycol
    // (CAS 111-48-8); 2. Phosphorus oxychloride (CAS 10025-87-3); …" — code origin 3 (Australia Group).
    const d = await data<{ entry: { code: string; title: string; attributions: { regime: string }[] } | null }>(
      `{ entry(list: "${EU}", code: "1C350.1") { code title attributions { regime } } }`,
    );
    expect(d.entry?.title).toMatch(/Thiodiglycol/);
    expect(d.entry!.attributions.map((a) => a.regime)).toContain('AG');
  });

  it('EU 0A001.a ("Nuclear reactors") is NSG, as every part of EU Category 0', async () => {
    // EU 0A001: ""Nuclear reactors" and specially designed or prepared equipment and components therefor, as follows:
    // a. "Nuclear reactors"; b. Metal vessels, …".
    const e = await entry('0A001.a', EU);
    expect(regimesOf(e)).toEqual(['NSG']);
  });
});

describe('exclusions point away from the entry they name', () => {
  type Ref = { entry: { code: string }; kind: string; text: string };
  const refs = async (code: string) =>
    (await data<{ entry: { references: Ref[] } }>(`{ entry(list: "${CCL}", code: "${code}") { references { entry { code } kind text } } }`)).entry.references;

  it('2B201 "other than those controlled by 2B001" is an EXCLUSION reference to 2B001', async () => {
    // CCL 2B201 heading: "Machine tools, and any combination thereof, other than those controlled by 2B001, …".
    // (Its Related Controls "(3) Also see ECCNs 2B001 and 2B991." is a separate, see-also pointer.)
    const r = (await refs('2B201')).filter((x) => x.entry.code === '2B001' && /other than those controlled by 2B001/.test(x.text));
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.kind === 'EXCLUSION')).toBe(true);
  });

  it('9A120 "not specified in 9A012" is an EXCLUSION reference to 9A012', async () => {
    // CCL 9A120 heading: "Complete unmanned aerial vehicles, not specified in 9A012, having all of the following characteristics".
    const r = (await refs('9A120')).filter((x) => x.entry.code === '9A012' && /not specified in 9A012/.test(x.text));
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.kind === 'EXCLUSION')).toBe(true);
  });

  it('1C216 "other than that controlled by 1C116" is an EXCLUSION reference', async () => {
    // CCL 1C216 heading: "Maraging steel, other than that controlled by 1C116, "capable of" an ultimate tensile strength of 1,950 MPa …".
    const r = (await refs('1C216')).filter((x) => x.entry.code === '1C116' && /other than that controlled by 1C116/.test(x.text));
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.kind === 'EXCLUSION')).toBe(true);
  });

  it('an exclusion never counts as coverage: 2B201 (excluding WA 2B001) is still an NSG gap against WA', async () => {
    // CCL 2B201: "other than those controlled by 2B001" and "NP applies to entire entry | NP Column 1", no NS row;
    // 2B001: "NS applies to entire entry | NS Column 2." The exclusion says 2B201's items are not 2B001's.
    const r = await gaps('NSG', 'WA', CCL);
    expect(gapCodes(r)).toContain('2B201');
    expect(r.covered.map((c) => c.entry.code)).not.toContain('2B201');
    expect(r.partial.map((c) => c.entry.code)).not.toContain('2B201');
  });

  it('an exclusion never counts as coverage: 2B351 ("except those … controlled by ECCN 1A004.c") is an AG gap against WA', async () => {
    // CCL 2B351 heading: "Toxic gas monitors and monitoring systems … except those systems and detectors controlled by
    // ECCN 1A004.c"; "CB applies to entire entry | CB Column 2."; no NS row.
    const r = await gaps('AG', 'WA', CCL);
    expect(gapCodes(r)).toContain('2B351');
    for (const row of [...r.partial, ...r.covered].filter((x) => x.entry.code === '2B351')) {
      expect(row.evidence.every((e) => !/1A004/.test(e.other ?? ''))).toBe(true);
    }
  });
});

describe('counterparts: same code is not the same item', () => {
  type Counterpart = { entry: { listId: string; code: string }; verdict: string; rule: string };
  type NoCounterpart = { reason: string; rule: string; evidence: string; source: string; list: { id: string } };
  const compared = async (code: string, list = CCL) =>
    (
      await data<{ entry: { counterparts: Counterpart[]; agreeing: Counterpart[]; noCounterpart: NoCounterpart[] } }>(`{
        entry(list: "${list}", code: "${code}") {
          counterparts(verdicts: [AGREES, DIVERGES, UNCERTAIN]) { entry { listId code } verdict rule }
          agreeing: counterparts { entry { listId code } verdict rule }
          noCounterpart { reason rule evidence source list { id } }
        }
      }`)
    ).entry;

  it('US 9A120 (complete UAVs with aerosol dispensing) and EU 9A120 (propellant tanks) diverge', async () => {
    // CCL 9A120: "Complete unmanned aerial vehicles, not specified in 9A012, having all of the following characteristics".
    // EU 9A120: "Liquid or gel propellant tanks, other than those specified in 9A006, specially designed for propellants …".
    const c = await compared('9A120');
    expect(c.counterparts).toContainEqual(expect.objectContaining({ entry: { listId: EU, code: '9A120' }, verdict: 'DIVERGES' }));
    expect(c.agreeing).toEqual([]);
    expect(c.noCounterpart).toContainEqual(expect.objectContaining({ reason: 'SAME_CODE_DIVERGES', list: { id: EU } }));
  });

  it('US 1C001 and EU 1C001 agree (materials for absorbing electromagnetic radiation)', async () => {
    // CCL 1C001: "Materials "specially designed" for absorbing electromagnetic radiation, or intrinsically conductive polymers".
    // EU 1C001: "Materials specially designed for absorbing electromagnetic radiation, or intrinsically conductive polymers".
    const c = await compared('1C001');
    expect(c.agreeing).toContainEqual(expect.objectContaining({ entry: { listId: EU, code: '1C001' }, verdict: 'AGREES' }));
    expect(c.noCounterpart.filter((n) => n.list.id === EU)).toEqual([]);
  });

  it('US 2B351 and EU 2B351 agree (toxic gas monitors)', async () => {
    // CCL 2B351: "Toxic gas monitors and monitoring systems, and their dedicated detecting "parts" and "components" …".
    // EU 2B351: "Toxic gas monitors and monitoring systems and their dedicated detecting components …".
    const c = await compared('2B351');
    expect(c.agreeing).toContainEqual(expect.objectContaining({ entry: { listId: EU, code: '2B351' } }));
  });

  it('the ITAR placeholder 0A002 has no EU counterpart: its items are on the US Munitions List', async () => {
    // CCL 0A002: "Power generating or propulsion equipment "specially designed" for use with space, marine or mobile
    // "nuclear reactors". (These items are "subject to the ITAR." See 22 CFR parts 120 through 130.)"
    expect((await entry('0A002')).itar).toBe(true);
    const c = await compared('0A002');
    expect(c.noCounterpart).toContainEqual(expect.objectContaining({ reason: 'US_ITAR_PLACEHOLDER', list: { id: EU } }));
    expect(c.agreeing).toEqual([]);
  });

  it('the ITAR placeholder 9A005 has no EU counterpart on the CCL side: the CCL does not control its items', async () => {
    // CCL 9A005: "Liquid rocket propulsion systems containing any of the systems or "components," controlled by 9A006.
    // (These items are "subject to the ITAR." See 22 CFR parts 120 through 130.)" — the EU 9A005 item is a dual-use
    // control; the US one is on the Munitions List (22 CFR 121), so no CCL entry corresponds to it.
    expect((await entry('9A005')).itar).toBe(true);
    const c = await compared('9A005');
    expect(c.noCounterpart).toContainEqual(expect.objectContaining({ reason: 'US_ITAR_PLACEHOLDER', list: { id: EU } }));
    expect(c.agreeing).toEqual([]);
  });

  it('EU Category 0 trigger-list plant and material has no CCL counterpart: NRC (10 CFR 110) licensing — 0A001, 0B001, 0C001', async () => {
    // 15 CFR 774.1(b)(2): 0A001, 0B001–0B006, 0C001, 0C002, 0C004, 0C005 and 1C012 are under NRC licensing (10 CFR part 110).
    for (const code of ['0A001', '0B001', '0C001']) {
      const c = await compared(code, EU);
      const n = c.noCounterpart.find((x) => x.list.id === CCL);
      expect(n).toMatchObject({ reason: 'NRC_DOE_LICENSING' });
      expect(n!.source).toMatch(/774\.1/);
    }
  });

  it('the CCL 0E001 and EU 0E001 (Nuclear Technology Note, "goods specified in this Category") do not agree', async () => {
    // EU 0E001: ""Technology" according to the Nuclear Technology Note for the "development", "production" or "use" of
    // goods specified in this Category." — EU Category 0 is the trigger list; the CCL holds none of it under 0xx.
    const c = await compared('0E001', EU);
    expect(c.agreeing.filter((x) => x.entry.listId === CCL)).toEqual([]);
  });
});

describe('gap rows: what one regime controls that the other does not cover', () => {
  it('AG against WA on the CCL: 2B350, 2B351, 1C350, 1C351 are GAP rows', async () => {
    // CCL 2B350 "Chemical manufacturing facilities and equipment": "CB applies to entire entry | CB Column 2".
    // CCL 2B351 "Toxic gas monitors …": "CB applies to entire entry | CB Column 2.". CCL 1C350: "CB applies to entire
    // entry CB Column 2.". CCL 1C351: "CB applies to entire entry | CB Column 2.". None has an NS row.
    const r = await gaps('AG', 'WA', CCL);
    const codes = gapCodes(r);
    expect(codes).toEqual(expect.arrayContaining(['2B350', '2B351', '1C350', '1C351']));
    for (const row of r.groups.flatMap((g) => g.rows)) expect(row.status).toBe('GAP');
  });

  it('AG against WA, and the reverse, on the EU list: EU 9E001 naming 9A350 does not cover it; 1B102 is an MTCR gap', async () => {
    // EU 9E001: "“Technology” according to the General Technology Note for the “development” of equipment or “software”,
    // specified in 9A004 to 9A012, 9A350, 9B or 9D": the EU's own list joins the Australia Group's 9A350 (spraying
    // systems) to a Wassenaar entry; a technology entry is not the hardware.
    expect(gapCodes(await gaps('AG', 'WA', EU))).toContain('9A350');
    // CCL 1B102: "MT applies to entire entry"; "a. Metal powder “production equipment” usable for the “production”, in a
    // controlled environment, of spherical, spheroidal or atomized materials specified in 1C011.a., 1C011.b., …".
    expect(gapCodes(await gaps('MTCR', 'WA', CCL))).toContain('1B102');
  });

  it('MTCR against WA on the EU list: parts usable in, designed for use in, or using Wassenaar items are gaps, not links', async () => {
    const report = await gaps('MTCR', 'WA', EU);
    // EU 9A108.a: "Rocket motor cases and insulation components therefor, usable in subsystems specified in 9A007, 9A009,
    // 9A107 or 9A109.a."; 9A111: "Pulse jet or detonation engines, usable in "missiles" or unmanned aerial vehicles
    // specified in 9A012 or 9A112.a."; 7A105.a: "Designed or modified for use in space launch vehicles specified in 9A004,
    // sounding rockets specified in 9A104 or unmanned aerial vehicles specified in 9A012 or 9A112.a."; 7A103.a:
    // "'Inertial measurement equipment or systems', using accelerometers or gyros as follows: 1. Accelerometers specified in
    // 7A001.a.3., 7A001.b. or 7A101 …"; 9A106.e: "Combustion chambers and nozzles for liquid propellant rocket engines …
    // specified in 9A005 or 9A105."
    expect(gapCodes(report)).toEqual(expect.arrayContaining(['9A108', '9A111', '7A105', '7A103', '9A106', '9A118']));
    expect(report.partial.map((r) => r.entry.code)).not.toEqual(expect.arrayContaining(['9A108']));
  });

  it('CCL 6A293 (cameras, 2024) is not NSG though "NP Column 1": a temporary US control, so no NSG gap row', async () => {
    // 6A293: "NP applies to entire entry | NP Column 1"; "a classification for temporary controls for which BIS is seeking
    // multilateral agreement" (STR Trade Report, Feb. 2024).
    expect(gapCodes(await gaps('NSG', 'WA', CCL))).not.toContain('6A293');
  });

  it('EU 9B105 is an MTCR gap against WA, and its reason accounts for the Wassenaar-numbered 9E001 that names 9B', async () => {
    // EU 9E001: "“Technology” according to the General Technology Note for the “development” of equipment or “software”
    // specified in 9A004 to 9A012, 9A350, 9B or 9D" — a group, under which Annex I holds each regime's control.
    const row = (await gaps('MTCR', 'WA', EU)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '9B105');
    expect(row?.status).toBe('GAP');
    expect(row?.reason).toContain('9E001');
    expect(row?.reason).toContain('ITT_EU_GROUP');
    expect(row?.reason).not.toContain('nor a WA row of a software or technology entry');
  });

  it('CCL 4A005, whose items are its heading, is a WA gap against MTCR as a whole entry, not as its .z paragraphs', async () => {
    // CCL 4A005: "NS applies to entire entry"; "Items: The list of items controlled is contained in the ECCN heading, except
    // for the commodities controlled under 4A005.z."; "z.1. Commodities that are specified in 4A005 that also meet or exceed
    // the performance parameters in 4A090.a."
    const row = (await gaps('WA', 'MTCR', CCL)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '4A005');
    expect(row?.status).toBe('GAP');
    expect(row?.units).toEqual(['4A005']);
    expect(row?.reason).toMatch(/^No MTCR attribution of the entry,/);
  });

  it('CCL 9E515 is an MTCR gap against NSG serving the paragraphs its MT row names, short forms spelt out', async () => {
    // CCL 9E515: "MT applies to technology for items in 9A515.d, .e.2, .h, and 9B515.a controlled for MT reasons | MT
    // Column 1." No NP row.
    const d = await data<{ gaps: { groups: { rows: { entry: { code: string }; status: string; servedItems: string[] }[] }[] } }>(
      `{ gaps(regime: MTCR, against: NSG, list: "${CCL}") { groups { rows { entry { code } status servedItems } } } }`,
    );
    const row = d.gaps.groups.flatMap((g) => g.rows).find((r) => r.entry.code === '9E515');
    expect(row?.status).toBe('GAP');
    expect(row?.servedItems).toEqual(['9A515.d', '9A515.e.2', '9A515.h', '9B515.a']);
  });

  it('CCL 2B104, presses "having all of the following characteristics", is one unit: its paragraphs are one item\'s characteristics', async () => {
    // CCL 2B104: "“Isostatic presses”, other than those controlled by 2B004, having all of the following characteristics (see
    // List of Items Controlled)."; "a. Maximum working pressure equal to or greater than 69 MPa;";
    // "NP applies to entire entry".
    const row = (await gaps('NSG', 'AG', CCL)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '2B104');
    expect(row?.status).toBe('GAP');
    expect(row?.units).toEqual(['2B104']);
  });

  it('EU 9A118 is an MTCR gap against WA whose reason names 9A011 and 9A012, the WA items it is used in: a lead, not coverage', async () => {
    // EU 9A118: "Devices to regulate combustion usable in engines, which are usable in "missiles" or unmanned aerial
    // vehicles specified in 9A012 or 9A112.a., specified in 9A011 or 9A111." EU 9A011: "Ramjet, scramjet or 'combined
    // cycle engines', and specially designed components therefor." Whether such a device is one of those components the
    // lists do not say.
    const row = (await gaps('MTCR', 'WA', EU)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '9A118');
    expect(row?.status).toBe('GAP');
    expect(row?.reason).toContain('It names 9A011, 9A012 (WA) as what it is used in or with (“Devices to regulate combustion usable in engines');
    expect(row?.reason).toContain('a lead to check, not coverage');
    // A technology entry's ""use" of goods specified in …" (EU 1E101) is what it serves, not what it is used in: no such lead.
    const e101 = (await gaps('MTCR', 'WA', EU)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '1E101');
    expect(e101?.status).toBe('GAP');
    expect(e101!.reason).not.toContain('as what it is used in or with');
  });

  it('CCL 9B104 to 9B116 stay MTCR gaps against WA: 9E002 serves them under "NS applies to entire entry", and the reason says why that is no coverage', async () => {
    // 9E002: "“Technology” according to the General Technology Note for the “production” of “equipment” controlled by
    // ECCN 9A004 or 9B (except for ECCNs 9B117, 9B604, 9B610, 9B619, 9B990, and 9B991)"; "NS applies to entire entry NS
    // Column 1"; "MT applies to “technology” for equipment controlled by … 9B104, 9B105, 9B106, 9B115 or 9B116 for MT
    // reasons". 9B116: "MT applies to entire entry", no NS row. NS is Wassenaar's when the item is a Wassenaar item.
    const rows = (await gaps('MTCR', 'WA', CCL)).groups.flatMap((g) => g.rows);
    for (const code of ['9B104', '9B105', '9B106', '9B115', '9B116']) {
      const row = rows.find((r) => r.entry.code === code);
      expect(row?.status, code).toBe('GAP');
      expect(row?.reason, code).toContain('9E002 (“NS applies to entire entry”) serves it under a row over its entire entry');
      expect(row?.reason, code).toContain("the reason is WA's only for WA's items");
    }
  });

  it('CCL 7A008 is a WA gap against MTCR: 7E001 and 7E002 name it only where MT does not apply', async () => {
    // 7E001: "MT applies to technology for equipment controlled for MT reasons. MT does not apply to “technology” for
    // equipment controlled by 7A008." 7A008 has no MT row of its own.
    expect(gapCodes(await gaps('WA', 'MTCR', CCL))).toContain('7A008');
  });

  it('CCL 6D001 is covered for MTCR by WA: the NS row serves every item the MT row names', async () => {
    // 6D001: "MT applies to “software” for equipment controlled by 6A008 or 6B008 for MT reasons"; "NS applies to
    // “software” for equipment controlled by 6A004, 6A005, 6A008 or 6B008".
    const row = (await gaps('MTCR', 'WA', CCL)).covered.find((r) => r.entry.code === '6D001');
    expect(row?.evidence.map((e) => e.rule.id)).toContain('COVERAGE_ROWS_SERVE_ALL');
    expect(row?.servedItems.sort()).toEqual(['6A008', '6B008']);
  });

  it('CCL 1E001 is covered in part for AG by WA, and the report names the technology left: for 1C350, 1C351, 1C353, 1C354', async () => {
    // 1E001: "CB applies to “technology” for items controlled by 1C351, 1C353, or 1C354; and CB applies to “technology” for
    // materials controlled by 1C350 and for chemical detection systems and dedicated detectors therefor, in 1A004.c, …";
    // "NS applies to “technology” for items controlled by 1A004"; "CB applies to “technology” for items controlled by
    // 1C351.d.15 and .16 and the 1C353 genetic elements …" (".16" is 1C351.d.16).
    const row = (await gaps('AG', 'WA', CCL)).partial.find((r) => r.entry.code === '1E001');
    expect(row?.servedItemsUncovered.sort()).toEqual(['1C350', '1C351', '1C351.d.15', '1C351.d.16', '1C353', '1C354']);
  });

  it('2E001 is an AG gap against WA, and its reason quotes the NS row that reaches other items', async () => {
    // CCL 2E001: "NS applies to “technology” for items controlled by 2A001, 2B001 to 2B009, 2D001 or 2D002 | NS Column 1";
    // "CB applies to “technology” for equipment controlled by 2B350 to 2B352, valves controlled by 2A226 …".
    const row = (await gaps('AG', 'WA', CCL)).groups.flatMap((g) => g.rows).find((r) => r.entry.code === '2E001');
    expect(row?.status).toBe('GAP');
    expect(row?.reason).toContain("The entry's WA row (“NS applies to “technology” for items controlled by 2A001, 2B001 to 2B009, 2D001 or 2D002”) reaches other items than its AG ones");
    // Its digit 0 (a Wassenaar number) is not read as a Wassenaar attribution beside that row, and the reason says so.
    expect(row?.reason).toContain("not the code's numbering, says what the entry controls for WA");
    expect(row?.reason).not.toContain('no WA attribution');
  });

  it('AG against WA on the EU list: 2B350, 2B351, 1C350, 1C351 are GAP rows (code origin 3, no Wassenaar number)', async () => {
    // EU 2B351: "Toxic gas monitors and monitoring systems and their dedicated detecting components, other than those
    // specified in 1A004 …"; EU 1C350: "Chemicals, which may be used as precursors for toxic chemical agents …".
    const codes = gapCodes(await gaps('AG', 'WA', EU));
    expect(codes).toEqual(expect.arrayContaining(['2B350', '2B351', '1C350', '1C351']));
  });

  it('NSG against WA on the CCL: 1C216, 1A225 and 2B201 are GAP rows', async () => {
    // CCL 1C216 (maraging steel), 1A225 (platinized catalysts), 2B201 (machine tools other than 2B001): each
    // "NP applies to entire entry | NP Column 1" and no NS row.
    const r = await gaps('NSG', 'WA', CCL);
    expect(gapCodes(r)).toEqual(expect.arrayContaining(['1C216', '1A225', '2B201']));
  });

  it('1A290 and 2A290 appear nowhere in NSG against WA: NP Column 2 is not NSG', async () => {
    // CCL 1A290 / 2A290: "NP applies to entire entry | NP Column 2".
    const all = everyCode(await gaps('NSG', 'WA', CCL));
    expect(all).not.toContain('1A290');
    expect(all).not.toContain('2A290');
  });

  it('1C355 (CW only) is not examined as AG: it appears nowhere in AG against WA', async () => {
    // CCL 1C355: "Reason for Control: CW, AT." — CWC, not the Australia Group.
    expect(everyCode(await gaps('AG', 'WA', CCL))).not.toContain('1C355');
  });

  it('the NSG-against-WA CSV export lists 1C216 and 2B201 as GAP rows and not 1A290', async () => {
    // Same passages as above: 1C216 and 2B201 "NP applies to entire entry | NP Column 1"; 1A290 "NP Column 2".
    const response = await server.get(`/exports/gaps.csv?regime=NSG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    const [header, ...body] = parseCsv(await response.text());
    const code = header!.indexOf('code');
    const status = header!.indexOf('status');
    const gapRows = body.filter((r) => r[status] === 'GAP').map((r) => r[code]);
    expect(gapRows).toEqual(expect.arrayContaining(['1C216', '2B201']));
    expect(body.map((r) => r[code])).not.toContain('1A290');
  });

  it('the AG-against-WA Markdown export shows 2B351 with its CB row', async () => {
    // CCL 2B351: "CB applies to entire entry | CB Column 2."
    const response = await server.get(`/exports/gaps.md?regime=AG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    const md = await response.text();
    const line = md.split('\n').find((l) => l.includes('2B351'));
    expect(line).toBeDefined();
    expect(md).toContain('CB applies to entire entry');
  });

  it('the AG-against-WA CSV export lists 2B351 as a GAP row', async () => {
    // CCL 2B351: "CB applies to entire entry | CB Column 2."; no NS row.
    const response = await server.get(`/exports/gaps.csv?regime=AG&against=WA&list=${CCL}`);
    expect(response.status).toBe(200);
    const [header, ...body] = parseCsv(await response.text());
    const row = body.find((r) => r[header!.indexOf('code')] === '2B351');
    expect(row?.[header!.indexOf('status')]).toBe('GAP');
  });
});

describe('covered and partial rows, with their evidence', () => {
  it('NSG against WA: 2B001 is covered, with the evidence "NS applies to entire entry"', async () => {
    // CCL 2B001: "NS applies to entire entry | NS Column 2." and "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: …".
    const r = await gaps('NSG', 'WA', CCL);
    const row = r.covered.find((c) => c.entry.code === '2B001');
    expect(row?.status).toBe('COVERED');
    expect(row!.evidence).toContainEqual(expect.objectContaining({ kind: 'ATTRIBUTION', words: 'NS applies to entire entry' }));
    expect(gapCodes(r)).not.toContain('2B001');
  });

  it('NSG against WA: 1A002 is covered (its NSG tubes of 1A002.b.1 lie in the whole-entry NS row)', async () => {
    // CCL 1A002: "NS applies to entire entry | NS Column 2"; "NP applies to 1A002.b.1 in the form of tubes … | NP Column 1".
    const r = await gaps('NSG', 'WA', CCL);
    expect(r.covered.map((c) => c.entry.code)).toContain('1A002');
  });

  it('WA against NSG: 2B001 is PARTIAL, and 2B001.e and .f, which the NP row does not name, are uncovered', async () => {
    // CCL 2B001: "NS applies to entire entry | NS Column 2."; "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning
    // machines under 2B001.a with a capacity no greater than 35 mm diameter; … (3) milling machines under 2B001.b …".
    // 2B001.e "Machine tools for removing metals, ceramics or "composites", having all of the following" and 2B001.f
    // "Deep-hole-drilling machines …" are in no NP row.
    const r = await gaps('WA', 'NSG', CCL, 2);
    const row = r.partial.find((p) => p.entry.code === '2B001');
    expect(row?.status).toBe('PARTIAL');
    expect(row!.uncoveredUnits).toEqual(expect.arrayContaining(['2B001.e', '2B001.f']));
    expect(row!.coveredUnits).not.toContain('2B001.a');
    expect(row!.coveredUnits).not.toContain('2B001.b');
  });

  it('MTCR against NSG: 2B004 is PARTIAL: b.3, which the NP row excepts, is not NSG\'s, and the rest is reached only for presses of 69 MPa or more', async () => {
    // CCL 2B004: "MT applies to entire entry"; "NP applies to entire entry, except 2B004.b.3 and presses with maximum
    // working pressures below 69 MPa" (NP Column 1). Two exceptions: the paragraph b.3 whole, and the presses below 69 MPa
    // of every paragraph.
    const r = await gaps('MTCR', 'NSG', CCL, 2);
    const row = r.partial.find((p) => p.entry.code === '2B004');
    expect(row?.status).toBe('PARTIAL');
    expect(row!.coveredUnits).toEqual([]);
    expect(row!.partialUnits).toEqual(['2B004.a', '2B004.b']);
    expect(row!.evidence).toContainEqual(expect.objectContaining({ kind: 'ATTRIBUTION', rule: { id: 'COVERAGE_CONDITIONAL' } }));
    expect(regimesOf(await entry('2B004.b.3'))).not.toContain('NSG');
    expect(regimesOf(await entry('2B004.b.1'))).toContain('NSG');
  });

  it('WA against NSG: 1A002 is PARTIAL, 1A002.a uncovered (NP names only 1A002.b.1)', async () => {
    // CCL 1A002: "NS applies to entire entry | NS Column 2"; "NP applies to 1A002.b.1 in the form of tubes with an inside
    // diameter between 75 mm and 400 mm | NP Column 1". 1A002.a is in no NP row.
    const r = await gaps('WA', 'NSG', CCL, 1);
    const row = r.partial.find((p) => p.entry.code === '1A002');
    expect(row?.status).toBe('PARTIAL');
    expect(row!.uncoveredUnits).toContain('1A002.a');
  });

  it('WA against MTCR: 9A012 is PARTIAL, not covered (MT applies only to UAVs of ≥ 300 km range)', async () => {
    // CCL 9A012: "NS applies to entire entry, except .a.1 | NS Column 1."; "MT applies to non-military Unmanned Aerial
    // Vehicles (UAVs) … capable of a maximum range of at least 300 kilometers (km), regardless of payload, …".
    const r = await gaps('WA', 'MTCR', CCL, 9);
    expect(r.partial.map((p) => p.entry.code)).toContain('9A012');
    expect(r.covered.map((p) => p.entry.code)).not.toContain('9A012');
    expect(gapCodes(r)).not.toContain('9A012');
  });

  it('MTCR against WA: 9A610 is covered, since .t, .u, .v and .w lie inside the NS row', async () => {
    // CCL 9A610: "MT applies to 9A610.t, .u, .v, and .w"; "NS applies to entire entry except: 9A610.b; parts and
    // components controlled in 9A610.x if being exported … for use in an aircraft controlled in 9A610.b; and 9A610.y".
    const r = await gaps('MTCR', 'WA', CCL, 9);
    expect(gapCodes(r)).not.toContain('9A610');
    expect(r.covered.map((c) => c.entry.code)).toContain('9A610');
  });
});

describe('ITAR placeholders are reported as controlled elsewhere, never as gaps', () => {
  it('MTCR against WA, category 9: 9A104, 9A105, 9A116 are elsewhere rows, on the US Munitions List', async () => {
    // CCL 9A104: "Sounding rockets, capable of a range of at least 300 km. (These items are "subject to the ITAR." …)";
    // 9A105 "Liquid propellant rocket engines. (These items are "subject to the ITAR." …)"; 9A116 "… (These items are
    // "subject to the ITAR." …)".
    const r = await gaps('MTCR', 'WA', CCL, 9);
    const elsewhere = new Map(r.elsewhere.map((e) => [e.entry.code, e]));
    for (const code of ['9A104', '9A105', '9A116']) {
      expect(elsewhere.get(code)?.controlledBy).toMatch(/Munitions List|ITAR|USML/);
      expect(gapCodes(r)).not.toContain(code);
    }
  });

  it('WA against MTCR, category 9: 9A005 and 9A007 are elsewhere rows, not gaps', async () => {
    // CCL 9A005 "Liquid rocket propulsion systems …" and 9A007 "Solid rocket propulsion systems.": "(These items are
    // "subject to the ITAR." See 22 CFR parts 120 through 130.)"
    const r = await gaps('WA', 'MTCR', CCL, 9);
    const elsewhere = r.elsewhere.map((e) => e.entry.code);
    expect(elsewhere).toEqual(expect.arrayContaining(['9A005', '9A007']));
    expect(gapCodes(r)).not.toContain('9A005');
    expect(gapCodes(r)).not.toContain('9A007');
  });
});

describe('ITT coverage by kind and phase', () => {
  it('MTCR, category 9: 9A101 technology is covered by 9E101 for development and production, tied by its whole-entry MT row', async () => {
    // CCL 9E101: ""Technology" according to the General Technology Note for the "development" or "production" of
    // commodities or "software" controlled by ECCN 9A012 (…), 9A101 (except for items in 9A101.b that are "subject to
    // the ITAR," …)"; "MT applies to entire entry | MT Column 1".
    const h = (await itt('MTCR', CCL, 9)).get('9A101')!;
    const via = h.coveredBy.find((c) => c.entry.code === '9E101');
    expect(via).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, tie: { rule: { id: 'ITT_WHOLE_ROW' }, words: 'MT applies to entire entry' } });
    expect(via!.regimePhases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION']));
  });

  it('AG, category 2: 2D351 software serves 2B351 for use, tied by its whole-entry CB row; 2D352 serves 2B352.j', async () => {
    // CCL 2D351: "Dedicated “software” for toxic gas monitors and monitoring systems, and their dedicated detecting
    // “parts” and “components,” controlled by ECCN 2B351"; "CB applies to entire entry". 2D352: "“Software” designed for
    // nucleic acid assemblers and synthesizers controlled by 2B352.j …"; "CB applies to entire entry | CB Column 2".
    const hardware = await itt('AG', CCL, 2);
    const monitors = hardware.get('2B351')!;
    expect(monitors.softwareCovered).toBe(true);
    expect(monitors.coveredBy.find((c) => c.entry.code === '2D351')).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true, tie: { rule: { id: 'ITT_WHOLE_ROW' } } });
    expect(monitors.softwarePhases).toEqual(['USE']);
    expect(hardware.get('2B352')!.softwareParts).toEqual(['2B352.j']);
  });

  it('MTCR, category 7: 7E001 and 7E002 serve 7A107 through "MT applies to technology for equipment controlled for MT reasons", never 7A008', async () => {
    // CCL 7E001: "“Technology” according to the “General Technology Note” for the “development” of equipment or
    // “software,” specified by 7A. (except 7A994), 7B. (except 7B994) …"; its MT row: "MT applies to technology for
    // equipment controlled for MT reasons. MT does not apply to “technology” for equipment controlled by 7A008. …";
    // 7E002 the same for "production". 7A107: "MT applies to entire entry".
    const hardware = await itt('MTCR', CCL, 7);
    const magnetometers = hardware.get('7A107')!;
    expect(magnetometers.coveredBy.find((c) => c.entry.code === '7E001')).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, regimePhases: ['DEVELOPMENT'], tie: { rule: { id: 'ITT_REASON_ROW' } } });
    expect(magnetometers.coveredBy.find((c) => c.entry.code === '7E002')).toMatchObject({ countsForRegime: true, regimePhases: ['PRODUCTION'] });
    expect(magnetometers.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION']));
    for (const c of hardware.get('7A008')?.coveredBy.filter((x) => x.entry.code === '7E001' || x.entry.code === '7E002') ?? []) expect(c.countsForRegime).toBe(false);
  });

  it('WA, category 8: 8A620 is served by its own 8D620 and 8E620 through rows over the entire entry except .b and .y, not by 8D001 or 8E001', async () => {
    // CCL 8D620: "NS applies to entire entry, except 8D620.b and .y | NS Column 1."; 8D620.a: "“Software” “specially
    // designed” for the “development,” “production,” operation, or maintenance of commodities controlled by ECCN 8A620
    // or ECCN 8B620 (except for commodities controlled by ECCN 8A620.b or .y or ECCN 8B620.b)." 8E620: "NS applies to
    // entire entry, except 8E620.b and .y | NS Column 1."; 8E620.a: "“Technology” “required” for the “development,”
    // “production,” operation, installation, maintenance, repair, overhaul, or refurbishing of commodities controlled
    // by ECCN 8A620 or 8B620 …". 8D001 serves "Equipment or Materials, Controlled by 8A (Except 8A992), 8B or 8C": the
    // Order of Review (Supplement No. 4 to part 774) has the 600 series read first.
    const vessels = (await itt('WA', CCL, 8)).get('8A620')!;
    const software = vessels.coveredBy.find((c) => c.entry.code === '8D620');
    expect(software).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true, tie: { rule: { id: 'ITT_ROW_PARAGRAPH' } } });
    expect(software!.tie!.words).toContain('NS applies to entire entry, except 8D620.b and .y; 8D620.a:');
    const technology = vessels.coveredBy.find((c) => c.entry.code === '8E620');
    expect(technology).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, tie: { rule: { id: 'ITT_ROW_PARAGRAPH' } } });
    expect(technology!.regimePhases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
    expect(vessels.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
    expect(vessels.coveredBy.map((c) => c.entry.code)).not.toEqual(expect.arrayContaining(['8D001']));
    expect(vessels.coveredBy.map((c) => c.entry.code)).not.toEqual(expect.arrayContaining(['8E001']));
  });

  it('MTCR: 9A101 technology for "use" comes from 9E102', async () => {
    // CCL 9E102: ""Technology" according to the General Technology Note for the "use" of commodities or "software"
    // controlled by ECCN 9A004 (…), 9A012, 9A101 (…)"; "MT applies to entire entry | MT Column 1".
    const h = (await itt('MTCR', CCL, 9)).get('9A101')!;
    expect(h.coveredBy.find((c) => c.entry.code === '9E102')).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, regimePhases: ['USE'] });
    expect(h.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
  });

  it('MTCR: 9E101 serves 9A012 for production only ("applies only to "production" "technology" for MT-controlled items in 9A012")', async () => {
    // CCL 9E101 heading: "… controlled by ECCN 9A012 (applies only to "production" "technology" for MT-controlled items in 9A012), …".
    const h = (await itt('MTCR', CCL, 9)).get('9A012')!;
    const via = h.coveredBy.find((c) => c.entry.code === '9E101');
    expect(via?.regimePhases).toEqual(['PRODUCTION']);
  });

  it('MTCR: 9A110 has technology (9E101, 9E102) but no software that counts for MTCR', async () => {
    // CCL 9E101 names "9A110 (for items that are "specially designed" for non-military unmanned aerial vehicles
    // controlled by 9A012)", MT whole entry. The software entries naming 9A110 — 9D001 (development) and 9D002
    // (production) — have MT rows only for 9B116: "MT applies to "software" for equipment controlled by 9B116 for MT reasons".
    const h = (await itt('MTCR', CCL, 9)).get('9A110')!;
    expect(h.technologyCovered).toBe(true);
    expect(h.softwareCovered).toBe(false);
    expect(h.softwarePhases).toEqual([]);
  });

  it('MTCR: 9D001 and 9D002 name 9A120 but do not count for MTCR, so 9A120 has no MTCR software', async () => {
    // CCL 9D001: ""Software" … for the "development" of equipment … controlled by ECCN 9A001 to 9A004, 9A012, 9A101 …,
    // 9A110, or 9A120 …"; its rows: "NS applies to "software" for equipment controlled by 9A001 to 9A004, 9A012, …" and
    // "MT applies to "software" for equipment controlled by 9B116 for MT reasons". 9D002 (production) has the same rows.
    const h = (await itt('MTCR', CCL, 9)).get('9A120')!;
    expect(h.softwareCovered).toBe(false);
    for (const c of h.coveredBy.filter((x) => ['9D001', '9D002'].includes(x.entry.code))) expect(c.countsForRegime).toBe(false);
  });

  it('MTCR: 9B116 software is covered for development (9D001), production (9D002) and use (9D101)', async () => {
    // CCL 9D001 and 9D002 (development / production software for "9B (except for ECCNs 9B604, 9B610, 9B619, 9B990,
    // and 9B991)"): "MT applies to "software" for equipment controlled by 9B116 for MT reasons | MT Column 1".
    // CCL 9D101: ""Software" "specially designed" or modified for the "use" of commodities controlled by 9B104, 9B105,
    // 9B106, 9B116, or 9B117."; "MT applies to entire entry".
    const h = (await itt('MTCR', CCL, 9)).get('9B116')!;
    expect(h.softwareCovered).toBe(true);
    expect(h.softwarePhases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
    const d001 = h.coveredBy.find((c) => c.entry.code === '9D001');
    expect(d001).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true });
    expect(d001!.regimePhases).toContain('DEVELOPMENT');
  });

  it('MTCR: 9A101 software for use includes 9D003 (FADEC software, MT row naming 9A101)', async () => {
    // CCL 9D003: "MT applies to "software" required for the "use" of "FADEC systems" for gas turbine engines controlled by
    // 9A101, or 9A106. | MT Column 1."
    const h = (await itt('MTCR', CCL, 9)).get('9A101')!;
    expect(h.softwarePhases).toContain('USE');
    expect(h.coveredBy.find((c) => c.entry.code === '9D003')).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true, regimePhases: ['USE'] });
  });

  it('MTCR: 9D610 serves the MT items of 9A610 for use only ("operation, installation, maintenance, …")', async () => {
    // CCL 9D610: "Software "specially designed" for the "development," "production," operation, or maintenance of
    // military aircraft … controlled by 9A610 …"; "MT applies to software "specially designed" for the operation,
    // installation, maintenance, repair, overhaul, or refurbishing of commodities controlled for MT reasons in 9A610 or 9B610".
    const h = (await itt('MTCR', CCL, 9)).get('9A610')!;
    const via = h.coveredBy.find((c) => c.entry.code === '9D610');
    expect(via).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true });
    expect(via!.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
    expect(via!.regimePhases).toEqual(['USE']);
  });

  it('MTCR: 9E610 serves 9A610 for development, production and use ("operation, installation, maintenance, repair, overhaul, or refurbishing")', async () => {
    // CCL 9E610: "MT applies to "technology" "required" for the "development," "production," operation, installation,
    // maintenance, repair, overhaul, or refurbishing of commodities or software controlled for MT reasons in 9A610, …".
    const h = (await itt('MTCR', CCL, 9)).get('9A610')!;
    const via = h.coveredBy.find((c) => c.entry.code === '9E610');
    expect(via).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true });
    expect(via!.regimePhases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
  });

  it('MTCR: 9E101 and 9D003 serve 9A106.d and 9A106.e, not the whole of 9A106', async () => {
    // CCL 9E101: "… 9A101 (except for items in 9A101.b that are “subject to the ITAR,” see 22 CFR part 121), 9A106.d or .e,
    // 9A110 …"; 9D001: "… 9A106.d. or .e, 9A110, or 9A120 …" (a stray full stop after .d); 9D003 MT row: "MT applies to
    // “software” required for the “use” of “FADEC systems” for gas turbine engines controlled by 9A101, or 9A106".
    const h = (await itt('MTCR', CCL, 9)).get('9A106')!;
    expect(h.coveredBy.find((c) => c.entry.code === '9E101')?.parts).toEqual(['9A106.d', '9A106.e']);
    expect(h.coveredBy.find((c) => c.entry.code === '9D001')?.parts).toEqual(['9A106.d', '9A106.e']);
    // 9D003's row reaches no further than its heading: "“Software” Incorporating “Technology” Specified by ECCN 9E003.h and
    // Used in “FADEC Systems” for Systems Controlled by ECCN 9A001 to 9A003, 9A101 …, 9A106.d or .e, or 9B …".
    expect(h.coveredBy.find((c) => c.entry.code === '9D003')?.parts).toEqual(['9A106.d', '9A106.e']);
    // Every technology and software entry that counts names only .d and .e: the coverage is partial and says where.
    expect(h.technologyCovered).toBe(true);
    expect(h.technologyParts).toEqual(['9A106.d', '9A106.e']);
    expect(h.softwareParts).toEqual(['9A106.d', '9A106.e']);
  });

  it('MTCR, CCL category 9: 9E515 covers the MT row\'s paragraphs of 9A515, and .e.2 not for use', async () => {
    // CCL 9A515: "MT applies to microcircuits in 9A515.d and 9A515.e.2 when “usable in” “missiles” … MT also applies to
    // 9A515.h when the total impulse capacity is equal to or greater than 8.41 × 10^5 newton seconds | MT Column 1." CCL
    // 9E515: "MT applies to technology for items in 9A515.d, .e.2, .h, and 9B515.a controlled for MT reasons"; 9E515.a
    // "… installation, repair …, overhaul, or refurbishing of commodities controlled by ECCN 9A515 (except 9A515.a.1, a.2,
    // a.3, a.4, .b, .d, .e, or .g) …"; 9E515.d "… the “development,” “production,” operation, failure analysis or anomaly
    // resolution of commodities controlled by ECCN 9A515.d."; 9E515.e "… the “development,” “production,” failure analysis
    // or anomaly resolution of commodities controlled by ECCN 9A515.e." (no use).
    const h = (await itt('MTCR', CCL, 9)).get('9A515')!;
    expect(h.phaseParts.filter((p) => p.kind === 'TECHNOLOGY')).toEqual([
      { kind: 'TECHNOLOGY', phase: 'DEVELOPMENT', parts: [] },
      { kind: 'TECHNOLOGY', phase: 'PRODUCTION', parts: [] },
      { kind: 'TECHNOLOGY', phase: 'USE', parts: ['9A515.d', '9A515.h'] },
    ]);
    // 9E515 reaches every MTCR paragraph of 9A515: its parts, told against them, are the whole.
    expect(h.coveredBy.find((c) => c.entry.code === '9E515')?.parts).toEqual([]);
    // Its links' own reach leaves out what 9E515.a's bracket does, less what 9E515.d, .e and .f name: only .b is not served.
    const d = await data<{ entry: { supports: Array<{ entry: { code: string }; phase: string; reach: string[] }> } }>(
      `{ entry(list: "${CCL}", code: "9E515") { supports { entry { code } phase reach } } }`,
    );
    const reach = d.entry.supports.filter((s) => s.entry.code === '9A515' && s.phase === 'DEVELOPMENT').flatMap((s) => s.reach);
    expect(reach).toEqual(expect.arrayContaining(['9A515.a.1', '9A515.a.5', '9A515.d', '9A515.e', '9A515.g', '9A515.h']));
    expect(reach.filter((p) => p === '9A515.b' || p.startsWith('9A515.b.'))).toEqual([]);
  });

  it('WA, CCL category 8: 8D620 and 8E620 reach 8A620 but .b and .y, and so every Wassenaar paragraph of it', async () => {
    // CCL 8D620: "NS applies to entire entry, except 8D620.b and .y"; 8D620.a: "“Software” “specially designed” for the
    // “development,” “production,” operation, or maintenance of commodities controlled by ECCN 8A620 or ECCN 8B620 (except
    // for commodities controlled by ECCN 8A620.b or .y or ECCN 8B620.b)."; 8A620: "NS applies to entire entry, except
    // 8A620. b and .y | NS Column 1."
    const h = (await itt('WA', CCL, 8)).get('8A620')!;
    // .b and .y are served apart (8D620.b "… commodities controlled by ECCN 8A620.b or ECCN 8B620.b.", 8D620.y "…
    // commodities in ECCN 8A620.y."), paragraphs the NS row leaves out; told against Wassenaar's paragraphs, the rest is
    // the whole.
    for (const code of ['8D620', '8E620']) {
      expect(h.coveredBy.find((x) => x.entry.code === code)).toMatchObject({ countsForRegime: true, parts: [] });
    }
    expect(h.technologyParts).toEqual([]);
    // The evidence is a link that counts: 8E620.a ("… commodities controlled by ECCN 8A620 or 8B620 …"), not 8E620.y
    // ("Specific “technology” … of commodities or software in ECCN 8A620.y or 8D620.y."), which the NS row leaves out.
    expect(h.coveredBy.find((x) => x.entry.code === '8E620')?.evidence).not.toContain('8A620.y');
    const d = await data<{ entry: { supports: Array<{ entry: { code: string }; phase: string; toPart: string | null; reach: string[] }> } }>(
      `{ entry(list: "${CCL}", code: "8D620") { supports { entry { code } phase toPart reach } } }`,
    );
    const whole = d.entry.supports.find((s) => s.entry.code === '8A620' && s.phase === 'USE' && s.toPart === null)!;
    expect(whole.reach).toEqual(expect.arrayContaining(['8A620.a', '8A620.x']));
    expect(whole.reach.filter((p) => p === '8A620.b' || p === '8A620.y')).toEqual([]);
  });

  it('WA, CCL categories 4 and 1: a row over the entire entry "except" the technology for some items ties the others', async () => {
    // CCL 4E001: "NS applies to entire entry, except for “technology” for 4A090 or “software” specified by 4D090 | NS
    // Column 1"; 4E001.a: "“Technology” according to the General Technology Note, for the “development”, “production”, or
    // “use” of equipment or “software” controlled by 4A (except 4A906, 4A980 or 4A994 and “use” of equipment controlled
    // under 4A090) or 4D (except 4D906, 4D980, 4D993, 4D994 and “use” of software controlled under 4D090)."
    const cat4 = await itt('WA', CCL, 4);
    for (const code of ['4A001', '4A003', '4A004', '4A005']) {
      const h = cat4.get(code)!;
      expect(h.technologyCovered, code).toBe(true);
      expect(h.coveredBy.find((c) => c.entry.code === '4E001')?.tie?.rule.id, code).toBe('ITT_WHOLE_ROW');
    }
    // CCL 1E607: "NS applies to entire entry, except “technology” for 1C607.a.10, .a.11, .a.12, and .a.14 and for 1D607
    // “software” therefor | NS Column 1.": 1A607 and 1B607 whole, 1C607 but for those paragraphs (not Wassenaar's either:
    // 1C607 "NS applies to entire entry, except 1C607.a.10, .a.11, .a.12, and .a.14").
    const cat1 = await itt('WA', CCL, 1);
    for (const code of ['1A607', '1B607', '1C607']) {
      const h = cat1.get(code)!;
      expect(h.technologyCovered, code).toBe(true);
      expect(h.technologyParts, code).toEqual([]);
      expect(h.coveredBy.find((c) => c.entry.code === '1E607')?.tie?.rule.id, code).toBe('ITT_WHOLE_ROW');
    }
  });

  it('WA, CCL category 3: 3E001 and 3D001 serve 3B001 through the group "3B" less its exceptions, every Wassenaar paragraph of it', async () => {
    // CCL 3E001: "“Technology” according to the General Technology Note for the “development” or “production” of
    // commodities controlled by 3A (except …), 3B (except 3B001.a.4, c, d, f.1, f.5, k to n, p.2, p.4, r, 3B002.c, 3B903,
    // 3B904, 3B991, 3B992, 3B993, or 3B994) or 3C (except …)." with "NS applies to “technology” for commodities controlled
    // by 3A001, 3A002, 3A003, 3B001 (except as noted in the heading), 3B002 (except 3B002.c), or 3C001 to 3C006"; 3B001:
    // "NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j | NS Column 2."
    const h = (await itt('WA', CCL, 3)).get('3B001')!;
    expect(h.phases).toEqual(['DEVELOPMENT', 'PRODUCTION']);
    expect(h.technologyParts).toEqual([]);
    for (const code of ['3E001', '3D001']) {
      expect(h.coveredBy.find((c) => c.entry.code === code), code).toMatchObject({ countsForRegime: true, regimePhases: ['DEVELOPMENT', 'PRODUCTION'], tie: { rule: { id: 'ITT_ROW' } } });
    }
    // The group's exception leaves out 3B002.c, and 3B001's paragraphs it names.
    const d = await data<{ entry: { supports: Array<{ entry: { code: string }; phase: string; reach: string[] }> } }>(
      `{ entry(list: "${CCL}", code: "3E001") { supports { entry { code } phase reach } } }`,
    );
    const reach = (code: string) => d.entry.supports.find((x) => x.entry.code === code && x.phase === 'DEVELOPMENT')?.reach;
    expect(reach('3B002')).toEqual(['3B002.a', '3B002.b']);
    expect(reach('3B001')?.filter((p) => ['3B001.a.4', '3B001.c', '3B001.d', '3B001.k', '3B001.p.2', '3B001.r'].includes(p))).toEqual([]);
    expect(reach('3B001')).toEqual(expect.arrayContaining(['3B001.a.1', '3B001.g', '3B001.j']));
    // 3D001's heading "… controlled by 3A001.b to 3A002.h, …" runs over 3A002.b, which reads "[Reserved]": no link to it.
    const d001 = await data<{ entry: { supports: Array<{ entry: { code: string }; toPart: string | null }> } }>(
      `{ entry(list: "${CCL}", code: "3D001") { supports { entry { code } toPart } } }`,
    );
    const to3A002 = d001.entry.supports.filter((x) => x.entry.code === '3A002').map((x) => x.toPart);
    expect(to3A002).toContain('3A002.h');
    expect(to3A002).not.toContain('3A002.b');
  });

  it('MTCR, EU category 9: 9A116 software is covered for use in 9A116.d only, for development and production whole', async () => {
    // EU 9D104.b: ""Software" specially designed or modified for the operation or maintenance of subsystems or equipment
    // specified in 9A008.d., 9A106.c., 9A108.c. or 9A116.d."; 9D001: ""Software", not specified in 9D003 or 9D004,
    // specially designed or modified for the "development" of equipment or "technology", specified in 9A001 to 9A119, 9B
    // or 9E003."
    const h = (await itt('MTCR', EU, 9)).get('9A116')!;
    expect(h.softwarePhases).toEqual(['DEVELOPMENT', 'PRODUCTION', 'USE']);
    expect(h.phaseParts.filter((p) => p.kind === 'SOFTWARE')).toEqual([
      { kind: 'SOFTWARE', phase: 'DEVELOPMENT', parts: [] },
      { kind: 'SOFTWARE', phase: 'PRODUCTION', parts: [] },
      { kind: 'SOFTWARE', phase: 'USE', parts: ['9A116.d'] },
    ]);
  });

  it('"modelling, simulation or design integration" is development: EU 9D103 serves 9A116; the CCL\'s ITAR 9D103 counts for no regime', async () => {
    // EU 9D103: ""Software" specially designed for modelling, simulation or design integration of the space launch vehicles
    // specified in 9A004, sounding rockets specified in 9A104 or "missiles", or the subsystems specified in 9A005, 9A007,
    // 9A105, 9A106.c., 9A107, 9A108.c., 9A116 or 9A119." CCL 9D103: "… for modelling, simulation or design integration of
    // “missiles,” or the subsystems controlled by 9A005, … 9A116 or 9A119. (This entry is “subject to the ITAR.” See 22 CFR
    // parts 120 through 130.)"
    const eu = (await itt('MTCR', EU, 9)).get('9A116')!;
    expect(eu.coveredBy.find((c) => c.entry.code === '9D103')).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true, regimePhases: ['DEVELOPMENT'] });
    // 9A106 is not an ITAR placeholder, so the CCL report lists it: the placeholder 9D103 names it and counts for nothing.
    const ccl = (await itt('MTCR', CCL, 9)).get('9A106')!;
    expect(ccl.coveredBy.find((c) => c.entry.code === '9D103')).toMatchObject({ countsForRegime: false, regimePhases: [], tie: null });
  });

  it('WA, category 5: 5D001.c, software providing the equipment\'s own functions, serves 5B001 for use', async () => {
    // CCL 5D001.c: "Specific “software” “specially designed” or modified to provide characteristics, functions or features
    // of equipment, controlled by 5A001 or 5B001;"; 5D001: "NS applies to entire entry".
    const h = (await itt('WA', CCL, 5)).get('5B001')!;
    expect(h.coveredBy.find((c) => c.entry.code === '5D001')).toMatchObject({ kind: 'SOFTWARE', countsForRegime: true, regimePhases: ['USE'] });
    expect(h.softwareCovered).toBe(true);
  });

  it('WA, category 0: 0E501 technology covers 0A501 for development, production and use', async () => {
    // CCL 0E501: ""Technology" "required" for the "development," "production," operation, installation, maintenance,
    // repair, or overhaul of commodities controlled by 0A501, 0A506, 0A507, 0A509, or 0B501 …"; "NS applies to entire entry | NS Column 1.".
    const h = (await itt('WA', CCL, 0)).get('0A501')!;
    const via = h.coveredBy.find((c) => c.entry.code === '0E501');
    expect(via).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true });
    expect(via!.phases).toEqual(expect.arrayContaining(['DEVELOPMENT', 'PRODUCTION', 'USE']));
  });

  it('NSG, category 2: 2E001 and 2E002 cover 2B201 through their NP Column 1 rows', async () => {
    // CCL 2E001: "NP applies to "technology" for items controlled by 2A225, 2A226, 2B001, …, 2B201, … for NP reasons |
    // NP Column 1." (development); 2E002 the same for "production".
    const h = (await itt('NSG', CCL, 2)).get('2B201')!;
    expect(h.technologyCovered).toBe(true);
    expect(h.coveredBy.find((c) => c.entry.code === '2E001')).toMatchObject({ countsForRegime: true, regimePhases: ['DEVELOPMENT'] });
    expect(h.coveredBy.find((c) => c.entry.code === '2E002')).toMatchObject({ countsForRegime: true, regimePhases: ['PRODUCTION'] });
  });

  it('NSG, category 2: 2A290 is not NSG hardware, though 2E001 names it in its NP Column 2 row', async () => {
    // CCL 2E001: "NP applies to "technology" for items controlled by 2A290, 2A291, or 2D290 for NP reasons | NP Column 2.";
    // 2A290: "NP applies to entire entry | NP Column 2".
    expect((await itt('NSG', CCL, 2)).has('2A290')).toBe(false);
  });

  it('NSG, category 2: 2B350 is not NSG hardware (CB only), though 2E001 covers "2B"', async () => {
    // CCL 2B350: "Reason for Control: CB, AT"; 2E001: "CB applies to "technology" for equipment controlled by 2B350 to 2B352 …".
    expect((await itt('NSG', CCL, 2)).has('2B350')).toBe(false);
  });

  it('NSG, category 6: 6E201 serves 6A202 to 6A226 for use, the codes after its semicolons too', async () => {
    // CCL 6E201: "“Technology” according to the General Technology Note for the “use” of equipment controlled by
    // 6A003.a.3, 6A003.a.4; 6A005.a.2, … or 6A005.d.4.c (that meet or exceed the parameters of 6A205); 6A202, 6A203,
    // 6A205, 6A225 or 6A226."; "NP applies to entire entry". 6A202 Related Controls: "See ECCNs 6E001 (“development”),
    // 6E002 (“production”), and 6E201 (“use”)".
    const hardware = await itt('NSG', CCL, 6);
    for (const code of ['6A202', '6A203', '6A205', '6A225', '6A226']) {
      const h = hardware.get(code)!;
      expect(h.coveredBy.find((c) => c.entry.code === '6E201'), code).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, regimePhases: ['USE'] });
      expect(h.phases, code).toEqual(['DEVELOPMENT', 'PRODUCTION', 'USE']);
    }
  });

  it('AG, category 1: 1E351 serves 1C350 to 1C354 for disposal, 1E350 the 1C350 chemicals\' production facilities, 1E001 1C353 by its Column 2 row', async () => {
    // CCL 1E351: "“Technology” according to the “General Technology Note” for the disposal of chemicals or
    // microbiological materials controlled by 1C350, 1C351, 1C353, or 1C354."; "CB applies to “technology” for the
    // disposal of items controlled by 1C351, 1C353, or 1C354; and CB applies to “technology” for the disposal of items
    // controlled by 1C350 CB Column 2." 1E350: "“Technology” according to the “General Technology Note” for facilities
    // designed or intended to produce chemicals controlled by 1C350."; "CB applies to entire entry".
    const hardware = await itt('AG', CCL, 1);
    for (const code of ['1C350', '1C351', '1C353', '1C354']) {
      const h = hardware.get(code)!;
      expect(h.coveredBy.find((c) => c.entry.code === '1E351'), code).toMatchObject({ kind: 'TECHNOLOGY', countsForRegime: true, phases: ['DISPOSAL'], regimePhases: ['DISPOSAL'] });
      expect(h.phases, code).toContain('DISPOSAL');
    }
    expect(hardware.get('1C350')!.coveredBy.find((c) => c.entry.code === '1E350')).toMatchObject({ countsForRegime: true, phases: ['PRODUCTION'] });
    // CCL 1E001: "CB applies to “technology” for items controlled by 1C351.d.15 and .16 and the 1C353 genetic elements of
    // toxins in ECCN 1C351.d.15 and .16 | CB Column 1." and "CB applies to “technology” for items controlled by 1C351,
    // 1C353, or 1C354; and … | CB Column 2.": what ties 1E001 to the whole of 1C353 is the Column 2 row.
    const tie = hardware.get('1C353')!.coveredBy.find((c) => c.entry.code === '1E001')!.tie!;
    expect(tie.rule.id).toBe('ITT_ROW');
    expect(tie.words).toMatch(/^CB applies to “technology” for items controlled by 1C351, 1C353, or 1C354;/);
  });
});

describe('thresholds belong to their paragraph and to their row', () => {
  type Value = { regime: string; entry: { code: string }; threshold: { value: number; unit: string; comparator: string; source: string; reason: string | null; role: string } };
  type Comparison = { parameter: string; unit: string; direction: string; verdict: string | null; explanation: string; strictestRegimes: string[]; regimesWithout: string[] | null; values: Value[] };
  type Th = { parameter: string; value: number; valueMax: number | null; unit: string; comparator: string; role: string | null; source: string | null; regime: string | null; reason: string | null; paragraph: string | null };
  type Report = { comparisons: Comparison[]; regimeEntries: { regime: string; entries: { entry: { code: string }; thresholds: Th[] }[] }[] };
  const compare = async (regimes: string, codes: string[]) =>
    (
      await data<{ thresholdComparison: Report }>(`query T($codes: [String!]) {
        thresholdComparison(regimes: [${regimes}], codes: $codes, list: "${CCL}") {
          comparisons { parameter unit direction verdict explanation strictestRegimes regimesWithout
            values { regime entry { code } threshold { value unit comparator source reason role paragraph } } }
          regimeEntries { regime entries { entry { code } thresholds { parameter value valueMax unit comparator role source regime reason paragraph } } }
        }
      }`, { codes })
    ).thresholdComparison;

  it('9A012: the 300 km of the MT row belongs to MTCR only', async () => {
    // CCL 9A012: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) … capable of a maximum range of at least
    // 300 kilometers (km), regardless of payload, … | MT Column 1."
    const r = await compare('WA, MTCR', ['9A012']);
    const range = r.comparisons.find((c) => c.parameter === 'range');
    expect(range?.values.map((v) => v.regime)).toEqual(['MTCR']);
    expect(range!.values[0]!.threshold).toMatchObject({ value: 300, unit: 'km', comparator: 'GTE', source: 'REASON_ROW', reason: 'MT Column 1', role: 'CONTROL' });
  });

  it('9A012: Wassenaar states endurance (≥ 1 h, and the 30 min – 1 h band with gusts), not range', async () => {
    // CCL 9A012.a.1.a: "A maximum 'endurance' greater than or equal to 30 minutes but less than 1 hour; and" 9A012.a.2:
    // "A maximum 'endurance' of 1 hour or greater;".
    const r = await compare('WA, MTCR', ['9A012']);
    const endurance = r.comparisons.filter((c) => c.parameter === 'endurance');
    expect(endurance.length).toBeGreaterThan(0);
    for (const c of endurance) expect(c.values.every((v) => v.regime === 'WA')).toBe(true);
    const band = endurance.flatMap((c) => c.values).find((v) => v.threshold.comparator === 'RANGE');
    expect(band?.threshold).toMatchObject({ value: 30, unit: 'min' });
  });

  it('9A012: no STRICTER verdict between WA and MTCR — they bound different parameters', async () => {
    // 9A012 above: MTCR's bound is range (MT row), Wassenaar's are endurance, gust speed (46.3 km/h (25 knots)) and
    // engine altitude (15,240 meters (50,000 feet)).
    const r = await compare('WA, MTCR', ['9A012']);
    expect(r.comparisons.length).toBeGreaterThan(0);
    for (const c of r.comparisons) {
      expect(c.verdict).not.toBe('STRICTER');
      expect(c.verdict).not.toBe('SAME_VALUE');
    }
    expect(r.comparisons.find((c) => c.parameter === 'range')?.verdict).toBe('DIFFERENT_PARAMETER');
  });

  it('2B001: "turning machines … no greater than 35 mm diameter" is an exclusion of the NP row, never a control threshold', async () => {
    // CCL 2B001: "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines under 2B001.a with a capacity no
    // greater than 35 mm diameter; (2) bar machines (Swissturn) … equal to or less than 42 mm …".
    const r = await compare('WA, NSG', ['2B001']);
    const all = r.regimeEntries.flatMap((g) => g.entries.filter((e) => e.entry.code === '2B001').flatMap((e) => e.thresholds));
    const mm35 = all.filter((t) => t.value === 35 && t.unit === 'mm');
    expect(mm35.length).toBeGreaterThan(0);
    for (const t of mm35) expect(t).toMatchObject({ role: 'EXCLUSION', source: 'REASON_ROW' });
    const compared = r.comparisons.flatMap((c) => c.values).filter((v) => v.threshold.value === 35 && v.threshold.unit === 'mm');
    expect(compared).toEqual([]);
  });

  it('9A515: radiation hardness as the paragraphs state it; the MT row\'s total impulse belongs to 9A515.h', async () => {
    const r = await compare('MTCR, WA', ['9A515']);
    const own = (regime: string) => r.regimeEntries.find((g) => g.regime === regime)!.entries.find((e) => e.entry.code === '9A515')!.thresholds;
    const at = (regime: string, paragraph: string) => own(regime).filter((t) => t.paragraph === paragraph).map((t) => [t.role, t.parameter, t.comparator, t.value, t.valueMax, t.unit]);
    // 9A515.d: "… meeting or exceeding all the following characteristics …: d.2. A dose rate upset threshold of
    // 5 × 10^8 Rads (Si)/sec (5 × 10^6 Gy (Si)/sec);" — a dose rate, and a lower bound
    expect(at('WA', '9A515.d.2')).toEqual([['CONTROL', 'dose rate upset threshold', 'GTE', 5e8, null, 'rad(Si)/s']]);
    // "d.3. A neutron dose of 1 × 10^14 n/cm^2 (1 MeV equivalent);" — the bound is the fluence; 1 MeV is how it is counted
    expect(at('WA', '9A515.d.3')).toEqual([['CONTROL', 'neutron fluence', 'GTE', 1e14, null, 'n/cm2']]);
    // "d.5. … 1 × 10−^10 errors/part or less for a fluence of 1 × 10^7 protons/cm^2 for proton energy greater than 50 MeV."
    expect(at('WA', '9A515.d.5').filter((t) => t[0] === 'CONTROL')).toEqual([['CONTROL', 'single event upset sensitivity', 'LTE', 1e-10, null, 'errors/part']]);
    // MT row: "MT also applies to 9A515.h when the total impulse capacity is equal to or greater than 8.41 × 10^5 newton
    // seconds | MT Column 1."
    expect(own('MTCR').filter((t) => t.parameter === 'total impulse')).toEqual([
      expect.objectContaining({ paragraph: '9A515.h', source: 'REASON_ROW', reason: 'MT Column 1', comparator: 'GTE', value: 8.41e5, unit: 'N·s' }),
    ]);
    // "h. … thrust equal to or less than 150 lbf (i.e., 667.23 N) vacuum thrust." — one bound, not two
    expect(at('WA', '9A515.h')).toEqual([['CONTROL', 'thrust', 'LTE', 150, null, 'lbf']]);
  });

  it('1C010: paragraphs name different fibres, and NSG reaches them only under 1C210\'s criteria: nothing is ranked for NSG', async () => {
    // CCL 1C010 NP row: "NP applies to 1C010.a (aramid “fibrous or filamentary materials”, b (carbon “fibrous and filamentary
    // materials”), and e.1 for “fibrous and filamentary materials” that meet or exceed the control criteria of ECCN 1C210";
    // 1C010.a.1 "“Specific modulus” exceeding 12.7 × 10^6 m; and";
    // 1C010.c "Inorganic “fibrous or filamentary materials”": c.1.a (WA only) "… having a “specific modulus” exceeding 2.54 × 10^6 m".
    const r = await compare('WA, NSG', ['1C010', '1C210']);
    const modulus = r.comparisons.filter((c) => c.parameter === 'specific modulus');
    const of = (paragraph: string) => modulus.find((c) => c.values.some((v) => v.entry.code === '1C010' && (v.threshold as { paragraph?: string }).paragraph === paragraph));
    // NSG reaches 1C010's paragraphs only for materials "that meet or exceed the control criteria of ECCN 1C210" (1C210.a
    // "… 'specific modulus' of 12.7 × 10^6 m or greater and a 'specific tensile strength' of 23.5 × 10^4 m or greater"):
    // 1C010's numbers are not NSG's own bounds, so NSG is never ranked there (1C010.e.1.b.1 "exceeding 10.15 × 10^6 m"
    // would otherwise read as the same value as Wassenaar's).
    for (const c of r.comparisons.filter((c) => c.values.some((v) => v.entry.code === '1C010'))) {
      expect(c.values.map((v) => v.regime)).not.toContain('NSG');
      expect(['STRICTER', 'SAME_VALUE']).not.toContain(c.verdict);
    }
    const nsg1C010 = (r.regimeEntries.find((g) => g.regime === 'NSG')?.entries.find((e) => e.entry.code === '1C010')?.thresholds ?? []) as unknown as { paragraph: string; belongsTo?: unknown }[];
    expect(nsg1C010.some((t) => t.paragraph === '1C010.e.1.b.1')).toBe(true);
    expect(of('1C010.a.1')).toMatchObject({ verdict: 'CONDITIONAL_BOUND', strictestRegimes: [] });
    expect(of('1C010.c.1.a')).toMatchObject({ verdict: 'DIFFERENT_ITEM', strictestRegimes: [] });
    // 1C210 (NSG) "Fibrous or filamentary materials … other than those controlled by 1C010.a, .b or .e" is never ranked against 1C010.
    for (const c of modulus.filter((c) => c.values.some((v) => v.entry.code === '1C210'))) {
      expect(c.values.every((v) => v.entry.code === '1C210')).toBe(true);
      expect(c.verdict).toBe('DIFFERENT_ITEM');
    }
  });

  it('an EXCEPT clause leaves a paragraph\'s numbers to the regime (2B001, NSG); a use condition makes them conditional (3A001.a.1.a, MTCR)', async () => {
    // CCL 2B001: "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines under 2B001.a …"; 2B001.a.1
    // "“Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm along one or more linear axis with
    // a travel length less than 1.0 m" — NSG's and Wassenaar's ("NS applies to entire entry") alike.
    const machines = await compare('WA, NSG', ['2B001']);
    const repeatability = machines.comparisons.find((c) => c.parameter === 'positioning repeatability' && c.values.some((v) => (v.threshold as { paragraph?: string }).paragraph === '2B001.a.1'));
    expect(repeatability).toMatchObject({ verdict: 'SAME_VALUE' });
    expect(repeatability!.values.map((v) => v.regime).sort()).toEqual(['NSG', 'WA']);
    // The travel length says which machines the bound is for: never compared.
    expect(machines.comparisons.filter((c) => c.parameter === 'travel length')).toEqual([]);
    // CCL 3A001: "MT applies to 3A001.a.1.a when usable in “missiles”; …"; 3A001.a.1.a "A total dose of 5 × 10^3 Gy (Si), or
    // higher;". Wassenaar ("NS applies to entire entry") controls every such circuit, MTCR only those usable in missiles:
    // the same number bounds different sets of items, so it is not called the same value.
    const circuits = await compare('MTCR, WA', ['3A001']);
    const dose = circuits.comparisons.find((c) => c.parameter === 'radiation dose' && c.values.some((v) => (v.threshold as { paragraph?: string }).paragraph === '3A001.a.1.a'));
    expect(dose).toMatchObject({ verdict: 'CONDITIONAL_BOUND' });
    expect(dose!.values.map((v) => [v.regime, v.threshold.comparator, v.threshold.value, v.threshold.unit])).toEqual([['WA', 'GTE', 5000, 'Gy']]);
    expect(dose!.explanation).toContain('MTCR reaches this paragraph only for items meeting the conditions of its row');
    expect(dose!.explanation).toContain('when usable in “missiles”');
    expect(dose!.explanation).not.toContain('which set bounds of their own');
  });

  it('2B001.a: "2B001.a does not apply to bar machines … 42 mm" is an exclusion, not a control bound', async () => {
    // CCL 2B001.a Note 2: "2B001.a does not apply to bar machines (Swissturn), limited to machining only bar feed thru,
    // if maximum bar diameter is equal to or less than 42 mm and there is no capability of mounting chucks."
    const r = await compare('WA, NSG', ['2B001']);
    const compared = r.comparisons.flatMap((c) => c.values).filter((v) => v.threshold.value === 42 && v.threshold.unit === 'mm');
    expect(compared).toEqual([]);
  });
});

describe('search by native notation and by code', () => {
  type Hit = { entry: { code: string; listId: string; title: string }; matchedBy: string; score: number; interpretation: { description: string; notation: string | null; regime: string | null; code: string | null } };
  const search = async (text: string, list?: string, first = 20) =>
    (
      await data<{ search: Hit[] }>(`query S($text: String!, $list: ID, $first: Int) {
        search(text: $text, list: $list, first: $first) { entry { code listId title } matchedBy score interpretation { description notation regime code } }
      }`, { text, list, first })
    ).search;

  it('"1.A.2" is Wassenaar 1.A.2: it finds CCL 1A002 with that reading', async () => {
    // Wassenaar Dual-Use List item 1.A.2 (composite structures or laminates) is CCL/EU 1A002: "1A002 "Composite"
    // structures or laminates, as follows".
    const hits = await search('1.A.2', CCL);
    const hit = hits.find((h) => h.entry.code === '1A002');
    expect(hit).toMatchObject({ matchedBy: 'NATIVE_NOTATION', interpretation: { notation: 'WA_DUAL_USE', regime: 'WA', code: '1A002' } });
    expect(hit!.entry.title).toMatch(/Composite/);
  });

  it('"1.A.2" without a list also reads MTCR 1.A.2 (M1A2) and NSG Part 2 1.A.2 (N1A2), with equal scores', async () => {
    // MTCR Annex codes in seed/data/regime-codes/MTCR_Cat_1_regimes.csv: "M1A2,ACTIVE,4,UK,Cat 1"; NSG dual-use codes:
    // "N1A2,ACTIVE,4,UK".
    const hits = (await search('1.A.2')).filter((h) => h.matchedBy === 'NATIVE_NOTATION');
    const codes = hits.map((h) => h.entry.code);
    expect(codes).toEqual(expect.arrayContaining(['1A002', 'M1A2', 'N1A2']));
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
  });

  it('"19.A.3" is MTCR item 19.A.3 → M19A3', async () => {
    // seed/data/regime-codes/MTCR_Cat_2_regimes.csv: "M19A3,ACTIVE,4,UK,Cat 2".
    const hits = await search('19.A.3');
    expect(hits[0]).toMatchObject({ entry: { code: 'M19A3' }, matchedBy: 'NATIVE_NOTATION', interpretation: { regime: 'MTCR', code: 'M19A3' } });
  });

  it('"M19A2" and "m19a2" find MTCR M19A2 by code', async () => {
    // seed/data/regime-codes/MTCR_Cat_2_regimes.csv: "M19A2,ACTIVE,4,UK,Cat 2".
    for (const text of ['M19A2', 'm19a2']) {
      const hits = await search(text);
      expect(hits[0]).toMatchObject({ entry: { code: 'M19A2' }, matchedBy: 'CODE' });
    }
  });

  it('"T5.1" and "NSG 5.1" find the NSG trigger-list section T5.1', async () => {
    // seed/data/regime-codes/NSG_Potential_trigger_list.csv: "T5.1,PARENT,2,UK" (with T5.1.1a … below it).
    expect((await search('T5.1'))[0]).toMatchObject({ entry: { code: 'T5.1' }, matchedBy: 'CODE', interpretation: { regime: 'NSG' } });
    const nsg = await search('NSG 5.1');
    expect(nsg[0]).toMatchObject({ entry: { code: 'T5.1' }, interpretation: { regime: 'NSG', notation: 'NSG_TRIGGER_LIST' } });
  });

  it('"9a012" finds 9A012 by code, case-insensitively, in both national lists', async () => {
    // CCL 9A012 "Non-military "Unmanned Aerial Vehicles," ("UAVs") …"; EU 9A012 ""Unmanned aerial vehicles" ("UAVs") …".
    const hits = (await search('9a012')).filter((h) => h.matchedBy === 'CODE');
    expect(hits.map((h) => `${h.entry.listId} ${h.entry.code}`)).toEqual(expect.arrayContaining([`${CCL} 9A012`, `${EU} 9A012`]));
  });

  it('entry(code: "9a610.u") is CCL 9A610.u', async () => {
    // CCL 9A610.u: "Apparatus and devices "specially designed" for the handling, control, activation and non-ship-based
    // launching of UAVs …".
    const e = await entry('9a610.u');
    expect(e.code).toBe('9A610.u');
  });

  it('entry(code: "1.A.2") in the CCL is 1A002', async () => {
    // Wassenaar 1.A.2 is 1A002 in the CCL numbering (CCL 1A002 ""Composite" structures or laminates").
    expect((await entry('1.A.2')).code).toBe('1A002');
  });

  it('a title match ranks above a body match: "toxic gas monitors" puts 2B351 above entries that only mention the words', async () => {
    // CCL 2B351 title: "Toxic gas monitors and monitoring systems, …"; the words also occur in other entries' texts.
    const hits = await search('toxic gas monitors', CCL);
    const title = hits.findIndex((h) => h.entry.code === '2B351');
    expect(title).toBeGreaterThanOrEqual(0);
    expect(hits[title]!.matchedBy).toBe('TITLE');
    const firstText = hits.findIndex((h) => h.matchedBy === 'TEXT');
    if (firstText >= 0) {
      expect(title).toBeLessThan(firstText);
      expect(hits[title]!.score).toBeGreaterThan(hits[firstText]!.score);
    }
  });
});
