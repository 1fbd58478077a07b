// The UAV question and the threshold rules, answered over GraphQL on the real lists: every number belongs to
// its paragraph and to the reason row it came from, and "stricter" is said only when each regime has its own value.
import { describe, expect, it } from 'vitest';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const data = <T>(query: string, variables?: Record<string, unknown>) => server.data<T>(query, variables);

const THRESHOLD = `paragraph part { code } role source regime reason clause rule belongsTo { regime via } parameter comparator value valueMax unit`;
const REPORT = `regimes list codes technology { id }
  regimeEntries { regime entries { entry { code listId } thresholds { ${THRESHOLD} } } }
  comparisons { list parameter unit direction verdict explanation strictestRegimes regimesWithout
    values { regime strictest entry { code listId } threshold { ${THRESHOLD} } } }`;

type Report = { regimeEntries: any[]; comparisons: any[] };
const thresholdsOf = (report: Report, regime: string, code: string, listId: string) =>
  report.regimeEntries.find((r) => r.regime === regime)?.entries.find((e: any) => e.entry.code === code && e.entry.listId === listId)?.thresholds ?? [];

describe('other parameters of other paragraphs are no answer (US CCL 3A001.i)', () => {
  it('WA\'s voltage in 3A001.i.2.a has no MTCR side: MTCR states values only for other paragraphs of 3A001', async () => {
    // US 3A001 "MT applies to 3A001.a.1.a when usable in “missiles”; and to 3A001.a.5.a when … rated for operation in the
    // temperature range from below −54 °C to above +125 °C; and 3A001.z.2"; "i.2.a. A 'Vπ' less than 3.3 V when measured at
    // a frequency of 1 GHz or below": electro-optic modulators, which no MT row reaches.
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], codes: ["3A001"], list: "${CCL}") { ${REPORT} } }`);
    const voltage = d.thresholdComparison.comparisons.filter((c: any) => c.values.some((v: any) => v.threshold.paragraph === '3A001.i.2.a' && v.threshold.unit === 'V'));
    expect(voltage.length).toBeGreaterThan(0);
    for (const c of voltage) {
      expect(c.verdict).toBe('ONLY_ONE_SIDE');
      expect(c.explanation).toContain('MTCR states values only for other paragraphs of 3A001');
    }
  });
});

describe('an entry\'s own thresholds say whose they are (US CCL 9A012)', () => {
  it('entry { thresholds } gives belongsTo as the comparison does: the 300 km of the MT row is MTCR\'s, the endurance WA\'s', async () => {
    // US 9A012: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) and Remotely Piloted Vehicles (RPVs) that are
    // capable of a maximum range of at least 300 kilometers (km) …"; "NS applies to entire entry, except .a.1 | NS Column
    // 1." and "NS applies to 9A012.a.1 | NS Column 2."; 9A012.a.2 "A maximum 'endurance' of 1 hour or greater;".
    const d = await data<{ entry: { thresholds: any[] } }>(`{ entry(list: "${CCL}", code: "9A012") { thresholds { ${THRESHOLD} } } }`);
    const range = d.entry.thresholds.find((t) => t.source === 'REASON_ROW' && t.unit === 'km');
    expect(range).toMatchObject({ value: 300, regime: 'MTCR', belongsTo: [{ regime: 'MTCR', via: 'REASON_ROW' }] });
    const endurance = d.entry.thresholds.find((t) => t.paragraph === '9A012.a.2' && t.unit === 'h');
    expect(endurance).toMatchObject({ value: 1, belongsTo: [{ regime: 'WA', via: 'PARAGRAPH' }] });
  });
});

describe('a paragraph belongs to each of its regimes once (US CCL 6A007)', () => {
  it('6A007.b.1 is WA\'s and MTCR\'s, each named once however many statements reach it', async () => {
    // US 6A007: "NS applies to entire entry | NS Column 2"; "MT applies to 6A007.b and .c when the accuracies in 6A007.b.1
    // and b.2 are met or exceeded | MT Column 1"; 6A007 is also a Wassenaar number (category 6, group A, its first digit 0).
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], codes: ["6A007"], list: "${CCL}") { ${REPORT} } }`);
    const [b1] = thresholdsOf(d.thresholdComparison, 'WA', '6A007', CCL).filter((t: any) => t.paragraph === '6A007.b.1');
    expect(b1.belongsTo.map((b: any) => b.regime).sort()).toEqual(['MTCR', 'WA']);
  });
});

describe('UAVs across MTCR and Wassenaar (US CCL 9A012, 9A120; EU Annex I 9A012, 9A112)', () => {
  it('the 300 km of the 9A012 MT row is MTCR\'s, not Wassenaar\'s; Wassenaar\'s 9A012 is endurance and gusts; no "stricter" on range', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], codes: ["9A012", "9A120", "9A112"]) { ${REPORT} } }`);
    const report = d.thresholdComparison;

    // US 9A012 License Requirements: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) and Remotely Piloted
    // Vehicles (RPVs) that are capable of a maximum range of at least 300 kilometers (km), regardless of payload … | MT Column 1."
    const mtcr9A012 = thresholdsOf(report, 'MTCR', '9A012', CCL);
    expect(mtcr9A012).toEqual([
      expect.objectContaining({ source: 'REASON_ROW', regime: 'MTCR', reason: 'MT Column 1', role: 'CONTROL', parameter: 'range', comparator: 'GTE', value: 300, unit: 'km', paragraph: null }),
    ]);
    expect(mtcr9A012[0].belongsTo).toEqual([{ regime: 'MTCR', via: 'REASON_ROW' }]);
    expect(mtcr9A012[0].clause).toContain('capable of a maximum range of at least 300 kilometers (km), regardless of payload');

    // Wassenaar 9A012 (US): "a.1.a. A maximum 'endurance' greater than or equal to 30 minutes but less than 1 hour" (a band),
    // "a.1.b. … wind gusts equal to or exceeding 46.3 km/h (25 knots)", "a.2. A maximum 'endurance' of 1 hour or greater";
    // no range: the 300 km is not Wassenaar's.
    const wa9A012 = thresholdsOf(report, 'WA', '9A012', CCL);
    expect(wa9A012.filter((t: any) => t.parameter === 'range')).toEqual([]);
    expect(wa9A012).toContainEqual(expect.objectContaining({ paragraph: '9A012.a.1.a', part: { code: '9A012.a.1.a' }, parameter: 'endurance', comparator: 'RANGE', value: 30, valueMax: 60, unit: 'min' }));
    expect(wa9A012).toContainEqual(expect.objectContaining({ paragraph: '9A012.a.1.b', parameter: 'wind gust speed', comparator: 'GTE', value: 46.3, unit: 'km/h' }));
    expect(wa9A012).toContainEqual(expect.objectContaining({ paragraph: '9A012.a.2', parameter: 'endurance', comparator: 'GTE', value: 1, unit: 'h' }));
    // Without paragraph attributions in the graph, an item-text number takes only the regimes of the whole entry: 9A012 is
    // Wassenaar by code origin, and the MT row is partial, so the endurance is not MTCR's.
    expect(thresholdsOf(report, 'MTCR', '9A012', CCL).filter((t: any) => t.parameter === 'endurance')).toEqual([]);

    // US 9A120 (MT applies to entire entry): "b.1. Incorporating an aerosol dispensing system/mechanism with a capacity greater than 20 liters"
    expect(thresholdsOf(report, 'MTCR', '9A120', CCL)).toContainEqual(
      expect.objectContaining({ paragraph: '9A120.b.1', role: 'CONTROL', parameter: 'capacity', comparator: 'GT', value: 20, unit: 'l' }),
    );
    // EU 9A112.a: "“Unmanned aerial vehicles” (“UAVs”) capable of a range of 300 km" — MTCR by code origin (digit 1).
    const eu9A112 = report.regimeEntries.find((r) => r.regime === 'MTCR').entries.find((e: any) => e.entry.code === '9A112');
    expect(eu9A112.thresholds).toContainEqual(expect.objectContaining({ paragraph: '9A112.a', parameter: 'range', comparator: 'GTE', value: 300, unit: 'km', source: 'ITEM_TEXT' }));

    // Range: only MTCR states one; Wassenaar states endurance and gust speed instead. No verdict on who is stricter.
    // Values are compared within one list: EU 9A120 ("Liquid or gel propellant tanks … used in rocket systems capable of
    // delivering at least a 500 kg payload to a range of at least 300 km") names other items than US 9A120 (UAVs).
    for (const c of report.comparisons) expect(c.values.every((v: any) => v.entry.listId === c.list)).toBe(true);
    const range = report.comparisons.filter((c) => c.parameter === 'range' && c.list === CCL);
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ direction: 'AT_LEAST', verdict: 'DIFFERENT_PARAMETER', strictestRegimes: [], regimesWithout: ['WA'] });
    expect(range[0].values.every((v: any) => v.regime === 'MTCR' && !v.strictest)).toBe(true);
    expect(range[0].explanation).toMatch(/WA states .*endurance/);
    // Endurance: only Wassenaar.
    // In the CCL, 9A012's MT row states a range for the same entry; in Annex I, MTCR's UAV range is 9A112's, another entry.
    for (const c of report.comparisons.filter((c) => c.parameter === 'endurance')) {
      expect(c).toMatchObject({ verdict: c.list === CCL ? 'DIFFERENT_PARAMETER' : 'ONLY_ONE_SIDE', regimesWithout: ['MTCR'], strictestRegimes: [] });
    }
    // US 9A120's capacity: its rows are "MT applies to entire entry" and AT; Wassenaar's values are 9A012's, other items.
    const capacity = report.comparisons.find((c) => c.parameter === 'capacity' && c.list === CCL);
    expect(capacity).toMatchObject({ verdict: 'ONLY_ONE_SIDE', regimesWithout: ['WA'] });
    // No comparison between the two regimes says "stricter": they do not bound the same parameter.
    expect(report.comparisons.filter((c) => c.verdict === 'STRICTER')).toEqual([]);
  });

  // One line per comparison: list, parameter, verdict, regimes without a value, and each value as regime, entry, paragraph,
  // comparator, bound(s) and unit.
  const lines = (report: Report) =>
    report.comparisons
      .map((c) => [c.list, c.parameter, c.verdict, c.regimesWithout.join('+'), ...c.values.map((v: any) =>
        [v.regime, v.entry.code, v.threshold.paragraph ?? '-', v.threshold.comparator, v.threshold.value, v.threshold.valueMax ?? '-', v.threshold.unit].join(' '))].join(' | '))
      .sort();
  // The CCL's own comparisons in the UAV area, from the texts:
  // 9A012 MT row: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) … capable of a maximum range of at least
  //   300 kilometers (km), regardless of payload" (the row names no paragraph);
  // 9A012 (Wassenaar by code): "a.1.a. A maximum 'endurance' greater than or equal to 30 minutes but less than 1 hour",
  //   "a.1.b. … wind gusts equal to or exceeding 46.3 km/h (25 knots)", "a.2. A maximum 'endurance' of 1 hour or greater",
  //   "b.4. Air breathing reciprocating or rotary internal combustion type engines, … at altitudes above 15,240 meters";
  // 9A120 ("MT applies to entire entry"; no NS row): "b.1. Incorporating an aerosol dispensing system/mechanism with a
  //   capacity greater than 20 liters", "b.2. Designed or modified to incorporate … a capacity of greater than 20 liters".
  // MTCR bounds range and Wassenaar endurance, gusts and altitude in the same entry 9A012: different parameters, no verdict.
  // Wassenaar has no row on 9A120, and its 9A012/9B010 say nothing of aerosol capacity: one side only.
  const CCL_UAV = [
    `${CCL} | altitude | DIFFERENT_PARAMETER | MTCR | WA 9A012 9A012.b.4 GT 15240 - m`,
    `${CCL} | capacity | ONLY_ONE_SIDE | WA | MTCR 9A120 9A120.b.1 GT 20 - l`,
    `${CCL} | capacity | ONLY_ONE_SIDE | WA | MTCR 9A120 9A120.b.2 GT 20 - l`,
    `${CCL} | endurance | DIFFERENT_PARAMETER | MTCR | WA 9A012 9A012.a.1.a RANGE 30 60 min`,
    `${CCL} | endurance | DIFFERENT_PARAMETER | MTCR | WA 9A012 9A012.a.2 GTE 1 - h`,
    `${CCL} | range | DIFFERENT_PARAMETER | WA | MTCR 9A012 - GTE 300 - km`,
    `${CCL} | wind gust speed | DIFFERENT_PARAMETER | MTCR | WA 9A012 9A012.a.1.b GTE 46.3 - km/h`,
  ];

  it('in one list, the UAV area compares the CCL\'s 9A012, 9A120 and 9B010 and nothing of other lists', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], technology: "uav-cruise-missiles", list: "${CCL}") { ${REPORT} } }`);
    const report = d.thresholdComparison;
    // Area rules (seed/taxonomy/technologies.json, uav-cruise-missiles): code 9A012 and 9B010 ("Equipment “Specially
    // Designed” for the Production of Items Specified by 9A012", "NS applies to entire entry"), and the heading of US 9A120
    // "Complete unmanned aerial vehicles, not specified in 9A012" ("MT applies to entire entry").
    const codes = (regime: string) => report.regimeEntries.find((r) => r.regime === regime)?.entries.map((e: any) => `${e.entry.listId} ${e.entry.code}`);
    expect(codes('MTCR')).toEqual([`${CCL} 9A012`, `${CCL} 9A120`]);
    expect(codes('WA')).toEqual([`${CCL} 9A012`, `${CCL} 9B010`]);
    expect(lines(report)).toEqual(CCL_UAV);
    // The range is the MT row's own words, and no comparison ranks one regime over the other.
    const range = report.comparisons.find((c) => c.parameter === 'range');
    expect(range.values[0].threshold).toMatchObject({ source: 'REASON_ROW', reason: 'MT Column 1', belongsTo: [{ regime: 'MTCR', via: 'REASON_ROW' }] });
    expect(range.values[0].threshold.clause).toContain('capable of a maximum range of at least 300 kilometers (km)');
    expect(range.explanation).toBe('MTCR states range ≥ 300 km in 9A012; WA states endurance, wind gust speed, altitude, not range: no verdict.');
    expect(report.comparisons.filter((c) => c.strictestRegimes.length > 0)).toEqual([]);
  });

  it('across lists, the UAV area compares each list within itself: EU 9A112 is MTCR\'s UAV entry and 9A012 Wassenaar\'s', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], technology: "uav-cruise-missiles") { ${REPORT} } }`);
    const report = d.thresholdComparison;
    const EU = 'eu-annex-i@2025-11-15';
    // EU 9A112 "“Unmanned aerial vehicles” (“UAVs”), other than those specified in 9A012": "a. … capable of a range of
    // 300 km", "b.2.a. Incorporating an aerosol dispensing system/mechanism with a capacity greater than 20 litres",
    // "b.2.b. Designed or modified to incorporate … a capacity greater than 20 litres". EU 9A012 has Wassenaar's words
    // ("wind gusts equal to or exceeding 46,3 km/h", "at altitudes above 15 240 metres") and, unlike the CCL's, no MT row:
    // in Annex I the two regimes bound different entries, so every EU comparison is one side only.
    const EU_UAV = [
      `${EU} | altitude | ONLY_ONE_SIDE | MTCR | WA 9A012 9A012.b.4 GT 15240 - m`,
      `${EU} | capacity | ONLY_ONE_SIDE | WA | MTCR 9A112 9A112.b.2.a GT 20 - l`,
      `${EU} | capacity | ONLY_ONE_SIDE | WA | MTCR 9A112 9A112.b.2.b GT 20 - l`,
      `${EU} | endurance | ONLY_ONE_SIDE | MTCR | WA 9A012 9A012.a.1.a RANGE 30 60 min`,
      `${EU} | endurance | ONLY_ONE_SIDE | MTCR | WA 9A012 9A012.a.2 GTE 1 - h`,
      `${EU} | range | ONLY_ONE_SIDE | WA | MTCR 9A112 9A112.a GTE 300 - km`,
      `${EU} | wind gust speed | ONLY_ONE_SIDE | MTCR | WA 9A012 9A012.a.1.b GTE 46.3 - km/h`,
    ];
    // The CCL's part is the one-list answer unchanged: other lists' entries never enter a list's comparison.
    expect(lines(report)).toEqual([...EU_UAV, ...CCL_UAV].sort());
    expect(report.comparisons.find((c) => c.list === EU && c.parameter === 'range')?.explanation).toBe(
      'MTCR states range ≥ 300 km in 9A112.a; WA states no threshold here (WA states values only for other entries): no verdict.',
    );
    // The MTCR Annex entries of the area (items 1.A.2, 19.A.2, 19.A.3 …) are in the answer as codes only: the UK list
    // that gives them carries no regime text, so they hold no threshold and make no comparison.
    const mtcrAnnex = report.regimeEntries.find((r) => r.regime === 'MTCR').entries.filter((e: any) => e.entry.listId.startsWith('mtcr-annex'));
    expect(mtcrAnnex.map((e: any) => e.entry.code)).toEqual(expect.arrayContaining(['M1A2', 'M19A2', 'M19A3']));
    for (const e of mtcrAnnex) expect(e.thresholds).toEqual([]);
    expect(report.comparisons.filter((c) => c.list.startsWith('mtcr-annex'))).toEqual([]);
  });
});

describe('a technology area found in some paragraphs covers only those', () => {
  it('US 2B352 is in agent-dissemination by 2B352.i; its fermenters, freeze-dryers and filters are not compared there', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [AG, MTCR], technology: "agent-dissemination", list: "${CCL}") {
      regimeEntries { regime entries { entry { code } areaParts thresholds { ${THRESHOLD} } } } comparisons { parameter verdict values { entry { code } threshold { paragraph } } } } }`);
    const report = d.thresholdComparison;
    // 2B352 "i. Spraying or fogging systems and “parts” and “components” therefor, as follows: i.1. Complete spraying or
    // fogging systems, … capable of delivering, from a liquid suspension, an initial droplet “VMD” of less than 50 microns
    // at a flow rate of greater than 2 liters per minute;" (i.2, spray booms, states the same two values).
    const e2B352 = report.regimeEntries.find((r) => r.regime === 'AG').entries.find((e: any) => e.entry.code === '2B352');
    expect(e2B352.areaParts).toEqual(['2B352.i']);
    expect(e2B352.thresholds.map((t: any) => [t.paragraph, t.parameter, t.comparator, t.value, t.unit]).sort()).toEqual([
      ['2B352.i.1', 'droplet size', 'LT', 50, 'µm'],
      ['2B352.i.1', 'flow rate', 'GT', 2, 'l/min'],
      ['2B352.i.2', 'droplet size', 'LT', 50, 'µm'],
      ['2B352.i.2', 'flow rate', 'GT', 2, 'l/min'],
    ]);
    // Not "b.1. … total internal volume of 20 liters or greater" (fermenters) nor "e. … freeze-drying equipment".
    const paragraphs = report.comparisons.flatMap((c) => c.values.map((v: any) => v.threshold.paragraph));
    expect(paragraphs.filter((p: string) => p.startsWith('2B352.') && !p.startsWith('2B352.i'))).toEqual([]);
    // The entry itself says why: the rule dis-code names "^2B352\.i", and the spraying words of 2B352.i add nothing to it.
    const entry = await data<{ entry: { technologies: any[] } }>(`{ entry(code: "2B352", list: "${CCL}") { technologies { technology { id } ruleId evidence parts } } }`);
    expect(entry.entry.technologies.find((t) => t.technology.id === 'agent-dissemination')).toMatchObject({ ruleId: 'dis-code', parts: ['2B352.i'] });
    expect(entry.entry.technologies.find((t) => t.technology.id === 'biological-production-equipment')).toMatchObject({ ruleId: 'bio-code', parts: null });
  });

  it('superconductors in the CCL: 3A001 by "superconducting solenoidal electromagnets in 3A001.e.3" covers e.3 and its values', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [NSG, WA], technology: "superconductors", list: "${CCL}") {
      regimeEntries { regime entries { entry { code } areaParts thresholds { ${THRESHOLD} } } } } }`);
    // 3A001 NP row "NP applies to … superconducting solenoidal electromagnets in 3A001.e.3 that meet or exceed the technical
    // parameters in … 3A201.b …; and 3A001.z.3"; e.3 "“Superconductive” electromagnets and solenoids, “specially designed” to
    // be fully charged or discharged in less than one second and having all of the following: … e.3.b. Inner diameter of
    // the current carrying windings of more than 250 mm; and e.3.c. Rated for a magnetic induction of more than 8 T …"
    const wa = d.thresholdComparison.regimeEntries.find((r) => r.regime === 'WA').entries.find((e: any) => e.entry.code === '3A001');
    expect(wa.areaParts).toEqual(['3A001.e.3', '3A001.z.3.a', '3A001.z.3.b']);
    expect(wa.thresholds.filter((t: any) => t.role === 'CONTROL').every((t: any) => t.paragraph.startsWith('3A001.e.3') || t.paragraph.startsWith('3A001.z.3'))).toBe(true);
    expect(wa.thresholds).toContainEqual(expect.objectContaining({ paragraph: '3A001.e.3.b', comparator: 'GT', value: 250, unit: 'mm' }));
    expect(wa.thresholds).toContainEqual(expect.objectContaining({ paragraph: '3A001.e.3.c', comparator: 'GT', value: 8, unit: 'T' }));
  });

  it('CBRN protection in the CCL: 2B352 by its containment facilities (a, rule pro-code) and safety cabinets (g.2) holds no number; 2B351.a detects to 0.3 mg/m3', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [AG, WA], technology: "cbrn-protection-detection", list: "${CCL}") {
      regimeEntries { regime entries { entry { code } areaParts thresholds { ${THRESHOLD} } } } comparisons { parameter verdict unit values { entry { code } } } } }`);
    const ag = d.thresholdComparison.regimeEntries.find((r) => r.regime === 'AG').entries;
    // 2B352 "a. Containment facilities and related equipment, as follows:" (rule pro-code "^2B352\.a": "2B352.a
    // containment facilities"); "g.2. Biocontainment chambers, isolators, or biological safety cabinets having all of the
    // following characteristics, for normal operation:" (rule pro-text "biological safety cabinets").
    expect(ag.find((e: any) => e.entry.code === '2B352')).toMatchObject({ areaParts: ['2B352.a', '2B352.g.2'], thresholds: [] });
    // 2B351.a "… usable for the detection of chemical warfare agents or precursor chemicals controlled by 1C350 'minimum
    // detection limit' of 0.3 mg/m^3": a concentration, as written ("of"), not a mass.
    expect(ag.find((e: any) => e.entry.code === '2B351').thresholds).toEqual([
      expect.objectContaining({ paragraph: '2B351.a', role: 'CONTROL', parameter: 'detection limit', comparator: 'EQ', value: 0.3, unit: 'mg/m3' }),
    ]);
    expect(d.thresholdComparison.comparisons.map((c) => [c.parameter, c.unit, c.verdict, c.values.map((v: any) => v.entry.code)])).toEqual([
      ['detection limit', 'mg/m3', 'ONLY_ONE_SIDE', ['2B351']],
    ]);
  });
});

describe('"better", "or larger", rates and conditions, as the CCL and Annex I write them', () => {
  const EU = 'eu-annex-i@2025-11-15';
  const thresholdsOfEntry = async (code: string, list: string) =>
    (await data<{ entry: { thresholds: any[] } }>(`{ entry(code: "${code}", list: "${list}") { thresholds { ${THRESHOLD} } } }`)).entry.thresholds;
  const controls = (all: any[], paragraph: string) =>
    all.filter((t) => t.paragraph === paragraph && t.role === 'CONTROL').map((t) => [t.parameter, t.comparator, t.value, t.unit]).sort();

  it('machine tools, NSG vs WA: US 2B201.a "better (less) than 4.5 µm … diameters greater than 35 mm"; EU 2B201.c is a control, not a note', async () => {
    // US 2B201.a "Machine tools for turning, that have positioning accuracies according to ISO 230/2 (2006) with all
    // compensations available better (less) than 4.5 µm along any linear axis (overall positioning) for machines capable
    // of machining diameters greater than 35 mm;"
    expect(controls(await thresholdsOfEntry('2B201', CCL), '2B201.a')).toEqual([['diameter', 'GT', 35, 'mm'], ['positioning accuracy', 'LT', 4.5, 'µm']]);
    // EU 2B201.c "Machine tools for turning, that have positioning accuracies with "all compensations available" better
    // (less) than 6 μm according to ISO 230-2:1988 (6) along any linear axis (overall positioning) for machines capable of
    // machining diameters greater than 35 mm;" — after "Note : 2B201.b does not control grinding machines as follows: a. …
    // b. Jig grinders …", whose list it does not continue. Its Technical Note's "f." is not a paragraph.
    const eu = await thresholdsOfEntry('2B201', EU);
    expect(controls(eu, '2B201.c')).toEqual([['diameter', 'GT', 35, 'mm'], ['positioning accuracy', 'LT', 6, 'µm']]);
    expect(eu.filter((t) => /^2B201\.[d-f]/.test(t.paragraph ?? ''))).toEqual([]);
    // "Note : 2B201.c does not control bar machines (Swissturn) … if maximum bar diameter is equal to or less than 42 mm"
    expect(eu.filter((t) => t.value === 42).map((t) => [t.paragraph, t.role])).toEqual([['2B201.c', 'EXCLUSION'], ['2B201.c', 'EXCLUSION']]);
  });

  it('frequency changers and power supplies: "better (less) than 0.2%", "stability better than 0.1% over a time period of 8 hours"', async () => {
    // 3A225.c "Frequency control better (less) than 0.2%."
    expect(controls(await thresholdsOfEntry('3A225', CCL), '3A225.c')).toEqual([['frequency control', 'LT', 0.2, '%']]);
    // 3A226 "a. Capable of continuously producing, over a time period of 8 hours, 100 V or greater with current output of
    // 500 A or greater; and b. Current or voltage stability better than 0.1% over a time period of 8 hours."
    const all = await thresholdsOfEntry('3A226', CCL);
    expect(controls(all, '3A226.a')).toEqual([['current', 'GTE', 500, 'A'], ['voltage', 'GTE', 100, 'V']]);
    expect(controls(all, '3A226.b')).toEqual([['stability', 'LT', 0.1, '%']]);
    expect(all.filter((t) => t.unit === 'h').map((t) => [t.paragraph, t.role, t.rule]).sort()).toEqual([
      ['3A226.a', 'NOTE', 'MEASUREMENT_CONDITION'],
      ['3A226.b', 'NOTE', 'MEASUREMENT_CONDITION'],
    ]);
  });

  it('pressure transducers: 2B230.c "an “accuracy” of better than ±1% of full scale", "better than ±130 Pa when measuring at 13 kPa"', async () => {
    // US 2B230.c "… having any of the following: c.1. A full scale of less 13 kPa and an “accuracy” of better than ±1% of
    // full scale; or c.2. A full scale of 13 kPa or greater and an “accuracy” of better than ±130 Pa when measuring at
    // 13 kPa." An accuracy is better when smaller; the 13 kPa it is measured at bounds nothing. ("less 13 kPa" is the
    // CCL's own wording, without "than", and is kept as written.)
    const all = await thresholdsOfEntry('2B230', CCL);
    expect(controls(all, '2B230.c.1').filter((c) => c[0] === 'accuracy')).toEqual([['accuracy', 'LT', 1, '%']]);
    expect(controls(all, '2B230.c.2')).toEqual([['accuracy', 'LT', 130, 'Pa'], ['pressure', 'GTE', 13, 'kPa']]);
    expect(all.find((t) => t.paragraph === '2B230.c.2' && t.role === 'NOTE')).toMatchObject({ rule: 'MEASUREMENT_CONDITION', value: 13, unit: 'kPa' });
  });

  it('an entry\'s thresholds come in the order its text gives them (US 6A006.a.4)', async () => {
    // 6A006.a.4 "Induction coil “magnetometers” having a 'sensitivity' lower (better) than any of the following: a.4.a.
    // 0.05 nT (rms)/square root Hz at frequencies of less than 1 Hz; a.4.b. 1 × 10−3 nT (rms)/square root Hz at
    // frequencies of 1 Hz or more but not exceeding 10 Hz; or a.4.c. 1 × 10−4 nT (rms)/square root Hz at frequencies
    // exceeding 10 Hz;"
    const a4 = (await thresholdsOfEntry('6A006', CCL)).filter((t) => t.paragraph?.startsWith('6A006.a.4.'));
    expect(a4.map((t) => [t.paragraph, t.parameter, t.comparator, t.value, t.valueMax, t.unit])).toEqual([
      ['6A006.a.4.a', 'sensitivity', 'LT', 0.05, null, 'nT/√Hz'],
      ['6A006.a.4.a', 'frequency', 'LT', 1, null, 'Hz'],
      ['6A006.a.4.b', 'sensitivity', 'LT', 0.001, null, 'nT/√Hz'],
      ['6A006.a.4.b', 'frequency', 'RANGE', 1, 10, 'Hz'],
      ['6A006.a.4.c', 'sensitivity', 'LT', 0.0001, null, 'nT/√Hz'],
      ['6A006.a.4.c', 'frequency', 'GT', 10, null, 'Hz'],
    ]);
  });

  it('7A001.a.2 "exceeding 15 g but less than or equal to 100 g" is one band; the 1C007 MT row\'s frequencies are its condition', async () => {
    const a2 = (await thresholdsOfEntry('7A001', CCL)).filter((t) => t.paragraph === '7A001.a.2' && t.role === 'CONTROL');
    expect(a2).toEqual([expect.objectContaining({ parameter: 'acceleration', comparator: 'RANGE', value: 15, valueMax: 100, unit: 'g' })]);
    // 1C007 MT row: "MT applies to items in 1C007.c when the dielectric constant is less than 6 at any frequency from
    // 100 MHz to 100 GHz for use in “missile” radomes": the dielectric constant (no unit: `εr`) is the row's bound; the
    // band is where it is measured, never a control to compare.
    const row = (await thresholdsOfEntry('1C007', CCL)).filter((t) => t.source === 'REASON_ROW');
    expect(row.map((t) => [t.paragraph, t.role, t.rule, t.parameter, t.comparator, t.value, t.valueMax, t.unit])).toEqual([
      ['1C007.c', 'CONTROL', 'REASON_ROW', 'dielectric constant', 'LT', 6, null, 'εr'],
      ['1C007.c', 'NOTE', 'MEASUREMENT_CONDITION', 'frequency', 'RANGE', 0.1, 100, 'GHz'],
    ]);
    // The row's own bound makes 1C007.c's values MTCR's only on that condition: "c.1.b.2. … a “specific tensile strength”
    // exceeding 12.7 × 10^3 m" is MTCR's when the dielectric constant is less than 6, not as such.
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, NSG], codes: ["1C007"], list: "${CCL}") { ${REPORT} } }`);
    const strength = thresholdsOf(d.thresholdComparison, 'MTCR', '1C007', CCL).find((t: any) => t.paragraph === '1C007.c.1.b.2');
    expect(strength).toMatchObject({ parameter: 'specific tensile strength', comparator: 'GT', value: 12700, unit: 'm' });
    expect(strength.belongsTo.filter((b: any) => b.regime === 'MTCR')).toEqual([{ regime: 'MTCR', via: 'CONDITIONAL_PARAGRAPH' }]);
  });

  it('EU 9E003 lost a. to c. (PROVENANCE.md) and is read from d.: "Power density of more than 700 kW/m3" in 9E003.e.3, never "power"', async () => {
    const all = await thresholdsOfEntry('9E003', EU);
    // "e. … 3. Power density of more than 700 kW/m3 of 'box volume';" (the CCL's 9E003.e.3)
    expect(all.find((t) => t.unit === 'kW/m3')).toMatchObject({ paragraph: '9E003.e.3', parameter: 'power density', comparator: 'GT', value: 700, role: 'CONTROL' });
    // "f. … 2. … turbocharger systems … b. Mass flow in the range from 30 to 130 kg per minute" (the CCL's 9E003.f.2.b)
    expect(all.find((t) => t.unit === 'kg/min')).toMatchObject({ paragraph: '9E003.f.2.b', parameter: 'flow rate', comparator: 'RANGE', value: 30, valueMax: 130 });
  });
});

describe('a number in an exclusion is not the control\'s threshold', () => {
  it('US 2B001: "EXCEPT: (1) turning machines under 2B001.a with a capacity no greater than 35 mm diameter" is an NSG exclusion of 2B001.a, never compared', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [NSG, WA], codes: ["2B001"], list: "${CCL}") { ${REPORT} } }`);
    const nsg = thresholdsOf(d.thresholdComparison, 'NSG', '2B001', CCL);
    const turning = nsg.filter((t: any) => t.value === 35 && t.unit === 'mm');
    expect(turning).toEqual([
      expect.objectContaining({ role: 'EXCLUSION', source: 'REASON_ROW', regime: 'NSG', reason: 'NP Column 1', paragraph: '2B001.a', rule: 'REASON_ROW_EXCEPT', parameter: 'diameter', comparator: 'LTE' }),
    ]);
    expect(turning[0].clause).toContain('turning machines under 2B001.a with a capacity no greater than 35 mm diameter');
    // Not Wassenaar's (it comes from the NP row), and never in a comparison (exclusions are not compared).
    expect(thresholdsOf(d.thresholdComparison, 'WA', '2B001', CCL).filter((t: any) => t.value === 35)).toEqual([]);
    const compared = d.thresholdComparison.comparisons.flatMap((c) => c.values.map((v: any) => v.threshold));
    expect(compared.every((t: any) => t.role === 'CONTROL')).toBe(true);
    expect(compared.filter((t: any) => t.value === 35 && t.unit === 'mm')).toEqual([]);
    // "a.1. “Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm …": Wassenaar's control in 2B001.a.1.
    expect(thresholdsOf(d.thresholdComparison, 'WA', '2B001', CCL)).toContainEqual(
      expect.objectContaining({ paragraph: '2B001.a.1', role: 'CONTROL', comparator: 'LTE', value: 0.9, unit: 'µm' }),
    );
    // The graph holds the same: the threshold links to its paragraph.
    const [row] = await cypherRows(
      executor,
      `MATCH (:Entry {id: $id})-[:HAS_THRESHOLD]->(t:Threshold {role: 'EXCLUSION', value: 35.0})-[:IN_PART]->(p:Entry) RETURN p.code AS part, t.rule AS rule`,
      { id: `${CCL}:2B001` },
    );
    expect(row).toEqual({ part: '2B001.a', rule: 'REASON_ROW_EXCEPT' });
  });
});

describe('like with like: "stricter" only when each regime has its own value', () => {
  it('US 9A012 (WA) vs EU 9A112 (MTCR): UAV range is MTCR\'s on both lists and the same 300 km; no Wassenaar range to rank', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], codes: ["9A012", "9A112"]) { ${REPORT} } }`);
    // US 9A012 MT row "at least 300 kilometers" and EU 9A112.a "capable of a range of 300 km": both MTCR, each compared
    // within its own list (values of different lists are never ranked against each other).
    const ranges = d.thresholdComparison.comparisons.filter((c) => c.parameter === 'range');
    expect(ranges.map((c) => [c.list, c.values.map((v: any) => [v.regime, v.entry.code, v.entry.listId])]).sort()).toEqual(
      [
        [CCL, [['MTCR', '9A012', CCL]]],
        ['eu-annex-i@2025-11-15', [['MTCR', '9A112', 'eu-annex-i@2025-11-15']]],
      ].sort(),
    );
    // US 9A012 has Wassenaar values of its own (endurance, gusts, altitude); EU 9A112 has none: Wassenaar's sit in EU 9A012.
    expect(ranges.find((c) => c.list === CCL)?.verdict).toBe('DIFFERENT_PARAMETER');
    expect(ranges.find((c) => c.list !== CCL)).toMatchObject({ verdict: 'ONLY_ONE_SIDE' });
    expect(ranges.find((c) => c.list !== CCL)?.explanation).toContain('WA states values only for other entries');
  });

  it('MTCR vs NSG on US 9A120 / 2B001: ONLY_ONE_SIDE or DIFFERENT_PARAMETER, never a verdict from one side', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, NSG], codes: ["9A120", "2B001"], list: "${CCL}") { ${REPORT} } }`);
    for (const c of d.thresholdComparison.comparisons) {
      const sides = new Set(c.values.map((v: any) => v.regime));
      if (sides.size < 2) expect(['ONLY_ONE_SIDE', 'DIFFERENT_PARAMETER', 'DIFFERENT_DIRECTION', 'DIFFERENT_UNIT']).toContain(c.verdict);
      if (c.verdict === 'STRICTER') expect(sides.size).toBeGreaterThanOrEqual(2);
    }
    // 9A120.b.1 "capacity greater than 20 liters" is MTCR's; NSG (2B001 NP row) states nothing on capacity.
    expect(d.thresholdComparison.comparisons.find((c) => c.parameter === 'capacity')).toMatchObject({ regimesWithout: ['NSG'], strictestRegimes: [] });
  });

  it('rejects a question with nothing to compare, naming the argument', async () => {
    const res = await server.post({ query: `{ thresholdComparison(regimes: [MTCR, WA]) { regimes } }` });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/technology.*give a technology area or entry codes/);
  });
});

describe('units, conditions and rows read as the texts write them', () => {
  const EU = 'eu-annex-i@2025-11-15';
  const entryThresholds = async (code: string, list: string) =>
    (await data<{ entry: { thresholds: any[] } }>(`{ entry(code: "${code}", list: "${list}") { thresholds { ${THRESHOLD} } } }`)).entry.thresholds;

  it('US 1C111.a.2 "particles of less than 60 µ" is a size in micrometres', async () => {
    // CCL 1C111.a.2: "Metal powders and alloys where at least 90% of the total particles by particle volume or weight are
    // made up of particles of less than 60 µ (determined by measurement techniques such as using a sieve, …)".
    expect(await entryThresholds('1C111', CCL)).toContainEqual(expect.objectContaining({ paragraph: '1C111.a.2', role: 'CONTROL', parameter: 'length', comparator: 'LT', value: 60, unit: 'µm' }));
  });

  it('EU 1C111.a.1: the exclusion "other than that specified in the Military Goods Controls," ends at its comma', async () => {
    // EU 1C111.a.1: "Spherical or spheroidal aluminium powder other than that specified in the Military Goods Controls, in
    // particle size of less than 200 μm and an aluminium content of 97 % by weight or more, …"
    const eu = (await entryThresholds('1C111', EU)).filter((t) => t.paragraph === '1C111.a.1');
    expect(eu).toContainEqual(expect.objectContaining({ role: 'CONTROL', parameter: 'length', comparator: 'LT', value: 200, unit: 'µm' }));
    expect(eu).toContainEqual(expect.objectContaining({ role: 'CONTROL', parameter: 'percentage', comparator: 'GTE', value: 97 }));
    expect(eu.filter((t) => t.role === 'EXCLUSION')).toEqual([]);
  });

  it('US 3A001: the MT row\'s temperature range belongs to 3A001.a.5.a; "at an operating temperature of 301 K" is a condition', async () => {
    // CCL 3A001 MT row: "MT applies to 3A001.a.1.a when usable in “missiles”; and to 3A001.a.5.a when “designed or
    // modified” for military use, hermetically sealed and rated for operation in the temperature range from below −54 °C
    // to above +125 °C; and 3A001.z.2".
    const all = await entryThresholds('3A001', CCL);
    const row = all.filter((t) => t.source === 'REASON_ROW' && t.parameter === 'temperature');
    expect(row.length).toBeGreaterThan(0);
    for (const t of row) expect(t.paragraph).toBe('3A001.a.5.a');
    // 3A001.e.4 (solar cells): "… an average efficiency equal to or more than 20% at an operating temperature of 301 K (28 °C)".
    expect(all.find((t) => t.paragraph === '3A001.e.4' && t.unit === 'K')).toMatchObject({ rule: 'MEASUREMENT_CONDITION', value: 301 });
    // Kelvin and Celsius are one scale: WA's "above 398 K (+125 °C)" (3A001.a.2.a) and MTCR's "+125 °C" are compared as
    // temperatures, and being different paragraphs, not ranked.
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [WA, MTCR], codes: ["3A001"], list: "${CCL}") { ${REPORT} } }`);
    const temperature = d.thresholdComparison.comparisons.filter((c) => c.parameter === 'temperature');
    expect(temperature.map((c) => c.verdict)).not.toContain('DIFFERENT_UNIT');
    expect(temperature.find((c) => c.values.some((v: any) => v.threshold.paragraph === '3A001.a.2.a'))?.verdict).toBe('DIFFERENT_ITEM');
  });

  it('US 1C010.a.1 against NSG: the NP row\'s criteria are 1C210\'s, quoted, with 1C210\'s own values beside the paragraph\'s', async () => {
    // CCL 1C010 NP row: "NP applies to 1C010.a (aramid “fibrous or filamentary materials”, b (carbon …), and e.1 for
    // “fibrous and filamentary materials” that meet or exceed the control criteria of ECCN 1C210"; 1C210.a: "… a “specific
    // modulus” of 12.7 × 10^6 m or greater …".
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [WA, NSG], codes: ["1C010", "1C210"], list: "${CCL}") { ${REPORT} } }`);
    const c = d.thresholdComparison.comparisons.find((x) => x.parameter === 'specific modulus' && x.values.some((v: any) => v.threshold.paragraph === '1C010.a.1'));
    expect(c?.verdict).toBe('CONDITIONAL_BOUND');
    expect(c?.explanation).toContain('meet or exceed the control criteria of ECCN 1C210');
    expect(c?.explanation).toContain('1C210 states specific modulus');
    expect(c?.explanation).toContain('≥ 12700000 m in 1C210.a');
  });

  it('US 7A002 and 7A102: rates per hour and per square root hour, and "in a 1 g environment" is no bound', async () => {
    // 7A002.a.1.b: "'angle random walk' of less (better) than or equal to 0.0035 degree per square root hour"; 7A102.a: "rated
    // 'drift rate' 'stability' of less than 0.5 degrees (1 sigma or rms) per hour in a 1 g environment".
    const gyros = await entryThresholds('7A002', CCL);
    expect(gyros).toContainEqual(expect.objectContaining({ paragraph: '7A002.a.1.b', role: 'CONTROL', parameter: 'angle random walk', comparator: 'LTE', value: 0.0035, unit: '°/√h' }));
    const mt = await entryThresholds('7A102', CCL);
    expect(mt).toContainEqual(expect.objectContaining({ role: 'CONTROL', comparator: 'LT', value: 0.5, unit: '°/h' }));
    // (7A002.a's own "linear acceleration levels less than or equal to 100 g" stays a bound.)
    const environment = [...gyros, ...mt].filter((x) => x.unit === 'g' && x.value === 1);
    expect(environment.length).toBeGreaterThan(0);
    for (const t of environment) expect(t).toMatchObject({ role: 'NOTE', rule: 'MEASUREMENT_CONDITION' });
    expect(gyros).toContainEqual(expect.objectContaining({ paragraph: '7A002.a', role: 'CONTROL', comparator: 'LTE', value: 100, unit: 'g' }));
  });

  it('7A117 (US and EU): the bracketed "e.g." illustrates the 3.33 % bound; its CEP and range are no bounds', async () => {
    // US 7A117 "“Guidance sets” capable of achieving system accuracy of 3.33% or less of the range (e.g., a “CEP” of 10
    // km or less at a “range” of 300 km)."; EU 7A117 "… system accuracy of 3,33 % or less of the
    // range (e.g., a 'CEP' of 10 km or less at a range of 300 km)".
    for (const list of [CCL, EU]) {
      const all = await entryThresholds('7A117', list);
      expect(all.filter((t) => t.role === 'CONTROL').map((t) => [t.parameter, t.comparator, t.value, t.unit])).toEqual([['accuracy', 'LTE', 3.33, '%']]);
      expect(all.filter((t) => t.rule === 'EXAMPLE').map((t) => [t.role, t.comparator, t.value, t.unit])).toEqual([
        ['NOTE', 'LTE', 10, 'km'],
        ['NOTE', 'EQ', 300, 'km'],
      ]);
    }
  });

  it('3A001.a.5 converters: sample rates in GSPS and MSPS, "10-bit" resolutions, the SFDR test signal (US and EU)', async () => {
    // US 3A001.a.5.a.1 "A resolution of 8 bit or more, but less than 10 bit, with a “sample rate” greater than 1.3 Giga
    // Samples Per Second (GSPS);" a.5.a.5 "A resolution of 16 bit or more with a “sample rate” greater than 65 MSPS;"
    // a.5.b.1 "A resolution of 10-bit or more but less than 12-bit, with an 'adjusted update rate' of exceeding 3,500 MSPS;"
    const us = await entryThresholds('3A001', CCL);
    const rows = (all: any[], paragraph: string) => all.filter((t) => t.paragraph === paragraph).map((t) => [t.role, t.parameter, t.comparator, t.value, t.valueMax, t.unit]);
    expect(rows(us, '3A001.a.5.a.1')).toEqual([
      ['CONTROL', 'data size', 'RANGE', 8, 10, 'bit'],
      ['CONTROL', 'sample rate', 'GT', 1.3, null, 'GSPS'],
    ]);
    expect(rows(us, '3A001.a.5.a.5')).toEqual([
      ['CONTROL', 'data size', 'GTE', 16, null, 'bit'],
      ['CONTROL', 'sample rate', 'GT', 65, null, 'MSPS'],
    ]);
    expect(rows(us, '3A001.a.5.b.1')).toEqual([
      ['CONTROL', 'data size', 'RANGE', 10, 12, 'bit'],
      ['CONTROL', 'sample rate', 'GT', 3500, null, 'MSPS'],
    ]);
    // EU 3A001.a.5.b.2.a.2 "… (SFDR) greater than 68 dBc (carrier) when synthesising a full scale analogue signal of 100
    // MHz or the highest full scale analogue signal frequency specified below 100 MHz;" — the signal the SFDR is measured
    // with, as the US "when synthesizing".
    const eu = await entryThresholds('3A001', EU);
    for (const all of [us, eu]) {
      expect(rows(all, '3A001.a.5.b.2.a.2').filter((r) => r[0] === 'CONTROL')).toEqual([['CONTROL', 'level', 'GT', 68, null, 'dBc']]);
      expect(all.filter((t) => t.paragraph === '3A001.a.5.b.2.a.2' && t.unit === 'MHz').map((t) => t.rule)).toEqual(['MEASUREMENT_CONDITION', 'MEASUREMENT_CONDITION']);
    }
  });

  it('optical materials and mirrors (US and EU): λ/10, 10−5 cm−1, 10−6 m²/V², a refraction variance of 5 × 10−6', async () => {
    // US 6C004.f "Synthetically produced diamond material with an absorption of less than 10−5 cm−1 for wavelengths
    // exceeding 200 nm but not exceeding 14,000 nm."; EU 6C004.f "… an absorption of less than 10-5 cm-1 …"; e.3 "High
    // homogeneity (index of refraction variance) less than 5 × 10−6" (EU "5 × 10-6"); c.1.a "… (χ(3), chi 3) of 10−6
    // m^2/V^2 or more" (EU "10-6 m2/V2"). 6A004.a.4 "… with a flatness of λ/10 or better (λ is equal to 633 nm) …".
    for (const list of [CCL, EU]) {
      const c004 = await entryThresholds('6C004', list);
      const control = (paragraph: string) => c004.filter((t) => t.paragraph === paragraph && t.role === 'CONTROL').map((t) => [t.parameter, t.comparator, t.value, t.unit]);
      expect(control('6C004.f')).toEqual([['absorption coefficient', 'LT', 1e-5, 'cm-1']]);
      expect(control('6C004.e.3')).toEqual([['refractive index variance', 'LT', 5e-6, 'Δn']]);
      expect(control('6C004.c.1.a')).toEqual([['nonlinear susceptibility', 'GTE', 1e-6, 'm2/V2']]);
      const a4 = (await entryThresholds('6A004', list)).filter((t) => t.paragraph === '6A004.a.4');
      expect(a4.map((t) => [t.role, t.parameter, t.comparator, t.value, t.unit])).toEqual([
        ['CONTROL', 'flatness', 'LTE', 0.1, 'λ'],
        ['NOTE', 'wavelength', 'EQ', 633, 'nm'],
      ]);
    }
  });

  it('4A001.a.2 "Radiation hardened to exceed any of the following specifications" (US and EU): more dose, fewer upsets', async () => {
    // US 4A001.a.2.a "A total dose of 5 × 10^3 Gy (Si);" a.2.b "A dose rate upset of 5 × 10^6 Gy (Si)/s; or" a.2.c "Single
    // Event Upset of 1 × 10−^8 Error/bit/day;" (EU "a. Total Dose 5× 103 Gy (silicon); b. Dose Rate Upset 5× 106 Gy
    // (silicon)/s; or c. Single Event Upset 1× 10-8 Error/bit/day")
    for (const list of [CCL, EU]) {
      const a2 = (await entryThresholds('4A001', list)).filter((t) => t.paragraph?.startsWith('4A001.a.2.'));
      expect(a2.map((t) => [t.paragraph, t.role, t.rule, t.comparator, t.value, t.unit])).toEqual([
        ['4A001.a.2.a', 'CONTROL', 'LEAD_BOUND', 'GT', 5000, 'Gy'],
        ['4A001.a.2.b', 'CONTROL', 'LEAD_BOUND', 'GT', 5e6, 'Gy/s'],
        ['4A001.a.2.c', 'CONTROL', 'LEAD_BOUND', 'LT', 1e-8, 'errors/bit/day'],
      ]);
    }
  });

  it('7A003.c.1 (US and EU): "less (lower) than 500 deg/s" and "0.07 deg sec (Lat) (equivalent to 6 arc minutes …)"', async () => {
    // US 7A003.c.1 "A maximum operating angular rate less (lower) than 500 deg/s and a heading “accuracy” without the use of
    // 'positional aiding references' equal to or less (better) than 0.07 deg sec (Lat) (equivalent to 6 arc minutes rms at
    // 45 degrees latitude); or" (EU "0,07 deg sec(Lat)")
    for (const list of [CCL, EU]) {
      const c1 = (await entryThresholds('7A003', list)).filter((t) => t.paragraph === '7A003.c.1' && t.role === 'CONTROL');
      expect(c1.map((t) => [t.parameter, t.comparator, t.value, t.unit])).toEqual([
        ['angular rate', 'LT', 500, '°/s'],
        ['accuracy', 'LTE', 0.07, '°·sec(lat)'],
      ]);
    }
  });

  it('US 5A001: its list of items, which follows the Related Controls without an "Items:" line, bounds its paragraphs', async () => {
    // 5A001.b.4 "Being radio equipment employing ultra-wideband modulation techniques, having user programmable
    // channelizing codes, scrambling codes, or network identification codes and having any of the following:" b.4.a "A
    // bandwidth exceeding 500 MHz; or" b.4.b "A “fractional bandwidth” of 20% or more;"
    const all = await entryThresholds('5A001', CCL);
    expect(all.filter((t) => t.paragraph?.startsWith('5A001.b.4.')).map((t) => [t.paragraph, t.role, t.comparator, t.value, t.unit])).toEqual([
      ['5A001.b.4.a', 'CONTROL', 'GT', 500, 'MHz'],
      ['5A001.b.4.b', 'CONTROL', 'GTE', 20, '%'],
    ]);
    // Its Related Controls name no numbers; none of the list's numbers is read as theirs.
    expect(all.filter((t) => t.rule === 'RELATED_CONTROLS')).toEqual([]);
    // Asked of the part, the thresholds are those of the part and its sub-paragraphs.
    const b4 = await entryThresholds('5A001.b.4', CCL);
    expect(b4.map((t) => [t.paragraph, t.comparator, t.value, t.unit])).toEqual([
      ['5A001.b.4.a', 'GT', 500, 'MHz'],
      ['5A001.b.4.b', 'GTE', 20, '%'],
    ]);
    expect((await entryThresholds('5A001.b.4.a', CCL)).map((t) => t.paragraph)).toEqual(['5A001.b.4.a']);
    // 1C210 "Related Definitions: … a relative humidity of 50 ±5 percent": a definition, not an exclusion.
    const c210 = (await entryThresholds('1C210', CCL)).filter((t) => t.paragraph === null);
    expect(c210.map((t) => [t.role, t.rule])).toContainEqual(['NOTE', 'RELATED_DEFINITIONS']);
    expect(c210.filter((t) => t.role === 'EXCLUSION')).toEqual([]);
  });

  it('US 6A007 against MTCR: "when the accuracies in 6A007.b.1 and b.2 are met or exceeded" restates their bounds, so both regimes state them', async () => {
    // 6A007.b.1 "A static “accuracy” of less (better) than 0.7 mGal; and"; MT row: "MT applies to 6A007.b and .c when
    // the accuracies in 6A007.b.1 and b.2 are met or exceeded". NS applies to entire entry.
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [WA, MTCR], codes: ["6A007"], list: "${CCL}") { ${REPORT} } }`);
    const b1 = d.thresholdComparison.comparisons.find((c) => c.values.some((v: any) => v.threshold.paragraph === '6A007.b.1'));
    expect(b1?.verdict).toBe('SAME_VALUE');
    expect(d.thresholdComparison.comparisons.filter((c) => c.verdict === 'CONDITIONAL_BOUND')).toEqual([]);
    // 2B004 NP row "… except 2B004.b.3 and presses with maximum working pressures below 69 MPa": the 69 MPa bounds the
    // entry's presses, not paragraph b.3.
    const press = (await entryThresholds('2B004', CCL)).filter((t) => t.value === 69);
    expect(press.map((t) => [t.paragraph, t.role, t.regime, t.comparator, t.unit])).toEqual([[null, 'EXCLUSION', 'NSG', 'LT', 'MPa']]);
  });

  it('US 3E002: "other than that controlled in 3E001 for the “development” …" excepts 3E001 only; the 32 bits bound the control', async () => {
    // 3E002 "“Technology” according to the General Technology Note other than that controlled in 3E001 for the
    // “development” or “production” of a “microprocessor microcircuit” … having an arithmetic logic unit with an access
    // width of 32 bits or more …"; its Note 2 "3E002 does not control “technology” for microprocessor cores, having all of
    // the following: a. Using “technology” at or above 0.130 µm; …"
    const heading = (await entryThresholds('3E002', CCL)).filter((t) => t.paragraph === null);
    expect(heading.map((t) => [t.role, t.parameter, t.comparator, t.value, t.unit])).toEqual([
      ['CONTROL', 'data size', 'GTE', 32, 'bit'],
      ['EXCLUSION', 'length', 'GTE', 0.13, 'µm'],
    ]);
  });

  it('US 1C002.b.4 against NSG: "NP applies to 1C002.b.3 or b.4 if they exceed the parameters stated in 1C202" is a conditional bound', async () => {
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [WA, NSG], codes: ["1C002"], list: "${CCL}") { ${REPORT} } }`);
    const c = d.thresholdComparison.comparisons.find((x) => x.parameter === 'tensile strength' && x.values.some((v: any) => v.threshold.paragraph === '1C002.b.4.a'));
    expect(c?.verdict).toBe('CONDITIONAL_BOUND');
    expect(c?.explanation).toContain('if they exceed the parameters stated in 1C202');
  });

  it('US 1C116 against NSG: "NP applies to items that meet or exceed the parameters of 1C216" makes every paragraph a conditional bound', async () => {
    // 1C116.a: "ultimate tensile strength, measured at 20 °C, equal to or greater than: a.1. 0.9 GPa …; a.2. 1.5 GPa …"
    // (MT applies to entire entry); NP row: "NP applies to items that meet or exceed the parameters of 1C216"; 1C216:
    // "Maraging steel, other than that controlled by 1C116, “capable of” an ultimate tensile strength of 1,950 MPa or more".
    const d = await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, NSG], codes: ["1C116", "1C216"], list: "${CCL}") { ${REPORT} } }`);
    const a1 = d.thresholdComparison.comparisons.find((x) => x.parameter === 'tensile strength' && x.values.some((v: any) => v.threshold.paragraph === '1C116.a.1'));
    expect(a1?.verdict).toBe('CONDITIONAL_BOUND');
    expect(a1?.explanation).toContain('meet or exceed the parameters of 1C216');
    expect(a1?.explanation).toContain('1C216 states tensile strength');
    expect(d.thresholdComparison.comparisons.filter((x) => x.verdict === 'STRICTER')).toEqual([]);
  });

  it('US 2B009 against MTCR: the MT row "meet or exceed the parameters of 2B009.a and 2B109" points at 2B109, not at 2B009 itself', async () => {
    // 2B009.a (WA): "Three or more axes which can be coordinated simultaneously for “contouring control”"; MT row: "MT
    // applies to: spin-forming machines combining the functions of spin-forming and flow-forming; and flow-forming machines
    // that meet or exceed the parameters of 2B009.a and 2B109"; 2B109.a.2: "More than two axes which can be coordinated
    // simultaneously for “contouring control.”"
    const axes = async (codes: string[]) =>
      (await data<{ thresholdComparison: Report }>(`{ thresholdComparison(regimes: [MTCR, WA], codes: ${JSON.stringify(codes)}, list: "${CCL}") { ${REPORT} } }`)).thresholdComparison.comparisons.find(
        (x) => x.parameter === 'axis count' && x.values.some((v: any) => v.threshold.paragraph === '2B009.a'),
      );
    const alone = await axes(['2B009']);
    expect(alone?.verdict).toBe('CONDITIONAL_BOUND');
    expect(alone?.explanation).toContain('Ask with 2B109 among the codes');
    const both = await axes(['2B009', '2B109']);
    expect(both?.explanation).toContain('2B109 states axis count > 2 axes in 2B109.a.2');
    // More than two axes is three or more: the same count.
    expect(both?.explanation).toContain('> 2 axes and ≥ 3 axes are the same count');
    expect(both?.explanation).not.toContain('Ask with');
  });
});
