// Threshold extraction on real wording from the CCL and EU Annex I, and a run over both source files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeThresholds, PlacedThreshold } from '../../seed/enrich/thresholds.js';
import { extractThresholds } from '../../seed/enrich/thresholds/extract.js';
import { namedParts } from '../../seed/enrich/thresholds/clauses.js';
import { usesDecimalComma } from '../../seed/enrich/thresholds/numbers.js';
import { ThresholdRecord } from '../../seed/enrich/thresholds/record.js';
import { parseCcl } from '../../seed/sources/ccl.js';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';

type Expected = Pick<ThresholdRecord, 'parameter' | 'comparator' | 'value' | 'unit'> & { valueMax?: number | null };
function only(text: string): ThresholdRecord {
  const records = extractThresholds(text);
  expect(records, JSON.stringify(records)).toHaveLength(1);
  return records[0]!;
}
function has(records: ThresholdRecord[], expected: Expected) {
  expect(records).toContainEqual(expect.objectContaining({ valueMax: null, ...expected }));
}

describe('extractThresholds: comparators, parameters and units', () => {
  it('US 9A012: "range of at least 300 kilometers (km)"', () => {
    const record = only('MT applies to non-military UAVs that are capable of a maximum range of at least 300 kilometers (km), regardless of payload');
    expect(record).toEqual({ parameter: 'range', comparator: '>=', value: 300, valueMax: null, unit: 'km', phrase: 'range of at least 300 kilometers' });
  });

  it('MTCR Category I (US 9A604): payload and range in one sentence', () => {
    const records = extractThresholds('SLVs, and missiles capable of delivering at least a 500 kg payload to a range of at least 300 km.');
    expect(records).toEqual([
      { parameter: 'payload', comparator: '>=', value: 500, valueMax: null, unit: 'kg', phrase: 'at least a 500 kg payload' },
      { parameter: 'range', comparator: '>=', value: 300, valueMax: null, unit: 'km', phrase: 'range of at least 300 km' },
    ]);
  });

  it('US 9A107: total impulse with flattened exponents, "equal to or greater than … but less than …" is a band', () => {
    const records = extractThresholds(
      'Solid propellant rocket motors, usable in rockets with a range capability of 300 km or greater, other than those controlled by 9A007, having total impulse capacity equal to or greater than 8.41 × 10 5 Ns, but less than 1.1 × 10 6 Ns.',
    );
    has(records, { parameter: 'range', comparator: '>=', value: 300, unit: 'km' });
    // A band, not a lower and an upper limit: items between the two values are controlled here.
    has(records, { parameter: 'total impulse', comparator: 'range', value: 841_000, valueMax: 1_100_000, unit: 'N·s' });
  });

  it('EU 9A007 / 9A105: "1,1 MNs" with a decimal comma, "exceeding" and "equal to or greater than"', () => {
    const records = extractThresholds('a. Total impulse capacity exceeding 1,1 MNs; b. Specific impulse of 2,4 kNs/kg or more');
    has(records, { parameter: 'total impulse', comparator: '>', value: 1.1, unit: 'MN·s' });
    has(records, { parameter: 'specific impulse', comparator: '>=', value: 2.4, unit: 'kN·s/kg' });
    expect(only('a total impulse capacity equal to or greater than 1,1 MNs;')).toMatchObject({ comparator: '>=', value: 1.1, unit: 'MN·s' });
  });

  it('EU decimal comma: "0,5 mm", "0,254 mm", "13,326 kPa" (comma then three digits is still a decimal in EU text)', () => {
    // A lone "13,326" cannot be told from a US thousands separator: the EU importer says which style it reads.
    expect(only('Equipment having a positioning accuracy of 0,5 mm; or')).toMatchObject({ parameter: 'positioning accuracy', comparator: '=', value: 0.5, unit: 'mm' });
    expect(only('a. A thickness exceeding 0,254 mm; or b. Coated')).toMatchObject({ parameter: 'thickness', comparator: '>', value: 0.254, unit: 'mm' });
    const eu1B117 =
      'a. Designed or modified for mixing under vacuum in the range of zero to 13,326 kPa: b. Capable of controlling the temperature of the mixing chamber; c. A total volumetric capacity of 110 litres or more;';
    has(extractThresholds(eu1B117, { decimalComma: true }), { parameter: 'capacity', comparator: '>=', value: 110, unit: 'l' });
    // "in the range of zero to 13,326 kPa": a band from 0.
    has(extractThresholds(eu1B117, { decimalComma: true }), { parameter: 'pressure', comparator: 'range', value: 0, valueMax: 13.326, unit: 'kPa' });
  });

  it('EU flattened superscripts: "5 × 103 Gy" is 5 × 10^3, "12,7 × 106 m" is 12.7 × 10^6', () => {
    expect(only('a total radiation dose greater than 5 × 103 Gy (silicon) without operational degradation')).toMatchObject({
      parameter: 'radiation dose',
      comparator: '>',
      value: 5000,
      unit: 'Gy',
    });
    const fibre = extractThresholds('1. A "specific modulus" exceeding 12,7 × 106 m; and 2. A "specific tensile strength" exceeding 23,5 × 104 m;');
    has(fibre, { parameter: 'specific modulus', comparator: '>', value: 12_700_000, unit: 'm' });
    has(fibre, { parameter: 'specific tensile strength', comparator: '>', value: 235_000, unit: 'm' });
    expect(only('particle size of 50 × 10-6 m or less')).toMatchObject({ comparator: '<=', value: 0.00005, unit: 'm' });
    expect(only('a "specific modulus" of 12.7 x 10 6 m or greater')).toMatchObject({ parameter: 'specific modulus', comparator: '>=', value: 12_700_000 });
  });

  it('tensile strength: EU "1 950 MPa" / "1 270 MPa" (space thousands) and US "1,950 MPa" / "1,270 MPa" (comma thousands)', () => {
    const eu1C216 = extractThresholds("Maraging steel 'capable of' an ultimate tensile strength of 1 950 MPa or more, at 293 K (20 °C).");
    const us1C216 = extractThresholds('Maraging steel “capable of” an ultimate tensile strength of 1,950 MPa or more, at 293 K (20 °C).');
    for (const records of [eu1C216, us1C216]) {
      has(records, { parameter: 'tensile strength', comparator: '>=', value: 1950, unit: 'MPa' });
      // "at 293 K (20 °C)": one measurement temperature, restated in brackets; not two values.
      has(records, { parameter: 'temperature', comparator: '=', value: 293, unit: 'K' });
      expect(records.filter((r) => r.unit === '°C')).toEqual([]);
      expect(records.find((r) => r.unit === 'K')?.phrase).toMatch(/293 K \(20 °C\)$/);
    }
    has(extractThresholds('c. An ultimate tensile strength exceeding 1 270 MPa; and d. An elongation exceeding 8 %.'), {
      parameter: 'tensile strength',
      comparator: '>',
      value: 1270,
      unit: 'MPa',
    });
    expect(only('tensile strength exceeding 2,050 MPa')).toMatchObject({ parameter: 'tensile strength', comparator: '>', value: 2050, unit: 'MPa' });
    expect(only('tensile strength exceeding 2 050 MPa')).toMatchObject({ value: 2050 });
    expect(only('Maraging steel capable of an ultimate tensile strength of 1,95 GPa or more;')).toMatchObject({ value: 1.95, unit: 'GPa' });
  });

  it('a band restated in brackets in another unit is one band: 1B228.b "0.5 to 5 MPa (5 to 50 atmospheres)"', () => {
    // CCL 1B228.b: "Designed to operate at an internal pressure of 0.5 to 5 MPa (5 to 50 atmospheres);".
    const records = extractThresholds('Designed to operate at an internal pressure of 0.5 to 5 MPa (5 to 50 atmospheres);');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ parameter: 'pressure', comparator: 'range', value: 0.5, valueMax: 5, unit: 'MPa' });
    expect(records[0]?.phrase).toContain('(5 to 50 atmospheres)');
  });

  it('temperatures: "greater than 1 273 K (1 000 °C)" is one threshold; the bracketed restatement joins its words', () => {
    // One bound stated in two units: two records would compare the same words twice ("180 °C (453 K)").
    const records = extractThresholds('an average combustion chamber temperature greater than 1 273 K (1 000 °C), in which all surfaces');
    expect(records).toEqual([
      { parameter: 'temperature', comparator: '>', value: 1273, valueMax: null, unit: 'K', phrase: 'temperature greater than 1 273 K (1 000 °C)' },
    ]);
    has(extractThresholds('a stress-rupture life exceeding 400 hours at 1,273 K (1,000 °C) at a stress of 200 MPa'), {
      parameter: 'temperature',
      comparator: '=',
      value: 1273,
      unit: 'K',
    });
    // "cooled to 23 K (−250 °C) or less": the "or less" after the bracket still bounds the value.
    expect(extractThresholds('cooled to 23 K (−250 °C) or less')).toEqual([
      expect.objectContaining({ parameter: 'temperature', comparator: '<=', value: 23, unit: 'K' }),
    ]);
  });

  it('frequencies: EU 3A002.c.1 "exceeding 31,8 GHz but not exceeding 37 GHz" and US 5A001.d.1 "above 31.8 GHz, but not exceeding 57 GHz" are bands', () => {
    // EU 3A002.c.1 "“Signal analysers” having a 3 dB resolution bandwidth (RBW) exceeding 40 MHz anywhere within the
    // frequency range exceeding 31,8 GHz but not exceeding 37 GHz;"
    const records = extractThresholds('anywhere within the frequency range exceeding 31,8 GHz but not exceeding 37 GHz;');
    expect(records).toEqual([expect.objectContaining({ parameter: 'frequency', comparator: 'range', value: 31.8, valueMax: 37, unit: 'GHz' })]);
    // US 5A001.d.1 "Rated for operation above 31.8 GHz, but not exceeding 57 GHz, and having an Effective Radiated Power
    // (ERP) equal to or greater than +20 dBm …"
    const us = extractThresholds('d.1. Rated for operation above 31.8 GHz, but not exceeding 57 GHz, and having an Effective Radiated Power (ERP) equal to or greater than +20 dBm');
    expect(us.map((r) => [r.parameter, r.comparator, r.value, r.valueMax, r.unit])).toEqual([
      ['frequency', 'range', 31.8, 57, 'GHz'],
      ['power', '>=', 20, null, 'dBm'],
    ]);
  });

  it('ranges: "between 1 and 10 GHz", "from 30 GHz to 3000 GHz", "in the range from 9,000 to 11,000 nm"', () => {
    expect(only('signal analysers operating at any frequency between 1 and 10 GHz')).toMatchObject({
      parameter: 'frequency',
      comparator: 'range',
      value: 1,
      valueMax: 10,
      unit: 'GHz',
    });
    expect(only('Concealed object detection equipment operating in the frequency range from 30 GHz to 3000 GHz and having')).toMatchObject({
      parameter: 'frequency',
      comparator: 'range',
      value: 30,
      valueMax: 3000,
      unit: 'GHz',
    });
    expect(only('an output wavelength in the range from 9,000 to 11,000 nm;')).toMatchObject({
      parameter: 'wavelength',
      comparator: 'range',
      value: 9000,
      valueMax: 11000,
      unit: 'nm',
    });
  });

  it('specific fuel consumption in kg N−1 h−1: 9A101 a.2 "Specific fuel consumption of 0.15 kg N−1 h−1 or less"', () => {
    expect(extractThresholds('a.2. Specific fuel consumption of 0.15 kg N\u22121 h\u22121 or less; and')).toMatchObject([
      { parameter: 'specific fuel consumption', comparator: '<=', value: 0.15, unit: 'kg/(N·h)' },
    ]);
    // EU 9A101: "2. Specific fuel consumption of 0,15 kg N-1 h-1 or less;"
    expect(extractThresholds('2. Specific fuel consumption of 0,15 kg N-1 h-1 or less; 3.', { decimalComma: true })).toMatchObject([
      { parameter: 'specific fuel consumption', comparator: '<=', value: 0.15, unit: 'kg/(N·h)' },
    ]);
  });

  it('other phrasings: "not less than", "equal to or less (better) than", "or less", Mach, altitudes with feet', () => {
    expect(only('a thrust of not less than 220 kN')).toMatchObject({ parameter: 'thrust', comparator: '>=', value: 220, unit: 'kN' });
    expect(only('"accuracy" equal to or less (better) than 5 arc second')).toMatchObject({ parameter: 'accuracy', comparator: '<=', value: 5, unit: 'arcsec' });
    expect(only('a "CEP" of 10 km or less')).toMatchObject({ parameter: 'accuracy', comparator: '<=', value: 10, unit: 'km' });
    expect(only('Aerodynamic test facilities for speeds of Mach 0.9 or more')).toMatchObject({ parameter: 'speed', comparator: '>=', value: 0.9, unit: 'Mach' });
    const altitude = extractThresholds('to propel UAVs at altitudes above 15,240 meters (50,000 feet).');
    has(altitude, { parameter: 'altitude', comparator: '>', value: 15240, unit: 'm' });
    expect(altitude).toHaveLength(1);
    expect(altitude[0]!.phrase).toBe('altitudes above 15,240 meters (50,000 feet)');
    expect(only('having a maximum power greater than 10 kW (achieved uninstalled)')).toMatchObject({ parameter: 'power', comparator: '>', value: 10, unit: 'kW' });
    expect(only('Power (ERP) equal to or greater than +20 dBm')).toMatchObject({ comparator: '>=', value: 20, unit: 'dBm' });
    // 1C111.a.1 "an aluminum content of 97% by weight or more"; 6A008.b "A tunable bandwidth exceeding ±6.25% of the
    // 'center operating frequency'".
    expect(only('an aluminum content of 97% by weight or more, if at least')).toMatchObject({ comparator: '>=', value: 97, unit: '%' });
    expect(only("A tunable bandwidth exceeding ±6.25% of the 'center operating frequency';")).toMatchObject({ comparator: '>', value: 6.25, unit: '%' });
  });

  it('falls back to the unit dimension, never an empty parameter, and ignores codes and CAS numbers', () => {
    expect(only('shipments of more than 1,000 kilograms')).toMatchObject({ parameter: 'mass', comparator: '>', value: 1000, unit: 'kg' });
    expect(extractThresholds('See 1C010.a, 9A012 and 2A001; Phosgene (CAS 75-44-5); controlled by 7A (except 7A994)')).toEqual([]);
  });

  it('deduplicates identical thresholds within a text', () => {
    const records = extractThresholds('a range of at least 300 km; b. a range of at least 300 km; c. a range of at least 500 km');
    expect(records.map((r) => r.value)).toEqual([300, 500]);
  });

  it('detects the number style per text', () => {
    expect(usesDecimalComma('exceeding 0,5 mm and 31,8 GHz')).toBe(true);
    expect(usesDecimalComma('exceeding 2 050 MPa')).toBe(true);
    expect(usesDecimalComma('exceeding 1,000 kg and 0.5 mm')).toBe(false);
    expect(extractThresholds('0,125 mm', { decimalComma: true })[0]?.value).toBe(0.125);
    expect(extractThresholds('1,250 mm', { decimalComma: false })[0]?.value).toBe(1250);
  });
});

describe('extractThresholds: "better than", "… or larger", rates, bands and conditions as the texts write them', () => {
  const one = (text: string, decimalComma = false) => {
    const records = extractThresholds(text, { decimalComma }).filter((r) => r.condition !== true);
    expect(records, JSON.stringify(records)).toHaveLength(1);
    return records[0]!;
  };

  it('"better" is smaller for an accuracy, a stability, a vacuum; larger for a purity; as said when bracketed', () => {
    // 2B201.a "Machine tools for turning, that have positioning accuracies according to ISO 230/2 (2006) with all
    // compensations available better (less) than 4.5 µm along any linear axis (overall positioning) for machines capable
    // of machining diameters greater than 35 mm;"
    const turning = extractThresholds(
      'a. Machine tools for turning, that have positioning accuracies according to ISO 230/2 (2006) with all compensations available better (less) than 4.5 µm along any linear axis (overall positioning) for machines capable of machining diameters greater than 35 mm;',
    );
    has(turning, { parameter: 'positioning accuracy', comparator: '<', value: 4.5, unit: 'µm' });
    has(turning, { parameter: 'diameter', comparator: '>', value: 35, unit: 'mm' });
    // 3A225.c "Frequency control better (less) than 0.2%."
    expect(one('c. Frequency control better (less) than 0.2%.')).toMatchObject({ parameter: 'frequency control', comparator: '<', value: 0.2, unit: '%' });
    // 3A226.b "Current or voltage stability better than 0.1% over a time period of 8 hours." The 8 hours is the period.
    const stability = extractThresholds('b. Current or voltage stability better than 0.1% over a time period of 8 hours.');
    has(stability, { parameter: 'stability', comparator: '<', value: 0.1, unit: '%' });
    expect(stability.find((r) => r.unit === 'h')).toMatchObject({ value: 8, condition: true });
    // 2B230.c.1 "… an “accuracy” of better than ±1% of full scale"; c.2 "… an “accuracy” of better than ±130 Pa when
    // measuring at 13 kPa": an accuracy in pascals, and the 13 kPa it is measured at.
    has(extractThresholds('c.1. A full scale of less 13 kPa and an “accuracy” of better than ±1% of full scale; or'), { parameter: 'accuracy', comparator: '<', value: 1, unit: '%' });
    const c2 = extractThresholds('c.2. A full scale of 13 kPa or greater and an “accuracy” of better than ±130 Pa when measuring at 13 kPa.');
    has(c2, { parameter: 'accuracy', comparator: '<', value: 130, unit: 'Pa' });
    has(c2, { parameter: 'pressure', comparator: '>=', value: 13, unit: 'kPa' });
    expect(c2.filter((r) => r.condition === true)).toMatchObject([{ value: 13, unit: 'kPa' }]);
    // 2B231.c "Capable of producing an ultimate vacuum better than 13.3 mPa."
    expect(one('c. Capable of producing an ultimate vacuum better than 13.3 mPa.')).toMatchObject({ parameter: 'ultimate vacuum', comparator: '<', value: 13.3, unit: 'mPa' });
    // 3C004 "Hydrides of phosphorus, arsenic or antimony, having a purity better than 99.999%, even diluted in inert gases"
    expect(one('3C004 Hydrides of phosphorus, arsenic or antimony, having a purity better than 99.999%, even diluted in inert gases or hydrogen.')).toMatchObject({ parameter: 'purity', comparator: '>', value: 99.999 });
    // 7B003 / 7B103-style "A positioning “accuracy” equal to or better than 5 arc-second." (US 7B001 c.3): smaller.
    expect(one('c.3. A positioning “accuracy” equal to or better than 5 arc-second.')).toMatchObject({ comparator: '<=', value: 5, unit: 'arcsec' });
    // EU 7A001.a.3.b "a worst-case rate stability equal to or better (less) than plus or minus 0,05 % averaged over 10 degrees"
    has(extractThresholds('2. Having a worst-case rate stability equal to or better (less) than plus or minus 0,05 % averaged over 10 degrees', { decimalComma: true }), {
      parameter: 'stability', comparator: '<=', value: 0.05, unit: '%',
    });
    // A "better" with no direction of its own (a sensitivity in dB) is kept as written, never guessed: 6A001.a.2.g.2
    // "Having an overall 'acceleration sensitivity' better than 48 dB (reference 1,000 mV rms per 1g);". A hydrophone's is
    // better when larger, as 6A001 Technical Note 3 says: "… −180 dB sensitivity would yield only 10−9 V output. Thus, −160
    // dB is better than −180 dB."
    expect(one("g.2. Having an overall 'acceleration sensitivity' better than 48 dB (reference 1,000 mV rms per 1g);")).toMatchObject({ comparator: '=' });
    expect(one("a.2.a.4. A 'hydrophone sensitivity' better than −180dB at any depth with no acceleration compensation;")).toMatchObject({ comparator: '>' });
  });

  it('"or larger", "or more", "or greater" after what a share is of, and after the other sides of a size', () => {
    // 2B003.b "A face width of 15% of pitch diameter or larger; and"
    expect(one('b. A face width of 15% of pitch diameter or larger; and')).toMatchObject({ parameter: 'face width', comparator: '>=', value: 15, unit: '%' });
    // EU 9B009.a "… stress levels of 60 % of Ultimate Tensile Strength (UTS) or more"
    expect(one('a. stress levels of 60 % of Ultimate Tensile Strength (UTS) or more', true)).toMatchObject({ comparator: '>=', value: 60, unit: '%' });
    // 1C117.c.2.c "Blocks having a size of 120 mm × 120 mm × 50 mm or greater."
    const blocks = extractThresholds('c.2.c. Blocks having a size of 120 mm × 120 mm × 50 mm or greater.');
    expect(blocks.map((r) => [r.comparator, r.value, r.unit])).toEqual([['>=', 120, 'mm'], ['>=', 50, 'mm']]);
    // 2B352.d.1.a "A total filtration area equal to or greater than 1 square meter (1 m^2); and"
    expect(one('d.1.a. A total filtration area equal to or greater than 1 square meter (1 m^2); and')).toMatchObject({ parameter: 'area', comparator: '>=', value: 1, unit: 'm2' });
  });

  it('rates keep their denominator', () => {
    // 3A225.a "Multiphase output providing a power of 40 VA or greater;" (volt-amperes, an apparent power)
    expect(one('a. Multiphase output providing a power of 40 VA or greater;')).toMatchObject({ parameter: 'power', comparator: '>=', value: 40, unit: 'VA' });
    // 2B351.a "… 'minimum detection limit' of 0.3 mg/m^3; or"
    expect(one("a. Designed for continuous operation and usable for the detection of chemical warfare agents or precursor chemicals controlled by 1C350 'minimum detection limit' of 0.3 mg/m^3; or")).toMatchObject({
      parameter: 'detection limit', comparator: '=', value: 0.3, unit: 'mg/m3',
    });
    // 2B352.c "… having a flow rate greater than 100 liters per hour, as follows:"
    expect(one('c. Centrifugal separators capable of continuous separation, without the propagation of aerosols, having a flow rate greater than 100 liters per hour, as follows:')).toMatchObject({
      parameter: 'flow rate', comparator: '>', value: 100, unit: 'l/h',
    });
    // EU 9E003.e.3 "Power density of more than 700 kW/m3 of 'box volume'"; f.2.b "Mass flow in the range from 30 to 130 kg per minute"
    expect(one("3. Power density of more than 700 kW/m3 of 'box volume';", true)).toMatchObject({ parameter: 'power density', comparator: '>', value: 700, unit: 'kW/m3' });
    expect(one('b. Mass flow in the range from 30 to 130 kg per minute;', true)).toMatchObject({ parameter: 'flow rate', comparator: 'range', value: 30, valueMax: 130, unit: 'kg/min' });
    // EU 0B001.c.3 "Compressors or gas blowers with a suction volume capacity of 1 m3/min or more of UF6"; c.4 "… a buffer
    // gas in-leakage rate of less than 1 000 cm3/min"; c.5 "… a leakage pressure rate of less than 10 Pa per hour under a
    // pressure differential of 100 kPa" (the 100 kPa is the test's condition).
    expect(one('3. Compressors or gas blowers with a suction volume capacity of 1 m3/min or more of UF6', true)).toMatchObject({ parameter: 'capacity', comparator: '>=', value: 1, unit: 'm3/min' });
    expect(one('rotary shaft seals … with a buffer gas in-leakage rate of less than 1 000 cm3/min;', true)).toMatchObject({ parameter: 'leak rate', comparator: '<', value: 1000, unit: 'cm3/min' });
    const c5 = extractThresholds('5. Heat exchangers … designed for a leakage pressure rate of less than 10 Pa per hour under a pressure differential of 100 kPa;', { decimalComma: true });
    has(c5, { parameter: 'leak rate', comparator: '<', value: 10, unit: 'Pa/h' });
    expect(c5.find((r) => r.unit === 'kPa')).toMatchObject({ value: 100, condition: true });
  });

  it('an amount in 24 hours is a rate; bands close on "less than or equal to" and "≤"', () => {
    // 2B352.e "… freeze-drying equipment with a condenser capacity of 10 kg of ice or greater in 24 hours (10 liters of
    // water or greater in 24 hours) and less than 1000 kg of ice in 24 hours (less than 1,000 liters of water in 24 hours)."
    expect(
      extractThresholds('e. Steam, gas or vapor sterilizable freeze-drying equipment with a condenser capacity of 10 kg of ice or greater in 24 hours (10 liters of water or greater in 24 hours) and less than 1000 kg of ice in 24 hours (less than 1,000 liters of water in 24 hours).'),
    ).toMatchObject([{ parameter: 'capacity', comparator: 'range', value: 10, valueMax: 1000, unit: 'kg/d' }]);
    // EU: "… a condenser capacity of 10 kg of ice or more in 24 hours and less than 1 000 kg of ice in 24 hours;"
    expect(extractThresholds('e. … freeze-drying equipment with a condenser capacity of 10 kg of ice or more in 24 hours and less than 1 000 kg of ice in 24 hours;', { decimalComma: true })).toMatchObject([
      { comparator: 'range', value: 10, valueMax: 1000, unit: 'kg/d' },
    ]);
    // 7A001.a.2 "Specified to function at linear acceleration levels exceeding 15 g but less than or equal to 100 g"
    expect(one('a.2. Specified to function at linear acceleration levels exceeding 15 g but less than or equal to 100 g and having all of the following:')).toMatchObject({
      parameter: 'acceleration', comparator: 'range', value: 15, valueMax: 100,
    });
    // 2B352.f.1 "A water evaporation capacity of ≥0.4 kg/h and ≤400 kg/h;"
    expect(one('f.1. A water evaporation capacity of ≥0.4 kg/h and ≤400 kg/h;')).toMatchObject({ parameter: 'capacity', comparator: 'range', value: 0.4, valueMax: 400, unit: 'kg/h' });
  });

  it('more bands: "150 nm or more but not exceeding 510 nm", "equal to or greater than 2.54 cm (1 inch) and equal to or less than 10.16 cm", upper end first', () => {
    // 6A005.a.2 "Output wavelength of 150 nm or more but not exceeding 510 nm and output power exceeding 30 W;"
    expect(extractThresholds('a.2. Output wavelength of 150 nm or more but not exceeding 510 nm and output power exceeding 30 W;').map((r) => [r.parameter, r.comparator, r.value, r.valueMax, r.unit])).toEqual([
      ['wavelength', 'range', 150, 510, 'nm'],
      ['power', '>', 30, null, 'W'],
    ]);
    // 2B350.g.2.a "A nominal size equal to or greater than 2.54 cm (1 inch) and equal to or less than 10.16 cm (4 inches);"
    expect(one('g.2.a. A nominal size equal to or greater than 2.54 cm (1 inch) and equal to or less than 10.16 cm (4 inches);')).toMatchObject({ comparator: 'range', value: 2.54, valueMax: 10.16, unit: 'cm' });
    // 2B350.d "Heat exchangers or condensers with a heat transfer surface area of less than 20 m^2, but greater than 0.15 m^2, …"
    expect(one('d. Heat exchangers or condensers with a heat transfer surface area of less than 20 m^2, but greater than 0.15 m^2, and tubes')).toMatchObject({ parameter: 'area', comparator: 'range', value: 0.15, valueMax: 20, unit: 'm2' });
  });

  it('words between a value and its "or less"; a capability "of 153K … or less"; a bracketed exception ends with its bracket', () => {
    // 7A003.a.1 "0.8 nautical miles per hour (nm/hr) “Circular Error Probable” (“CEP”) rate or less (better);"
    expect(one('a.1. 0.8 nautical miles per hour (nm/hr) “Circular Error Probable” (“CEP”) rate or less (better);')).toMatchObject({ parameter: 'drift rate', comparator: '<=', value: 0.8, unit: 'nmi/h' });
    // 7A003.a.3 "Total drift of 1 nautical mile “CEP” or less (better) in a 24 hr period;" — the 24 hours is the period.
    expect(extractThresholds('a.3. Total drift of 1 nautical mile “CEP” or less (better) in a 24 hr period;').find((r) => r.unit === 'h')).toMatchObject({ value: 24, condition: true });
    // EU 0B001.b.7 "… to 1 ppm UF6 content or less, including: a. Cryogenic heat exchangers and cryoseparators capable of
    // temperatures of 153K (-120 °C) or less;"
    expect(one('7. Process systems for separating UF6 from carrier gas (hydrogen or helium) to 1 ppm UF6 content or less, including:', true)).toMatchObject({ comparator: '<=', value: 1, unit: 'ppm' });
    expect(one('a. Cryogenic heat exchangers and cryoseparators capable of temperatures of 153K (-120 °C) or less; b.', true)).toMatchObject({ parameter: 'temperature', comparator: '<=', value: 153, unit: 'K' });
    // Never across a joined clause: the 5 mm is not "or more".
    expect(extractThresholds('a thickness of 5 mm and a width of 10 mm or more').map((r) => [r.parameter, r.comparator, r.value])).toEqual([['thickness', '=', 5], ['width', '>=', 10]]);
  });

  it('rates and conditions of the navigation, sensor and process entries', () => {
    // 6A006.a.1.b "… an in-motion-magnetometer 'sensitivity' lower (better) than 20 pT (rms) per square root Hz at a frequency of 1 Hz …"
    const squid = extractThresholds("a.1.b. SQUID systems having an in-motion-magnetometer 'sensitivity' lower (better) than 20 pT (rms) per square root Hz at a frequency of 1 Hz and “specially designed” to reduce in-motion noise;");
    has(squid, { parameter: 'sensitivity', comparator: '<', value: 20, unit: 'pT/√Hz' });
    expect(squid.find((r) => r.unit === 'Hz')).toMatchObject({ value: 1, condition: true });
    // 6A007.a "Gravity meters designed or modified for ground use and having a static “accuracy” of less (better) than 10 µGal"
    expect(one('a. Gravity meters designed or modified for ground use and having a static “accuracy” of less (better) than 10 µGal')).toMatchObject({ parameter: 'accuracy', comparator: '<', value: 10, unit: 'µGal' });
    // 4A003.g "… communications at unidirectional data rates exceeding 2.0 Gbyte/s per link."
    expect(one('communications at unidirectional data rates exceeding 2.0 Gbyte/s per link.')).toMatchObject({ parameter: 'data rate', comparator: '>', value: 2, unit: 'GB/s' });
    // 9A106.d "… designed or modified to operate in a vibration environment greater than 10 g rms over the entire range
    // between 20Hz and 2 kHz." — an acceleration, and the band it is applied over.
    const vibration = extractThresholds('designed or modified to operate in a vibration environment greater than 10 g rms over the entire range between 20Hz and 2 kHz.');
    has(vibration, { parameter: 'acceleration', comparator: '>', value: 10, unit: 'g rms' });
    expect(vibration.find((r) => r.unit === 'kHz')).toMatchObject({ comparator: 'range', condition: true });
    // 2B350.i "… maximum flow-rate greater than 0.6 m^3/hour (600 liters/hour), or vacuum pumps … greater than 5 m^3/hour
    // (5,000 liters/hour) (under standard temperature (273 K (0 °C)) and pressure (101.3 kPa) conditions)"
    const pumps = extractThresholds("i. Multiple-seal and seal-less pumps with manufacturer's specified maximum flow-rate greater than 0.6 m^3/hour (600 liters/hour), or vacuum pumps with manufacturer's specified maximum flow-rate greater than 5 m^3/hour (5,000 liters/hour) (under standard temperature (273 K (0 °C)) and pressure (101.3 kPa) conditions)");
    expect(pumps.filter((r) => r.condition !== true).map((r) => [r.parameter, r.comparator, r.value, r.unit])).toEqual([['flow rate', '>', 0.6, 'm3/h'], ['flow rate', '>', 5, 'm3/h']]);
    expect(pumps.filter((r) => r.condition === true).map((r) => r.unit)).toEqual(['K', 'kPa']);
    // EU 2B231.b "Pumping speed equal to or greater than 15 m3/s"; 1C236.a.2.b "a total activity of 37 GBq (1 curie) per kg or greater"
    expect(one('b. Pumping speed equal to or greater than 15 m3/s', true)).toMatchObject({ parameter: 'pumping speed', comparator: '>=', value: 15, unit: 'm3/s' });
    expect(one('a.2.b. Compounds having a total activity of 37 GBq (1 curie) per kg or greater; or')).toMatchObject({ parameter: 'activity', comparator: '>=', value: 37, unit: 'GBq/kg' });
    // EU 0B001.c.6.d "Voltage regulation of better than 0,01 % over a period of 8 hours;"
    expect(one('d. Voltage regulation of better than 0,01 % over a period of 8 hours; N.B.', true)).toMatchObject({ parameter: 'regulation', comparator: '<', value: 0.01 });
  });

  it('third reading: "No dimension greater than", "second of arc", "or better", rates per metre, hour and kilogram, references and exposures', () => {
    // 3A229.c.1 "No dimension greater than 35 mm;" — at most.
    expect(one('c.1. No dimension greater than 35 mm;')).toMatchObject({ comparator: '<=', value: 35, unit: 'mm' });
    // 2B006.c "… an angular position “accuracy” equal to or less (better) than 0.9 second of arc;" — an angle, not a time.
    expect(one('having an angular position “accuracy” equal to or less (better) than 0.9 second of arc;')).toMatchObject({ parameter: 'accuracy', comparator: '<=', value: 0.9, unit: 'arcsec' });
    // EU 2B206.c.2.a "… a resolution of 0,1 μm or better"; 3A201.b.4 "Magnetic field uniform to better than 1% …"
    expect(one('a resolution of 0,1 μm or better; b.', true)).toMatchObject({ parameter: 'resolution', comparator: '<=', value: 0.1, unit: 'µm' });
    has(extractThresholds('b.4. Magnetic field uniform to better than 1% over the central 50% of the inner volume;'), { parameter: 'uniformity', comparator: '<', value: 1, unit: '%' });
    // 1A008.b.1 "An explosive load greater than 40 g/m"; 1C608.d "Detonating cord containing greater than 0.1 kg per meter";
    // 1E608 "at rates greater than 2000 pounds per hour"; 1C005 "critical current density exceeding 1750 A/mm^2";
    // 3A001.e.1.a.1 "'Energy density' exceeding 550 Wh/kg"; 3A231 "an output of 3 × 10^9 neutrons/s or greater".
    expect(one('b.1. An explosive load greater than 40 g/m; and')).toMatchObject({ comparator: '>', value: 40, unit: 'g/m' });
    expect(one('d. Detonating cord containing greater than 0.1 kg per meter')).toMatchObject({ comparator: '>', value: 0.1, unit: 'kg/m' });
    expect(one('at rates greater than 2000 pounds per hour.')).toMatchObject({ comparator: '>', value: 2000, unit: 'lb/h' });
    has(extractThresholds('corresponding to a magnetic induction of 12 T with critical current density exceeding 1750 A/mm^2'), { parameter: 'current density', comparator: '>', value: 1750, unit: 'A/mm2' });
    has(extractThresholds("e.1.a.1. 'Energy density' exceeding 550 Wh/kg and a 'continuous power density' exceeding 50 W/kg; or"), { parameter: 'specific energy', comparator: '>', value: 550, unit: 'Wh/kg' });
    expect(one('capable of an output of 3 × 10^9 neutrons/s or greater.')).toMatchObject({ comparator: '>=', value: 3e9, unit: 'n/s' });
    // 9B106.b.2.b "Temperature range of at least −50 °C to + 125 °C;" — a span the chamber must cover: down to −50 °C
    // and up to 125 °C, not a band its temperature stays within.
    expect(extractThresholds('b.2.b. Temperature range of at least −50 °C to + 125 °C;', { decimalComma: false })).toEqual([
      expect.objectContaining({ parameter: 'temperature', comparator: '<=', value: -50, valueMax: null, unit: '°C' }),
      expect.objectContaining({ parameter: 'temperature', comparator: '>=', value: 125, valueMax: null, unit: '°C' }),
    ]);
    // What a value is referred to, tested at or exposed to bounds nothing: 9B106.b.1 "… 140 dB or greater (referenced to
    // 2 × 10−5 N/m^2)"; EU 2B006.b.3 "… at a temperature of 20 ± 0,01 °C"; EU 1C111.a.5.b "measured at 20 °C and one
    // atmosphere (101,325 kPa) pressure"; 1C005.b.2 "… when exposed to a magnetic field … corresponding to a magnetic
    // induction of 12 T"; EU 2B006.b "within 0 to 0,2 mm of the 'measuring range'".
    const conditions = (text: string, decimalComma = false) => extractThresholds(text, { decimalComma }).filter((r) => r.condition === true).map((r) => [r.value, r.unit]);
    expect(conditions('b.1. Acoustic environments at an overall sound pressure level of 140 dB or greater (referenced to 2 × 10−5 N/m^2) or with')).toEqual([[2e-5, 'N/m2']]);
    // The temperature is the nominal 20 °C; "± 0,01" is its tolerance, not a second value (read alone it made 0.01 °C).
    expect(conditions('measured over a period of 30 seconds at a temperature of 20 ± 0,01 °C; 4.', true)).toEqual([[30, 's'], [20, '°C']]);
    expect(conditions('having a volume-based energy density of 37,5 × 109 J/m3 or greater, measured at 20 °C and one atmosphere (101,325 kPa) pressure;', true)).toEqual([[20, '°C'], [101.325, 'kPa']]);
    expect(conditions('b.2. Remaining in the “superconductive” state at a temperature of 4.2 K (−268.96 °C) when exposed to a magnetic field oriented in any direction perpendicular to the longitudinal axis of conductor and corresponding to a magnetic induction of 12 T with critical current density exceeding 1750 A/mm^2')).toEqual([[4.2, 'K'], [12, 'T']]);
    expect(conditions("a resolution equal to or less (better) than 0,2 μm within 0 to 0,2 mm of the 'measuring range'", true)).toEqual([[0, 'mm']]);
  });

  it('fourth reading: rates and units of centrifuges, cameras, engines and semiconductors; a test irradiance; "zero to"', () => {
    // 2B229.b.3 "… residual specific unbalance equal to or less than 10 g-mm/kg per plane"; 1B225 "… a production capacity
    // greater than 250 g of fluorine per hour"; 6A203.a.1 "writing speeds greater than 0.5 mm/µs"; 9A010.d "thrust-to-weight
    // ratios equal to or more than 1 kN/kg"; 3C005 "resistivities greater than 10,000 ohm-cm at 20 °C"; 2B229.a.3 "greater
    // than 5,000 r.p.m."; 6A203.b.1 "more than 125 full frames per second"; 6A107.a.1 "equal to or less (better) than 0.7
    // milligal (mgal)"; 6A108.b.2.c "Velocity resolution better than 3 m/s".
    expect(one('b.3. A minimum achievable residual specific unbalance equal to or less than 10 g-mm/kg per plane; and')).toMatchObject({ comparator: '<=', value: 10, unit: 'g·mm/kg' });
    expect(one('1B225 Electrolytic cells for fluorine production with a production capacity greater than 250 g of fluorine per hour.')).toMatchObject({ comparator: '>', value: 250, unit: 'g/h' });
    expect(one('a.1. Streak cameras with writing speeds greater than 0.5 mm/µs')).toMatchObject({ comparator: '>', value: 0.5, unit: 'mm/µs' });
    has(extractThresholds("d. Pulsed liquid rocket engines with thrust-to-weight ratios equal to or more than 1 kN/kg and a 'response time' of less than 30 ms."), { parameter: 'thrust-to-weight ratio', comparator: '>=', value: 1, unit: 'kN/kg' });
    expect(one('having resistivities greater than 10,000 ohm-cm at 20 °C;')).toMatchObject({ comparator: '>', value: 10_000, unit: 'Ω·cm' });
    expect(one('a.3. Capable of balancing speed of revolution greater than 5,000 r.p.m.;')).toMatchObject({ comparator: '>', value: 5000, unit: 'rpm' });
    expect(one('a.5.b. A read out time allowing a framing rate of more than 125 full frames per second;')).toMatchObject({ comparator: '>', value: 125, unit: 'frames/s' });
    expect(one('a.1. A static or operational accuracy equal to or less (better) than 0.7 milligal (mgal); and')).toMatchObject({ parameter: 'accuracy', comparator: '<=', value: 0.7, unit: 'mGal' });
    expect(one('b.2.c. Velocity resolution better than 3 m/s.')).toMatchObject({ parameter: 'resolution', comparator: '<', value: 3, unit: 'm/s' });
    // 3A001.e.4 "… at an operating temperature of 301 K (28 °C) under simulated 'AM0' illumination with an irradiance of
    // 1,367 Watts per square meter (W/m^2)": both are the test's.
    expect(one("e.4. … a minimum average efficiency exceeding 20% at an operating temperature of 301 K (28 °C) under simulated 'AM0' illumination with an irradiance of 1,367 Watts per square meter (W/m^2)")).toMatchObject({ comparator: '>', value: 20, unit: '%' });
    // 1B117.a "… designed or modified for mixing under vacuum in the range from zero to 13.326 kPa;"
    expect(one('a. Designed or modified for mixing under vacuum in the range from zero to 13.326 kPa;')).toMatchObject({ comparator: 'range', value: 0, valueMax: 13.326, unit: 'kPa' });
    // EU 1C350 Note "… mixtures in which no individually specified chemical constitutes more than 10 % by weight of the mixture"
    expect(one('mixtures in which no individually specified chemical constitutes more than 10 % by weight of the mixture', true)).toMatchObject({ comparator: '<=', value: 10, unit: '%' });
  });

  it('the band a measurement holds over is its condition: 1C007 MT row "… less than 6 at any frequency from 100 MHz to 100 GHz"', () => {
    // US 1C007, License Requirements: "MT applies to items in 1C007.c when the dielectric constant is less than 6 at any
    // frequency from 100 MHz to 100 GHz for use in “missile” radomes | MT Column 1".
    const row = extractThresholds('MT applies to items in 1C007.c when the dielectric constant is less than 6 at any frequency from 100 MHz to 100 GHz for use in “missile” radomes');
    // The row's own bound is the dielectric constant; the frequency band is where it holds.
    expect(row).toMatchObject([
      { parameter: 'dielectric constant', comparator: '<', value: 6, unit: 'εr' },
      { parameter: 'frequency', comparator: 'range', value: 0.1, valueMax: 100, unit: 'GHz', condition: true },
    ]);
  });
});

describe('extractThresholds over the real sources', () => {
  const ccl = readFileSync(new URL('../../seed/data/us-ccl/ccl_supp1.xml', import.meta.url), 'utf8');
  const eu = JSON.parse(readFileSync(new URL('../../seed/data/eu-annex-i/annex_i_en_2025-11.json', import.meta.url), 'utf8')) as {
    entries: Array<{ code: string; label: string; full_content: string }>;
  };
  const starts = [...ccl.matchAll(/<FP-2><B>(\d[A-E]\d{3})\b/g)];
  const usTexts = starts.map((m, i) =>
    ccl
      .slice(m.index, starts[i + 1]?.index ?? ccl.length)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' '),
  );
  const euTexts = eu.entries.map((e) => `${e.label}\n${e.full_content}`);

  // Speed is measured by the benchmark (bench/), never asserted here: the machines are shared and noisy.
  it('runs over ~1,200 entry texts, and every record is valid', () => {
    expect(usTexts.length + euTexts.length).toBeGreaterThan(1100);
    const all = [
      ...usTexts.map((t) => extractThresholds(t, { decimalComma: false })),
      ...euTexts.map((t) => extractThresholds(t, { decimalComma: true })),
    ];
    const records = all.flat();
    expect(records.length).toBeGreaterThan(3000);
    for (const record of records) ThresholdRecord.parse(record);
    expect(records.every((r) => r.parameter.length > 0 && r.phrase.length <= 200)).toBe(true);
  });

  it('reads real entries: EU 1C216 maraging steel, EU 9A105 total impulse, US 9A012 range and altitude', () => {
    const euEntry = (code: string) => {
      const entry = eu.entries.find((e) => e.code === code)!;
      return extractThresholds(`${entry.label}\n${entry.full_content}`, { decimalComma: true });
    };
    has(euEntry('1C216'), { parameter: 'tensile strength', comparator: '>=', value: 1950, unit: 'MPa' });
    has(euEntry('9A105'), { parameter: 'total impulse', comparator: '>=', value: 1.1, unit: 'MN·s' });
    const us9A012 = extractThresholds(usTexts[starts.findIndex((m) => m[1] === '9A012')]!, { decimalComma: false });
    has(us9A012, { parameter: 'range', comparator: '>=', value: 300, unit: 'km' });
    has(us9A012, { parameter: 'altitude', comparator: '>', value: 15240, unit: 'm' });
    // 9A012.a.1.a: "A maximum 'endurance' greater than or equal to 30 minutes but less than 1 hour": a band of 30 to 60 min.
    has(us9A012, { parameter: 'endurance', comparator: 'range', value: 30, valueMax: 60, unit: 'min' });
  });
});

describe('placeThresholds: each number in its paragraph, with its role and the row it came from', () => {
  const meta = { file: 'test', sha256: '0'.repeat(64) };
  const us = parseCcl(readFileSync(new URL('../../seed/data/us-ccl/ccl_supp1.xml', import.meta.url), 'utf8'), meta);
  const eu = parseEuAnnexI(readFileSync(new URL('../../seed/data/eu-annex-i/annex_i_en_2025-11.json', import.meta.url), 'utf8'), meta);
  const placed = (list: typeof us, code: string): PlacedThreshold[] => {
    const entry = list.entries.find((e) => e.code === code)!;
    const parts = list.entries.filter((e) => e.kind === 'PART' && e.code.startsWith(`${code}.`));
    const reasons = list.reasons.filter((r) => r.code === code);
    const records = placeThresholds(entry, parts, reasons, list === us ? { layout: 'US_CCL', decimalComma: false } : { layout: 'FLAT', decimalComma: true });
    for (const r of records) PlacedThreshold.parse(r);
    return records;
  };
  const find = (records: PlacedThreshold[], where: Partial<PlacedThreshold>) => records.filter((r) => Object.entries(where).every(([k, v]) => r[k as keyof PlacedThreshold] === v));

  it('US 9A012: the MT row\'s 300 km is MTCR\'s (a reason row), the endurance band and the gusts are 9A012.a.1\'s own paragraphs', () => {
    const records = placed(us, '9A012');
    // License Requirements: "MT applies to non-military Unmanned Aerial Vehicles (UAVs) … capable of a maximum range of at least 300 kilometers (km), regardless of payload … | MT Column 1."
    const range = find(records, { parameter: 'range' });
    expect(range).toEqual([
      expect.objectContaining({ source: 'REASON_ROW', regime: 'MTCR', reason: 'MT Column 1', role: 'CONTROL', part: null, comparator: '>=', value: 300, unit: 'km', rule: 'REASON_ROW' }),
    ]);
    expect(range[0]!.clause).toMatch(/^MT applies to non-military Unmanned Aerial Vehicles/);
    // "a.1.a. A maximum 'endurance' greater than or equal to 30 minutes but less than 1 hour; and"
    expect(find(records, { parameter: 'endurance', part: '9A012.a.1.a' })).toEqual([
      expect.objectContaining({ comparator: 'range', value: 30, valueMax: 60, unit: 'min', role: 'CONTROL', source: 'ITEM_TEXT', regime: null, baseUnit: 's', baseValue: 1800, baseValueMax: 3600 }),
    ]);
    // "a.1.b. Designed to take-off and have stable controlled flight in wind gusts equal to or exceeding 46.3 km/h (25 knots)"
    expect(find(records, { part: '9A012.a.1.b', unit: 'km/h' })).toEqual([expect.objectContaining({ parameter: 'wind gust speed', comparator: '>=', value: 46.3 })]);
    // "a.2. A maximum 'endurance' of 1 hour or greater;"
    expect(find(records, { part: '9A012.a.2' })).toEqual([expect.objectContaining({ parameter: 'endurance', comparator: '>=', value: 1, unit: 'h', baseValue: 3600 })]);
    // "b.4. … engines … to propel “UAVs” … at altitudes above 15,240 meters (50,000 feet)."
    expect(find(records, { part: '9A012.b.4', unit: 'm' })).toEqual([expect.objectContaining({ parameter: 'altitude', comparator: '>', value: 15240 })]);
    // No number of the License Requirements text is read as item text.
    expect(find(records, { source: 'ITEM_TEXT', parameter: 'range' })).toEqual([]);
  });

  it('US 2B001: the NP row\'s "EXCEPT: (1) turning machines under 2B001.a with a capacity no greater than 35 mm diameter" is an exclusion of 2B001.a', () => {
    const records = placed(us, '2B001');
    expect(find(records, { value: 35, unit: 'mm' })).toEqual([
      expect.objectContaining({ role: 'EXCLUSION', source: 'REASON_ROW', regime: 'NSG', part: '2B001.a', parameter: 'diameter', comparator: '<=', rule: 'REASON_ROW_EXCEPT' }),
    ]);
    // "(3) milling machines under 2B001.b with … overall positioning accuracy … more (worse) than 22.5 µm"
    expect(find(records, { value: 22.5, unit: 'µm' })).toEqual([expect.objectContaining({ role: 'EXCLUSION', part: '2B001.b', regime: 'NSG' })]);
    // "a.1. “Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm along one or more linear axis with a travel length less than 1.0 m"
    expect(find(records, { part: '2B001.a.1', unit: 'µm' })).toEqual([expect.objectContaining({ role: 'CONTROL', comparator: '<=', value: 0.9, rule: 'ITEM_PARAGRAPH' })]);
    // "f. Deep-hole-drilling machines … having a maximum depth-of-bore capability exceeding 5m."
    expect(find(records, { part: '2B001.f' })).toEqual([expect.objectContaining({ role: 'CONTROL', comparator: '>', value: 5, unit: 'm' })]);
    // Note 2 to 2B001.c: "2B001.c does not control grinding machines as follows: a. … 2. Limited to a maximum workpiece capacity of 150 mm outside diameter or length"
    expect(find(records, { value: 150, unit: 'mm' })).toEqual([expect.objectContaining({ role: 'EXCLUSION', part: '2B001.c', rule: 'NOTE_EXCLUSION' })]);
  });

  it('US 1C116.a: the sub-paragraphs\' bare values take the parameter and comparison of their lead', () => {
    const records = placed(us, '1C116');
    // "a. Having an ultimate tensile strength, measured at 20 °C, equal to or greater than: a.1. 0.9 GPa in the solution
    // annealed stage; or a.2. 1.5 GPa in the precipitation hardened stage; and"
    const at = (part: string) => find(records, { part }).map((r) => [r.role, r.rule, r.parameter, r.comparator, r.value, r.unit]);
    expect(at('1C116.a.1')).toEqual([['CONTROL', 'LEAD_BOUND', 'tensile strength', '>=', 0.9, 'GPa']]);
    expect(at('1C116.a.2')).toEqual([['CONTROL', 'LEAD_BOUND', 'tensile strength', '>=', 1.5, 'GPa']]);
    expect(find(records, { part: '1C116.a.1' })[0]!.clause).toMatch(/^Having an ultimate tensile strength, measured at 20 °C, equal to or greater than … 0\.9 GPa in the solution annealed stage/);
    // No "pressure" of 0.9 GPa.
    expect(find(records, { parameter: 'pressure' })).toEqual([]);
    // EU 1C116.a: "Having an ultimate tensile strength, measured at 293 K (20 °C), equal to or greater than: 1. 0,9 GPa in
    // the solution annealed stage; or 2. 1,5 GPa in the precipitation hardened stage; and"
    const euRecords = placed(eu, '1C116');
    expect(find(euRecords, { part: '1C116.a.1' }).map((r) => [r.rule, r.parameter, r.comparator, r.value, r.unit])).toEqual([['LEAD_BOUND', 'tensile strength', '>=', 0.9, 'GPa']]);
    expect(find(euRecords, { parameter: 'pressure' })).toEqual([]);
  });

  it('US 9A515.d/.e/.h: radiation hardness read as the source states it; test conditions are not bounds; the MT row names 9A515.h', () => {
    const records = placed(us, '9A515');
    const at = (part: string) => find(records, { part }).map((r) => [r.role, r.rule, r.parameter, r.comparator, r.value, r.valueMax, r.unit]);
    // "d. Microelectronic circuits … rated, certified, or otherwise specified or described as meeting or exceeding all the
    // following characteristics …: d.1. A total dose of 5 × 10^5 Rads (Si) (5 × 10^3 Gy (Si));"
    expect(at('9A515.d.1')).toEqual([['CONTROL', 'LEAD_AT_LEAST', 'radiation dose', '>=', 5e5, null, 'rad(Si)']]);
    expect(find(records, { part: '9A515.d.1' })[0]).toMatchObject({ baseUnit: 'Gy', baseValue: 5e3 });
    // "d.2. A dose rate upset threshold of 5 × 10^8 Rads (Si)/sec (5 × 10^6 Gy (Si)/sec);" — a dose rate, not a dose
    expect(at('9A515.d.2')).toEqual([['CONTROL', 'LEAD_AT_LEAST', 'dose rate upset threshold', '>=', 5e8, null, 'rad(Si)/s']]);
    // "d.3. A neutron dose of 1 × 10^14 n/cm^2 (1 MeV equivalent);" — the 1 MeV says how the fluence is counted
    expect(at('9A515.d.3')).toEqual([['CONTROL', 'LEAD_AT_LEAST', 'neutron fluence', '>=', 1e14, null, 'n/cm2']]);
    // "d.4. An uncorrected single event upset sensitivity of 1 × 10−^10 errors/bit/day or less, for the CRÈME-MC …"
    expect(at('9A515.d.4')).toEqual([['CONTROL', 'ITEM_PARAGRAPH', 'single event upset sensitivity', '<=', 1e-10, null, 'errors/bit/day']]);
    // "d.5. An uncorrected single event upset sensitivity of 1 × 10−^10 errors/part or less for a fluence of 1 × 10^7
    // protons/cm^2 for proton energy greater than 50 MeV." — the fluence and the 50 MeV are the test's conditions
    expect(at('9A515.d.5')).toEqual([
      ['CONTROL', 'ITEM_PARAGRAPH', 'single event upset sensitivity', '<=', 1e-10, null, 'errors/part'],
      ['NOTE', 'MEASUREMENT_CONDITION', 'fluence', '=', 1e7, null, 'protons/cm2'],
      ['NOTE', 'MEASUREMENT_CONDITION', 'energy', '>', 50, null, 'MeV'],
    ]);
    // "e.1. A total dose ≥1 × 10^5 Rads (Si) (1 × 10^3 Gy(Si)) and <5 × 10^5 Rads (Si) (5 × 10^3 Gy(Si)); and a single
    // event effect (SEE) … immunity to a linear energy transfer (LET) ≥80 MeV-cm^2/mg" — a band of dose, and an LET
    expect(at('9A515.e.1')).toEqual([
      ['CONTROL', 'ITEM_PARAGRAPH', 'radiation dose', 'range', 1e5, 5e5, 'rad(Si)'],
      ['CONTROL', 'ITEM_PARAGRAPH', 'linear energy transfer', '>=', 80, null, 'MeV·cm2/mg'],
    ]);
    // "e.2. A total dose ≥5 × 10^5 Rads (Si) (5 × 10^3 Gy (Si)) and not described in 9A515.d."
    expect(at('9A515.e.2')).toEqual([['CONTROL', 'ITEM_PARAGRAPH', 'radiation dose', '>=', 5e5, null, 'rad(Si)']]);
    // "h. Spacecraft thrusters … that provide thrust equal to or less than 150 lbf (i.e., 667.23 N) vacuum thrust." — one
    // bound in two units; and the MT row: "MT also applies to 9A515.h when the total impulse capacity is equal to or
    // greater than 8.41 × 10^5 newton seconds | MT Column 1."
    expect(at('9A515.h')).toEqual([
      ['CONTROL', 'ITEM_PARAGRAPH', 'thrust', '<=', 150, null, 'lbf'],
      ['CONTROL', 'REASON_ROW', 'total impulse', '>=', 8.41e5, null, 'N·s'],
    ]);
    expect(find(records, { part: '9A515.h', rule: 'REASON_ROW' })[0]).toMatchObject({ regime: 'MTCR', reason: 'MT Column 1' });
    expect(find(records, { part: '9A515.h', unit: 'lbf' })[0]!.phrase).toBe('thrust equal to or less than 150 lbf (i.e., 667.23 N)');
  });

  it('measurement conditions are no bounds: 1C216 "at 293 K (20 °C)", 3A001.e.1.a "at 20 °C", 2B001 travel lengths', () => {
    // 1C216 heading: "Maraging steel, other than that controlled by 1C116, “capable of” an ultimate tensile strength of 1,950 MPa or more, at 293 K (20 °C)."
    expect(find(placed(us, '1C216'), { unit: 'K' })).toEqual([expect.objectContaining({ role: 'NOTE', rule: 'MEASUREMENT_CONDITION', value: 293 })]);
    const a3001 = placed(us, '3A001');
    // 3A001.e.1.a "'Primary cells' having any of the following at 20 °C:"
    expect(find(a3001, { part: '3A001.e.1.a', unit: '°C' })).toEqual([expect.objectContaining({ role: 'NOTE', rule: 'MEASUREMENT_CONDITION', value: 20 })]);
    // The text of 3A001 opens with "Reason for Control:": the MT row ("… rated for operation in the temperature range
    // from below −54 °C to above +125 °C …") is a reason row only, never item text of the entry as a whole.
    expect(find(a3001, { source: 'ITEM_TEXT', part: null, unit: '°C' })).toEqual([]);
    expect(find(a3001, { source: 'REASON_ROW', regime: 'MTCR', unit: '°C' }).length).toBeGreaterThan(0);
    // 2B001.a.1 "“Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm along one or more linear
    // axis with a travel length less than 1.0 m": the repeatability bounds, the travel length says which machines.
    const b2001 = placed(us, '2B001');
    expect(find(b2001, { part: '2B001.a.1' }).map((r) => [r.parameter, r.role, r.comparator, r.value, r.unit])).toEqual([
      ['positioning repeatability', 'CONTROL', '<=', 0.9, 'µm'],
      ['travel length', 'NOTE', '<', 1, 'm'],
    ]);
  });

  it('US 9A120: "capacity greater than 20 liters" in 9A120.b.1 and .b.2; the note "does not control model aircraft" holds no number', () => {
    const records = placed(us, '9A120');
    expect(records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.unit])).toEqual([
      ['9A120.b.1', 'CONTROL', 'capacity', '>', 20, 'l'],
      ['9A120.b.2', 'CONTROL', 'capacity', '>', 20, 'l'],
    ]);
  });

  it('EU 9A112.a "UAVs capable of a range of 300 km" controls from 300 km; EU 9A012\'s paragraphs are read from the flattened labels', () => {
    const records = placed(eu, '9A112');
    expect(find(records, { parameter: 'range' })).toEqual([expect.objectContaining({ part: '9A112.a', role: 'CONTROL', comparator: '>=', value: 300, unit: 'km', source: 'ITEM_TEXT' })]);
    // "b. … 2. Having any of the following: a. Incorporating an aerosol dispensing system/mechanism with a capacity greater than 20 litres"
    expect(find(records, { part: '9A112.b.2.a' })).toEqual([expect.objectContaining({ parameter: 'capacity', comparator: '>', value: 20, unit: 'l' })]);
    // EU 9A012: the same paragraphs as the US text, read from the flattened labels.
    const eu9A012 = placed(eu, '9A012');
    expect(find(eu9A012, { part: '9A012.a.1.a' })).toEqual([expect.objectContaining({ parameter: 'endurance', comparator: 'range', value: 30, valueMax: 60 })]);
    expect(find(eu9A012, { part: '9A012.b.4', unit: 'm' })).toEqual([expect.objectContaining({ comparator: '>', value: 15240 })]);
    expect(find(eu9A012, { parameter: 'range' })).toEqual([]);
    // EU 9A120 heading: "Liquid or gel propellant tanks, other than those specified in 9A006, specially designed for propellants …
    // used in rocket systems capable of delivering at least a 500 kg payload to a range of at least 300 km." The pointer ends at
    // its code: the 500 kg and 300 km describe the rocket systems the tanks serve, so they control.
    expect(find(placed(eu, '9A120'), { rule: 'HEADING' }).map((r) => [r.role, r.parameter, r.value, r.unit])).toEqual([
      ['CONTROL', 'payload', 500, 'kg'],
      ['CONTROL', 'range', 300, 'km'],
    ]);
  });
  it('EU 2B201: paragraphs as the import found them; the Technical Note\'s own list "a." to "f." is no paragraph', () => {
    const records = placed(eu, '2B201');
    const at = (part: string | null) => find(records, { part }).filter((r) => r.role === 'CONTROL').map((r) => [r.parameter, r.comparator, r.value, r.unit]);
    // "a. Machine tools for milling, having any of the following characteristics: 1. Positioning accuracies with "all
    // compensations available" equal to or less (better) than 6 μm …"; "b. Machine tools for grinding … 1. … equal to or
    // less (better) than 4 μm …"; "c. Machine tools for turning, that have positioning accuracies with "all compensations
    // available" better (less) than 6 μm … for machines capable of machining diameters greater than 35 mm;"
    expect(at('2B201.a.1')).toEqual([['positioning accuracy', '<=', 6, 'µm']]);
    expect(at('2B201.b.1')).toEqual([['positioning accuracy', '<=', 4, 'µm']]);
    expect(at('2B201.c')).toEqual([['positioning accuracy', '<', 6, 'µm'], ['diameter', '>', 35, 'mm']]);
    // "Note : 2B201.c does not control bar machines (Swissturn) … if maximum bar diameter is equal to or less than 42 mm …
    // Machines may have drilling and/or milling capabilities for machining parts with diameters less than 42 mm."
    expect(find(records, { value: 42 }).map((r) => [r.role, r.part])).toEqual([['EXCLUSION', '2B201.c'], ['EXCLUSION', '2B201.c']]);
    // The Technical Note before the items: "f. If any axis of a machine tool not specified in 2B201.a., 2B201.b. or
    // 2B201.c. has a stated positioning accuracy of 6 μm or better (less) for grinding machines, and 8 μm … then the
    // builder should be required to reaffirm the accuracy level once every eighteen months." Its numbers bound nothing.
    expect(records.filter((r) => r.part !== null && /^2B201\.[d-f]/.test(r.part))).toEqual([]);
    expect(find(records, { value: 8, unit: 'µm' }).map((r) => r.role)).toEqual(['NOTE']);
  });

  it('EU 0B001: "c." after 0B001.b.14.b is the entry\'s c. (the text cites "0B001.c.3."); EU 9E003, whose a. to c. are lost, from d. on', () => {
    const records = placed(eu, '0B001');
    // "c. Equipment and components, specially designed or prepared for gaseous diffusion separation process, as follows:
    // … 3. Compressors or gas blowers with a suction volume capacity of 1 m3/min or more of UF6, with a discharge pressure
    // up to 500 kPa, and having a pressure ratio of 10:1 or less …; 4. Rotary shaft seals for compressors or blowers
    // specified in 0B001.c.3. and designed for a buffer gas in-leakage rate of less than 1 000 cm3/min.;"
    expect(find(records, { unit: 'm3/min' }).map((r) => [r.part, r.parameter, r.comparator, r.value])).toEqual([['0B001.c.3', 'capacity', '>=', 1]]);
    expect(find(records, { unit: 'cm3/min' }).map((r) => [r.part, r.parameter, r.comparator, r.value])).toEqual([['0B001.c.4', 'leak rate', '<', 1000]]);
    expect(records.filter((r) => r.part?.startsWith('0B001.b.14.c'))).toEqual([]);
    // PROVENANCE.md: 9E003 is among the "entries [that] lost their sub-item lists"; its text starts at d., after 9E003.c's
    // notes, and is read from there ("e. … 3. Power density of more than 700 kW/m3 of 'box volume'", the CCL's 9E003.e.3).
    const e9E003 = placed(eu, '9E003');
    expect(find(e9E003, { unit: 'kW/m3' })).toEqual([expect.objectContaining({ part: '9E003.e.3', parameter: 'power density', comparator: '>', value: 700, role: 'CONTROL' })]);
    expect(e9E003.filter((r) => r.part !== null && !/^9E003\.[d-k]\b/.test(r.part))).toEqual([]);
  });
  it('US 6A205.c: "(other than glass)" excepts glass, not the wavelength band that follows', () => {
    // 6A205.c "Neodymium-doped (other than glass) lasers with an output wavelength between 1000 nm and 1100 nm having either of the following:"
    const records = placed(us, '6A205');
    expect(find(records, { part: '6A205.c', unit: 'nm' }).map((r) => [r.role, r.comparator, r.value, r.valueMax])).toEqual([['CONTROL', 'range', 1000, 1100]]);
  });
  it('EU 2B001 (its items a. to c. are lost): a note\'s ";" list ends at a full stop, so "d." to "f." are controls again, in their paragraphs', () => {
    // "Note 2: 2B001.c does not control grinding machine as follows: a. …; b. … less (better) than 1,1 μm; c. Surface
    // grinders. d. Electrical discharge machines (EDM) … e. … A positioning "accuracy" of less (better) than 0,003°; f.
    // Deep-hole-drilling machines … having a maximum depth-of-bore capability exceeding 5m."
    const records = placed(eu, '2B001');
    expect(find(records, { value: 1.1, unit: 'µm' }).map((r) => r.role)).toEqual(['EXCLUSION']);
    expect(find(records, { value: 0.003 }).map((r) => [r.role, r.comparator, r.unit, r.part])).toEqual([['CONTROL', '<', '°', '2B001.e.2.b']]);
    expect(find(records, { value: 5, unit: 'm' }).map((r) => [r.role, r.comparator, r.part])).toEqual([['CONTROL', '>', '2B001.f']]);
  });
  const read = (records: PlacedThreshold[], where: Partial<PlacedThreshold>) => find(records, where).map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.unit]);

  it('units with a denominator keep it: kg/m^2, kW/cm^2, mA/W, µA/lm, m/V, g/ml (US 6A004, 6A002, 6C004, 1C006)', () => {
    const us6A004 = placed(us, '6A004');
    // 6A004.a.2 "Lightweight monolithic mirrors having an average “equivalent density” of less than 30 kg/m^2 and a total
    // mass exceeding 10 kg;" — a mass per area and a mass, not a 10–30 kg band.
    expect(read(us6A004, { part: '6A004.a.2' })).toEqual([
      ['6A004.a.2', 'CONTROL', 'areal density', '<', 30, 'kg/m2'],
      ['6A004.a.2', 'CONTROL', 'mass', '>', 10, 'kg'],
    ]);
    // 6A004.a.1.b.1 "Greater than 1 kW/cm^2 using a “CW laser”; or"
    expect(read(us6A004, { part: '6A004.a.1.b.1' })).toEqual([['6A004.a.1.b.1', 'CONTROL', 'power density', '>', 1, 'kW/cm2']]);
    // 6A002.a.2.a.3.a "… having a luminous sensitivity exceeding 350 µA/lm;"; a.2.a.3.c "… having a maximum “radiant
    // sensitivity” exceeding 10 mA/W;"
    const us6A002 = placed(us, '6A002');
    expect(read(us6A002, { part: '6A002.a.2.a.3.a' })).toEqual([['6A002.a.2.a.3.a', 'CONTROL', 'luminous sensitivity', '>', 350, 'µA/lm']]);
    expect(read(us6A002, { part: '6A002.a.2.a.3.c' })).toEqual([['6A002.a.2.a.3.c', 'CONTROL', 'radiant sensitivity', '>', 10, 'mA/W']]);
    // 6C004.c.2 "Second order nonlinear susceptibility (χ(2), chi 2) of 3.3 × 10−11 m/V or more;"
    expect(read(placed(us, '6C004'), { part: '6C004.c.2' })).toEqual([['6C004.c.2', 'CONTROL', 'nonlinear susceptibility', '>=', 3.3e-11, 'm/V']]);
    // 1C006.d.2 "Density at 298 K (25 °C) of 1.5 g/ml or more;" — a density (the 298 K is where it is measured)
    expect(read(placed(us, '1C006'), { part: '1C006.d.2', role: 'CONTROL' })).toEqual([['1C006.d.2', 'CONTROL', 'density', '>=', 1.5, 'g/ml']]);
  });

  it('a value per a period or a span is a rate or a ratio (US 2B206, 2B992): "0.1% per day", "3.5 µm per 5 mm"', () => {
    const us2B206 = placed(us, '2B206');
    // 2B206.b.1 "“Measurement uncertainty” along any linear axis equal to or less (better) than 3.5 µm per 5 mm; and"
    expect(read(us2B206, { part: '2B206.b.1' })).toEqual([['2B206.b.1', 'CONTROL', 'length', '<=', 3.5, 'µm/5 mm']]);
    // 2B206.d.2 "Drift equal to or less (better) than 0.1% per day at a standard ambient test room temperature ±1 K."
    expect(read(us2B206, { part: '2B206.d.2' })).toEqual([
      ['2B206.d.2', 'CONTROL', 'percentage per time', '<=', 0.1, '%/d'],
      ['2B206.d.2', 'NOTE', 'temperature', '=', 1, 'K'],
    ]);
    // 2B992.a.1 "… positioning accuracy less (better) than 0.0005 mm per 300 mm of travel"
    expect(read(placed(us, '2B992'), { part: '2B992.a.1' })).toEqual([['2B992.a.1', 'CONTROL', 'positioning accuracy', '<', 0.0005, 'mm/300 mm']]);
  });

  it('what a test uses, refers to or counts in bounds nothing (US 6A004, 2B206, 1C006, 3E004, 9B106)', () => {
    const conditions = (list: typeof us, code: string, part: string | null) => find(placed(list, code), { part }).map((r) => [r.rule, r.value, r.unit]);
    // 6A004.a.1.b.2 "Greater than 2 J/cm^2 using 20 ns “laser” pulses at 20 Hz repetition rate;"
    expect(conditions(us, '6A004', '6A004.a.1.b.2')).toEqual([
      ['ITEM_PARAGRAPH', 2, 'J/cm2'],
      ['MEASUREMENT_CONDITION', 20, 'ns'],
      ['MEASUREMENT_CONDITION', 20, 'Hz'],
    ]);
    // 6A004.a.4 "… with a flatness of λ/10 or better (λ is equal to 633 nm) and having any of the following:"
    expect(conditions(us, '6A004', '6A004.a.4')).toEqual([['ITEM_PARAGRAPH', 0.1, 'λ'], ['MEASUREMENT_CONDITION', 633, 'nm']]);
    // 2B206.c.2 "Capable of maintaining, for at least 12 hours over a temperature range of ± 1 K around a standard
    // temperature …"; d.1.b "“Linearity” equal to or less (better) than 0.1% measured from 0 to 5 mm for LVDTs …"
    expect(conditions(us, '2B206', '2B206.c.2')).toEqual([['ITEM_PARAGRAPH', 12, 'h'], ['MEASUREMENT_CONDITION', 1, 'K']]);
    expect(find(placed(us, '2B206'), { part: '2B206.d.1.b', comparator: 'range' }).map((r) => r.rule)).toEqual(['MEASUREMENT_CONDITION']);
    // 1C006.c.2 "Containing less than 25 particles of 200 µm or larger in size per 100 ml;" — the count is the bound; the
    // size counted and the volume it is counted in are not.
    expect(conditions(us, '1C006', '1C006.c.2')).toEqual([
      ['ITEM_PARAGRAPH', 25, 'particles'],
      ['MEASUREMENT_CONDITION', 200, 'µm'],
      ['MEASUREMENT_CONDITION', 100, 'ml'],
    ]);
    // 3E004 "… to achieve a 'Site Front least sQuares Range' ('SFQR') less than or equal to 20 nm at any site of 26 mm x
    // 8 mm on the front surface of the wafer and an edge exclusion less than or equal to 2 mm"
    const e3E004 = placed(us, '3E004');
    expect(read(e3E004, { value: 20, unit: 'nm' })).toEqual([[null, 'CONTROL', 'flatness', '<=', 20, 'nm']]);
    // (Its heading's "300 mm diameter" wafers are a diameter; the edge exclusion, "less than or equal to 2 mm", a bound.)
    expect(find(e3E004, { unit: 'mm' }).map((r) => [r.role, r.rule, r.parameter, r.comparator, r.value])).toEqual([
      ['CONTROL', 'HEADING', 'diameter', '=', 300],
      ['NOTE', 'MEASUREMENT_CONDITION', 'site size', '=', 26],
      ['NOTE', 'MEASUREMENT_CONDITION', 'site size', '=', 8],
      ['CONTROL', 'HEADING', 'edge exclusion', '<=', 2],
    ]);
    // 1C007.c.1.a Note "… more than 1 % creep strain at 100 MPa load and 1 273 K (1 000 °C) for 100 hours": the test's length.
    expect(find(placed(us, '1C007'), { unit: 'h', value: 100 }).map((r) => [r.role, r.rule])).toEqual([['NOTE', 'MEASUREMENT_CONDITION']]);
    // 9B106.a.2 "… vibration environments equal to or greater than 10 g rms, measured 'bare table,' between 20 Hz and 2 kHz
    // while imparting forces equal to or greater than 5 kN;"
    expect(find(placed(us, '9B106'), { part: '9B106.a.2' }).map((r) => [r.rule, r.comparator, r.unit])).toEqual([
      ['ITEM_PARAGRAPH', '>=', 'g rms'],
      ['MEASUREMENT_CONDITION', 'range', 'kHz'],
      ['ITEM_PARAGRAPH', '>=', 'kN'],
    ]);
  });

  it('EU 0C004: a purity "better than 5 parts per million" is less than 5 ppm of boron equivalent', () => {
    // EU 0C004 "Graphite having a purity level better than 5 parts per million 'boron equivalent' and with a density
    // greater than 1,50 g/cm3 …"; the CCL's 1C298.a says it plainly: "a boron content of less than 5 parts per million".
    expect(read(placed(eu, '0C004'), { role: 'CONTROL', unit: 'ppm' })).toEqual([[null, 'CONTROL', 'purity', '<', 5, 'ppm']]);
  });

  it('ratios are read as the fraction they state (EU 0C003, EU 1C234, US 3A233), and "ISO 230-2:1988" is none', () => {
    // EU 0C003 "Deuterium, heavy water (deuterium oxide) and other compounds of deuterium, and mixtures and solutions
    // containing deuterium, in which the isotopic ratio of deuterium to hydrogen exceeds 1:5 000."
    expect(read(placed(eu, '0C003'), { unit: 'ratio' })).toEqual([[null, 'CONTROL', 'ratio', '>', 0.0002, 'ratio']]);
    // EU 1C234 "Zirconium with a hafnium content of less than 1 part hafnium to 500 parts zirconium by weight …"
    expect(read(placed(eu, '1C234'), { unit: 'ratio' })).toEqual([[null, 'CONTROL', 'ratio', '<', 0.002, 'ratio']]);
    // 3A233 "Mass spectrometers, capable of measuring ions of 230 u or greater and having a resolution of better than 2
    // parts in 230, and ion sources therefor, …"
    const us3A233 = placed(us, '3A233');
    expect(read(us3A233, { part: null, role: 'CONTROL' }).map((r) => [r[2], r[3], Number(Number(r[4]).toPrecision(6))])).toEqual([
      ['ion mass', '>=', 230],
      ['resolution', '<', Number((2 / 230).toPrecision(6))],
    ]);
    // EU 2B201 "… measurements made according to ISO 230-2:1988 (7) …": a standard's number.
    expect(find(placed(eu, '2B201'), { unit: 'ratio' })).toEqual([]);
  });

  it('a span to cover, a band measured within, "within" and "meet or exceed" (US 9B106, 8B001, 3A002, 8A001, 6A102)', () => {
    // 9B106.b.2.b "Temperature range of at least −50 °C to + 125 °C." — the chamber reaches down to −50 °C and up to 125 °C.
    expect(read(placed(us, '9B106'), { part: '9B106.b.2.b' })).toEqual([
      ['9B106.b.2.b', 'CONTROL', 'temperature', '<=', -50, '°C'],
      ['9B106.b.2.b', 'CONTROL', 'temperature', '>=', 125, '°C'],
    ]);
    // 8B001 "Water Tunnels Designed to Have a Background Noise of Less Than 100 dB (Reference 1 µPa, 1 Hz) Within the
    // Frequency Range Exceeding 0 Hz But Not Exceeding to 500 Hz …": the band the noise is measured in, as "at any frequency
    // from 2 GHz up to and including 15 GHz" is after a noise figure (3A901.b.3); so 3A002.c.1's "… exceeding 40 MHz
    // anywhere within the frequency range exceeding 31.8 GHz but not exceeding 37 GHz".
    expect(find(placed(us, '8B001'), { unit: 'Hz', comparator: 'range' }).map((r) => [r.role, r.rule, r.value, r.valueMax])).toEqual([['NOTE', 'MEASUREMENT_CONDITION', 0, 500]]);
    expect(find(placed(us, '8B001'), { unit: 'dB' }).map((r) => [r.role, r.comparator, r.value])).toEqual([['CONTROL', '<', 100]]);
    expect(find(placed(us, '3A002'), { part: '3A002.c.1', unit: 'GHz' }).map((r) => [r.role, r.value, r.valueMax])).toEqual([['NOTE', 31.8, 37]]);
    // 8A001.e.2 "… position … to within 10 m"
    expect(find(placed(us, '8A001'), { part: '8A001.e.2', value: 10 }).map((r) => r.comparator)).toEqual(['<=']);
    // 6A102 "… designed or rated to withstand radiation levels which meet or exceed a total irradiation dose of 5 × 10^5
    // rads (silicon)"
    expect(find(placed(us, '6A102'), { unit: 'rad(Si)' }).map((r) => [r.comparator, r.value])).toEqual([['>=', 500_000]]);
  });

  it('a number without a unit is read where the list names what it is: IVPI (US 1C351.a.4.a), dielectric constant (US 3B001.d.14.a)', () => {
    // 1C351.a.4.a "AI viruses that have an intravenous pathogenicity index (IVPI) in 6-week-old chickens greater than 1.2; or"
    expect(read(placed(us, '1C351'), { part: '1C351.a.4.a' })).toEqual([['1C351.a.4.a', 'CONTROL', 'intravenous pathogenicity index', '>', 1.2, 'IVPI']]);
    // 3B001.d.14.a "… a dielectric constant (k) of less than 4.4"
    expect(find(placed(us, '3B001'), { part: '3B001.d.14.a', parameter: 'dielectric constant' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<', 4.4, 'εr']]);
    // The chickens' age is no bound: a bare number with no name and no comparator is not read.
    expect(find(placed(us, '1C351'), { value: 6 })).toEqual([]);
  });

  it('a comparator shared across "and", and the parameter after "in" (US 6A004.b.2, 2B350.a.1.a)', () => {
    // 6A004.b.2 "Exceeding 80 mm in diameter or length of major axis and 20 mm in thickness (depth);"
    expect(read(placed(us, '6A004'), { part: '6A004.b.2' })).toEqual([
      ['6A004.b.2', 'CONTROL', 'diameter', '>', 80, 'mm'],
      ['6A004.b.2', 'CONTROL', 'thickness', '>', 20, 'mm'],
    ]);
    // 2B350.a.1.a "Alloys with more than 25% nickel and 20% chromium by weight;"
    expect(find(placed(us, '2B350'), { part: '2B350.a.1.a' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([
      ['>', 25, '%'],
      ['>', 20, '%'],
    ]);
  });

  it('the words quoted are the sentence round an exception set off by commas, and a quoted term whole (US 1C216, 1B228.d)', () => {
    // 1C216 "Maraging steel, other than that controlled by 1C116, “capable of” an ultimate tensile strength of 1,950 MPa
    // or more, at 293 K (20 °C)." (its heading).
    const strength = find(placed(us, '1C216'), { value: 1950 })[0]!;
    expect(strength.clause).toBe('Maraging steel, other than that controlled by 1C116, “capable of” an ultimate tensile strength of 1,950 MPa or more, at 293 K (20 °C).');
    // 1B228.d "With internal diameters of 30 cm or greater and “effective lengths” of 4 m or greater."
    expect(find(placed(us, '1B228'), { part: '1B228.d', value: 4 })[0]?.phrase).toBe('“effective lengths” of 4 m or greater');
  });

  it('a Note\'s list goes on after each Technical Note printed inside it (US 5A002.a Note 2)', () => {
    // 5A002 "Note 2: 5A002.a does not control any of the following items, …" … "a.2. 'Readers/writers' …" then "Technical
    // Note to paragraph a.2 of Note 2: …", "b. Cryptographic equipment …", "Technical Note to paragraph b. of Note 2: …",
    // "c. …", "d. Cordless telephone equipment not capable of end-to-end encryption where the maximum effective range of
    // unboosted cordless operation (i.e., a single, unrelayed hop between terminal and home base station) is less than
    // 400 meters according to the manufacturer's specifications;"
    const records = placed(us, '5A002');
    expect(find(records, { value: 400, unit: 'm' }).map((r) => [r.part, r.role, r.rule, r.comparator])).toEqual([['5A002.a', 'EXCLUSION', 'NOTE_EXCLUSION', '<']]);
    // The Technical Notes' own numbers stay theirs: "2.b.1. Factorization of integers in excess of 512 bits" (and 2.b.2's
    // "… greater than 512 bits", the same bound of the same paragraph, kept once).
    expect(find(records, { value: 512 }).map((r) => r.rule)).toEqual(['TECHNICAL_NOTE']);
  });

  it('"2N FLOP" counts a variable, not newtons (US 4E091)', () => {
    // 4E091 Technical Note: "… Each forward pass would require N multiply accumulate operations, or (assuming floating
    // point arithmetic) 2N FLOP. Each backward pass would require 2N multiply accumulate operations, or 4N FLOP."
    expect(find(placed(us, '4E091'), { unit: 'N' })).toEqual([]);
  });

  it('what an item operates at is its own, not a test condition (US 6A998.c.1, 6A205.i)', () => {
    // 6A998.c "Millimeter wave enhanced vision radar imaging systems “specially designed” for rotary wing aircraft and
    // having all of the following:" and c.1 "Operates at a frequency of 94 GHz;"
    expect(read(placed(us, '6A998'), { part: '6A998.c.1' })).toEqual([['6A998.c.1', 'CONTROL', 'frequency', '=', 94, 'GHz']]);
    // 6A205.i "Para-hydrogen Raman shifters designed to operate at 16 micrometer output wavelength and at a repetition rate
    // greater than 250 Hz.;"
    expect(find(placed(us, '6A205'), { part: '6A205.i', value: 16 }).map((r) => [r.role, r.comparator, r.unit])).toEqual([['CONTROL', '=', 'µm']]);
  });

  it('bands "up to and including", nW with its dBm restatement, a lead that names the bound, "no better than" an overlay, a sign apart (US 3A001, 2B991, 3B991, EU 3B504)', () => {
    // 3A001.b.2.d "Rated for operation with a peak saturated power output greater than 0.1 nW (−70 dBm) at any frequency
    // exceeding 31.8 GHz up to and including 37 GHz;": the power is the bound, the band where it must be had is how it is
    // measured, as "at any frequency from 2 GHz up to and including 15 GHz" is (3A901.b.3).
    expect(read(placed(us, '3A001'), { part: '3A001.b.2.d' })).toEqual([
      ['3A001.b.2.d', 'CONTROL', 'power', '>', 0.1, 'nW'],
      ['3A001.b.2.d', 'NOTE', 'frequency', 'range', 31.8, 'GHz'],
    ]);
    expect(find(placed(us, '3A001'), { part: '3A001.b.2.d', comparator: 'range' })[0]).toMatchObject({ valueMax: 37, rule: 'MEASUREMENT_CONDITION' });
    // 3A001.b.2.b "Rated for operation at frequencies exceeding 6.8 GHz up to and including 16 GHz with a “fractional
    // bandwidth” greater than 10%, and having any of the following:": the band the item works in, a bound of its own.
    expect(find(placed(us, '3A001'), { part: '3A001.b.2.b', parameter: 'frequency' }).map((r) => [r.role, r.value, r.valueMax])).toEqual([['CONTROL', 6.8, 16]]);
    // 2B991.c.2 "Positioning accuracies according to ISO 230/2 (2006), with all compensations available:" and "c.2.a.
    // Better than 15 µm along any linear axis (overall positioning) for grinding machines;"
    expect(read(placed(us, '2B991'), { part: '2B991.c.2.a' })).toEqual([['2B991.c.2.a', 'CONTROL', 'positioning accuracy', '<', 15, 'µm']]);
    // 3B991.b.2.f.3 "Machine-to-machine overlay no better than ±0.3 micrometer; or" — at least as poor as 0.3 µm
    expect(read(placed(us, '3B991'), { part: '3B991.b.2.f.3' })).toEqual([['3B991.b.2.f.3', 'CONTROL', 'overlay', '>=', 0.3, 'µm']]);
    // EU 3B504 "a. Designed to test devices at temperatures less than or equal to 4,5 K (- 268,65 °C); and" — one bound,
    // its restatement −268.65 °C joins it, and no temperature of +268.65 °C is read.
    const eu3B504 = placed(eu, '3B504');
    expect(find(eu3B504, { parameter: 'temperature' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<=', 4.5, 'K']]);
    expect(eu3B504.filter((r) => Math.abs(r.value) === 268.65)).toEqual([]);
  });

  it('"other than" excepts a name or what a pointer points to; the bounds after it are the control\'s (US 3A001.b.3.f, 3B001.a.1, 6B004.b, 1A984, 9A101.a.1)', () => {
    // 3A001.b.3.f "Other than those specified by 3A001.b.3.a to 3A001.b.3.e and rated for operation with a peak saturated
    // power output greater than 5 W (37.0 dBm) at all frequencies exceeding 8.5 GHz up to and including 31.8 GHz;"
    expect(find(placed(us, '3A001'), { part: '3A001.b.3.f' }).map((r) => [r.role, r.comparator, r.value, r.unit])).toEqual([
      ['CONTROL', '>', 5, 'W'],
      ['NOTE', 'range', 8.5, 'GHz'],
    ]);
    // 3B001.a.1 "Equipment designed or modified to produce a layer of any material other than silicon with a thickness
    // uniform to less than ±2.5% across a distance of 75 mm or more;"
    expect(find(placed(us, '3B001'), { part: '3B001.a.1' }).map((r) => r.role)).toEqual(['CONTROL', 'CONTROL']);
    // 6B004.b "Equipment other than optical surface scattering measurement equipment, having an unobscured aperture of
    // more than 10 cm, … to an “accuracy” of 2 nm or less (better) against the required profile."
    expect(find(placed(us, '6B004'), { part: '6B004.b' }).map((r) => [r.role, r.value, r.unit])).toEqual([
      ['CONTROL', 10, 'cm'],
      ['CONTROL', 2, 'nm'],
    ]);
    // 1A984 "… except in individual containers with a net weight of 20 grams or less …" and 9A101.a.1 "… excluding civil
    // certified engines with a maximum thrust value greater than 8,890 N": what is excepted, with its bound.
    expect(find(placed(us, '1A984'), { value: 20, unit: 'g' }).map((r) => r.role)).toEqual(['EXCLUSION']);
    expect(find(placed(us, '9A101'), { value: 8890, unit: 'N' }).map((r) => r.role)).toEqual(['EXCLUSION']);
    // EU 7A006 "Airborne altimeters operating at frequencies other than 4,2 to 4,4 GHz inclusive and having any of the
    // following:" — the band excepted, whole.
    expect(find(placed(eu, '7A006'), { unit: 'GHz' }).map((r) => [r.role, r.comparator, r.value, r.valueMax])).toEqual([['EXCLUSION', 'range', 4.2, 4.4]]);
  });

  it('the sixth check: how a test is run bounds nothing (US 3A001.i.1.a, a.5.b.2.a, b.10; 6A002.a.1.a.2; 6A004.e.2; EU 2B206.c.2, 9A007.b)', () => {
    const rules = (list: typeof us, code: string, part: string) => find(placed(list, code), { part }).map((r) => [r.rule, r.comparator, r.value, r.unit]);
    // 3A001.i.1.a "A 'half-wave voltage' ('Vπ') less than 2.7 V when measured at a frequency of 1 GHz or below; or"
    expect(rules(us, '3A001', '3A001.i.1.a')).toEqual([['ITEM_PARAGRAPH', '<', 2.7, 'V'], ['MEASUREMENT_CONDITION', '<=', 1, 'GHz']]);
    // a.5.b.2.a.1 "A settling time less than 9 ns to arrive at or within 0.024% of full scale from a full scale step; or"
    expect(rules(us, '3A001', '3A001.a.5.b.2.a.1')).toEqual([['ITEM_PARAGRAPH', '<', 9, 'ns'], ['MEASUREMENT_CONDITION', '<=', 0.024, '%']]);
    // a.5.b.2.a.2 "A 'Spurious Free Dynamic Range' (SFDR) greater than 68 dBc (carrier) when synthesizing a full scale
    // analog signal of 100 MHz or the highest full scale analog signal frequency specified below 100 MHz"
    expect(rules(us, '3A001', '3A001.a.5.b.2.a.2').filter((r) => r[0] === 'ITEM_PARAGRAPH')).toEqual([['ITEM_PARAGRAPH', '>', 68, 'dBc']]);
    // b.10 "… phase noise, in dBc/Hz, less (better) than − (126 + 20log10F − 20log10f) anywhere within the range of 10 Hz ≤ F
    // ≤ 10 kHz" — F is the formula's offset frequency.
    expect(rules(us, '3A001', '3A001.b.10').map((r) => r[0])).toEqual(['MEASUREMENT_CONDITION', 'MEASUREMENT_CONDITION']);
    // 6A002.a.1.a.2 "A response of less than 0.1% relative to the peak response at a wavelength exceeding 400 nm;"
    expect(rules(us, '6A002', '6A002.a.1.a.2')).toEqual([['ITEM_PARAGRAPH', '<', 0.1, '%'], ['MEASUREMENT_CONDITION', '>', 400, 'nm']]);
    // 3C002.a.1 "Positive resists adjusted (optimized) for use at wavelengths less than 193 nm but equal to or greater than
    // 15 nm;" — the resist's own band, not a test's.
    expect(rules(us, '3C002', '3C002.a.1').map((r) => r[0])).toEqual(['ITEM_PARAGRAPH']);
    // 6A004.e.2 "Surface roughness less than 1 nm (rms) for sampling lengths equal to or greater than 1 mm"
    expect(rules(us, '6A004', '6A004.e.2')).toEqual([['ITEM_PARAGRAPH', '<', 1, 'nm'], ['MEASUREMENT_CONDITION', '>=', 1, 'mm']]);
    // EU 2B206 c.2 "Capable of maintaining, for at least 12 hours, over a temperature range of ± 1 K (± 1 °C); …"
    expect(find(placed(eu, '2B206'), { part: '2B206.c.2', parameter: 'temperature' }).map((r) => [r.rule, r.unit])).toEqual([['MEASUREMENT_CONDITION', 'K']]);
    // EU 9A007 "b. Specific impulse of 2,4 kNs/kg or more, when the nozzle flow is expanded to ambient sea level conditions
    // for an adjusted chamber pressure of 7 MPa;"
    expect(find(placed(eu, '9A007'), { unit: 'MPa' }).map((r) => r.rule)).toEqual(['MEASUREMENT_CONDITION']);
  });

  it('the sixth check: "The only … controlled … are" bounds the control; quantities named as written (9C110, 9A106.d, EU 9A008.b, 6A005, 7A001, 6A004, 3A201)', () => {
    // 9C110 Related Controls "(2) The only resin impregnated fiber prepregs controlled by entry 9C110 are those using
    // resins with a glass transition temperature (Tg), after cure, exceeding 418 K (145 °C) …"
    expect(find(placed(us, '9C110'), { value: 418 }).map((r) => [r.role, r.rule, r.comparator])).toEqual([['CONTROL', 'NOTE_ONLY_CONTROLLED', '>']]);
    // EU 9A106 "Note: The only servo valves, pumps and gas turbines specified in 9A106.d., are the following: a. Servo
    // valves designed for flow rates equal to or greater than 24 litres per minute, …"
    expect(find(placed(eu, '9A106'), { unit: 'l/min' }).map((r) => [r.part, r.role, r.rule])).toEqual([['9A106.d', 'CONTROL', 'NOTE_ONLY_CONTROLLED']]);
    // EU 9A008 "b. Filament-wound "composite" motor cases exceeding 0,61 m in diameter or having 'structural efficiency
    // ratios (PV/W)' exceeding 25 km;"
    expect(find(placed(eu, '9A008'), { unit: 'km' }).map((r) => r.parameter)).toEqual(['structural efficiency ratio']);
    // 6A005.e.3.b.3.a "A Beam Parameter Product (BPP) measured at the output not exceeding 1.5 mm mrad …"
    expect(find(placed(us, '6A005'), { part: '6A005.e.3.b.3.a' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<=', 1.5, 'mm·mrad']]);
    // 7A001.a.1.a "A "bias" "stability" of less (better) than 130 micro g with respect to a fixed calibration value over a
    // period of one year;"
    expect(find(placed(us, '7A001'), { part: '7A001.a.1.a', unit: 'micro g' }).map((r) => [r.parameter, r.comparator, r.value])).toEqual([['bias stability', '<', 130]]);
    // 6A004.e.3 "Coefficient of linear thermal expansion's absolute magnitude less than 3 × 10−6/K at 25 °C"
    expect(find(placed(us, '6A004'), { part: '6A004.e.3', unit: '1/K' }).map((r) => [r.comparator, r.value])).toEqual([['<', 3e-6]]);
    // 3A201.c.1 "… an electron energy of 500 keV or greater, but less than 25 MeV, and with a "figure of merit" (K) of 0.25
    // or greater" — one band, and the figure of merit.
    expect(find(placed(us, '3A201'), { part: '3A201.c.1' }).map((r) => [r.comparator, r.value, r.valueMax, r.unit])).toEqual([
      ['range', 500, 25_000, 'keV'],
      ['>=', 0.25, null, 'K (figure of merit)'],
    ]);
  });

  it('the sixth check, cosmetic: "less than or equal 2 percent", "equal to or below", "better (less) than or equal to", a rated span (US 3B001, 6A005, 3A001.a.2.c)', () => {
    // 3B001.c.4.b "Within wafer (WIW) etch depth non-uniformity of less than or equal 2 percent;"; a.4.b "An epitaxial
    // deposition chamber designed to operate at a temperature equal to or below 958 K (685 °C)."
    expect(find(placed(us, '3B001'), { part: '3B001.c.4.b', unit: '%' }).map((r) => r.comparator)).toEqual(['<=']);
    expect(find(placed(us, '3B001'), { part: '3B001.a.4.b', unit: 'K' }).map((r) => r.comparator)).toEqual(['<=']);
    // 6A005.e.3.a.1 "An insertion loss better (less) than or equal to 0.3 dB maintained at a rated total average or CW
    // output power … exceeding 1,000 W;"
    expect(find(placed(us, '6A005'), { part: '6A005.e.3.a.1', unit: 'dB' }).map((r) => r.comparator)).toEqual(['<=']);
    // 3A001.a.2.c "Rated for operation over the entire ambient temperature range from 218 K (−55 °C) to 398 K (+125 °C);"
    // — the part must cover both ends.
    expect(find(placed(us, '3A001'), { part: '3A001.a.2.c' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([
      ['<=', 218, 'K'],
      ['>=', 398, 'K'],
    ]);
  });

  it('a lead "lower (better) than any of the following" bounds its sub-paragraphs; one naming its parameter with "of" takes the lead\'s comparison (US 6A006.a.4, 6A006.b, 5A991.c.10)', () => {
    // 6A006.a.4 "Induction coil “magnetometers” having a 'sensitivity' lower (better) than any of the following:" then
    // "a.4.a. 0.05 nT (rms)/square root Hz at frequencies of less than 1 Hz;"
    expect(read(placed(us, '6A006'), { part: '6A006.a.4.a' })).toEqual([
      ['6A006.a.4.a', 'CONTROL', 'sensitivity', '<', 0.05, 'nT/√Hz'],
      ['6A006.a.4.a', 'CONTROL', 'frequency', '<', 1, 'Hz'],
    ]);
    // 6A006.b "Underwater electric field sensors having a 'sensitivity' lower (better) than 8 nanovolt per meter per
    // square root Hz when measured at 1 Hz;"
    expect(find(placed(us, '6A006'), { part: '6A006.b', role: 'CONTROL' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<', 8, 'nV/m/√Hz']]);
    // 5A991.c.10 "Being packet switches, circuit switches and routers with ports or lines exceeding any of the following:"
    // then "c.10.a. A “data signaling rate” of 64,000 bit/s per channel for a “communications channel controller”;"
    expect(read(placed(us, '5A991'), { part: '5A991.c.10.a' })).toEqual([['5A991.c.10.a', 'CONTROL', 'data rate', '>', 64000, 'bit/s']]);
  });

  it('an "(e.g., …)" after a bound is an example (7A117); "other than that controlled in 3E001" excepts only 3E001; sample rates in GSPS and MSPS', () => {
    // US 7A117 "… capable of achieving system accuracy of 3.33% or less of the range (e.g., a “CEP” of 10 km or less at a
    // “range” of 300 km)."
    expect(placed(us, '7A117').map((r) => [r.role, r.rule, r.comparator, r.value, r.unit])).toEqual([
      ['CONTROL', 'HEADING', '<=', 3.33, '%'],
      ['NOTE', 'EXAMPLE', '<=', 10, 'km'],
      ['NOTE', 'EXAMPLE', '=', 300, 'km'],
    ]);
    // 3E002 "… other than that controlled in 3E001 for the “development” … having an arithmetic logic unit with an access
    // width of 32 bits or more …"; its Note 2 "3E002 does not control “technology” for microprocessor cores, having all of
    // the following: a. Using “technology” at or above 0.130 µm; …"
    expect(read(placed(us, '3E002'), { part: null })).toEqual([
      [null, 'CONTROL', 'data size', '>=', 32, 'bit'],
      [null, 'EXCLUSION', 'length', '>=', 0.13, 'µm'],
    ]);
    // 3A001.a.5.a.1 "… a “sample rate” greater than 1.3 Giga Samples Per Second (GSPS);" a.5.b.2.a "An 'adjusted update
    // rate' exceeding 1,250 MSPS but not exceeding 3,500 MSPS, …"
    expect(find(placed(us, '3A001'), { part: '3A001.a.5.a.1', unit: 'GSPS' })).toEqual([
      expect.objectContaining({ parameter: 'sample rate', comparator: '>', value: 1.3, baseUnit: 'S/s', baseValue: 1.3e9 }),
    ]);
    expect(find(placed(us, '3A001'), { part: '3A001.a.5.b.2.a' }).map((r) => [r.comparator, r.value, r.valueMax, r.unit])).toEqual([['range', 1250, 3500, 'MSPS']]);
  });

  it('fractions of the wavelength, powers of ten alone, a refraction variance (US 6A004.a.4, 6A005.f.3.b, 6C004, 3A001.d.1; EU 2B201)', () => {
    // 6A004.a.4 "Mirrors “specially designed” for beam steering mirror stages specified in 6A004.d.2.a with a flatness of
    // λ/10 or better (λ is equal to 633 nm) and having any of the following:"
    expect(read(placed(us, '6A004'), { part: '6A004.a.4' })).toEqual([
      ['6A004.a.4', 'CONTROL', 'flatness', '<=', 0.1, 'λ'],
      ['6A004.a.4', 'NOTE', 'wavelength', '=', 633, 'nm'],
    ]);
    // 6A005.f.3.b "An “accuracy” of λ/10 or less (better) at the designed wavelength, for wavelengths equal to or less than 1 µm"
    expect(read(placed(us, '6A005'), { part: '6A005.f.3.b', role: 'CONTROL' })).toEqual([['6A005.f.3.b', 'CONTROL', 'accuracy', '<=', 0.1, 'λ']]);
    const c004 = placed(us, '6C004');
    // 6C004.c.1.a "… third order nonlinear susceptibility (χ(3), chi 3) of 10−6 m^2/V^2 or more"; e.3 "High homogeneity (index
    // of refraction variance) less than 5 × 10−6"; f "… an absorption of less than 10−5 cm−1 for wavelengths exceeding 200 nm …"
    expect(read(c004, { part: '6C004.c.1.a' })).toEqual([['6C004.c.1.a', 'CONTROL', 'nonlinear susceptibility', '>=', 1e-6, 'm2/V2']]);
    expect(read(c004, { part: '6C004.e.3' })).toEqual([['6C004.e.3', 'CONTROL', 'refractive index variance', '<', 5e-6, 'Δn']]);
    expect(read(c004, { part: '6C004.f', role: 'CONTROL' })).toEqual([['6C004.f', 'CONTROL', 'absorption coefficient', '<', 1e-5, 'cm-1']]);
    // 3A001.d.1 "… a product of delay time per gate (in seconds) and power dissipation per gate (in watts) of less than 10−14 J"
    expect(find(placed(us, '3A001'), { part: '3A001.d.1' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<', 1e-14, 'J']]);
    // EU 2B201 Technical Note "… a stated positioning accuracy of 6 μm or better (less) …": as said in the brackets.
    expect(find(placed(eu, '2B201'), { value: 6, unit: 'µm', role: 'NOTE' }).map((r) => r.comparator)).toEqual(['<=']);
  });

  it('a lead "hardened to exceed" a specification, numbers in words, a pulse compression ratio, degrees per second (US 4A001, 1C608, 2B001, 6A008, 7A003; EU 4A001)', () => {
    // 4A001.a.2 "Radiation hardened to exceed any of the following specifications:" a.2.a "A total dose of 5 × 10^3 Gy
    // (Si);" a.2.b "A dose rate upset of 5 × 10^6 Gy (Si)/s; or" a.2.c "Single Event Upset of 1 × 10−^8 Error/bit/day;" —
    // beyond a dose is more of it, beyond an upset rate fewer upsets.
    const hardened = (list: typeof us) => find(placed(list, '4A001'), { rule: 'LEAD_BOUND' }).map((r) => [r.part, r.comparator, r.value, r.unit]);
    const expected = [
      ['4A001.a.2.a', '>', 5000, 'Gy'],
      ['4A001.a.2.b', '>', 5e6, 'Gy/s'],
      ['4A001.a.2.c', '<', 1e-8, 'errors/bit/day'],
    ];
    expect(hardened(us)).toEqual(expected);
    // EU 4A001.a.2 "… to exceed any of the following specifications: a. Total Dose 5× 103 Gy (silicon); b. Dose Rate
    // Upset 5× 106 Gy (silicon)/s; or c. Single Event Upset 1× 10-8 Error/bit/day"
    expect(hardened(eu)).toEqual(expected);
    // 1C608.h "… containing greater than 10 kg and less than or equal to thirty-five percent by weight of USML 'controlled materials'."
    expect(read(placed(us, '1C608'), { part: '1C608.h' })).toEqual([
      ['1C608.h', 'CONTROL', 'mass', '>', 10, 'kg'],
      ['1C608.h', 'CONTROL', 'percentage', '<=', 35, '%'],
    ]);
    // 2B001 NP row: "… EXCEPT: … (3) milling machines under 2B001.b with x-axis travel greater than two meters and overall
    // positioning accuracy according to ISO 230/2 (2006) on the x-axis more (worse) than 22.5 µm."
    expect(find(placed(us, '2B001'), { part: '2B001.b', rule: 'REASON_ROW_EXCEPT' }).map((r) => [r.regime, r.comparator, r.value, r.unit])).toEqual([
      ['NSG', '>', 2, 'm'],
      ['NSG', '>', 22.5, 'µm'],
    ]);
    // 6A008.k.1 "A “pulse compression” ratio exceeding 150; or"
    expect(read(placed(us, '6A008'), { part: '6A008.k.1' })).toEqual([['6A008.k.1', 'CONTROL', 'pulse compression ratio', '>', 150, 'ratio']]);
    // 7A003.c.1 "A maximum operating angular rate less (lower) than 500 deg/s and a heading “accuracy” … equal to or less
    // (better) than 0.07 deg sec (Lat) (equivalent to 6 arc minutes rms at 45 degrees latitude); or"
    expect(read(placed(us, '7A003'), { part: '7A003.c.1', role: 'CONTROL' })).toEqual([
      ['7A003.c.1', 'CONTROL', 'angular rate', '<', 500, '°/s'],
      ['7A003.c.1', 'CONTROL', 'accuracy', '<=', 0.07, '°·sec(lat)'],
    ]);
  });

  it('valve sizes: "greater than DN 10 or NPS 3/8" is one nominal size (EU 2B350.g; US 2B350.g in centimetres)', () => {
    // EU 2B350.g "1. Valves, having both of the following: a. A 'nominal size' greater than DN 10 or NPS 3/8; … 2. … a. A
    // 'nominal size' equal to or greater than DN 25 or NPS 1 and equal to or less than DN 100 or NPS 4;"
    const sizes = (list: typeof us) => find(placed(list, '2B350'), { parameter: 'nominal size' }).map((r) => [r.part, r.comparator, r.value, r.valueMax, r.unit]);
    expect(sizes(eu)).toEqual([
      ['2B350.g.1.a', '>', 10, null, 'DN'],
      ['2B350.g.2.a', 'range', 25, 100, 'DN'],
    ]);
    // US 2B350.g.1.a "A nominal size greater than 1.0 cm ( 3/8 in.); and"; g.2.a "A nominal size equal to or greater than
    // 2.54 cm (1 inch) and equal to or less than 10.16 cm (4 inches);"
    expect(sizes(us)).toEqual([
      ['2B350.g.1.a', '>', 1, null, 'cm'],
      ['2B350.g.2.a', 'range', 2.54, 10.16, 'cm'],
    ]);
  });

  it('what an analyst found: 5A001 has no "Items:" line; "outside the range"; "less 13 kPa"; "multiplied by"; test stresses; Related Definitions', () => {
    const us5A001 = placed(us, '5A001');
    // 5A001's List of Items follows its Related Controls without an "Items:" line: b.4.a "A bandwidth exceeding 500 MHz; or"
    expect(read(us5A001, { part: '5A001.b.4.a' })).toEqual([['5A001.b.4.a', 'CONTROL', 'bandwidth', '>', 500, 'MHz']]);
    expect(find(us5A001, { rule: 'RELATED_CONTROLS' })).toEqual([]);
    // b.1.a "An acoustic carrier frequency outside the range from 20 kHz to 60 kHz;"
    expect(read(us5A001, { part: '5A001.b.1.a' })).toEqual([
      ['5A001.b.1.a', 'CONTROL', 'frequency', '<', 20, 'kHz'],
      ['5A001.b.1.a', 'CONTROL', 'frequency', '>', 60, 'kHz'],
    ]);
    // 2B230.c.1 "A full scale of less 13 kPa and an “accuracy” of better than ±1% of full scale; or" (c.2 "A full scale of 13 kPa or greater")
    expect(find(placed(us, '2B230'), { part: '2B230.c.1', unit: 'kPa' }).map((r) => r.comparator)).toEqual(['<']);
    // 3A001.b.9.b "A volume less than the maximum rated power in Watts multiplied by 10 cm^3/W; and"
    expect(find(placed(us, '3A001'), { part: '3A001.b.9.b' }).map((r) => [r.comparator, r.value, r.unit])).toEqual([['<', 10, 'cm3/W']]);
    // 9E003.a.1 "… a stress-rupture life exceeding 400 hours at 1,273 K (1,000 °C) at a stress of 200 MPa, …": the life is
    // the bound, the temperature and the stress its test.
    expect(find(placed(us, '9E003'), { part: '9E003.a.1' }).map((r) => [r.role, r.comparator, r.value, r.unit])).toEqual([
      ['CONTROL', '>', 400, 'h'],
      ['NOTE', '=', 1273, 'K'],
      ['NOTE', '=', 200, 'MPa'],
    ]);
    // 7A003.a.3 "Total drift of 1 nautical mile “CEP” or less (better) in a 24 hr period;" b "… providing position after loss
    // of all 'positional aiding references' for a period of up to 4 minutes, having an “accuracy” of less (better) than 10 meters “CEP”;"
    const us7A003 = placed(us, '7A003');
    expect(read(us7A003, { part: '7A003.a.3', role: 'CONTROL' })).toEqual([['7A003.a.3', 'CONTROL', 'accuracy', '<=', 1, 'nmi']]);
    expect(read(us7A003, { part: '7A003.b' })).toEqual([
      ['7A003.b', 'NOTE', 'time', '<=', 4, 'min'],
      ['7A003.b', 'CONTROL', 'accuracy', '<', 10, 'm'],
    ]);
    // 1C210 Related Definitions "… measured at a temperature of (296 ±2) K ((23 ±2) °C) and a relative humidity of 50 ±5 percent.":
    // a definition, which excludes nothing.
    const definitions = find(placed(us, '1C210'), { part: null });
    expect(definitions.length).toBeGreaterThan(0);
    for (const r of definitions) expect(r).toMatchObject({ role: 'NOTE', rule: 'RELATED_DEFINITIONS' });
    // Nominal values with their tolerances: 296 K (restated as 23 °C, one temperature) and 50 % relative humidity, not the
    // "±2" and "±5" after them.
    expect(definitions.map((r) => [r.value, r.unit]).sort()).toEqual([[296, 'K'], [50, '%']].sort());
  });

  it('a formula\'s variable raised to a power is no unit (US 3A201 "K = 1.7 × 10^3V^2.65Q"); cubic millimetres (US 9E003.f.3.a)', () => {
    // 3A201 Technical Note "K = 1.7 × 10^3V^2.65Q. V is the peak electron energy in million electron volts."
    expect(find(placed(us, '3A201'), { value: 1700 })).toEqual([]);
    // 9E003.f.3.a "Injection amount in excess of 230 mm^3 per injection per cylinder; and"
    expect(read(placed(us, '9E003'), { part: '9E003.f.3.a' })).toEqual([['9E003.f.3.a', 'CONTROL', 'volume', '>', 230, 'mm3']]);
  });

  it('what a second analyst found: tons, S/m, µV/m at a distance, a length-to-diameter ratio, a Note list interrupted by a Technical Note, numbered Notes (US 0A606, 1C001, 3A201, 5A101, 6A005; EU 2B201)', () => {
    // 0A606.c "Air-cooled diesel engines and engine blocks for armored vehicles that weigh more than 40 tons."
    expect(read(placed(us, '0A606'), { part: '0A606.c' })).toEqual([['0A606.c', 'CONTROL', 'mass', '>', 40, 'ton']]);
    // 8A001.a "Manned, tethered submersible vehicles designed to operate at depths exceeding 1,000 m;"
    expect(read(placed(us, '8A001'), { part: '8A001.a' })).toEqual([['8A001.a', 'CONTROL', 'depth', '>', 1000, 'm']]);
    const c001 = placed(us, '1C001');
    // 1C001.c "… a 'bulk electrical conductivity' exceeding 10,000 S/m (Siemens per meter) or a 'sheet (surface)
    // resistivity' of less than 100 ohms/square …"
    expect(find(c001, { part: '1C001.c', unit: 'S/m' }).map((r) => [r.role, r.parameter, r.comparator, r.value])).toEqual([['CONTROL', 'electrical conductivity', '>', 10000]]);
    // 1C001.a Note 1 "1C001.a does not control: … c. Planar absorbers, having all of the following: 1. … Technical Note: For
    // the purposes of 1C001.a Note 1.c.1, … 2. Tensile strength less than 7 × 10^6 N/m^2; and 3. Compressive strength less
    // than 14 × 10^6 N/m^2; d. Planar absorbers made of sintered ferrite, having all of the following: 1. A specific gravity
    // exceeding 4.4; and 2. A maximum operating temperature of 548 K (275 °C) or less;"
    expect(find(c001, { part: '1C001.a', role: 'NOTE' })).toEqual([]);
    expect(find(c001, { part: '1C001.a', parameter: 'specific gravity' }).map((r) => [r.role, r.rule, r.comparator, r.value])).toEqual([['EXCLUSION', 'NOTE_EXCLUSION', '>', 4.4]]);
    expect(find(c001, { part: '1C001.a', unit: 'N/m2' }).map((r) => r.role)).toEqual(['EXCLUSION', 'EXCLUSION']);
    // 3A201.b.2 "A ratio of length to inner diameter greater than 2;"
    expect(read(placed(us, '3A201'), { part: '3A201.b.2' })).toEqual([['3A201.b.2', 'CONTROL', 'length to diameter ratio', '>', 2, 'ratio']]);
    // 5A101 Note 1 "5A101 does not control: 1. Telecontrol equipment … having an electric field strength of not more than
    // 200 microvolts per meter at a distance of 500 meters"
    expect(find(placed(us, '5A101'), { part: null }).filter((r) => r.unit !== 'km').map((r) => [r.role, r.parameter, r.comparator, r.value, r.unit])).toEqual([
      ['EXCLUSION', 'electric field strength', '<=', 200, 'µV/m'],
      ['NOTE', 'distance', '=', 500, 'm'],
    ]);
    // 6A005 "Notes: … 5. 6A005 does not control “lasers” as follows: a. Ruby with output energy below 20 J;" — after a
    // Technical Note to Note 2; an exclusion of the whole entry.
    expect(find(placed(us, '6A005'), { unit: 'J', value: 20 }).map((r) => [r.part, r.role])).toEqual([[null, 'EXCLUSION']]);
    // EU 2B201 Technical Note "… f. If any axis of a machine tool not specified in 2B201.a., 2B201.b. or 2B201.c. has a
    // stated positioning accuracy of 6 μm or better (less) …"; its Note "… Limited to a maximum workpiece capacity of 150 mm
    // outside diameter or length".
    const eu2B201 = placed(eu, '2B201');
    expect(find(eu2B201, { role: 'NOTE', value: 6, unit: 'µm' }).map((r) => r.part)).toEqual([null]);
    expect(find(eu2B201, { value: 150, unit: 'mm' }).map((r) => [r.role, r.comparator])).toEqual([['EXCLUSION', '<=']]);
  });

  it('what a third analyst found: "averaged over 10 degrees or more", ECCN Controls, yield strengths, QAM levels, Weighted TeraFLOPS, a pointer in a row (US 2B120, 1C235, 2A001, 5B001, 4A003; EU 4E001)', () => {
    // 2B120.c.2 "Having a worst-case rate stability equal to or better (less) than plus or minus 0.05% averaged over 10 degrees or more"
    expect(find(placed(us, '2B120'), { part: '2B120.c.2', unit: '°' }).map((r) => [r.role, r.comparator, r.value])).toEqual([['NOTE', '>=', 10]]);
    // 1C235 "ECCN Controls: … (2) This entry does not control a product or device containing less than 1.48 × 10^3 GBq (40 Ci) of tritium."
    expect(find(placed(us, '1C235'), { unit: 'GBq' }).map((r) => [r.role, r.rule, r.comparator, r.value])).toEqual([['EXCLUSION', 'NOTE_EXCLUSION', '<', 1480]]);
    // 2A001.c.1 "Materials with flux densities of 2.0 T or greater and yield strengths greater than 414 MPa"
    expect(read(placed(us, '2A001'), { part: '2A001.c.1', unit: 'MPa' })).toEqual([['2A001.c.1', 'CONTROL', 'yield strength', '>', 414, 'MPa']]);
    // 5B001.b.4 "Radio equipment employing Quadrature-Amplitude-Modulation (QAM) techniques above level 1,024." (EU "above level 1 024")
    for (const list of [us, eu]) expect(read(placed(list, '5B001'), { part: '5B001.b.4' })).toEqual([['5B001.b.4', 'CONTROL', 'QAM level', '>', 1024, 'QAM level']]);
    // EU 4E001.b.1 "\"Digital computers\" having an \"Adjusted Peak Performance\" (\"APP\") exceeding 24 Weighted TeraFLOPS (WT);"
    expect(read(placed(eu, '4E001'), { part: '4E001.b.1' })).toEqual([['4E001.b.1', 'CONTROL', 'computing performance', '>', 24, 'WT']]);
    // 4A003 "AT applies to entire entry (refer to 4A994 for controls on “digital computers” with an APP >0.0128 but ≤70 WT)"
    expect(find(placed(us, '4A003'), { source: 'REASON_ROW', unit: 'WT' }).map((r) => [r.role, r.rule])).toEqual([['EXCLUSION', 'NB_POINTER']]);
  });

  it('what a fourth analyst found: "or faster", pixel rates, TV lines, BTU per hour per cubic foot, a steam ratio, hydrophone sensitivity, a label glued to its quote (US 6A293, 8A992, 6A001; EU 0B002, 0B001)', () => {
    // 6A293 "a. Minimum exposure time of 1 microsecond or faster, and b. a throughput of 13.43 Giga Pixels/s or greater when
    // taken at 205,000 frames/s."
    const a293 = placed(us, '6A293');
    expect(read(a293, { part: '6A293.a' })).toEqual([['6A293.a', 'CONTROL', 'time', '<=', 1, 'µs']]);
    expect(read(a293, { part: '6A293.b', role: 'CONTROL' })).toEqual([['6A293.b', 'CONTROL', 'pixel rate', '>=', 13.43, 'Gpixel/s']]);
    // 8A992.a.2 "Underwater television cameras having a limiting resolution when measured in air of more than 700 lines;"
    // l.1 "Heat release rate (at maximum rating) equal to or in excess of 190,000 BTU per hour per cubic foot of furnace
    // volume; or" l.2 "Ratio of steam generated in pounds per hour (at maximum rating) to the dry weight of the boiler in
    // pounds equal to or in excess of 0.83."
    const a992 = placed(us, '8A992');
    expect(read(a992, { part: '8A992.a.2' })).toEqual([['8A992.a.2', 'CONTROL', 'resolution (lines)', '>', 700, 'lines']]);
    expect(read(a992, { part: '8A992.l.1' })).toEqual([['8A992.l.1', 'CONTROL', 'heat release rate', '>=', 190000, 'BTU/(h·ft3)']]);
    expect(read(a992, { part: '8A992.l.2' })).toEqual([['8A992.l.2', 'CONTROL', 'steam to boiler weight ratio', '>=', 0.83, 'ratio']]);
    const a001 = placed(us, '6A001');
    // 6A001.a.2.a.4 "A 'hydrophone sensitivity' better than −180dB at any depth with no acceleration compensation;" (its
    // Technical Note 3: "… −160 dB is better than −180 dB")
    expect(read(a001, { part: '6A001.a.2.a.4' })).toEqual([['6A001.a.2.a.4', 'CONTROL', 'hydrophone sensitivity', '>', -180, 'dB']]);
    // a.1.a.1.c "'Sounding resolution' less than 2; and" (printed "a.1.a.1.c.'Sounding resolution'"); a.2.a.2 "… with either
    // a diameter or length less than 20 mm and with a separation between elements of less than 20 mm;"
    expect(read(a001, { part: '6A001.a.1.a.1.c' })).toEqual([['6A001.a.1.a.1.c', 'CONTROL', 'sounding resolution', '<', 2, 'ratio']]);
    expect(read(a001, { part: '6A001.a.2.a.2' }).map((r) => r[2])).toEqual(['length', 'separation']);
    // EU 0B002.g.1 "Capable of measuring ions of 320 atomic mass units or greater and having a resolution of better than 1
    // part in 320;"; 0B001.d.1 "Separation nozzles consisting of slit-shaped, curved channels having a radius of curvature
    // less than 1 mm, …"
    expect(find(placed(eu, '0B002'), { part: '0B002.g.1', unit: 'u' }).map((r) => [r.parameter, r.comparator, r.value])).toEqual([['atomic mass', '>=', 320]]);
    expect(read(placed(eu, '0B001'), { part: '0B001.d.1' })).toEqual([['0B001.d.1', 'CONTROL', 'radius of curvature', '<', 1, 'mm']]);
    // 7B102 "a. Scatterometers having a threshold accuracy of 10 ppm or less (better). b. Reflectometers having a threshold
    // accuracy of 50 ppm or less (better)." — an accuracy, in ppm.
    expect(find(placed(us, '7B102'), { unit: 'ppm' }).map((r) => [r.part, r.parameter, r.comparator, r.value])).toEqual([
      ['7B102.a', 'accuracy', '<=', 10],
      ['7B102.b', 'accuracy', '<=', 50],
    ]);
  });

  it('what a fifth analyst found: degrees of freedom, torque, flash rates, channels, the particles a share counts, distortion content (US 8A002, 5A001, 1E002; EU 5A001)', () => {
    const a002 = placed(us, '8A002');
    // 8A002.i.2 "… having 5 degrees of 'freedom of movement' or more;" h.2 "The ability to exert a force of 250 N or more or a
    // torque of 250 Nm or more …" g.1 "… more than 300 J per flash and a flash rate of more than 5 flashes per second;"
    expect(read(a002, { part: '8A002.i.2' })).toEqual([['8A002.i.2', 'CONTROL', 'degrees of freedom', '>=', 5, 'DOF']]);
    expect(find(a002, { part: '8A002.h.2', unit: 'N·m' }).map((r) => [r.parameter, r.comparator, r.value])).toEqual([['torque', '>=', 250]]);
    expect(find(a002, { part: '8A002.g.1', unit: 'flashes/s' }).map((r) => [r.comparator, r.value])).toEqual([['>', 5]]);
    // 8A002.g.2 "Argon arc light systems “specially designed” for use below 1,000 m;" — deeper than 1,000 m.
    expect(read(a002, { part: '8A002.g.2' })).toEqual([['8A002.g.2', 'CONTROL', 'depth', '>', 1000, 'm']]);
    // 5A001.b.5.a "More than 1,000 channels;" b.2.b "… with an output harmonic and distortion content of better than −80 dB;"
    // (EU "… of less(better) than -80 dB")
    const a001 = placed(us, '5A001');
    expect(read(a001, { part: '5A001.b.5.a' })).toEqual([['5A001.b.5.a', 'CONTROL', 'channel count', '>', 1000, 'channels']]);
    expect(find(a001, { part: '5A001.b.2.b', unit: 'dB' }).map((r) => [r.parameter, r.comparator, r.value])).toEqual([['distortion content', '<', -80]]);
    expect(find(placed(eu, '5A001'), { unit: 'dB', value: -80 }).map((r) => [r.parameter, r.comparator])).toEqual([['distortion content', '<']]);
    // 9A610 "Note to paragraph .u: Apparatus and devices … launching of UAVs controlled by either USML paragraph VIII(a) or ECCN 9A610.a
    // with a maximum range less than 300 km are controlled in paragraph .x of this entry.": the note is paragraph .u's, not .a's.
    const a610 = placed(us, '9A610');
    expect(find(a610, { rule: 'NOTE_OTHER', parameter: 'range' }).map((r) => [r.part, r.comparator, r.value])).toEqual([
      ['9A610.t', '<', 300],
      ['9A610.u', '<', 300],
      ['9A610.v', '>=', 300],
      ['9A610.w.1', '>=', 300],
    ]);
    // 1E002.c.1.c.1 "Zirconia (CAS 1314-23-4) with an average particle size equal to or less than 1 µm and no more than 10% of
    // the particles larger than 5 µm; or": the 5 µm says which particles the 10 % counts.
    expect(find(placed(us, '1E002'), { part: '1E002.c.1.c.1' }).map((r) => [r.role, r.comparator, r.value, r.unit])).toEqual([
      ['CONTROL', '<=', 1, 'µm'],
      ['CONTROL', '<=', 10, '%'],
      ['NOTE', '>', 5, 'µm'],
    ]);
  });

  it('what a sixth analyst found: "(12.7 mm) or less", rounds, "are EAR99 commodities" (US 0A501)', () => {
    const a501 = placed(us, '0A501');
    // 0A501.a "Non-automatic and non-semi-automatic firearms equal to .50 caliber (12.7 mm) or less."
    expect(read(a501, { part: '0A501.a' })).toEqual([['0A501.a', 'CONTROL', 'length', '<=', 12.7, 'mm']]);
    // 0A501.d "Detachable magazines with a capacity of 17 to 50 rounds “specially designed” for a commodity controlled by
    // paragraph .a or .b of this entry or controlled by ECCNs 0A506 or 0A507."
    expect(find(a501, { part: '0A501.d' }).map((r) => [r.parameter, r.comparator, r.value, r.valueMax, r.unit])).toEqual([['round count', 'range', 17, 50, 'rounds']]);
    // "Note 7 to 0A501: Muzzle loading and black powder firearms with a caliber less than 20 mm … are EAR99 commodities."
    expect(find(a501, { value: 20, unit: 'mm' }).map((r) => [r.role, r.rule])).toEqual([['EXCLUSION', 'NOTE_EXCLUSION']]);
  });

  it('a tolerance, a distance, a latitude, "finer than", "up to and including", a band worked over (US 1C210, 3B001, 7A107, 3B991, 2A984, 3A901; EU 2B006)', () => {
    const at = (records: PlacedThreshold[]) => records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.valueMax, r.unit]);
    // 3B001.a.1 "… a layer of any material other than silicon with a thickness uniform to less than ±2.5% across a distance
    // of 75 mm or more": the uniformity is the 2.5 %, the 75 mm is the distance it holds over.
    expect(at(find(placed(us, '3B001'), { part: '3B001.a.1' }))).toEqual([
      ['3B001.a.1', 'CONTROL', 'uniformity', '<', 2.5, null, '%'],
      ['3B001.a.1', 'CONTROL', 'distance', '>=', 75, null, 'mm'],
    ]);
    // 7A107.b "Azimuthal accuracy better (less) than 0.5 degrees rms at latitudes of ±80 degrees, referenced to local
    // magnetic field": the latitude says where the accuracy is measured.
    expect(at(find(placed(us, '7A107'), { part: '7A107.b' }))).toEqual([
      ['7A107.b', 'CONTROL', 'accuracy', '<', 0.5, null, '°'],
      ['7A107.b', 'NOTE', 'latitude', 'range', -80, 80, '°'],
    ]);
    // 3B991.b.3.a.3 "Placement accuracy in the X-Y plane of finer than ±10 micrometer": finer is smaller.
    expect(at(find(placed(us, '3B991'), { part: '3B991.b.3.a.3' }))).toEqual([['3B991.b.3.a.3', 'CONTROL', 'accuracy', '<', 10, null, 'µm']]);
    // 2A984 "… having a spatial resolution of 0.1 milliradian up to and including 1 milliradian at a standoff distance of
    // 100 meters": a band of resolutions, at a distance that says how it is measured.
    const a984 = find(placed(us, '2A984'), { role: 'CONTROL' });
    expect(at(a984.filter((r) => r.unit === 'mrad'))).toEqual([[null, 'CONTROL', 'resolution', 'range', 0.1, 1, 'mrad']]);
    expect(at(find(placed(us, '2A984'), { unit: 'm' })).map((r) => r[1])).toEqual(['NOTE', 'NOTE']);
    // 3A901.b.2 "Designed for operation at any frequency from 2 GHz up to and including 15 GHz": the band the amplifier
    // works in, a bound of its own; b.3 "A noise figure less (better) than 0.015 dB at any frequency from 2 GHz up to
    // and including 15 GHz at 1 K": there the band is where the noise figure is measured.
    const a901 = placed(us, '3A901');
    expect(at(find(a901, { part: '3A901.b.2' }))).toEqual([['3A901.b.2', 'CONTROL', 'frequency', 'range', 2, 15, 'GHz']]);
    expect(at(find(a901, { part: '3A901.b.3', unit: 'GHz' }))).toEqual([['3A901.b.3', 'NOTE', 'frequency', 'range', 2, 15, 'GHz']]);
    // EU 2B006.b.3 "… at a temperature of 20 ± 0,01 °C": the nominal 20 °C, with its tolerance in the words.
    expect(at(find(placed(eu, '2B006'), { part: '2B006.b.3.c', unit: '°C' }))).toEqual([['2B006.b.3.c', 'NOTE', 'temperature', '=', 20, null, '°C']]);
  });

  it('counts of axes: "two or more axes" is at least two, "one or more linear axis" is where a value is measured (US 2B001, 7E004)', () => {
    const at = (records: PlacedThreshold[]) => records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.unit]);
    const b001 = placed(us, '2B001');
    // 2B001.a "Machine tools for turning having two or more axes which can be coordinated simultaneously for “contouring
    // control” having any of the following: a.1. “Unidirectional positioning repeatability” equal to or less (better)
    // than 0.9 µm along one or more linear axis …"
    expect(at(find(b001, { part: '2B001.a', role: 'CONTROL' }))).toEqual([['2B001.a', 'CONTROL', 'axis count', '>=', 2, 'axes']]);
    expect(find(b001, { unit: 'axes', value: 1 })).toEqual([]);
    // 2B001.d "Electrical discharge machines (EDM) of the non-wire type which have two or more rotary axes which can be
    // coordinated simultaneously for “contouring control”"
    expect(at(find(b001, { part: '2B001.d' }))).toEqual([['2B001.d', 'CONTROL', 'axis count', '>=', 2, 'axes']]);
    // 7E004.b.7.b.2 "Couples controls in two or more axes while compensating for 'abnormal changes in aircraft state'"
    expect(at(find(placed(us, '7E004'), { part: '7E004.b.7.b.2' }))).toEqual([['7E004.b.7.b.2', 'CONTROL', 'axis count', '>=', 2, 'axes']]);
  });

  it('what a seventh analyst found: "More than two axes", a 1 g environment, a creep test\'s load (US 2B109, 7A102, 1C007)', () => {
    const at = (records: PlacedThreshold[]) => records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.unit]);
    // 2B109.a.2 "More than two axes which can be coordinated simultaneously for “contouring control.”"
    expect(at(find(placed(us, '2B109'), { part: '2B109.a.2' }))).toEqual([['2B109.a.2', 'CONTROL', 'axis count', '>', 2, 'axes']]);
    // 7A102.a "A “bias” “stability” of less (better) than 0.5 degree per hour, when measured in a 1 g environment": one
    // gravity, the environment of the measurement.
    expect(at(find(placed(us, '7A102'), { part: '7A102.a', unit: 'g' }))).toEqual([['7A102.a', 'NOTE', 'acceleration', '=', 1, 'g']]);
    // 1C007.c Note "… or tensile creep resistance of more than 1% creep strain at 100 MPa load and 1,273 K (1,000 °C) for
    // 100 hours": the load of the creep test, not a tensile strength.
    expect(at(find(placed(us, '1C007'), { part: '1C007.c.1.a', value: 100, unit: 'MPa' }))).toEqual([['1C007.c.1.a', 'NOTE', 'load', '=', 100, 'MPa']]);
  });

  it('sizes, powers of ten, "or finer", "thinner than", angles either way (US 3B991, 7A107, 2B006, 3A901, 1C210, 2B230; EU 2B006)', () => {
    const at = (records: PlacedThreshold[]) => records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.valueMax, r.unit]);
    const b991 = placed(us, '3B991');
    // 3B991.b.1.i.1 "“Chemical vapor deposition” equipment operating below 10 5 Pa" (the 5 a superscript: 10^5 Pa, not 5 Pa).
    expect(at(find(b991, { part: '3B991.b.1.i.1' }))).toEqual([['3B991.b.1.i.1', 'CONTROL', 'pressure', '<', 100000, null, 'Pa']]);
    // b.1.j.5 "Target-to-beam position feedback control precision of 1 micrometer or finer": at most 1 µm.
    expect(at(find(b991, { part: '3B991.b.1.j.5' }))).toEqual([['3B991.b.1.j.5', 'CONTROL', 'precision', '<=', 1, null, 'µm']]);
    // b.1.k.1 "“Specially designed” equipment for backside processing of wafers thinner than 100 micrometer"
    expect(at(find(b991, { part: '3B991.b.1.k.1' }))).toEqual([['3B991.b.1.k.1', 'CONTROL', 'thickness', '<', 100, null, 'µm']]);
    // b.2.b.1 "… for the preparation of masks having dimensions exceeding 125 mm x 125 mm": both sides exceed 125 mm.
    expect(at(find(b991, { part: '3B991.b.2.b.1' }))).toEqual([['3B991.b.2.b.1', 'CONTROL', 'length', '>', 125, null, 'mm']]);
    // b.2.e.1 "A resolution of 0.25 micrometer or finer"
    expect(at(find(b991, { part: '3B991.b.2.e.1' }))).toEqual([['3B991.b.2.e.1', 'CONTROL', 'resolution', '<=', 0.25, null, 'µm']]);
    // b.3.a.2 "X-Y stage positioning travel exceeding 37.5 × 37.5 mm": the unit written once, after both sides.
    expect(at(find(b991, { part: '3B991.b.3.a.2' }))).toEqual([['3B991.b.3.a.2', 'CONTROL', 'length', '>', 37.5, null, 'mm']]);
    // 7A107.a "Internal tilt compensation in pitch (±90 degrees) and roll (±180 degrees) axes": the compensation reaches
    // both ends of each span, at most −90° and at least 90°; the phrase keeps the "±".
    const tilt = find(placed(us, '7A107'), { part: '7A107.a' });
    expect(at(tilt)).toEqual([
      ['7A107.a', 'CONTROL', 'pitch angle', '<=', -90, null, '°'],
      ['7A107.a', 'CONTROL', 'pitch angle', '>=', 90, null, '°'],
      ['7A107.a', 'CONTROL', 'roll angle', '<=', -180, null, '°'],
      ['7A107.a', 'CONTROL', 'roll angle', '>=', 180, null, '°'],
    ]);
    expect(tilt.map((r) => r.phrase)).toEqual(['pitch (±90 degrees)', 'pitch (±90 degrees)', 'roll (±180 degrees)', 'roll (±180 degrees)']);
    // 7A107.b "… at latitudes of ±80 degrees": the band the accuracy is measured in.
    expect(at(find(placed(us, '7A107'), { part: '7A107.b', parameter: 'latitude' }))).toEqual([['7A107.b', 'NOTE', 'latitude', 'range', -80, 80, '°']]);
    // EU 7A103.d.1 says the same of pitch and roll.
    expect(at(find(placed(eu, '7A103'), { part: '7A103.d.1' })).map((r) => [r[2], r[3], r[4]])).toEqual([
      ['pitch angle', '<=', -90],
      ['pitch angle', '>=', 90],
      ['roll angle', '<=', -180],
      ['roll angle', '>=', 180],
    ]);
    // 2B006.b.1 "'Non-contact type measuring systems' with a 'resolution' equal to or less (better) than 0.2 µm within 0 to
    // 0.2 mm of the 'measuring range'": the span is of the measuring range, where the resolution holds.
    expect(at(find(placed(us, '2B006'), { part: '2B006.b.1' }))).toEqual([
      ['2B006.b.1', 'CONTROL', 'resolution', '<=', 0.2, null, 'µm'],
      ['2B006.b.1', 'NOTE', 'measuring range', 'range', 0, 0.2, 'mm'],
    ]);
    // EU 2B006.a Technical Note "… shall be compared to the 1,7+L/1 000 μm threshold": a formula, no length of 0 µm.
    expect(find(placed(eu, '2B006'), { value: 0, unit: 'µm' })).toEqual([]);
    // 3A901.b.3 "A noise figure less (better) than 0.015 dB"
    expect(at(find(placed(us, '3A901'), { part: '3A901.b.3', unit: 'dB' }))).toEqual([['3A901.b.3', 'CONTROL', 'noise figure', '<', 0.015, null, 'dB']]);
    // 1C210 Related Definitions "… measured at a temperature of (296 ±2) K ((23 ±2) °C)": one temperature, restated.
    expect(at(find(placed(us, '1C210'), { parameter: 'temperature' }))).toEqual([[null, 'NOTE', 'temperature', '=', 296, null, 'K']]);
    // EU 3A501.b.13 (flat text) "b. Designed for operation at any frequency from 2 GHz up to and including 15 GHz; and
    // c. A noise figure less (better) than 0,015 dB at any frequency from 2 GHz up to and including 15 GHz at 1 K": the
    // same band is a bound (b) and where the noise figure is measured (c), two facts.
    expect(at(find(placed(eu, '3A501'), { unit: 'GHz' })).map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
      ['CONTROL', 'range', 2, 15],
      ['NOTE', 'range', 2, 15],
    ]);
    // 1C007.c.1.a Note "… tensile creep resistance of more than 1% creep strain at 100 MPa load and 1,273 K (1,000 °C) for
    // 100 hours": the temperature after "and" is the creep test's too, no value the exclusion bounds.
    expect(find(placed(us, '1C007'), { part: '1C007.c.1.a', parameter: 'temperature' }).map((r) => r.role)).toEqual(['NOTE']);
    // 2B230.c.2 "… an “accuracy” of better than ±130 Pa when measuring at 13 kPa": 13 kPa is the pressure measured.
    expect(at(find(placed(us, '2B230'), { part: '2B230.c.2', value: 13, role: 'NOTE' }))).toEqual([['2B230.c.2', 'NOTE', 'pressure', '=', 13, null, 'kPa']]);
  });

  it('a sub-paragraph read after its parent\'s lead quotes the list\'s own words (US 4A001.a.2; every LEAD_BOUND value of both lists)', () => {
    // 4A001.a.2 "Radiation hardened to exceed any of the following specifications: a.2.a. A total dose of 5 × 10^3 Gy (Si);
    // … a.2.c. Single Event Upset of 1 × 10−8 Error/bit/day": read as more than 5 × 10^3 Gy, quoted as written (the
    // words "better than", which the reading puts in, are nowhere in 4A001).
    const a001 = placed(us, '4A001');
    const dose = find(a001, { part: '4A001.a.2.a' });
    expect(dose.map((r) => [r.parameter, r.comparator, r.value, r.unit, r.phrase])).toEqual([['radiation dose', '>', 5000, 'Gy', 'dose of 5 × 10^3 Gy (Si)']]);
    expect(dose[0]!.clause).toBe('Radiation hardened to exceed … A total dose of 5 × 10^3 Gy (Si);');
    expect(find(a001, { part: '4A001.a.2.c' }).map((r) => [r.comparator, r.value, r.phrase])).toEqual([['<', 1e-8, 'Single Event Upset of 1 × 10^−8 Error/bit/day']]);
    expect(a001.filter((r) => /better than/.test(`${r.phrase} ${r.clause}`) && !/better than/.test(us.entries.filter((e) => e.code.startsWith('4A001')).map((e) => e.text).join(' '))).length).toBe(0);
    // Every value read after a lead, in both lists: each piece of its phrase and clause (split at the "…" that marks
    // the words between the lead and its sub-paragraph) is in the entry's text.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const list of [us, eu]) {
      for (const entry of list.entries.filter((e) => e.kind === 'ENTRY')) {
        const text = flat(list.entries.filter((e) => e.code === entry.code || e.code.startsWith(`${entry.code}.`)).map((e) => e.text).join(' '));
        for (const r of placed(list, entry.code).filter((t) => t.rule === 'LEAD_BOUND')) {
          for (const piece of [...r.phrase.split(' … '), ...r.clause.replace(/^… | …$/g, '').split(' … ')]) expect(text, `${entry.code} ${r.part}`).toContain(flat(piece).replace(/;$/, ''));
        }
      }
    }
  });
  it('values without a unit named by their parameter, a band in signs, a paragraph ending "except:", long clauses cut between words (US 3A090, 4A003, 3B991; EU 3A501)', () => {
    const at = (records: PlacedThreshold[]) => records.map((r) => [r.part, r.role, r.parameter, r.comparator, r.value, r.valueMax, r.unit]);
    const a090 = placed(us, '3A090');
    // 3A090.a.1 "A 'total processing performance' of 4800 or more; or"
    expect(at(find(a090, { part: '3A090.a.1' }))).toEqual([['3A090.a.1', 'CONTROL', 'total processing performance', '>=', 4800, null, 'TPP']]);
    // 3A090.b.1 "A 'total processing performance' of 2400 or more and less than 4800 and a 'performance density' of 1.6 or
    // more and less than 5.92, or": two bands.
    expect(at(find(a090, { part: '3A090.b.1' }))).toEqual([
      ['3A090.b.1', 'CONTROL', 'total processing performance', 'range', 2400, 4800, 'TPP'],
      ['3A090.b.1', 'CONTROL', 'performance density', 'range', 1.6, 5.92, 'TPP/mm2'],
    ]);
    // 3A090.c "High bandwidth memory (HBM) having a 'memory bandwidth density' greater than 2 gigabytes per second per square
    // millimeter."
    expect(at(find(a090, { part: '3A090.c' }))).toEqual([['3A090.c', 'CONTROL', 'memory bandwidth density', '>', 2, null, 'GB/s/mm2']]);
    // Note 2 "3A090.a and 3A090.b do not apply to items that are not designed or marketed for use in datacenters and do
    // not have a 'total processing performance' of 4800 or more": what is excepted has less than 4800.
    const note2 = find(a090, { role: 'EXCLUSION', parameter: 'total processing performance' });
    expect(note2.map((r) => [r.comparator, r.value, r.phrase])).toEqual([
      ['<', 4800, "do not have a 'total processing performance' of 4800 or more"],
      ['<', 4800, "do not have a 'total processing performance' of 4800 or more"],
    ]);
    expect(note2.map((r) => r.part)).toEqual(['3A090.a', '3A090.b']);
    // 3B991 Note "3B991.b.2.d.1 and b.2.d.2 do not control mask fabrication equipment …": the short code goes on the list.
    const b991Parts = us.entries.filter((e) => e.kind === 'PART' && e.code.startsWith('3B991.'));
    expect(namedParts('3B991.b.2.d.1 and b.2.d.2 do not control', '3B991', b991Parts)).toEqual(['3B991.b.2.d.1', '3B991.b.2.d.2']);
    // 3A904.a "… a cooling power greater than or equal to 600 µW at or below a temperature of 0.1 K (−273.05 °C) …": the
    // power is delivered at 0.1 K or colder; so in EU 3A504.a.
    for (const [list, code] of [[us, '3A904'], [eu, '3A504']] as const) {
      expect(find(placed(list, code), { parameter: 'temperature', part: `${code}.a` }).map((r) => [r.comparator, r.value])).toEqual([['<=', 0.1]]);
    }
    // Technical Note 2 "For example, the 'TPP' threshold of 4800 can be met with …" is an example, no bound.
    expect(find(a090, { value: 4800 }).length).toBe(3);
    // EU 3A501.a.16 "Integrated circuits having one or more digital processing units having a 'Total Processing
    // Performance' ('TPP') of 6 000 or more."
    expect(find(placed(eu, '3A501'), { unit: 'TPP' }).map((r) => [r.role, r.comparator, r.value, r.phrase])).toEqual([
      ['CONTROL', '>=', 6000, "'Total Processing Performance' ('TPP') of 6 000 or more"],
    ]);
    // 4A003 AT row "AT applies to entire entry (refer to 4A994 for controls on “digital computers” with an APP >0.0128 but
    // ≤70 WT)": a band in signs, the unit written once; what 4A994 controls, not 4A003.
    expect(find(placed(us, '4A003'), { value: 0.0128 }).map((r) => [r.role, r.comparator, r.value, r.valueMax, r.unit, r.phrase])).toEqual([['EXCLUSION', 'range', 0.0128, 70, 'WT', '>0.0128 but ≤70 WT']]);
    // EU 2E003 "TABLE - DEPOSITION TECHNIQUES - NOTES … 6. The term 'aluminium alloys' refers to alloys having an ultimate
    // tensile strength of 190 MPa or more measured at 293 K (20 °C)." defines a term of the table, as the US "Notes to
    // Table on Deposition Techniques" do: no bound of 2E003.f. "17. "Technology" for depositing diamond-like carbon on any
    // of the following is not controlled: … manufactured from alloys containing less than 5 % beryllium." excludes.
    for (const list of [us, eu]) {
      const e003 = placed(list, '2E003');
      expect(find(e003, { parameter: 'tensile strength' }).map((r) => [r.part, r.role, r.value])).toEqual([[null, 'NOTE', 190], [null, 'NOTE', 900]]);
      expect(find(e003, { parameter: 'percentage', value: 5, comparator: '<' }).map((r) => [r.part, r.role, r.rule])).toEqual([[null, 'EXCLUSION', 'NOTE_EXCLUSION']]);
    }
    // EU "TABLE - DEPOSITION TECHNIQUES - TECHNICAL NOTE Processes specified in Column 1 of the Table are defined as follows:
    // … b. Thermal Evaporation-Physical Vapour Deposition (TE-PVD) is an overlay coating process conducted in a vacuum with a
    // pressure less than 0,1 Pa … d. Plasma Spraying … N.B.2. High velocity refers to nozzle-exit gas velocity exceeding
    // 750 m/s": definitions of the table's processes, its N.B.s among them; no bound, no pointer.
    expect(placed(eu, '2E003').filter((r) => ['pressure', 'speed'].includes(r.parameter)).map((r) => [r.part, r.role, r.rule, r.value])).toEqual([
      [null, 'NOTE', 'TECHNICAL_NOTE', 0.1],
      [null, 'NOTE', 'TECHNICAL_NOTE', 750],
      [null, 'NOTE', 'TECHNICAL_NOTE', 0.1],
    ]);
    // 6A005.e.3.a.1 "An insertion loss better (less) than or equal to 0.3 dB maintained at a rated total average or CW output
    // power (excluding output power transmitted through the single mode core if present) exceeding 1,000 W; and": the
    // clause of the 1,000 W starts before the brackets.
    expect(find(placed(us, '6A005'), { part: '6A005.e.3.a.1', value: 1000 }).map((r) => [r.comparator, r.clause])).toEqual([
      ['>', 'An insertion loss better (less) than or equal to 0.3 dB maintained at a rated total average or CW output power (excluding output power transmitted through the single mode core if present) exceeding 1,000 W; and'],
    ]);
    // 7E004.b.7.b.4 "… at greater than 18 degrees angle of attack, 15 degrees side slip, 15 degrees/second pitch or yaw rate,
    // or 90 degrees/second roll rate": one comparison over the list.
    for (const list of [us, eu]) {
      expect(find(placed(list, '7E004'), { part: '7E004.b.7.b.4' }).map((r) => [r.parameter, r.comparator, r.value])).toEqual([
        ['angle', '>', 18],
        ['angle', '>', 15],
        ['angular rate', '>', 15],
        ['angular rate', '>', 90],
      ]);
    }
    // 2B120.c.1.a keeps its own "… 30 degrees/s or less".
    expect(find(placed(us, '2B120'), { part: '2B120.c.1.a', value: 30 }).map((r) => r.comparator)).toEqual(['<=']);
    // 3B991.b.2.a "Finished masks, reticles and designs therefor, except:" … "b.2.a.2.a. Their design is based on
    // geometries of 2.5 micrometer or more;": the masks excepted.
    expect(find(placed(us, '3B991'), { part: '3B991.b.2.a.2.a' }).map((r) => [r.role, r.rule, r.comparator, r.value, r.unit])).toEqual([['EXCLUSION', 'LEAD_EXCEPT', '>=', 2.5, 'µm']]);
    // EU 3A501.a.16 Technical Note 2 "… The rate of 'MacTOPS' is assumed to be the highest value the manufacturer claims in a
    // manual or brochure for the integrated circuit. For example, …": a clause cut to 400 characters starts and ends
    // with whole words, "…" where the note goes on.
    const flat = (list: typeof us, code: string) => ` ${list.entries.filter((e) => e.code === code).map((e) => e.text).join(' ').replace(/\s+/g, ' ')} `;
    const cut = [...placed(eu, '3A501').map((r) => [r, flat(eu, '3A501')] as const), ...a090.map((r) => [r, flat(us, '3A090')] as const)].filter(([r]) => r.clause.length > 390);
    expect(cut.length).toBeGreaterThan(0);
    for (const [r, text] of cut) {
      expect(r.clause.length).toBeLessThanOrEqual(400);
      // What the clause quotes is in the text with a space (or the text's edge) on either side: whole words.
      const words = r.clause.replace(/^… | …$/g, '');
      expect(text).toContain(` ${words} `);
    }
    expect(find(placed(eu, '3A501'), { parameter: 'data size' })[0]!.clause.startsWith('… or brochure for the integrated circuit.')).toBe(true);
  });
});
