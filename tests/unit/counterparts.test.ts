// The same-code comparison and the no-counterpart reasons, on hand-made wordings (scores worked out by hand) and on
// the real entries of the seed files (verdicts from reading both texts, quoted).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareSameCode,
  comparableWording,
  containment,
  contentWords,
  jaccard,
  noCounterpartReason,
  nuclearLicensingNotes,
  renumberedCounterpart,
  type ComparableEntry,
} from '../../seed/enrich/counterparts.js';
import type { EntryRecord } from '../../seed/model.js';
import { parseCcl } from '../../seed/sources/ccl.js';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';

const seed = (path: string) => readFileSync(fileURLToPath(new URL(`../../seed/data/${path}`, import.meta.url)), 'utf8');
const SHA = '0'.repeat(64);
let us: Map<string, ComparableEntry>;
let eu: Map<string, ComparableEntry>;
const asComparable = (jurisdiction: string) => (e: EntryRecord): [string, ComparableEntry] => [e.code, { ...e, jurisdiction }];
beforeAll(() => {
  us = new Map(parseCcl(seed('us-ccl/ccl_supp1.xml'), { file: 'ccl_supp1.xml', sha256: SHA }).entries.filter((e) => e.kind === 'ENTRY').map(asComparable('US')));
  eu = new Map(
    parseEuAnnexI(seed('eu-annex-i/annex_i_en_2025-11.json'), { file: 'annex_i_en_2025-11.json', sha256: SHA }).entries.filter((e) => e.kind === 'ENTRY').map(asComparable('EU')),
  );
});
const get = (list: Map<string, ComparableEntry>, code: string) => {
  const e = list.get(code);
  if (!e) throw new Error(`${code} is not in the seed list`);
  return e;
};

describe('the measure', () => {
  it('reduces wordings to content words: drafting words, numbers and quotes dropped, US and UK spellings made one', () => {
    expect([...contentWords('Body armour and “specially designed” components therefor, as follows:')].sort()).toEqual(['armor', 'body', 'component']);
    expect([...contentWords('Body armor and components therefor')].sort()).toEqual(['armor', 'body', 'component']);
    expect(contentWords('analysers').has('analyzer')).toBe(true);
    expect(contentWords('range of at least 300 km').has('300')).toBe(false);
    // Codes are kept at entry level (what a software or technology entry serves), and so is the phase ("use").
    expect([...contentWords('"Software" specially designed for "use" of equipment specified in 2B351.a.')].sort()).toEqual(['2B351', 'equipment', 'software', 'use']);
  });

  it('title Jaccard and wording containment, by hand', () => {
    const a = new Set(['pressure', 'sensor']);
    const b = new Set(['pressure', 'sensor', 'corrosion', 'resistant']);
    expect(jaccard(a, b)).toBe(2 / 4);
    expect(containment(a, b)).toBe(1);
    expect(containment(new Set(), b)).toBe(0);
  });

  it('compares the CCL heading and items, not its License Requirements or Related Controls', () => {
    const wording = comparableWording(get(us, '9A120'));
    // CCL 9A120 Related Controls: "Also see ECCN 2B352.i for controls on certain spraying or fogging systems" — not its items.
    expect(wording).not.toContain('spraying');
    expect(wording).toContain('aerosol dispensing system');
    expect(wording).not.toContain('License Requirements');
  });
});

describe('verdicts on real pairs', () => {
  it('9A120 diverges: US "Complete unmanned aerial vehicles …" against EU "Liquid or gel propellant tanks …"', () => {
    const c = compareSameCode(get(us, '9A120'), get(eu, '9A120'));
    expect(c).toMatchObject({ verdict: 'DIVERGES', rule: 'WORDING_AND_TITLE_DIFFER', titleSimilarity: 0 });
    expect(c.textSimilarity).toBeLessThan(0.4);
    expect(c.evidence).toContain('US 9A120: “Complete unmanned aerial vehicles');
    expect(c.evidence).toContain('EU 9A120: “Liquid or gel propellant tanks');
  });

  it('headings alike: 1C001 "Materials … for absorbing electromagnetic radiation, or intrinsically conductive polymers" agrees', () => {
    const c = compareSameCode(get(us, '1C001'), get(eu, '1C001'));
    expect(c.verdict).toBe('AGREES');
    expect(c.sharedWords).toEqual(expect.arrayContaining(['absorbing', 'electromagnetic', 'radiation', 'conductive', 'polymer']));
  });

  it('headings unlike, items alike: 9A115 US "Apparatus, devices and vehicles … for the transport, handling, control, activation and launching" and EU "Launch support equipment" agree', () => {
    const c = compareSameCode(get(us, '9A115'), get(eu, '9A115'));
    expect(c.titleSimilarity).toBe(0);
    expect(c.verdict).toBe('AGREES');
    expect(c.sharedWords).toEqual(expect.arrayContaining(['handling', 'activation', 'launching']));
  });

  it('an EU heading too short to tell ("Software" as follows:) gives UNCERTAIN, not DIVERGES, for 9D104', () => {
    expect(get(eu, '9D104').title).toBe('"Software" as follows:');
    expect(compareSameCode(get(us, '9D104'), get(eu, '9D104'))).toMatchObject({ verdict: 'UNCERTAIN', rule: 'WORDING_PARTLY_SHARED' });
  });

  it('0E001: alike words, but EU "goods specified in this Category" (the trigger list) against US "items described in 0A002, or 0D001"', () => {
    const c = compareSameCode(get(eu, '0E001'), get(us, '0E001'));
    expect(c.textSimilarity).toBeGreaterThan(0.8);
    expect(c).toMatchObject({ verdict: 'DIVERGES', rule: 'EU_CATEGORY_0_TRIGGER_LIST' });
  });

  it('9A005: alike words, but the CCL entry is an ITAR placeholder, so it is no counterpart of the EU dual-use item', () => {
    // CCL 9A005 heading: "Liquid rocket propulsion systems containing any of the systems or "components," controlled by
    // 9A006. (These items are "subject to the ITAR." See 22 CFR parts 120 through 130.)"
    for (const c of [compareSameCode(get(us, '9A005'), get(eu, '9A005')), compareSameCode(get(eu, '9A005'), get(us, '9A005'))]) {
      expect(c).toMatchObject({ verdict: 'CONTROLLED_ELSEWHERE', rule: 'US_ITAR_PLACEHOLDER' });
      expect(c.evidence).toContain('subject to the ITAR');
    }
    const eu9A005 = noCounterpartReason(get(eu, '9A005'), { id: 'us', jurisdiction: 'US' }, [{ verdict: 'CONTROLLED_ELSEWHERE', rule: 'US_ITAR_PLACEHOLDER' }], []);
    expect(eu9A005).toMatchObject({ reason: 'US_ITAR_PLACEHOLDER' });
    expect(eu9A005?.evidence).toContain('US Munitions List');
  });

  it('the verdict is the same whichever side comes first', () => {
    for (const code of ['9A120', '1C001', '9D104', '0D001']) {
      const ab = compareSameCode(get(us, code), get(eu, code));
      const ba = compareSameCode(get(eu, code), get(us, code));
      expect([ba.verdict, ba.titleSimilarity, ba.textSimilarity]).toEqual([ab.verdict, ab.titleSimilarity, ab.textSimilarity]);
    }
  });
});

describe('no-counterpart reasons', () => {
  const EU_LIST = { id: 'eu', jurisdiction: 'EU' };
  const US_LIST = { id: 'us', jurisdiction: 'US' };
  const notes = () => nuclearLicensingNotes([...us.values()].filter((e) => e.category === 0));

  it("reads the CCL's own NRC and DOE sentences (0D001 and 0E001 Heading Notes)", () => {
    expect(notes()).toEqual([
      expect.stringContaining('0D001: “Certain “software” for the “development,” “production,” or “use” of nuclear related commodities is subject to the export licensing authority of the Nuclear Regulatory Commission (see 10 CFR part 110).'),
      expect.stringContaining('0E001: ““Technology” for certain items subject to the export licensing authority of the Nuclear Regulatory Commission (see 10 CFR part 110) is subject to the export licensing authority of the Department of Energy (see 10 CFR part 810).'),
    ]);
  });

  it('none when a same-code entry agrees', () => {
    expect(noCounterpartReason(get(us, '1C001'), EU_LIST, [{ verdict: 'AGREES', rule: 'WORDING_CONTAINED' }], [])).toBeNull();
  });

  it('EU 0A001 nuclear reactors: 15 CFR 774.1(b)(2) names 0A001 among the ECCNs that went to the NRC', () => {
    const r = noCounterpartReason(get(eu, '0A001'), US_LIST, [], notes());
    expect(r).toMatchObject({ reason: 'NRC_DOE_LICENSING' });
    expect(r?.evidence).toContain('Nuclear Regulatory Commission at 10 CFR part 110 are: 0A001');
  });

  it('EU 0C003 deuterium: the CCL sentence about deuterium (1C298) is the evidence, not the Category 0 generalities', () => {
    const all = nuclearLicensingNotes([...us.values()]);
    const r = noCounterpartReason(get(eu, '0C003'), US_LIST, [], all);
    expect(r).toMatchObject({ reason: 'NRC_DOE_LICENSING' });
    // CCL 1C298 Related Controls (3): "Deuterium and any deuterium compound, including heavy water, in which the ratio of
    // deuterium atoms to hydrogen atoms exceeds 1:5000; and intended for use in a nuclear reactor is subject to the export
    // licensing authority of the Nuclear Regulatory Commission (see 10 CFR part 110)."
    expect(r?.evidence).toContain('1C298: “(3) Deuterium and any deuterium compound, including heavy water, in which the ratio of deuterium atoms to hydrogen atoms exceeds 1:5000');
    expect(r?.evidence).toContain('(“deuterium”)');
    expect(r?.evidence).not.toContain('0D001:');
    // EU 0D001 (software) names no such item: the Category 0 heading notes stand.
    expect(noCounterpartReason(get(eu, '0D001'), US_LIST, [], all)?.evidence).toContain('0D001: “Certain “software”');
  });

  it('US 9A103 is an ITAR placeholder even though EU has no 9A103', () => {
    // CCL 9A103 heading: "… (These items are “subject to the ITAR.” See 22 CFR parts 120 through 130.)"
    expect(get(us, '9A103').itar).toBe(true);
    expect(noCounterpartReason(get(us, '9A103'), EU_LIST, [], [])?.reason).toBe('US_ITAR_PLACEHOLDER');
  });

  it('US 2B018 "No commodities currently are controlled by this entry" says where they went (0B606)', () => {
    const r = noCounterpartReason(get(us, '2B018'), EU_LIST, [], []);
    expect(r?.reason).toBe('US_NO_ITEMS_MOVED');
    expect(r?.evidence).toContain('0B606');
  });

  it('US 1A290 depleted uranium is a US-only number (x9x) with "Reason for Control: NP, AT"', () => {
    const r = noCounterpartReason(get(us, '1A290'), EU_LIST, [], []);
    expect(r).toMatchObject({ reason: 'US_ONLY_NUMBER' });
    expect(r?.evidence).toContain('Reason for Control: NP, AT');
  });

  it('the same heading and wording under another number: EU 2B219 is the CCL\'s 2B229, EU 3A504 the CCL\'s 3A904; EU 3A501 is not 3A001', () => {
    // EU 2B219 "Centrifugal multiplane balancing machines, fixed or portable, horizontal or vertical, as follows: …"; CCL
    // 2B229 "Centrifugal multiplane balancing machines, fixed or portable, horizontal or vertical, as follows …".
    const usEntries = [...us.values()];
    expect(renumberedCounterpart(get(eu, '2B219'), usEntries)?.code).toBe('2B229');
    const r = noCounterpartReason(get(eu, '3A504'), US_LIST, [], notes(), renumberedCounterpart(get(eu, '3A504'), usEntries));
    expect(r).toMatchObject({ reason: 'SAME_ITEMS_OTHER_NUMBER' });
    expect(r?.evidence).toContain('under 3A904 (a comparison of wordings');
    // EU 3A501 "Electronic items as follows:" holds the EU's own additions; the CCL 3A001 of the same heading other items.
    expect(renumberedCounterpart(get(eu, '3A501'), usEntries)).toBeNull();
  });

  it('chemicals named by CAS number on one side only: EU 1C011 adds iodine pentafluoride, which the CCL\'s 1C011 does not name', () => {
    // EU 1C011 "e. Iodine pentafluoride (CAS 7783-66-6)"; the CCL's 1C011 names no CAS 7783-66-6 (nor does any CCL entry).
    const c = compareSameCode(get(eu, '1C011'), get(us, '1C011'));
    expect(c).toMatchObject({ verdict: 'UNCERTAIN', rule: 'CAS_NUMBERS_DIFFER' });
    expect(c.evidence).toContain('EU 1C011 names CAS 7783-66-6, which the other does not');
    expect(noCounterpartReason(get(eu, '1C011'), US_LIST, [c], notes())?.evidence).toContain('name different chemicals by CAS number');
    // The same CAS numbers on both sides change nothing: US and EU 1A004 name the same riot control agents,
    // "(o-Chlorobenzylidenemalononitrile) (CS) (CAS 2698-41-1)" among them, and agree.
    expect(compareSameCode(get(eu, '1A004'), get(us, '1A004')).verdict).toBe('AGREES');
  });

  it('values that differ cite the N.B. that sends some items elsewhere: EU 6A205 "N.B. For copper vapour lasers, see 6A005.b."', () => {
    // CCL 6A205.a "Copper vapor lasers having both of the following characteristics: a.1. Operating at wavelengths between
    // 500 nm and 600 nm; …": the EU's 6A205 sends copper vapour lasers to 6A005.b.
    const w = (part: string, value: number, valueMax: number) => ({
      parameter: 'wavelength', comparator: 'range', value, valueMax, unit: 'nm', baseValue: value * 1e-9, baseValueMax: valueMax * 1e-9, baseUnit: 'm', part,
    });
    const c = compareSameCode({ ...get(us, '6A205'), values: [w('6A205.a.1', 500, 600)] }, { ...get(eu, '6A205'), values: [w('6A205.a.1', 400, 515)] });
    expect(c).toMatchObject({ verdict: 'UNCERTAIN', rule: 'VALUES_DIFFER' });
    expect(c.evidence).toContain('EU 6A205 points elsewhere: “N.B. For copper vapour lasers, see 6A005.b.”');
  });

  it('like words with other bounds: values compared paragraph by paragraph, within 3 %, a renumbering not a difference', () => {
    // The values as the threshold reading stores them for US 1B228.b "0.5 to 5 MPa (5 to 50 atmospheres)" and EU 1B228.b
    // "in the range of 0,1 MPa to 1 MPa": 5 atmospheres is 0.507 MPa, one value written two ways.
    const v = (part: string, value: number, valueMax: number, unit: string, base: number) => ({
      parameter: 'pressure', comparator: 'range', value, valueMax, unit, baseValue: value * base, baseValueMax: valueMax * base, baseUnit: 'Pa', part,
    });
    const us1B228 = { ...get(us, '1B228'), values: [v('1B228.b', 0.5, 5, 'MPa', 1e6), v('1B228.b', 5, 50, 'atm', 101325)] };
    const eu1B228 = { ...get(eu, '1B228'), values: [v('1B228.b', 0.1, 1, 'MPa', 1e6)] };
    const c = compareSameCode(us1B228, eu1B228);
    expect(c).toMatchObject({ verdict: 'UNCERTAIN', rule: 'VALUES_DIFFER' });
    expect(c.evidence).toContain('1B228.b pressure: US 0.5 to 5 MPa, 5 to 50 atm, which EU 1B228 states nowhere; EU 0.1 to 1 MPa, which US 1B228 states nowhere');
    // Only the values the other side states nowhere are named: a value of the same paragraph found elsewhere is left out.
    const renumbered = compareSameCode(us1B228, { ...eu1B228, values: [v('1B228.b', 0.1, 1, 'MPa', 1e6), v('1B228.c', 0.5, 5, 'MPa', 1e6)] });
    expect(renumbered.evidence).toContain('1B228.b pressure: EU 0.1 to 1 MPa, which US 1B228 states nowhere');
    expect(renumbered.evidence).not.toContain('US 0.5');
    expect(compareSameCode(us1B228, { ...eu1B228, values: [v('1B228.b', 5, 50, 'atm', 101325)] }).verdict).toBe('AGREES');
    // The same value in another paragraph of the other entry is the same bound renumbered.
    expect(compareSameCode(us1B228, { ...eu1B228, values: [v('1B228.b', 0.5, 5, 'MPa', 1e6), v('1B228.c', 0.1, 1, 'MPa', 1e6)] }).verdict).toBe('AGREES');
    // A bare value and a bound at the same number are one bound: EU 3A233.d.2 "'cold traps' that can be cooled to
    // a temperature of 193 K (-80 °C)", CCL "… cooled to a temperature of 193 K (−80 °C) or less".
    const t = (comparator: string) => ({ parameter: 'temperature', comparator, value: 193, valueMax: null, unit: 'K', baseValue: 193, baseValueMax: null, baseUnit: 'K', part: '3A233.d.2' });
    expect(compareSameCode({ ...get(us, '3A233'), values: [t('<=')] }, { ...get(eu, '3A233'), values: [t('=')] }).rule).not.toBe('VALUES_DIFFER');
    // A paragraph bounded on one side only is left to the words.
    expect(compareSameCode(us1B228, { ...eu1B228, values: [v('1B228.c', 0.1, 1, 'MPa', 1e6)] }).verdict).toBe('AGREES');
  });

  it('technology for other phases: CCL 1E203 development or production, EU 1E203 development only', () => {
    // CCL 1E203: "“Technology” according to the General Technology Note for the “development” or “production” of
    // “software” controlled by 1D201."; EU 1E203: ""Technology" according to the General Technology Note for the
    // "development" of "software" specified in 1D201."
    const c = compareSameCode(get(us, '1E203'), get(eu, '1E203'));
    expect(c).toMatchObject({ verdict: 'UNCERTAIN', rule: 'PHASES_DIFFER' });
    expect(c.evidence).toContain('the headings name other phases: US development, production; EU development');
    // A heading that names no phase ("“Technology” as follows:", EU 9E101) is left to the words.
    expect(compareSameCode(get(us, '9E101'), get(eu, '9E101')).rule).not.toBe('PHASES_DIFFER');
  });

  it('when the sources say nothing, it says so: EU 9A121 umbilical connectors', () => {
    expect(noCounterpartReason(get(eu, '9A121'), US_LIST, [], notes())).toMatchObject({ reason: 'NOT_STATED' });
  });
});
