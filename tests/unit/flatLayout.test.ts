// The flattened EU Annex I text read into notes and items (seed/enrich/thresholds/flatLayout.ts): a number inside a note
// is the note's, never also an item's. Each test quotes the passage it checks, as the seed file gives it (2025-11-15).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeThresholds, PlacedThreshold } from '../../seed/enrich/thresholds.js';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';

const meta = { file: 'test', sha256: '0'.repeat(64) };
const eu = parseEuAnnexI(readFileSync(new URL('../../seed/data/eu-annex-i/annex_i_en_2025-11.json', import.meta.url), 'utf8'), meta);
const entry = (code: string) => eu.entries.find((e) => e.code === code && e.kind === 'ENTRY')!;
const partsOf = (code: string) => eu.entries.filter((e) => e.kind === 'PART' && e.code.startsWith(`${code}.`));
/** The entry's thresholds, read along its parts, or as an entry without parts when `withoutParts`. */
const placed = (code: string, withoutParts = false): PlacedThreshold[] => {
  const records = placeThresholds(entry(code), withoutParts ? [] : partsOf(code), [], { layout: 'FLAT', decimalComma: true });
  for (const r of records) PlacedThreshold.parse(r);
  return records;
};
/** The records of the number read in `words` (its phrase is within them, or they within it), as [part, role, rule]. */
const readFrom = (records: PlacedThreshold[], words: string) =>
  records.filter((r) => words.includes(r.phrase) || r.phrase.includes(words)).map((r) => [r.part, r.role, r.rule]);

describe('flatLayout: a note inside another note gives the words after it back to that note', () => {
  // EU 6A003, Note 3 to 6A003.b.4.b: "Note 3: 6A003.b.4.b does not control imaging cameras having any of the following:
  // a. A maximum frame rate equal to or less than 9 Hz ; b. Having all of the following: 1. Having a minimum horizontal or
  // vertical 'Instantaneous Field of View (IFOV)' of at least 2 mrad (milliradians); Technical Note: For the purposes of
  // 6A003.b.4. Note 3.b.1., 'Instantaneous Field of View (IFOV)' is the lesser figure of the 'Horizontal IFOV' or the
  // 'Vertical IFOV'. … 2. Incorporating a fixed focal-length lens that is not designed to be removed; 3. Not incorporating
  // a 'direct view' display, and 4. Having any of the following: … c. The camera is specially designed for installation
  // into a civilian passenger land vehicle and having all of the following: 1 The placement … 2. Is only operable when
  // installed in any of the following: a. The civilian passenger land vehicle for which it was intended and the vehicle
  // weighs less than 4 500 kg (gross vehicle weight); or b. A specially designed, authorised maintenance test facility; …"
  // Note 4 to 6A003.b.4.c says the same of "… vehicle weighs less than 4 500 kg (gross vehicle weight); b. The passenger
  // and vehicle ferry for which it was intended and having a length overall (LOA) 65 m or greater; …".
  it('EU 6A003 read along its parts: both "less than 4 500 kg" are exclusions, Note 3\'s in 6A003.b.4.b and Note 4\'s in 6A003.b.4.c', () => {
    const records = placed('6A003');
    const kg4500 = records.filter((r) => r.value === 4500 && r.unit === 'kg');
    expect(kg4500.map((r) => [r.part, r.role, r.rule])).toEqual([
      ['6A003.b.4.b', 'EXCLUSION', 'NOTE_EXCLUSION'],
      ['6A003.b.4.c', 'EXCLUSION', 'NOTE_EXCLUSION'],
    ]);
    expect(readFrom(records, 'at least 2 mrad')).toEqual([['6A003.b.4.b', 'EXCLUSION', 'NOTE_EXCLUSION']]);
    expect(readFrom(records, 'length overall (LOA) 65 m or greater')).toEqual([['6A003.b.4.c', 'EXCLUSION', 'NOTE_EXCLUSION']]);
    // The items' own numbers stay controls: "3. Electronic streak cameras having temporal resolution less (better) than 50 ns;"
    expect(readFrom(records, 'temporal resolution less (better) than 50 ns')).toEqual([['6A003.a.3', 'CONTROL', 'ITEM_PARAGRAPH']]);
  });

  it('EU 6A003 read as an entry without parts: no number of its notes is a control', () => {
    const records = placed('6A003', true);
    // The two notes' same bound, with no paragraph, is one record.
    expect(records.filter((r) => r.value === 4500 && r.unit === 'kg').map((r) => [r.part, r.role, r.rule])).toEqual([[null, 'EXCLUSION', 'NOTE_EXCLUSION']]);
    for (const words of ['less than 4 500 kg', 'at least 2 mrad', 'equal to or less than 9 Hz', 'length overall (LOA) 65 m or greater']) {
      expect(readFrom(records, words).length, words).toBeGreaterThan(0);
      expect(readFrom(records, words).filter(([, role]) => role === 'CONTROL'), words).toEqual([]);
    }
    expect(records.every((r) => r.part === null)).toBe(true);
  });

  it('EU 1C001.a: Note 1\'s "2. Tensile strength …" after its Technical Note is Note 1\'s exclusion', () => {
    // "Note 1: 1C001.a does not control: … c. Planar absorbers, having all of the following: 1. Made from any of the
    // following: a. …; or b. Ceramic materials … not capable of withstanding temperatures exceeding 800 K (527 °C);
    // Technical Note: For the purposes of 1C001.a. Note: 1.c.1., absorption test samples should be a square at least 5
    // wavelengths of the centre frequency on a side and positioned in the far field of the radiating element. 2. Tensile
    // strength less than 7 × 106 N/m2; and 3. Compressive strength less than 14 × 106 N/m2; d. Planar absorbers made of
    // sintered ferrite, having all of the following: 1. A specific gravity exceeding 4,4; and 2. A maximum operating
    // temperature of 548 K (275 °C) or less;"
    const records = placed('1C001');
    for (const words of ['Tensile strength less than 7 × 106 N/m2', 'Compressive strength less than 14 × 106 N/m2', 'temperature of 548 K (275 °C) or less']) {
      expect(readFrom(records, words), words).toEqual([['1C001.a', 'EXCLUSION', 'NOTE_EXCLUSION']]);
    }
  });

  it('EU 5A002.a: Technical Note 2.b after a Technical Note inside it, and Note 2.c–d after one, are the enclosing notes\'', () => {
    // "2. For the purposes of 5A002.a., 'described security algorithm' means any of the following: a. A 'symmetric
    // algorithm' employing a key length in excess of 56 bits, not including parity bits; Technical Notes: For the purposes
    // of 5A002.a. Technical Note 2.a.:1. 'Symmetric algorithm' is a cryptographic algorithm using an identical key for both
    // encryption and decryption. 2. A common use of 'symmetric algorithms' is confidentiality of data. b. An "asymmetric
    // algorithm" where the security of the algorithm is based on any of the following: 1. Factorisation of integers in
    // excess of 512 bits (e.g., RSA);"
    const records = placed('5A002');
    expect(readFrom(records, 'Factorisation of integers in excess of 512 bits')).toEqual([['5A002.a', 'NOTE', 'TECHNICAL_NOTE']]);
    // "Note 2: 5A002.a does not control any of the following items …: … Technical Note: For the purposes of 5A002.a. Note
    // 2.a.2., 'readers/writers' include equipment … b. Not used; c. Portable or mobile radiotelephones … d. Cordless
    // telephone equipment … is less than 400 metres according to the manufacturer's specifications;"
    expect(readFrom(records, 'less than 400 metres')).toEqual([['5A002.a', 'EXCLUSION', 'NOTE_EXCLUSION']]);
  });
});

describe('flatLayout: an entry without parts', () => {
  it('EU 5A001 (sub-items lost): a Technical Note runs over its sentences; the item after it is a control', () => {
    // "c. Optical fibres of more than 500 m in length and specified by the manufacturer as being capable of withstanding a
    // 'proof test' tensile stress of 2 × 109 N/m2 or more; N.B. For underwater umbilical cables, see 8A002.a.3. Technical
    // Note: For the purposes of 5A001.c., 'proof test' is the on-line or off-line production screen testing that dynamically
    // applies a prescribed tensile stress over a 0,5 to 3 m length of fibre at a running rate of 2 to 5 m/s while passing
    // between capstans approximately 150 mm in diameter. The ambient temperature is a nominal 293 K (20 °C) and relative
    // humidity 40 %. Equivalent national standards may be used for executing the proof test. d. 'Electronically steerable
    // phased array antennae' as follows: 1. Rated for operation above 31,8 GHz but not exceeding 57 GHz, …"
    expect(partsOf('5A001')).toEqual([]);
    const records = placed('5A001');
    expect(readFrom(records, 'nominal 293 K (20 °C)')).toEqual([[null, 'NOTE', 'TECHNICAL_NOTE']]);
    expect(readFrom(records, 'relative humidity 40 %')).toEqual([[null, 'NOTE', 'TECHNICAL_NOTE']]);
    expect(readFrom(records, 'Optical fibres of more than 500 m in length').map(([, role]) => role)).toContain('CONTROL');
    expect(readFrom(records, 'Rated for operation above 31,8 GHz but not exceeding 57 GHz').map(([, role]) => role)).toContain('CONTROL');
  });

  it('EU 6A005 (sub-items lost): a Technical Note\'s numbered list ends at a full stop before an item "a."', () => {
    // "Technical Notes: For the purposes of 6A005.d.1.: 1. Semiconductor "lasers" are commonly called "laser" diodes. 2. A
    // 'bar' … 3. A 'stacked array' consists of multiple 'bars' forming a two-dimensional array of semiconductor "lasers". a.
    // Individual single-transverse mode semiconductor "lasers" having any of the following: 1. Wavelength equal to or less
    // than 1 570 nm and average or CW output power exceeding 2,0 W; or 2. Wavelength greater than 1 570 nm and average or
    // CW output power exceeding 500 mW;"
    expect(partsOf('6A005')).toEqual([]);
    const records = placed('6A005');
    const lasers = readFrom(records, 'Wavelength equal to or less than 1 570 nm');
    expect(lasers.length).toBeGreaterThan(0);
    expect(lasers.every(([part, role, rule]) => part === null && role === 'CONTROL' && rule === 'ITEM_PARAGRAPH')).toBe(true);
  });

  it('EU 9E003 (sub-items lost, later ones read): the Technical Note on \'box volume\' keeps both its lists; f. after it is an item', () => {
    // "Technical Note: For the purposes of 9E003.e., 'box volume' in 9E003.e. is the product of three perpendicular
    // dimensions measured in the following way: Length: … Width: The largest of any of the following: a. …; b. …; or c.
    // The diameter of the flywheel housing; Height: The largest of any of the following: a. The dimension of the
    // crankshaft centre-line to the top plane of the valve cover (or cylinder head) plus twice the stroke; or b. The
    // diameter of the flywheel housing. f. "Technology""required" for the "production" of specially designed components …
    // 2. … turbocharger systems with single-stage compressors and having all of the following: a. Operating at pressure
    // ratios of 4:1 or higher; b. Mass flow in the range from 30 to 130 kg per minute;"
    const records = placed('9E003');
    expect(readFrom(records, 'Mass flow in the range from 30 to 130 kg per minute')).toEqual([['9E003.f.2.b', 'CONTROL', 'ITEM_PARAGRAPH']]);
    expect(readFrom(records, "Power density of more than 700 kW/m3 of 'box volume'")).toEqual([['9E003.e.3', 'CONTROL', 'ITEM_PARAGRAPH']]);
  });

  it('EU 8E002 read without its parts: "the General Technology Note for the …" cites a note, it opens none', () => {
    // "c. "Technology" according to the General Technology Note for the "development" or "production" of any of the
    // following: 1. Surface-effect vehicles (fully skirted variety) having all of the following: a. Maximum design speed,
    // fully loaded, exceeding 30 knots in a significant wave height of 1,25 m or more;"
    const records = placed('8E002', true);
    const speed = readFrom(records, 'exceeding 30 knots');
    expect(speed.length).toBeGreaterThan(0);
    expect(speed.every(([, role]) => role === 'CONTROL')).toBe(true);
  });
});
