// The attribution rules and the reading of License Requirements scopes, on the CCL snapshot's own rows.
// Each expectation quotes the row (ECCN, reason, Country-Chart column) it is read from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOrigin, readScope, reasonRegime } from '../../src/domain/attribution.js';
import { resolveAttributions } from '../../seed/enrich/attributions.js';
import type { SourceIssue } from '../../seed/model.js';
import { parseCcl } from '../../seed/sources/ccl.js';

const parsed = parseCcl(readFileSync('seed/data/us-ccl/ccl_supp1.xml', 'utf8'), { file: 'ccl_supp1.xml', sha256: '0'.repeat(64) });
const issues: SourceIssue[] = [];
const resolved = resolveAttributions(parsed.entries, parsed.attributions, issues);
const entryAttribution = (code: string, regime: string, basis = 'REASON_FOR_CONTROL') =>
  resolved.entries.find((a) => a.code === code && a.regime === regime && a.basis === basis);
const partRegimes = (code: string) => [...new Set(resolved.parts.filter((p) => p.code === code).map((p) => p.regime))].sort();
const rowsOf = (code: string, reason: string) => parsed.reasons.filter((r) => r.code === code && r.reason === reason);

describe('which regime a License Requirements row implements', () => {
  it('NS Column 1 on a Wassenaar item is WA; on a 600-series ECCN it is the Wassenaar Munitions List', () => {
    // 1C001: "NS applies to entire entry | NS Column 1".
    expect(rowsOf('1C001', 'NS').map((r) => [r.regime, r.rule])).toEqual([['WA', 'US_NS_WA']]);
    // 9A610: "NS applies to entire entry except: 9A610.b; …" NS Column 1, a 600-series ECCN.
    expect(rowsOf('9A610', 'NS').map((r) => [r.regime, r.rule])).toEqual([['WA', 'US_NS_MUNITIONS']]);
    // 9A515 (spacecraft, from USML XV): "NS applies to entire entry, except .e, .x, and .y | NS Column 1" and "NS applies
    // to 9A515.x | NS Column 2"; the 9A004 note says 9A004.a–.f are
    // described there "to harmonize 9A004 with the Wassenaar Arrangement Dual-Use List, even though the controls for
    // these items are found under ECCN 9A515": the Dual-Use List, not the Munitions List.
    expect(new Set(rowsOf('9A515', 'NS').map((r) => `${r.regime} ${r.rule}`))).toEqual(new Set(['WA US_NS_SPACECRAFT_515']));
  });

  it('NS on the 2024 plurilateral items is a US control outside Wassenaar', () => {
    // 3B903: "NS applies to entire entry | Worldwide control. See § 742.4(a)(5) and (b)(10) of the EAR".
    expect(rowsOf('3B903', 'NS').map((r) => [r.regime, r.rule])).toEqual([[null, 'US_NS_OUTSIDE_REGIME']]);
    // 3B001 adds such rows beside its Wassenaar row: "NS applies to 3B001.c.1.a, 3B001.c.1.c, and 3B001.q | Worldwide control …".
    const rows = rowsOf('3B001', 'NS');
    expect(rows.find((r) => r.column === 'NS Column 2' || r.column === 'NS Column 1')?.regime).toBe('WA');
    expect(rows.find((r) => r.scope === 'NS applies to 3B001.c.1.a, 3B001.c.1.c, and 3B001.q')?.regime).toBeNull();
    expect(parsed.attributions.some((a) => a.code === '3B903' && a.regime === 'WA')).toBe(false);
  });

  it('NP Column 1 is NSG; NP Column 2 and the 4A001 computer row are US-only', () => {
    // 1C216: "NP applies to entire entry | NP Column 1".
    expect(rowsOf('1C216', 'NP').map((r) => [r.regime, r.rule])).toEqual([['NSG', 'US_NP1_NSG']]);
    // 1A290: "NP applies to entire entry | NP Column 2".
    expect(rowsOf('1A290', 'NP').map((r) => [r.column, r.regime, r.rule])).toEqual([['NP Column 2', null, 'US_NP2_US_ONLY']]);
    // 6A293 (cameras, 2024): "NP applies to entire entry | NP Column 1", yet a temporary unilateral control "for which BIS is
    // seeking multilateral agreement" (STR Trade Report, Feb. 2024): its 9 in the tens place says so; not NSG.
    expect(rowsOf('6A293', 'NP').map((r) => [r.column, r.regime, r.rule])).toEqual([['NP Column 1', null, 'US_NP_X9X_US_ONLY']]);
    expect(parsed.attributions.some((a) => a.code === '6A293' && a.regime === 'NSG')).toBe(false);
    // 4A001: "NP applies, unless a License Exception is available. See § 742.3(b) of the EAR …" (column N/A).
    expect(rowsOf('4A001', 'NP').map((r) => [r.regime, r.rule])).toEqual([[null, 'US_NP_COMPUTERS']]);
    // 2E001 has both: the NP Column 2 row for "technology" for 2A290, 2A291 and 2D290 is US-only.
    expect(rowsOf('2E001', 'NP').map((r) => [r.column, r.regime])).toEqual([
      ['NP Column 1', 'NSG'],
      ['NP Column 2', null],
    ]);
  });

  it('CB Column 3 is US-only; CW is the Chemical Weapons Convention, never the Australia Group', () => {
    // 1C991: "CB applies to 1C991.c | CB Column 3".
    expect(rowsOf('1C991', 'CB').map((r) => [r.regime, r.rule])).toEqual([[null, 'US_CB3_US_ONLY']]);
    // 1C350: "CB applies to entire entry | CB Column 2" and "CW applies to 1C350.b and .c".
    expect(rowsOf('1C350', 'CB')[0]?.regime).toBe('AG');
    expect(rowsOf('1C350', 'CW').map((r) => [r.regime, r.rule])).toEqual([['CWC', 'US_CW_CWC']]);
  });

  it('reads each reason row by its own words, not by its code alone', () => {
    expect(reasonRegime('2B001', 'NP', 'NP Column 1', 'NP applies to 2B001.a, .b, .c, and .d, EXCEPT: …')).toEqual({ regime: 'NSG', rule: 'US_NP1_NSG' });
    expect(reasonRegime('0A501', 'RS', 'RS Column 1', 'RS applies to entire entry except 0A501.y')).toEqual({ regime: null, rule: 'US_REASON_NO_REGIME' });
  });
});

describe('code origin and its exceptions', () => {
  it('takes the regime digit, except for 500/600/900-series and x9x numbers', () => {
    expect(codeOrigin('1C001', 'US', ['NS'])).toEqual({ regime: 'WA', rule: 'CODE_ORIGIN_DIGIT' });
    // 4A090 and 3A090: "RS applies to entire entry" only; a 9 in the tens place, not Wassenaar by their 0.
    expect(codeOrigin('4A090', 'US', ['RS', 'AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_X9X' });
    expect(codeOrigin('3A090', 'US', ['RS', 'AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_X9X' });
    expect(codeOrigin('3B903', 'US', ['NS', 'RS', 'AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_US_SERIES' });
    expect(codeOrigin('9A610', 'US', ['NS', 'MT', 'RS', 'AT', 'UN'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_US_SERIES' });
  });

  it('a CCL 3xx whose reasons name CW but not CB is CWC; EU Category 0 is the NSG trigger list', () => {
    // 1C355: "CW applies to entire entry"; no CB row.
    expect(codeOrigin('1C355', 'US', ['CW', 'AT'])).toEqual({ regime: 'CWC', rule: 'CODE_ORIGIN_CW_3XX' });
    expect(parsed.attributions.filter((a) => a.code === '1C355').every((a) => a.regime === 'CWC')).toBe(true);
    // CCL 0A002 and 0D001: "(These items are “subject to the ITAR.” …)"; 0E001: "Reason for Control:" with no code and
    // "Control(s): “Technology” for items described in 0A002 and 0D001 … is subject to the export licensing authority of
    // the U.S. Department of State, Directorate of Defense Trade Controls (see 22 CFR part 121)." None is Wassenaar.
    expect(codeOrigin('0E001', 'US', [])).toEqual({ regime: null, rule: 'CODE_ORIGIN_CCL_CATEGORY_0' });
    expect(parsed.attributions.filter((a) => ['0A002', '0D001', '0E001'].includes(a.code))).toEqual([]);
    expect(parsed.entries.filter((e) => ['0A002', '0D001', '0E001'].includes(e.code)).map((e) => e.itar)).toEqual([true, true, true]);
    // 1C395: "CB applies to entire entry. The Commerce Country Chart is not designed to determine licensing requirements
    // for items controlled for CB reasons in 1C395. A license is required, for CB reasons, to export or reexport mixtures
    // controlled by 1C395.a and test kits controlled by 1C395.b to States not Party to the CWC …"; "CW applies to entire entry."
    expect(rowsOf('1C395', 'CB').map((r) => [r.regime, r.rule])).toEqual([[null, 'US_CB_CWC_NON_PARTIES']]);
    expect(parsed.attributions.filter((a) => a.code === '1C395').map((a) => a.regime)).toContain('CWC');
    expect(parsed.attributions.filter((a) => a.code === '1C395').every((a) => a.regime === 'CWC')).toBe(true);
    expect(codeOrigin('1C395', 'US', ['CW', 'AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_X9X' });
    // 1C350 keeps its CB Column 2 row: Australia Group.
    expect(rowsOf('1C350', 'CB').map((r) => r.regime)).toEqual(['AG']);
    expect(codeOrigin('0B001', 'EU', [])).toEqual({ regime: 'NSG', rule: 'EU_CATEGORY_0_NSG' });
  });
});

describe('scopes resolved to the paragraphs they name', () => {
  const parts = (code: string) => parsed.entries.filter((e) => e.code.startsWith(`${code}.`)).map((e) => e.code);

  it('"MT applies to 9A610.t, .u, .v, and .w": those paragraphs are MTCR, 9A610.b is not', () => {
    expect(entryAttribution('9A610', 'MTCR')).toMatchObject({ coverage: 'PARTS', conditional: false });
    expect(entryAttribution('9A610', 'MTCR')?.parts).toEqual(expect.arrayContaining(['9A610.t', '9A610.u', '9A610.v']));
    expect(partRegimes('9A610.u')).toContain('MTCR');
    expect(partRegimes('9A610.b')).not.toContain('MTCR');
    // The NS row, "entire entry except: 9A610.b; parts and components controlled in 9A610.x if …; and 9A610.y".
    // 9A610.b and .y are left out whole; .x only "if being exported or reexported for use in an aircraft controlled in
    // 9A610.b", so .x is reached in part (conditional), not left out.
    expect(entryAttribution('9A610', 'WA')).toMatchObject({ coverage: 'WHOLE_EXCEPT', exceptParts: ['9A610.b', '9A610.y'], conditional: true });
    expect(resolved.parts.find((p) => p.code === '9A610.x' && p.regime === 'WA')).toMatchObject({ via: 'WHOLE_EXCEPT', conditional: true });
  });

  it('reads parts named after a gloss in parentheses, and a later "MT also applies to" sentence', () => {
    // 1C010: "NP applies to 1C010.a (aramid “fibrous or filamentary materials”, b (carbon “fibrous and filamentary
    // materials”), and e.1 for “fibrous and filamentary materials” that meet or exceed the control criteria of ECCN 1C210"
    expect(entryAttribution('1C010', 'NSG')).toMatchObject({ coverage: 'PARTS', parts: ['1C010.a', '1C010.b', '1C010.e.1'], conditional: true });
    // 9A515: "MT applies to microcircuits in 9A515.d and 9A515.e.2 when … MT also applies to 9A515.h when the total
    // impulse capacity is equal to or greater than 8.41 × 10^5 newton seconds"
    expect(entryAttribution('9A515', 'MTCR')?.parts).toEqual(['9A515.d', '9A515.e.2', '9A515.h']);
    expect(partRegimes('9A515.h')).toContain('MTCR');
  });

  it('1B001 MT: the excepted paragraphs are d.4, e and f; the note makes only 1B001.d conditional', () => {
    // 1B001: "MT applies to entire entry, except 1B001.d.4, e and f. Note: MT applies to equipment in 1B001.d that meet
    // or exceed the parameters of 1B101 | MT Column 1".
    expect(entryAttribution('1B001', 'MTCR')).toMatchObject({ coverage: 'WHOLE_EXCEPT', exceptParts: ['1B001.d.4', '1B001.e', '1B001.f'], conditional: true });
    const mt = (code: string) => resolved.parts.find((p) => p.code === code && p.regime === 'MTCR');
    for (const code of ['1B001.a', '1B001.b', '1B001.c', '1B001.g']) expect(mt(code)).toMatchObject({ via: 'WHOLE_EXCEPT', conditional: false });
    for (const code of ['1B001.d.1', '1B001.d.2', '1B001.d.3']) expect(mt(code)).toMatchObject({ via: 'WHOLE_EXCEPT', conditional: true });
    for (const code of ['1B001.d', '1B001.d.4', '1B001.e', '1B001.f', '1B001.f.1']) expect(mt(code)).toBeUndefined();
  });

  it('9A610 NS: the conditional exception of .x leaves the other paragraphs whole', () => {
    // The "if being exported … for use in an aircraft controlled in 9A610.b" qualifies the 9A610.x exception only:
    // the paragraphs the except clause does not name, such as the MT paragraphs .t to .w, are NS without condition.
    for (const code of ['9A610.a', '9A610.t', '9A610.u', '9A610.v', '9A610.w.1']) {
      expect(resolved.parts.find((p) => p.code === code && p.regime === 'WA')).toMatchObject({ via: 'WHOLE_EXCEPT', conditional: false });
    }
    expect(partRegimes('9A610.b')).not.toContain('WA');
    expect(partRegimes('9A610.a')).toContain('WA');
  });

  it('"NS applies to entire entry except 0A501.y": every part but .y', () => {
    expect(entryAttribution('0A501', 'WA')).toMatchObject({ coverage: 'WHOLE_EXCEPT', exceptParts: ['0A501.y'], conditional: false });
    expect(partRegimes('0A501.a')).toEqual(['WA']);
    expect(partRegimes('0A501.y')).toEqual([]);
  });

  it('9A012: NS Column 1 "entire entry, except .a.1" and NS Column 2 "9A012.a.1" together reach every paragraph', () => {
    expect(entryAttribution('9A012', 'WA')).toMatchObject({ coverage: 'WHOLE_ENTRY', column: 'NS Column 1 | NS Column 2' });
    // MT: "MT applies to non-military … UAVs … capable of a maximum range of at least 300 kilometers": parameters, not paragraphs.
    expect(entryAttribution('9A012', 'MTCR')).toMatchObject({ coverage: 'PARAMETERS', conditional: true });
    expect(partRegimes('9A012.a')).not.toContain('MTCR');
  });

  it('"NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines … no greater than 35 mm": named parts, under conditions', () => {
    expect(entryAttribution('2B001', 'NSG')).toMatchObject({ coverage: 'PARTS', parts: ['2B001.a', '2B001.b', '2B001.c', '2B001.d'], conditional: true });
  });

  it('"MT applies to items that meet or exceed the parameters of ECCN 1C101" stays partial: parameters, not paragraphs', () => {
    expect(entryAttribution('1C001', 'MTCR')).toMatchObject({ coverage: 'PARAMETERS', conditional: true, parts: [] });
    expect(resolved.parts.some((p) => p.entryCode === '1C001' && p.regime === 'MTCR')).toBe(false);
  });

  it('a technology row that names what it serves reaches the technology for those items: 2E002 NP, SERVED_ITEMS, not parameters', () => {
    // CCL 2E002: "NP applies to “technology” for equipment controlled by 2A225, 2A226, 2B001, 2B004, 2B006, 2B007, 2B009,
    // 2B104, 2B109, 2B116, 2B201, 2B204, 2B206, 2B207, 2B209, 2B225 to 2B233 for NP reasons"; "CB applies to “technology”
    // for equipment Controlled by 2B350 to 2B352 and for valves controlled by 2A226 having the characteristics of those
    // controlled by 2B350.g".
    const np = entryAttribution('2E002', 'NSG');
    expect(np).toMatchObject({ coverage: 'SERVED_ITEMS', conditional: false, parts: [] });
    expect(np?.servedItems).toEqual(expect.arrayContaining(['2A225', '2A226', '2B001', '2B225', '2B229', '2B233']));
    expect(np?.servedItems).toHaveLength(24);
    // The valves are a condition of the CB row; 2B350.g is named for its characteristics, not as served.
    const cb = entryAttribution('2E002', 'AG');
    expect(cb).toMatchObject({ coverage: 'SERVED_ITEMS', conditional: true, servedItems: ['2B350', '2B351', '2B352', '2A226'], conditionalItems: ['2A226'] });
    expect(np?.conditionalItems).toEqual([]);
    // CCL 3E001: "NS applies to “technology” for commodities controlled by 3A001, 3A002, 3A003, 3B001 (except as noted in the
    // heading), 3B002 (except 3B002.c), or 3C001 to 3C006": each exception narrows its own item.
    expect(entryAttribution('3E001', 'WA')?.conditionalItems).toEqual(['3B001', '3B002']);
    // A row naming no code stays a reading by parameters: 7E004 "MT applies to “technology” for equipment or systems controlled for MT reasons".
    expect(entryAttribution('7E004', 'MTCR')).toMatchObject({ coverage: 'PARAMETERS', conditional: true });
    // 1D608 "MT applies to “software” “specially designed” for the “use” of 1B608 equipment in the “production” and handling
    // of materials controlled by 1C608.m …": it serves the equipment, not the materials the equipment makes.
    expect(entryAttribution('1D608', 'MTCR')?.servedItems).toEqual(['1B608']);
    // "3A001.b to 3A001.h" (3D001) spells out the paragraphs between.
    expect(readScope('3D001', 'NS applies to “software” for commodities controlled by 3A001.b to 3A001.h, 3A001.z', []).servedItems).toEqual(
      ['3A001.b', '3A001.c', '3A001.d', '3A001.e', '3A001.f', '3A001.g', '3A001.h', '3A001.z'],
    );
    // The whole row, CCL 3D001: "NS applies to “software” for commodities controlled by 3A001.b to 3A001.h, 3A001.z, and 3B
    // (except as specified in the heading)": the product group is served, and it is what the exception narrows.
    expect(entryAttribution('3D001', 'WA')).toMatchObject({
      coverage: 'SERVED_ITEMS',
      conditional: true,
      servedItems: ['3A001.b', '3A001.c', '3A001.d', '3A001.e', '3A001.f', '3A001.g', '3A001.h', '3A001.z', '3B'],
      conditionalItems: ['3B'],
    });
  });

  it('"CW applies to 1C350.b and .c": CWC for those paragraphs only', () => {
    expect(entryAttribution('1C350', 'CWC')).toMatchObject({ coverage: 'PARTS', parts: ['1C350.b', '1C350.c'], conditional: false });
    expect(partRegimes('1C350.b.1')).toEqual(['AG', 'CWC']);
    // 1C350.d "Other Australia Group-controlled precursor chemicals not also identified as Schedule 1, 2, …": AG only;
    // 1C350.a "[Reserved]" holds no items and is no regime's.
    expect(partRegimes('1C350.d')).toEqual(['AG']);
    expect(partRegimes('1C350.a')).toEqual([]);
  });

  it('reads lists with parenthetical exceptions and sibling tails', () => {
    // 5A001: "NS applies to 5A001.b (except .b.5), .c, .d, .f (except f.3), .g, and .j".
    const reading = readScope('5A001', 'NS applies to 5A001.b (except .b.5), .c, .d, .f (except f.3), .g, and .j', parts('5A001'));
    expect(reading.parts).toEqual(['5A001.b', '5A001.c', '5A001.d', '5A001.f', '5A001.g', '5A001.j']);
    expect(reading.exceptParts).toEqual(['5A001.b.5', '5A001.f.3']);
    // 1C351: "CW applies to 1C351.d.15 and .d.16 …"; the CB row "CB applies to items controlled by 1C351.d.15 and .16".
    expect(readScope('1C351', 'CB applies to items controlled by 1C351.d.15 and .16', parts('1C351')).parts).toEqual(['1C351.d.15', '1C351.d.16']);
    // 3B001 "NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j | NS Column 2": a range of letters alone.
    const b001 = readScope('3B001', 'NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j', parts('3B001'));
    expect(b001.parts.slice(-4)).toEqual(['3B001.g', '3B001.h', '3B001.i', '3B001.j']);
    expect(b001.conditional).toBe(false);
    // 0B505: "NS applies to paragraphs .a and .x".
    expect(readScope('0B505', 'NS applies to paragraphs .a and .x', parts('0B505')).parts).toEqual(['0B505.a', '0B505.x']);
  });

  it('a condition one clause of a row states is that clause\'s paragraphs\' alone; the items a paragraph holds are no condition', () => {
    // 6A003: "NP applies to cameras controlled by 6A003.a.3 or a.4 and to plug-ins in 6A003.a.6 for cameras controlled by
    // 6A003.a.3 or a.4" — the cameras of a.3 and a.4 without condition, the plug-ins of a.6 only for those cameras.
    const cameras = readScope('6A003', 'NP applies to cameras controlled by 6A003.a.3 or a.4 and to plug-ins in 6A003.a.6 for cameras controlled by 6A003.a.3 or a.4', parts('6A003'));
    expect(cameras).toMatchObject({ coverage: 'PARTS', parts: ['6A003.a.3', '6A003.a.4', '6A003.a.6'], conditional: true, conditionalParts: ['6A003.a.6'] });
    const nsgPart = (code: string) => resolved.parts.find((p) => p.code === code && p.regime === 'NSG');
    expect(nsgPart('6A003.a.3')?.conditional).toBe(false);
    expect(nsgPart('6A003.a.4')?.conditional).toBe(false);
    expect(nsgPart('6A003.a.6')?.conditional).toBe(true);
    // 2B116: "NP applies to electrodynamic vibration test systems in 2B116.a and to all items in 2B116.b, .c, and .d".
    expect(readScope('2B116', 'NP applies to electrodynamic vibration test systems in 2B116.a and to all items in 2B116.b, .c, and .d', parts('2B116'))).toMatchObject({
      conditional: true,
      conditionalParts: ['2B116.a'],
    });
    // 1C351: "CB applies to items controlled by 1C351.d.15 and .16" names the paragraphs' items: no condition.
    expect(readScope('1C351', 'CB applies to items controlled by 1C351.d.15 and .16', parts('1C351')).conditional).toBe(false);
  });

  it('names no paragraph the entry lacks without saying so', () => {
    for (const issue of issues) expect(issue.action).toBe('FLAGGED');
    expect(issues.length).toBeLessThan(5);
  });
});

describe('Category 0: one code-origin rule, read per list', () => {
  // DOMAIN.md: "EU **Category 0** implements the NSG trigger list (INFCIRC/254 Part 1) and the Zangger list: it is NSG,
  // not WA, despite its 0xx numbers." Regulation (EU) 2021/821, Annex I, Category 0 "Nuclear materials, facilities and equipment".
  it('an EU Category 0 code is NSG whatever its regime digit', () => {
    for (const code of ['0A001', '0B001', '0C001', '0D001', '0E001', '0C201']) {
      expect(codeOrigin(code, 'EU', [])).toEqual({ regime: 'NSG', rule: 'EU_CATEGORY_0_NSG' });
    }
  });

  // 15 CFR 774.1(b)(2); CCL 0A002 and 0D001: "These items are “subject to the ITAR.”" The Wassenaar Dual-Use List has no
  // Category 0, so the same 0x0xx numbers in the CCL name no regime.
  it('a CCL Category 0 code with the digit 0 names no regime, where the same EU code is NSG', () => {
    for (const code of ['0A002', '0D001', '0E001']) {
      expect(codeOrigin(code, 'US', [])).toEqual({ regime: null, rule: 'CODE_ORIGIN_CCL_CATEGORY_0' });
      expect(codeOrigin(code, 'EU', [])).toEqual({ regime: 'NSG', rule: 'EU_CATEGORY_0_NSG' });
    }
  });

  it("the CCL's other Category 0 numbers are read by the series rule, like any category's", () => {
    // 0A501 "Firearms" (WAML ML1), 0B999: 500 and 900 series.
    expect(codeOrigin('0A501', 'US', ['NS', 'RS', 'FC', 'UN', 'AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_US_SERIES' });
    expect(codeOrigin('0B999', 'US', ['AT'])).toEqual({ regime: null, rule: 'CODE_ORIGIN_US_SERIES' });
  });

  it('outside Category 0 both lists read the regime digit alike', () => {
    for (const [code, regime] of [['1C001', 'WA'], ['9A101', 'MTCR'], ['2B201', 'NSG'], ['1C350', 'AG'], ['1C450', 'CWC']] as const) {
      expect(codeOrigin(code, 'EU', [])).toEqual({ regime, rule: 'CODE_ORIGIN_DIGIT' });
    }
    expect(codeOrigin('2B201', 'US', ['NP'])).toEqual({ regime: 'NSG', rule: 'CODE_ORIGIN_DIGIT' });
  });
});
