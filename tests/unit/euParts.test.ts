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

  it('gives no parts to an entry whose labels break off, and says where (3A001)', () => {
    // 3A001: "1. "Vacuum electronic devices" and cathodes, as follows: … Note 2: 3A001.b.3 includes bare dice … 4. Microwave
    // solid-state amplifiers": the parse lost 3A001.b.2 and b.3.
    expect(partsOf('3A001')).toEqual([]);
    expect(issuesOf('3A001').find((i) => i.problem.startsWith('no parts'))).toMatchObject({ action: 'FLAGGED' });
    expect(issuesOf('3A001').find((i) => i.problem.startsWith('no parts'))?.problem).toContain('item label "4." after 3A001.b.1');
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

  it('flags 2B001, whose items a.–c. the source lost and whose remaining labels sit in its notes', () => {
    // "N.B. SEE ALSO 2B201. Note 1: 2B001.a does not control turning machines … Note 2: 2B001.c does not control grinding
    // machine as follows: a. Cylindrical … c. Surface grinders. d. Electrical discharge machines (EDM) …"
    expect(partsOf('2B001')).toEqual([]);
    expect(issuesOf('2B001').map((i) => i.problem)).toContain(
      'no parts: the heading announces a list, but the text has no item labels outside its notes',
    );
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
