// EU Annex I item paragraphs as parts. Expected codes and words are read off the Annex I text quoted
// with each test (the consolidated 2025-11-15 English text, as the seed file gives it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';
import { euParts } from '../../seed/sources/euParts.js';

const FILE = 'seed/data/eu-annex-i/annex_i_en_2025-11.json';
const json = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
const parsed = parseEuAnnexI(json, { file: FILE, sha256: '4ea566b0fc57e17de3ec9e22c69506337f83c284657943fb66dd95d7ea3aebfa' });

const partsOf = (code: string) => parsed.entries.filter((e) => e.kind === 'PART' && e.code.startsWith(`${code}.`));
const codesOf = (code: string, depth?: number) =>
  partsOf(code)
    .filter((p) => depth === undefined || p.depth === depth)
    .map((p) => p.code);
const part = (code: string) => {
  const found = parsed.entries.find((e) => e.code === code && e.kind === 'PART');
  if (!found) throw new Error(`no part ${code}`);
  return found;
};
const issuesOf = (code: string) => parsed.issues.filter((i) => i.record === code);

describe('EU parts on real entries', () => {
  it('2E003: a. to f.; the deposition table printed after f. numbers its columns, not paragraphs of f.', () => {
    // "f. "Technology" for the application of inorganic overlay coatings … (specified in column 3 of the following
    // table) … Table Deposition techniques 1. Coating Process (1) (8) 2. Substrate 3. Resultant Coating A. Chemical
    // Vapour Deposition (CVD) …" (the table is printed after 2E301 and moved here: 2E003.f controls by it).
    expect(codesOf('2E003', 1)).toEqual(['2E003.a', '2E003.b', '2E003.c', '2E003.d', '2E003.e', '2E003.f']);
    expect(codesOf('2E003').filter((c) => c.startsWith('2E003.f.'))).toEqual([]);
    expect(part('2E003.f').text).toContain('Table Deposition techniques 1. Coating Process');
  });

  it('4E001: a., b.1–b.3, c.; the category\'s closing "TECHNICAL NOTE ON "ADJUSTED PEAK PERFORMANCE"" numbers steps, not paragraphs of c.', () => {
    // "c. "Technology" for the "development" of "intrusion software". Note 1: … TECHNICAL NOTE ON "ADJUSTED PEAK PERFORMANCE"
    // ("APP") … Outline of "APP" calculation method 1. For each processor i, determine the peak number of 64-bit or larger
    // floating point operations, FPOi, …"
    expect(codesOf('4E001')).toEqual(['4E001.a', '4E001.b', '4E001.b.1', '4E001.b.2', '4E001.b.3', '4E001.c']);
    expect(part('4E001.c').text).not.toContain('For each processor i');
  });

  it('1C001: a., b., c. with c.1–c.5; the lists of Note 1 to 1C001.a and of the note to 1C001.b are not parts', () => {
    // "a. Materials for absorbing frequencies exceeding 2 × 108 Hz … Note 1: 1C001.a does not control: a. Hair type
    // absorbers … e. Planar absorbers … b. Materials not transparent to visible light … Note: 1C001.b does not control …
    // a. "Laser" marking of polymers; or b. "Laser" welding of polymers. c. Intrinsically conductive polymeric materials
    // … 1. Polyaniline; 2. Polypyrrole; 3. Polythiophene; 4. Poly phenylene-vinylene; or 5. Poly thienylene-vinylene."
    expect(codesOf('1C001')).toEqual(['1C001.a', '1C001.b', '1C001.c', '1C001.c.1', '1C001.c.2', '1C001.c.3', '1C001.c.4', '1C001.c.5']);
    // Titles are the first sentence, cut at a word within 200 characters as the CCL's are.
    expect(part('1C001.b').title).toBe(
      'Materials not transparent to visible light and specially designed for absorbing near-infrared radiation having a wavelength exceeding 810 nm but less than 2 000 nm (frequencies exceeding 150 THz but…',
    );
    // The note stays in the text of the part it follows.
    expect(part('1C001.a').text).toContain('Note 1: 1C001.a does not control: a. Hair type absorbers');
    expect(part('1C001.a').text).toContain('Note 2: Nothing in Note 1 to 1C001.a. releases magnetic materials');
    expect(part('1C001.c.5')).toMatchObject({ parentCode: '1C001.c', depth: 2, category: 1, group: 'C', kind: 'PART' });
    expect(part('1C001.c.5').text).toMatch(/^Poly thienylene-vinylene\. Note: 1C001\.c does not control materials in a liquid form\./);
  });

  it('1A002: a.1–a.2, b.1.a–b.1.b, b.2; "specified in 1C010.c. or 1C010.d." starts nothing', () => {
    // "a. Made from any of the following: 1. An organic "matrix" and "fibrous or filamentary materials" specified in
    // 1C010.c. or 1C010.d.: or 2. Prepregs or preforms specified in 1C010.e.; b. Made from a metal or carbon "matrix",
    // and any of the following: 1. Carbon "fibrous or filamentary materials" having all of the following: a. A "specific
    // modulus" exceeding 10,15 × 106 m; and b. A "specific tensile strength" exceeding 17,7 × 104 m; or 2. Materials
    // specified in 1C010.c. Note 1: 1A002.b.1 does not control … as follows: a. Metal heat-treatment furnaces …"
    expect(codesOf('1A002')).toEqual([
      '1A002.a',
      '1A002.a.1',
      '1A002.a.2',
      '1A002.b',
      '1A002.b.1',
      '1A002.b.1.a',
      '1A002.b.1.b',
      '1A002.b.2',
    ]);
    expect(part('1A002.b.1.a')).toMatchObject({ parentCode: '1A002.b.1', depth: 3, title: 'A "specific modulus" exceeding 10,15 × 106 m' });
    expect(part('1A002.b.2').text).toContain('Note 1: 1A002.b.1 does not control semi-finished items');
  });

  it('2B350: a. to k., each with the eight materials of its list', () => {
    // "a. Reaction vessels or reactors … N.B. For prefabricated repair assemblies, see 2B350.k. 1. 'Alloys' with more
    // than 25 % nickel and 20 % chromium by weight; … or 8. Niobium (columbium) or niobium 'alloys'; b. Agitators …"
    // and, last, "k. Prefabricated repair assemblies having metallic surfaces …"
    expect(codesOf('2B350', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((l) => `2B350.${l}`));
    expect(codesOf('2B350.a')).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `2B350.a.${n}`));
    expect(part('2B350.a.1').title).toBe("'Alloys' with more than 25 % nickel and 20 % chromium by weight");
    expect(part('2B350.a').text).toContain('N.B. For prefabricated repair assemblies, see 2B350.k.');
  });

  it('9A012: a. (a.1.a, a.1.b, a.2) and b. (b.1–b.4); the Technical Notes 1.–3. stay in 9A012.a.2', () => {
    // "a. "UAVs" or unmanned "airships", … having any of the following: 1. Having all of the following: a. A maximum
    // 'endurance' greater than or equal to 30 minutes but less than 1 hour; and b. Designed to take-off … ; or 2. A maximum
    // 'endurance' of 1 hour or greater; Technical Notes: For the purposes of 9A012.a.: 1. 'Operator' is a person … 2.
    // 'Endurance' is to be calculated … 3. 'Natural vision'means unaided human sight … b. Related equipment and
    // components, as follows: 1. Not used; 2. Not used; 3. Equipment or components … 4. Air breathing reciprocating …"
    expect(codesOf('9A012')).toEqual([
      '9A012.a',
      '9A012.a.1',
      '9A012.a.1.a',
      '9A012.a.1.b',
      '9A012.a.2',
      '9A012.b',
      '9A012.b.1',
      '9A012.b.2',
      '9A012.b.3',
      '9A012.b.4',
    ]);
    expect(part('9A012.a.2').text).toContain("Technical Notes: For the purposes of 9A012.a.: 1. 'Operator' is a person");
    expect(part('9A012.b.1').title).toBe('Not used');
  });

  it('8A001: the Technical Notes numbered 1. and 2. after 8A001.b.3.b are not items; c. follows b.', () => {
    // "3. Having all of the following: a. Designed to continuously 'operate autonomously' for 10 hours or more; and b.
    // 'Range' of 25 nautical miles or more; Technical Notes: 1. For the purposes of 8A001.b., 'operate autonomously' means
    // … 2. For the purposes of 8A001.b.3.b., 'range' means … c. Unmanned submersible vehicles, as follows:"
    expect(codesOf('8A001.b')).toEqual(['8A001.b.1', '8A001.b.1.a', '8A001.b.1.b', '8A001.b.2', '8A001.b.3', '8A001.b.3.a', '8A001.b.3.b']);
    expect(part('8A001.b.3.b').text).toContain("Technical Notes: 1. For the purposes of 8A001.b., 'operate autonomously' means");
    expect(part('8A001.c').title).toBe('Unmanned submersible vehicles, as follows');
  });

  it('0B001 (Category 0): the Technical Note on "high strength-to-density ratio material" is not b.1–b.3; b.1 is Gas centrifuges', () => {
    // "b. Gas centrifuges and assemblies and components, … as follows: Technical Note: In 0B001.b. 'high strength-to-density
    // ratio material' means any of the following: 1. Maraging steel …; 2. Aluminium alloys …; or 3. "Fibrous or filamentary
    // materials" …; 1. Gas centrifuges; 2. Complete rotor assemblies; … 7. Magnetic suspension bearings as follows: a. Bearing
    // assemblies … b. Active magnetic bearings …"
    expect(part('0B001.b.1').title).toBe('Gas centrifuges');
    expect(part('0B001.b.2').title).toBe('Complete rotor assemblies');
    expect(codesOf('0B001.b.7')).toEqual(['0B001.b.7.a', '0B001.b.7.b']);
    expect(part('0B001.b').text).toContain("Technical Note: In 0B001.b. 'high strength-to-density ratio material' means");
    // "c. Equipment and components, specially designed or prepared for gaseous diffusion separation process" follows
    // "b.14 … b. Bellows-sealed valves …": the entry cites "compressors or blowers specified in 0B001.c.3.", so c. is 0B001.c.
    expect(part('0B001.c').title).toMatch(/^Equipment and components, specially designed or prepared for gaseous diffusion separation/);
    expect(part('0B001.c.4').title).toMatch(/^Rotary shaft seals for compressors or blowers specified in 0B001\.c\.3/);
  });

  it('1C350: items numbered from 1. are coded 1C350.1 …, as the entry cites them ("1C350.1, .3, .5 …")', () => {
    // "1. Thiodiglycol (CAS 111-48-8); 2. Phosphorus oxychloride (CAS 10025-87-3)"
    expect(part('1C350.1')).toMatchObject({ parentCode: '1C350', depth: 1, title: 'Thiodiglycol (CAS 111-48-8)' });
    expect(part('1C350.2').title).toBe('Phosphorus oxychloride (CAS 10025-87-3)');
  });

  it('gives no parts to an entry whose labels break off, and says where (1C450, whose b. heading the source lost)', () => {
    // 1C450: "7. Chloropicrin: Trichloronitromethane (CAS 76-06-2); Note 1: … Note 3: 1C450.b.1 does not control Fonofos:
    // O-Ethyl S-phenyl ethylphosphonothiolothionate (CAS 944-22-9); 2. N,N-Dialkyl [methyl, ethyl or propyl (normal or
    // iso)] phosphoramidic dihalides …": the note names 1C450.b.1, but no "b." was read for a "2." to hang from.
    expect(partsOf('1C450')).toEqual([]);
    expect(issuesOf('1C450').find((i) => i.problem.startsWith('no parts'))).toMatchObject({ action: 'FLAGGED' });
    expect(issuesOf('1C450').find((i) => i.problem.startsWith('no parts'))?.problem).toContain('item label "2." after 1C450.a.7');
  });

  it('3A001: "4." after 3A001.b.1 is 3A001.b.4, as the note just before it ("determined by 3A001.b.3.") places it; the gap is flagged', () => {
    // 3A001.b: "1. "Vacuum electronic devices" and cathodes, as follows: Note 1: 3A001.b.1 does not control … Note 2:
    // 3A001.b.3 includes bare dice, dice mounted on carriers, or dice mounted in packages. Some discrete transistors may
    // also be referred to as power amplifiers, but the status of these discrete transistors is determined by 3A001.b.3.
    // 4. Microwave solid-state amplifiers and microwave assemblies/modules containing microwave solid-state amplifiers"
    // (the parse lost 3A001.b.1's items, b.2 and b.3).
    expect(part('3A001.b.1').title).toBe('"Vacuum electronic devices" and cathodes, as follows');
    expect(part('3A001.b.1').text).toContain('Note 2: 3A001.b.3 includes bare dice');
    expect(part('3A001.b.4')).toMatchObject({ parentCode: '3A001.b', depth: 2 });
    expect(part('3A001.b.4').title).toMatch(/^Microwave solid-state amplifiers and microwave assemblies\/modules/);
    expect(codesOf('3A001.b', 2).slice(0, 2)).toEqual(['3A001.b.1', '3A001.b.4']);
    expect(codesOf('3A001', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((l) => `3A001.${l}`));
    expect(issuesOf('3A001').find((i) => i.problem.startsWith('items lost before 3A001.b.4'))).toMatchObject({ action: 'FLAGGED' });
    expect(issuesOf('3A001').find((i) => i.problem.startsWith('items lost before'))?.problem).toContain('which follows 3A001.b.3');
  });

  it('6A002: e. to g. after 6A002.a.3 are 6A002.a.3.e–g, as its notes on 6A002.a.3.d place them; a.3.a–d are lost, not guessed', () => {
    // "3. Non-"space-qualified""focal plane arrays" as follows: … Note 2: 6A002.a.3.d does not control "focal plane arrays"
    // (not to exceed 32 elements) having detector elements limited solely to germanium material. Technical Note: For the
    // purposes of 6A002.a.3.d., 'cross-scan direction' is defined as … e. Non-"space-qualified" linear (1-dimensional)
    // "focal plane arrays" … f. Non-"space-qualified" non-linear (2-dimensional) infrared "focal plane arrays" based on
    // 'microbolometer' material … g. Non-"space-qualified""focal plane arrays" having all of the following: … 3. Greater
    // than 32 elements; b. "Monospectral imaging sensors" …"
    expect(codesOf('6A002.a.3')).toEqual(['6A002.a.3.e', '6A002.a.3.f', '6A002.a.3.g', '6A002.a.3.g.1', '6A002.a.3.g.2', '6A002.a.3.g.3']);
    expect(part('6A002.a.3.e')).toMatchObject({ parentCode: '6A002.a.3', depth: 3 });
    expect(part('6A002.a.3.e').title).toMatch(/^Non-"space-qualified" linear \(1-dimensional\) "focal plane arrays"/);
    expect(part('6A002.a.3').text).toContain('Note 2: 6A002.a.3.d does not control "focal plane arrays" (not to exceed 32 elements)');
    expect(part('6A002.b').title).toMatch(/^"Monospectral imaging sensors" and "multispectral imaging sensors"/);
    // "e. Not used. f. 'Read-out integrated circuits' ('ROIC') …"
    expect(codesOf('6A002', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `6A002.${l}`));
    expect(issuesOf('6A002').find((i) => i.problem.startsWith('items lost before 6A002.a.3.e'))).toMatchObject({ action: 'FLAGGED' });
  });

  it('7A003: c. and d. follow the note on 7A003.b; the lost a. and b. get no parts', () => {
    // "N.B. SEE ALSO 7A103. Note: 7A003.b refers to systems in which 'inertial measurement equipment or systems' and other
    // independent 'positional aiding references' are built into a single unit … c. Designed for "aircraft", land vehicles
    // or vessels, providing heading or True North determination … d. Providing acceleration measurements or angular rate
    // measurements, in more than one dimension …"
    expect(codesOf('7A003')).toEqual(['7A003.c', '7A003.c.1', '7A003.c.2', '7A003.d', '7A003.d.1', '7A003.d.2']);
    expect(part('7A003.c')).toMatchObject({ parentCode: '7A003', depth: 1 });
    expect(issuesOf('7A003').find((i) => i.problem.startsWith('items lost before 7A003.c'))?.problem).toContain('from the heading');
  });

  it('an entry PROVENANCE.md lists as having lost its sub-items has the items after the loss (9E003 from d., 6A008 from j.)', () => {
    // 9E003: "Note 9E003.c does not control "technology" for manufacturing constant radius cylindrical holes … Technical
    // Notes: For the purposes of 9E003.c.: 1. The 'cross-sectional area' is … 4. Methods for manufacturing holes include …
    // d. "Technology""required" for the "development" or "production" of helicopter power transfer systems …"
    expect(partsOf('9E003').filter((p) => p.depth === 1).map((p) => p.code)).toEqual(['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((l) => `9E003.${l}`));
    // 6A008 "… j. Being "laser" radar or Light Detection and Ranging (LIDAR) equipment and having any of the following: …"
    // (the CCL's 6A008.j); a. to i. are lost.
    expect(partsOf('6A008').filter((p) => p.depth === 1).map((p) => p.code)).toEqual(['6A008.j', '6A008.k', '6A008.l']);
    // The rule itself reads it: d. follows 9E003.c, and the Technical Note on 'box volume' keeps both its lists ("Width:
    // The largest of any of the following: a. …; b. …; or c. The diameter of the flywheel housing; Height: The largest of
    // any of the following: a. …; or b. The diameter of the flywheel housing. f. "Technology""required" for the
    // "production" of specially designed components for "high output diesel engines" …").
    const text = parsed.entries.find((e) => e.code === '9E003')!.text;
    const read = euParts('9E003', text);
    expect(read.status).toBe('PARTS');
    if (read.status !== 'PARTS') return;
    expect(read.parts.filter((p) => p.depth === 1).map((p) => p.code)).toEqual(['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((l) => `9E003.${l}`));
    expect(read.parts.map((p) => p.code)).not.toContain('9E003.e.3.a');
    expect(read.gaps).toEqual([{ code: '9E003.d', follows: '9E003.c', after: null }]);
    expect(euParts('9E003', text, { bridgeGaps: false }).status).toBe('OUT_OF_ORDER');
  });

  it('a note that names a paragraph under an item not read bridges nothing (1C002)', () => {
    // 1C002: "N.B. SEE ALSO 1C202. Note: 1C002.c.1.a includes nickel alloys qualified for aero, aero-derivative, industrial
    // or marine gas turbine engines. b. Niobium alloys (Nb-Al-X or Nb-X-Al, Nb-Si-X or Nb-X-Si, Nb-Ti-X or Nb-X-Ti); c.
    // Titanium alloys": "b." is 1C002.c.1.b, under a 1C002.c and c.1 the source lost.
    const text = parsed.entries.find((e) => e.code === '1C002')!.text;
    expect(euParts('1C002', text)).toMatchObject({ status: 'OUT_OF_ORDER' });
  });

  it('6A003: Note 3\'s "1 The placement", which lost its full stop, is restored; the entry is split and the notes\' lists are no parts', () => {
    // Note 3 to 6A003.b.4.b: "c. The camera is specially designed for installation into a civilian passenger land vehicle
    // and having all of the following: 1 The placement and configuration of the camera within the vehicle are solely to
    // assist the driver in the safe operation of the vehicle; 2. Is only operable when installed in any of the following:"
    expect(issuesOf('6A003').map((i) => i.problem)).toContain('item label "1" lacks its full stop in the source; restored');
    expect(parsed.entries.find((e) => e.code === '6A003')!.text).toContain('having all of the following: 1. The placement and configuration');
    expect(codesOf('6A003', 1)).toEqual(['6A003.a', '6A003.b']);
    expect(codesOf('6A003', 2)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `6A003.a.${n}`).concat([1, 2, 3, 4, 5].map((n) => `6A003.b.${n}`)));
    // "4. Imaging cameras incorporating "focal plane arrays" having any of the following: a. … specified in 6A002.a.3.a. to
    // 6A002.a.3.e.; b. … specified in 6A002.a.3.f.; or c. … specified in 6A002.a.3.g.; Note 1: … Note 2: … Note 3: … Note
    // 4: … 5. Imaging cameras incorporating solid-state detectors specified in 6A002.a.1."
    expect(codesOf('6A003.b.4')).toEqual(['6A003.b.4.a', '6A003.b.4.b', '6A003.b.4.c']);
    expect(part('6A003.b.4.c').text).toContain('Note 3: 6A003.b.4.b does not control imaging cameras having any of the following');
    expect(part('6A003.b.4.c').text).toContain('Note 4: 6A003.b.4.c does not control imaging cameras');
    expect(part('6A003.b.5').title).toBe('Imaging cameras incorporating solid-state detectors specified in 6A002.a.1');
  });

  it('0B004.b.10: its list numbered "1." to "4." under a numbered item stays its words; b.1–b.10 are parts', () => {
    // "9. Ammonia synthesis converters or synthesis units specially designed or prepared for heavy water production
    // utilising the ammonia-hydrogen exchange process. 10. Complete columns or towers specially designed or prepared for
    // hydrogen isotope exchange having all of the following: 1. Packed with random or structured wet-proofed platinised
    // catalysts; 2. Constructed of carbon steel or stainless steel; 3. Capable of operating with pressure in the range of
    // 0.1 to 4 MPa; and 4. Capable of operating at temperatures in the range of 293 K (20 °C) to 473 K (200 °C)."
    expect(codesOf('0B004', 1)).toEqual(['0B004.a', '0B004.b']);
    expect(codesOf('0B004.b')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `0B004.b.${n}`));
    expect(codesOf('0B004.a')).toEqual([1, 2, 3, 4, 5].map((n) => `0B004.a.${n}`));
    expect(part('0B004.b.10').text).toContain('1. Packed with random or structured wet-proofed platinised catalysts; 2. Constructed of carbon steel');
    expect(part('0B004.b.10').text).toMatch(/and 4\. Capable of operating at temperatures in the range of 293 K \(20 °C\) to 473 K \(200 °C\)\.$/);
    expect(part('0B004.b.6').title).toBe('Not used');
  });

  it('8A001: "d. Not used" after 8A001.c.2.c.2 is 8A001.d, not an item of c.2\'s "all of the following"; e. to i. follow it', () => {
    // "2. Unmanned submersible vehicles, not specified in 8A001.c.1., having all of the following: a. Designed to operate
    // with a tether; b. Designed to operate at depths exceeding 1 000 m; c. Having any of the following: 1. Designed for
    // self-propelled manoeuvre using propulsion motors or thrusters specified in 8A002.a.2.; or 2. Fibre optic data link;
    // d. Not used; e. Ocean salvage systems with a lifting capacity exceeding 5 MN for salvaging objects from depths
    // exceeding 250 m and having any of the following: 1. Dynamic positioning systems …; or 2. Seafloor navigation and
    // navigation integration systems …; f. Not used; g. Not used; h. Not used; i. Not used."
    expect(codesOf('8A001', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((l) => `8A001.${l}`));
    expect(codesOf('8A001.c.2', 3)).toEqual(['8A001.c.2.a', '8A001.c.2.b', '8A001.c.2.c']);
    expect(part('8A001.d')).toMatchObject({ parentCode: '8A001', title: 'Not used' });
    expect(part('8A001.e').title).toBe('Ocean salvage systems with a lifting capacity exceeding 5 MN for salvaging objects from depths exceeding 250 m and having any of the following');
    expect(codesOf('8A001.e')).toEqual(['8A001.e.1', '8A001.e.2']);
    expect(part('8A001.e.1').title).toMatch(/^Dynamic positioning systems capable of position keeping within 20 m/);
    // "1. Unmanned submersible vehicles having any of the following: a. …; or b. Acoustic data or command link; c. Not
    // used;": a list of alternatives keeps its withdrawn item.
    expect(part('8A001.c.1.c')).toMatchObject({ parentCode: '8A001.c.1', title: 'Not used' });
  });

  it('a note after an item\'s words is not its title (7A002.a.1.b)', () => {
    // "b. An "angle random walk" of less (better) than or equal to 0,0035 degree per square root hour; or Note: 7A002.a.1.b
    // does not control "spinning mass gyros"."
    expect(part('7A002.a.1.b').title).toBe('An "angle random walk" of less (better) than or equal to 0,0035 degree per square root hour');
  });

  it('restores a label that lost its full stop, and reads "c. any of the following:" as a label (1C351, 1B118)', () => {
    // 1C351.c: "11. Clostridium butyricum, …; 12 Clostridium perfringens epsilon toxin producing types; 13. Coxiella burnetii"
    // (the source drops the period of "12"): restored, with a REPAIRED issue, and the entry is split.
    expect(issuesOf('1C351').map((i) => i.problem)).toContain('item label "12" lacks its full stop in the source; restored');
    expect(partsOf('1C351').map((e) => e.code)).toEqual(expect.arrayContaining(['1C351.c.11', '1C351.c.12', '1C351.c.13', '1C351.d']));
    // 1B118: "b. Capable of controlling the temperature of the mixing chamber; c. any of the following: 1. Two or more
    // mixing/kneading shafts; …": c. is an item, not part of b.
    expect(partsOf('1B118').map((e) => e.code)).toEqual(expect.arrayContaining(['1B118.b', '1B118.c', '1B118.c.1']));
    expect(partsOf('1B118').map((e) => e.code)).not.toContain('1B118.b.1');
  });

  it('bridges 2B001, whose items a.–c. the source lost: d.–f. follow the note on 2B001.c once its list has ended', () => {
    // "N.B. SEE ALSO 2B201. Note 1: 2B001.a does not control turning machines … Note 2: 2B001.c does not control grinding
    // machine as follows: a. Cylindrical …; b. Machines designed specifically as jig grinders …; c. Surface grinders. d.
    // Electrical discharge machines (EDM) of the non-wire type … e. Machine tools for removing metals, ceramics or
    // "composites", having all of the following: … f. Deep-hole-drilling machines …"
    expect(partsOf('2B001').map((e) => e.code)).toEqual(['2B001.d', '2B001.e', '2B001.e.1', '2B001.e.1.a', '2B001.e.1.b', '2B001.e.1.c', '2B001.e.2', '2B001.e.2.a', '2B001.e.2.b', '2B001.f']);
    expect(partsOf('2B001')[0]?.text).toMatch(/^Electrical discharge machines \(EDM\) of the non-wire type/);
    // The note's own a.–c. stay the note's words, and the gap is told.
    expect(partsOf('2B001').some((e) => /Surface grinders/.test(e.text))).toBe(false);
    expect(issuesOf('2B001').map((i) => i.problem)).toContainEqual(expect.stringMatching(/^items lost before 2B001\.d: /));
  });

  it('keeps the entry text whole and puts parts right after their entry', () => {
    const entry = parsed.entries.find((e) => e.code === '1C001')!;
    expect(entry.text).toContain('c. Intrinsically conductive polymeric materials');
    const at = parsed.entries.indexOf(entry);
    expect(parsed.entries[at + 1]?.code).toBe('1C001.a');
    // Every part's parent is in the list, and comes before it.
    const seen = new Set<string>();
    for (const e of parsed.entries) {
      if (e.kind === 'PART' && e.parentCode !== null) expect(seen.has(e.parentCode), e.code).toBe(true);
      seen.add(e.code);
    }
  });
});

describe('euParts rules', () => {
  it('a cross reference ("specified in 1C010.c.") or a decimal number does not start a part', () => {
    const result = euParts('1A002', 'a. Made of materials specified in 1C010.c. or of 0.5 m. Tapes; b. Sheets exceeding 2.5 m.');
    expect(result).toMatchObject({ status: 'PARTS', parts: [{ code: '1A002.a' }, { code: '1A002.b' }] });
  });

  it('a note opened after a colon keeps its list; a full stop ends it', () => {
    const text = 'a. Pumps; Note: 2B999.a does not control: a. Hand pumps; b. Toy pumps. b. Valves; c. Seals.';
    const result = euParts('2B999', text);
    expect(result.status).toBe('PARTS');
    if (result.status !== 'PARTS') return;
    expect(result.parts.map((p) => p.code)).toEqual(['2B999.a', '2B999.b', '2B999.c']);
    expect(result.parts[0]!.text).toBe('Pumps; Note: 2B999.a does not control: a. Hand pumps; b. Toy pumps.');
  });

  it('labels out of order give no parts and a reason', () => {
    const result = euParts('2B999', 'a. Pumps; c. Valves.');
    expect(result).toEqual({
      status: 'OUT_OF_ORDER',
      problem: 'item label "c." after 2B999.a does not continue the item sequence (expected "b." or "1."): "…a. Pumps; c. Valves.…"',
    });
    expect(euParts('2B999', 'Technology for the development of pumps.')).toEqual({ status: 'NONE' });
  });
});
