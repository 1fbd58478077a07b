// Coverage of one regime's paragraphs by another, derived from the CCL snapshot's own rows and texts. Each case
// quotes the License Requirements rows or the words the verdict rests on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveAttributions } from '../../seed/enrich/attributions.js';
import { deriveCoverage } from '../../seed/enrich/coverage.js';
import { rowNames } from '../../seed/enrich/rowCodes.js';
import { paragraphTree, servingParagraphs, supportTies } from '../../seed/enrich/supportTies.js';
import { parseCcl } from '../../seed/sources/ccl.js';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';

const ccl = parseCcl(readFileSync('seed/data/us-ccl/ccl_supp1.xml', 'utf8'), { file: 'ccl_supp1.xml', sha256: '0'.repeat(64) });
const resolved = resolveAttributions(ccl.entries, ccl.attributions, []);
const coverage = deriveCoverage({
  entries: ccl.entries,
  attributions: resolved.entries,
  partAttributions: resolved.parts,
  statements: ccl.attributions,
  references: ccl.references,
  supports: ccl.supports,
  jurisdiction: 'US',
});
const of = (code: string, regime: string, against: string) => coverage.find((c) => c.code === code && c.regime === regime && c.against === against);

describe('gaps: a paragraph is covered only by evidence about it', () => {
  it('1A001 ("NS applies to entire entry"; "b. [Reserved]"): a paragraph that holds no items is no unit to cover', () => {
    expect(of('1A001', 'WA', 'MTCR')?.units).toEqual(['1A001.a']);
  });

  it('2B351 (toxic gas monitors, "CB applies to entire entry", CB Column 2) has no Wassenaar evidence: a gap', () => {
    // Its "see 1A004" is a pointer, not a statement that its items are controlled by 1A004.
    expect(of('2B351', 'AG', 'WA')).toMatchObject({ status: 'GAP', units: ['2B351.a', '2B351.b'], evidence: [] });
  });

  it('2B201 (machine tools "other than those controlled by 2B001") is an NSG gap against WA: the exclusion is no link', () => {
    expect(ccl.references.find((r) => r.from === '2B201' && r.to === '2B001')?.kind).toBe('EXCLUSION');
    expect(of('2B201', 'NSG', 'WA')?.status).toBe('GAP');
  });

  it('9A120 ("Complete unmanned aerial vehicles, not specified in 9A012") is an MTCR gap against WA', () => {
    expect(ccl.references.find((r) => r.from === '9A120' && r.to === '9A012' && /not specified in 9A012/.test(r.text))?.kind).toBe('EXCLUSION');
    expect(of('9A120', 'MTCR', 'WA')?.status).toBe('GAP');
  });

  it('2B001 under NSG against WA is covered by "NS applies to entire entry"; under WA against NSG only .a–.d, under conditions', () => {
    expect(of('2B001', 'NSG', 'WA')).toMatchObject({ status: 'COVERED', units: ['2B001.a', '2B001.b', '2B001.c', '2B001.d'] });
    const wa = of('2B001', 'WA', 'NSG');
    // "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines under 2B001.a with a capacity no greater than 35 mm …"
    expect(wa).toMatchObject({ status: 'PARTIAL', coveredUnits: [], partialUnits: ['2B001.a', '2B001.b', '2B001.c', '2B001.d'] });
    expect(wa?.units).toEqual(expect.arrayContaining(['2B001.e', '2B001.f']));
    // 2E001: "NP applies to “technology” for items controlled by 2A225, 2A226, 2B001, …" — technology, not the hardware.
    expect(wa?.evidence).toContainEqual(expect.objectContaining({ kind: 'SUPPORT', other: '2E001', rule: 'COVERAGE_SUPPORT_ROW' }));
  });

  it('9A610: MTCR reaches .t, .u, .v, .w ("MT applies to 9A610.t, .u, .v, and .w"); the NS row covers them, its exceptions being .b, .x and .y', () => {
    const row = of('9A610', 'MTCR', 'WA');
    expect(row?.units).toEqual(['9A610.t', '9A610.u', '9A610.v', '9A610.w.1', '9A610.w.2']);
    // "NS applies to entire entry except: 9A610.b; parts and components controlled in 9A610.x if being exported … ; and 9A610.y":
    // the condition qualifies the .x exception, not the paragraphs the clause leaves in.
    expect(row).toMatchObject({ status: 'COVERED', coveredUnits: ['9A610.t', '9A610.u', '9A610.v', '9A610.w.1', '9A610.w.2'] });
  });

  it('2E001 is an AG gap against WA: its CB and NS rows name different items; 1E001 is partial: both name 1A004', () => {
    // 2E001 CB row: "CB applies to “technology” for equipment controlled by 2B350 to 2B352, valves controlled by 2A226 …";
    // NS row: "NS applies to “technology” for items controlled by 2A001, 2B001 to 2B009, 2D001 or 2D002".
    expect(of('2E001', 'AG', 'WA')).toMatchObject({ status: 'GAP', evidence: [] });
    // 1E001: the CB row names 1A004.c, and an NS row "technology for items controlled by … 1A004 …".
    expect(of('1E001', 'AG', 'WA')?.status).toBe('PARTIAL');
    // What is left: the CB rows' "technology for items controlled by 1C351, 1C353, or 1C354" and "for materials controlled
    // by 1C350", which no NS row names; 1A004.c is in "NS applies to “technology” for items controlled by 1A004"; 2B351.a
    // is named for its "technical characteristics", not served.
    // (The CB Column 1 row's "1C351.d.15 and .16" names 1C351.d.16 too.)
    expect(of('1E001', 'AG', 'WA')?.servedItemsUncovered.sort()).toEqual(['1C350', '1C351', '1C351.d.15', '1C351.d.16', '1C353', '1C354']);
    expect(of('1E001', 'AG', 'WA')?.servedItems).toContain('1A004.c');
  });

  it('4E001 is covered for MTCR by WA: the NS row spares only technology for other items than the MT row serves', () => {
    // 4E001: "NS applies to entire entry, except for “technology” for 4A090 or “software” specified by 4D090 | NS Column 1";
    // "MT applies to “technology” for items controlled by 4A001.a and 4A101 for MT reasons | MT Column 1".
    expect(of('4E001', 'MTCR', 'WA')).toMatchObject({ status: 'COVERED' });
    expect(of('4E001', 'MTCR', 'WA')?.evidence).toContainEqual(expect.objectContaining({ rule: 'COVERAGE_WHOLE_EXCEPT_OTHER_ITEMS' }));
  });

  it('6D001 is covered for MTCR by WA: the NS row serves every item the MT row names; 7D001 and 1D001 are not', () => {
    // 6D001: "MT applies to “software” for equipment controlled by 6A008 or 6B008 for MT reasons | MT Column 1";
    // "NS applies to “software” for equipment controlled by 6A004, 6A005, 6A008 or 6B008 | NS Column 1".
    expect(of('6D001', 'MTCR', 'WA')).toMatchObject({ status: 'COVERED' });
    expect(of('6D001', 'MTCR', 'WA')?.evidence).toContainEqual(expect.objectContaining({ rule: 'COVERAGE_ROWS_SERVE_ALL' }));
    // 7D001: "MT applies to “software” for equipment controlled for MT reasons. MT does not apply to “software” for equipment
    // controlled by 7A008": the only code the MT row names is one it spares; the NS row naming 7A008 proves nothing.
    expect(of('7D001', 'MTCR', 'WA')?.status).toBe('PARTIAL');
    // 1D001: "MT applies to “software” for … items controlled by 1B001 for MT reasons"; "NP applies to “software” for …
    // items controlled by 1B001 for NP reasons": each reaches only 1B001's paragraphs controlled for its own reasons.
    expect(of('1D001', 'MTCR', 'NSG')?.status).toBe('PARTIAL');
  });

  it('EU 9A108, 7A105 and 7A103 are MTCR gaps against WA: what they are usable in, for, or use is no link of control', () => {
    const eu = parseEuAnnexI(readFileSync('seed/data/eu-annex-i/annex_i_en_2025-11.json', 'utf8'), { file: 'annex_i_en_2025-11.json', sha256: '0'.repeat(64) });
    const euResolved = resolveAttributions(eu.entries, eu.attributions, []);
    const euCoverage = deriveCoverage({
      entries: eu.entries,
      attributions: euResolved.entries,
      partAttributions: euResolved.parts,
      statements: eu.attributions,
      references: eu.references,
      supports: eu.supports,
      jurisdiction: 'EU',
    });
    const euOf = (code: string) => euCoverage.find((c) => c.code === code && c.regime === 'MTCR' && c.against === 'WA');
    // 9A108.a: "Rocket motor cases and insulation components therefor, usable in subsystems specified in 9A007, 9A009, 9A107 or 9A109.a.;"
    // 7A105.a: "Designed or modified for use in space launch vehicles specified in 9A004, sounding rockets specified in 9A104 or
    // unmanned aerial vehicles specified in 9A012 or 9A112.a.;"
    // 7A103.a: "'Inertial measurement equipment or systems', using accelerometers or gyros as follows: 1. Accelerometers specified
    // in 7A001.a.3., 7A001.b. or 7A101 …"
    for (const code of ['9A108', '7A105', '7A103', '9A106', '9A111', '9A118', '6A107', '4A102']) expect(euOf(code), code).toMatchObject({ status: 'GAP', evidence: [] });
  });

  it('1B102 is an MTCR gap against WA: equipment for producing materials specified in 1C011 is not those materials', () => {
    // 1B102: "MT applies to entire entry"; "a. Metal powder “production equipment” usable for the “production”, in a
    // controlled environment, of spherical, spheroidal or atomized materials specified in 1C011.a, 1C011.b, …".
    expect(of('1B102', 'MTCR', 'WA')).toMatchObject({ status: 'GAP', evidence: [] });
  });

  it('0A604 is a WA gap against NSG: its Related Controls point elsewhere, its Note excludes', () => {
    // 0A604 Note: "This entry does not control the detonators and other items described in ECCN 1A007 or ECCN 3A232."
    // Related Controls (3): "Certain explosive detonator firing sets … are controlled by ECCN 1A007 or ECCN 3A232."
    expect(ccl.references.filter((r) => r.from === '0A604' && r.to === '3A232').map((r) => r.kind).sort()).toEqual(['EXCLUSION', 'SEE_ALSO']);
    expect(of('0A604', 'WA', 'NSG')).toMatchObject({ status: 'GAP', evidence: [] });
  });

  it('ITAR placeholders are never examined: 9A005 is "subject to the ITAR"', () => {
    expect(coverage.some((c) => c.code === '9A005')).toBe(false);
  });
});

describe('a License Requirements row is evidence once', () => {
  it('2B009 against MTCR: its MT row is the conditional attribution, not also a reference to 2B109', () => {
    // CCL 2B009: "MT applies to: spin-forming machines combining the functions of spin-forming and flow-forming; and
    // flow-forming machines that meet or exceed the parameters of 2B009.a and 2B109 | MT Column 1".
    const c = of('2B009', 'WA', 'MTCR')!;
    expect(c.status).toBe('PARTIAL');
    expect(c.evidence.filter((e) => e.kind === 'ATTRIBUTION').map((e) => e.rule)).toEqual(['COVERAGE_CONDITIONAL']);
    expect(c.evidence.filter((e) => e.kind === 'REFERENCE')).toEqual([]);
  });
});

describe('which regimes a software or technology entry counts for', () => {
  const support = (from: string, to: string) => ccl.supports.find((s) => s.from === from && s.to === to) ?? { from, to, toPart: null, phase: 'development' as const, text: '' };
  const statements = (code: string) => ccl.attributions.filter((a) => a.code === code);

  it('a tie reaches what the support reaches and the tying row names: 9E515 for 9A515, MTCR', () => {
    // CCL 9E515, License Requirements: "MT applies to technology for items in 9A515.d, .e.2, .h, and 9B515.a controlled for
    // MT reasons | MT Column 1."; "NS applies to entire entry except 9E515.x and .y | NS Column 1.". 9E515.a serves
    // "9A515 (except 9A515.a.1, a.2, a.3, a.4, .b, .d, .e, or .g)", 9E515.e "commodities controlled by ECCN 9A515.e" for
    // "the “development,” “production,” failure analysis or anomaly resolution" (no use).
    const tree = paragraphTree(ccl.entries);
    const tiesOf = (toPart: string | null, phase: string) => {
      const s = ccl.supports.find((x) => x.from === '9E515' && x.to === '9A515' && x.toPart === toPart && x.phase === phase);
      expect(s).toBeDefined();
      return supportTies(s!, statements('9E515'), 'US', statements('9A515'), servingParagraphs(ccl.entries).get('9E515'), tree);
    };
    // The whole-entry support less its bracket: of the MT row's three paragraphs, only .h is left.
    expect(tiesOf(null, 'use').find((t) => t.regime === 'MTCR')).toMatchObject({ rule: 'ITT_ROW', parts: ['9A515.h'] });
    expect(tiesOf('9A515.e', 'development').find((t) => t.regime === 'MTCR')?.parts).toEqual(['9A515.e.2']);
    expect(ccl.supports.some((x) => x.from === '9E515' && x.toPart === '9A515.e' && x.phase === 'use')).toBe(false);
    // 9E515.f serves 9A515.a.1 to .a.4 and .g, none of which the MT row names: no MTCR tie; Wassenaar's through 9E515.f.
    const a2 = tiesOf('9A515.a.2', 'development');
    expect(a2.map((t) => t.regime)).toEqual(['WA']);
    expect(a2[0]?.words).toContain('9E515.f');
  });

  it('a row over the entire entry "except" the technology for some items ties the others: 1E607 for 1C607 and 1A607, 4E001 for 4A001, Wassenaar', () => {
    // CCL 1E607: "NS applies to entire entry, except “technology” for 1C607.a.10, .a.11, .a.12, and .a.14 and for 1D607
    // “software” therefor | NS Column 1."
    const tree = paragraphTree(ccl.entries);
    const waTie = (from: string, to: string) => {
      const s = ccl.supports.find((x) => x.from === from && x.to === to && x.toPart === null && x.phase === 'development');
      expect(s, `${from} → ${to}`).toBeDefined();
      return supportTies(s!, statements(from), 'US', statements(to), servingParagraphs(ccl.entries).get(from), tree).find((t) => t.regime === 'WA');
    };
    const c607 = waTie('1E607', '1C607');
    expect(c607?.rule).toBe('ITT_WHOLE_ROW');
    expect(c607?.parts).toEqual(expect.arrayContaining(['1C607.a.1', '1C607.a.9', '1C607.a.13', '1C607.b', '1C607.d']));
    expect(c607?.parts?.filter((p) => ['1C607.a', '1C607.a.10', '1C607.a.11', '1C607.a.12', '1C607.a.14'].includes(p))).toEqual([]);
    // The row does not name 1A607, whose technology it keeps whole.
    expect(waTie('1E607', '1A607')).toMatchObject({ rule: 'ITT_WHOLE_ROW', parts: null });
    // CCL 4E001: "NS applies to entire entry, except for “technology” for 4A090 or “software” specified by 4D090 | NS
    // Column 1": 4A001's technology is Wassenaar's, 4A090's is not.
    expect(waTie('4E001', '4A001')).toMatchObject({ rule: 'ITT_WHOLE_ROW', parts: null });
    expect(waTie('4E001', '4A090')).toBeUndefined();
    // Words that narrow what is left out leave the rest: CCL 0D501 "NS applies to entire entry except “software” for
    // commodities in ECCN 0A501.y or equipment in ECCN 0B501 for commodities in ECCN 0A501.y | NS Column 1.".
    expect(waTie('0D501', '0B501')).toMatchObject({ rule: 'ITT_WHOLE_ROW', parts: null });
    // A product group with its exceptions: CCL 3E001 "… 3B (except 3B001.a.4, c, d, f.1, f.5, k to n, p.2, p.4, r,
    // 3B002.c, …)" and its NS row "NS applies to “technology” for commodities controlled by 3A001, 3A002, 3A003, 3B001
    // (except as noted in the heading), 3B002 (except 3B002.c), or 3C001 to 3C006"; 3D001's row names the group, "… and 3B
    // (except as specified in the heading)".
    for (const from of ['3E001', '3D001']) {
      const b001 = waTie(from, '3B001');
      expect(b001?.rule, from).toBe('ITT_ROW');
      expect(b001?.parts, from).toEqual(expect.arrayContaining(['3B001.a.1', '3B001.b', '3B001.e', '3B001.f.2', '3B001.q']));
      expect(b001?.parts?.filter((p) => ['3B001.a.4', '3B001.c', '3B001.d', '3B001.k', '3B001.p.2', '3B001.r'].includes(p)), from).toEqual([]);
      expect(waTie(from, '3B002')?.parts, from).toEqual(['3B002.a', '3B002.b']);
    }
  });

  it('2E001 counts for NSG for 2B001 (its NP Column 1 row names 2B001), and for no regime for 2A290 (NP Column 2)', () => {
    expect(supportTies(support('2E001', '2B001'), statements('2E001'), 'US').map((t) => [t.regime, t.rule])).toEqual(
      expect.arrayContaining([['WA', 'ITT_ROW'], ['NSG', 'ITT_ROW']]),
    );
    // 2E001's rows: NS for "2A001, 2B001 to 2B009 …", MT for "2B004, 2B009, 2B104 …", NP Column 1 for "2A225 … 2B001 …";
    // the row naming 2A290 is "NP Column 2", which implements no regime.
    expect(supportTies(support('2E001', '2A290'), statements('2E001'), 'US')).toEqual([]);
  });

  it('EU 2E001 ("… “development” of equipment or “software” specified in 2A, 2B or 2D") counts for the Australia Group for 2B350, 9E001 naming 9A350 too; 2E201 naming 2B001 does not make it Wassenaar', () => {
    const eu = parseEuAnnexI(readFileSync('seed/data/eu-annex-i/annex_i_en_2025-11.json', 'utf8'), { file: 'annex_i_en_2025-11.json', sha256: '0'.repeat(64) });
    const euStatements = (code: string) => eu.attributions.filter((a) => a.code === code);
    const euSupport = (from: string, to: string, phase: string) => eu.supports.find((s) => s.from === from && s.to === to && s.phase === phase);
    const toAg = euSupport('2E001', '2B350', 'development');
    expect(toAg?.text).toContain('2A, 2B or 2D');
    expect(supportTies(toAg!, euStatements('2E001'), 'EU', euStatements('2B350')).map((t) => [t.regime, t.rule])).toEqual([
      ['WA', 'ITT_CODE_ORIGIN'],
      ['AG', 'ITT_EU_GROUP'],
    ]);
    // EU 2E201: "“Technology” according to the General Technology Note for the “use” of equipment or “software” specified in
    // 2A225, 2A226, 2B001, 2B006, …": the NSG's use technology; Wassenaar's for 2B001 is 2E001/2E002, for development and production.
    // EU 0E001: "“Technology” according to the Nuclear Technology Note for the “development”, “production” or “use” of
    // goods specified in this Category.": every Category 0 hardware entry, NSG by the category (EU_CATEGORY_0_NSG).
    for (const phase of ['development', 'production', 'use']) {
      const s0 = euSupport('0E001', '0A001', phase);
      expect(s0).toBeDefined();
      expect(supportTies(s0!, euStatements('0E001'), 'EU', euStatements('0A001')).map((t) => [t.regime, t.rule])).toEqual([['NSG', 'ITT_CODE_ORIGIN']]);
    }
    expect(eu.supports.filter((x) => x.from === '0E001' && x.phase === 'use').map((x) => x.to)).toEqual(expect.arrayContaining(['0B001', '0C005']));
    // EU 9E001: "“Technology” according to the General Technology Note for the “development” of equipment or “software”
    // specified in 9A004 to 9A012, 9A350, 9B or 9D": 9A350 (spraying systems) is the Australia Group's, which Wassenaar
    // does not control; 9E002 ("… “production” of equipment specified in 9A004 to 9A011, 9A350 or 9B") likewise.
    for (const [from, phase] of [['9E001', 'development'], ['9E002', 'production']] as const) {
      const toSprayers = euSupport(from, '9A350', phase);
      expect(toSprayers?.text).toContain('9A350');
      expect(supportTies(toSprayers!, euStatements(from), 'EU', euStatements('9A350')).map((t) => [t.regime, t.rule])).toEqual([
        ['WA', 'ITT_CODE_ORIGIN'],
        ['AG', 'ITT_EU_NAMED'],
      ]);
    }
    const toWa = euSupport('2E201', '2B001', 'use');
    expect(toWa).toBeDefined();
    expect(supportTies(toWa!, euStatements('2E201'), 'EU', euStatements('2B001')).map((t) => t.regime)).toEqual(['NSG']);
  });

  it('9E101 "… controlled by ECCN 9A012 (applies only to “production” “technology” for MT-controlled items in 9A012), 9A101 …" serves 9A012 for production only', () => {
    expect(ccl.supports.filter((s) => s.from === '9E101' && s.to === '9A012').map((s) => s.phase)).toEqual(['production']);
    expect(ccl.supports.filter((s) => s.from === '9E101' && s.to === '9A101').map((s) => s.phase).sort()).toEqual(['development', 'production']);
  });

  it('reads a code inside a range: "2B350 to 2B352" names 2B351', () => {
    expect(rowNames('CB applies to “technology” for equipment controlled by 2B350 to 2B352', '2B351')).toBe(true);
    expect(rowNames('CB applies to “technology” for equipment controlled by 2B350 to 2B352', '2B353')).toBe(false);
    expect(rowNames('NS applies to 1C0011', '1C001')).toBe(false);
  });
});
