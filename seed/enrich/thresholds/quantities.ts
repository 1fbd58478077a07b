// The quantities in a text: a number, its exponent and its unit ("2 050 MPa", "5 × 10^3 Hz", "Mach 2"), with where they stand.
import { EXPONENT, NUM_EU, NUM_US, parseNumber, round } from './numbers.js';
import { UNITS, type UnitDef } from './units.js';

export interface Quantity {
  start: number; // first character of the number (or of 'Mach')
  end: number; // after the unit
  value: number;
  unit: string | null;
  dimension: string | null;
  /** Set when the words read into the unit also said "or greater" ("10 kg of ice or greater in 24 hours"). */
  orMore?: true;
}

// 2B352.e "a condenser capacity of 10 kg of ice or greater in 24 hours (10 liters of water or greater in 24 hours) and
// less than 1000 kg of ice in 24 hours": an amount in a day is a rate, and the 24 hours are its period, not a bound.
const PER_DAY = /^(?:\s+of\s+[a-z]+)?(\s+or\s+(?:greater|more))?\s+in\s+24\s+hours\b/i;
// 1C236.a.2.b "Compounds having a total activity of 37 GBq (1 curie) per kg or greater": an activity per kilogram, with
// its restatement between the unit and the "per kg".
const PER_KG = /^\s*(?:\([^)]{1,20}\)\s*)?per\s+kg\b/i;
const PER_DAY_UNITS: Record<string, { unit: string; dimension: string }> = {
  kg: { unit: 'kg/d', dimension: 'mass flow rate' },
  l: { unit: 'l/d', dimension: 'flow rate' },
};
// 1B225 "a production capacity greater than 250 g of fluorine per hour": an amount of something per hour.
const PER_HOUR = /^(?:\s+of\s+[a-z]+)?(\s+or\s+(?:greater|more))?\s+per\s+hour\b/i;
const PER_HOUR_UNITS: Record<string, { unit: string; dimension: string }> = {
  g: { unit: 'g/h', dimension: 'mass flow rate' },
  kg: { unit: 'kg/h', dimension: 'mass flow rate' },
};

// "… per day", "… per minute", "… per 5 mm": a value per a period or per a span is a rate or a ratio, never the value
// alone. 2B206.d.2 "Drift equal to or less (better) than 0.1% per day"; 2B206.b.1 "“Measurement uncertainty” … equal
// to or less (better) than 3.5 µm per 5 mm"; 3B001.c.4.a "an etch rate … of 7 microns per minute"; EU 9A006 "a
// boil-off rate of less than 30 % per year". "per pulse", "per link", "per plane" say what the value is counted on
// and leave the quantity as it is.
const PER_UNIT = new RegExp(
  `^\\s+per\\s+(?:(\\d[\\d.,]*)[ \\u00a0]*(${UNITS.filter((d) => d.dimension === 'length' || d.dimension === 'volume' || d.dimension === 'mass').map((d) => `(?:${d.pattern})`).join('|')})(?:\\s+of\\s+travel)?|(day|year|hour|minute|second))(?![A-Za-z0-9µμ²³])`,
);
const PERIODS: Record<string, string> = { day: 'd', year: 'year', hour: 'h', minute: 'min', second: 's' };
/** The unit a "per" phrase makes: a known rate when the lexicon has it ("m^3 per minute" is m3/min), else as written. */
function perUnit(unit: UnitDef, per: RegExpExecArray): { unit: string; dimension: string } {
  const [, count, spanUnit, period] = per;
  if (period !== undefined) {
    const written = `${unit.unit}/${PERIODS[period]}`;
    const known = UNITS.find((d) => d.unit === written);
    return known !== undefined ? { unit: known.unit, dimension: known.dimension } : { unit: written, dimension: `${unit.dimension} per time` };
  }
  // "positioning accuracy less (better) than 0.0005 mm per 300 mm of travel" (2B992.a.1) is still an accuracy in mm, stated
  // per a span: its unit says so, its dimension stays the numerator's, so its parameter is named as before.
  return { unit: `${unit.unit}/${count} ${UNITS.find((d) => new RegExp(`^(?:${d.pattern})$`).test(spanUnit!))!.unit}`, dimension: unit.dimension };
}
const UNREAD_DENOMINATOR = /^[ \u00a0]?\/[ \u00a0]?[A-Za-zµμ°Ω(]/;

// One capturing group per unit, so the matching unit is known without re-testing.
const UNIT_ALTERNATION = UNITS.map((def) => `(${def.pattern})`).join('|');
/** Groups 1-3 are sign, number and exponent; the units follow; 'Mach N' comes last. */
const FIRST_UNIT_GROUP = 4;
const MACH_GROUP = FIRST_UNIT_GROUP + UNITS.length;

// A number never starts with a zero followed by a digit: in EU 2B006.a "compared to the 1,7+L/1 000 μm threshold" the
// "000" is the rest of a formula's "1 000", not a length of 0 µm.
function quantityRegex(decimalComma: boolean): RegExp {
  const num = decimalComma ? NUM_EU : NUM_US;
  return new RegExp(
    `(?<![\\w.,/\\-−+])([-−+]?)(?!0\\d)(${num})${EXPONENT}(?:[ \\u00a0\\u2009\\u202f]*(?:${UNIT_ALTERNATION})(?![A-Za-z0-9µμ²³]))?` +
      `|\\bMach\\s+(${num})`,
    'g',
  );
}
const QUANTITY_US = quantityRegex(false);
const QUANTITY_EU = quantityRegex(true);

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORDS = Object.keys(WORD_VALUES).sort((a, b) => b.length - a.length).join('|');
const wordValue = (word: string): number => WORD_VALUES[word.toLowerCase()] ?? 0;

export function findQuantities(text: string, decimalComma: boolean): Quantity[] {
  const re = decimalComma ? QUANTITY_EU : QUANTITY_US;
  re.lastIndex = 0;
  const out: Quantity[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const mach = m[MACH_GROUP];
    if (mach !== undefined) {
      out.push({ start: m.index, end: m.index + m[0].length, value: parseNumber(mach, decimalComma), unit: 'Mach', dimension: 'speed' });
      continue;
    }
    let value = parseNumber(m[2]!, decimalComma);
    let start = m.index;
    if (m[1] === '-' || m[1] === '−') value = -value;
    // EU 3B504.a "… temperatures less than or equal to 4,5 K (- 268,65 °C)": in a bracket, a sign may stand apart.
    const apart = m[1] === '' ? /\(\s*[-−][ \u00a0]+$/.exec(text.slice(Math.max(0, m.index - 6), m.index)) : null;
    if (apart !== null) {
      value = -value;
      start = m.index - apart[0].length + apart[0].indexOf('(') + 1;
    }
    if (m[3] !== undefined) value = value * 10 ** Number(m[3].replace(/[−–]/, '-').replace(/[\s^]/g, ''));
    let unit: UnitDef | undefined;
    for (let g = 0; g < UNITS.length; g++) {
      if (m[FIRST_UNIT_GROUP + g] !== undefined) {
        unit = UNITS[g];
        break;
      }
    }
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const perDay = unit === undefined ? undefined : PER_DAY_UNITS[unit.unit];
    const period = perDay === undefined ? null : PER_DAY.exec(text.slice(end, end + 60));
    const perHour = unit === undefined ? undefined : PER_HOUR_UNITS[unit.unit];
    const hourly = perHour === undefined ? null : PER_HOUR.exec(text.slice(end, end + 60));
    if (perHour !== undefined && hourly !== null) {
      out.push({ start, end: end + hourly[0].length, value: round(value), ...perHour, ...(hourly[1] !== undefined ? { orMore: true as const } : {}) });
      re.lastIndex = end + hourly[0].length;
      continue;
    }
    const perKg = unit?.dimension === 'activity' ? PER_KG.exec(text.slice(end, end + 40)) : null;
    if (unit !== undefined && perKg !== null) {
      out.push({ start, end: end + perKg[0].length, value: round(value), unit: `${unit.unit}/kg`, dimension: 'specific activity' });
      re.lastIndex = end + perKg[0].length;
      continue;
    }
    if (perDay !== undefined && period !== null) {
      out.push({ start, end: end + period[0].length, value: round(value), ...perDay, ...(period[1] !== undefined ? { orMore: true as const } : {}) });
      // The period's own number is part of the rate.
      re.lastIndex = end + period[0].length;
      continue;
    }
    if (unit !== undefined) {
      const per = PER_UNIT.exec(text.slice(end, end + 40));
      if (per !== null) {
        const compound = perUnit(unit, per);
        out.push({ start, end: end + per[0].length, value: round(value), unit: compound.unit, dimension: compound.dimension });
        re.lastIndex = end + per[0].length;
        continue;
      }
    }
    // A unit with a denominator the lexicon does not know ("350 µA/lux") is another quantity: left unread rather than
    // read as its numerator. So is a letter raised to a power, a formula's variable: 3A201 "K = 1.7 × 10^3V^2.65Q".
    const unread = unit !== undefined && (UNREAD_DENOMINATOR.test(text.slice(end, end + 4)) || /^\^\s*\d/.test(text.slice(end, end + 3)));
    out.push({ start, end, value: round(value), unit: unread ? null : (unit?.unit ?? null), dimension: unread ? null : (unit?.dimension ?? null) });
  }
  const num = decimalComma ? NUM_EU : NUM_US;
  // A nominal value and its tolerance: EU 2B006.b.3 "at a temperature of 20 ± 0,01 °C", US 1C210 "a relative humidity of
  // 50 ±5 percent", "(296 ±2) K". The value is the nominal one, in the unit written after the tolerance; the tolerance
  // is part of its words, not a quantity of its own (read alone, "± 0,01 °C" made the temperature 0.01 °C).
  const tolerance = new RegExp(`(?<![\\w.,/\\-−+])(\\(\\s*)?(${num})[ \\u00a0]*±[ \\u00a0]*(${num})(\\s*\\))?[ \\u00a0]*(?:${UNIT_ALTERNATION})(?![A-Za-z0-9µμ²³])`, 'g');
  for (const t of text.matchAll(tolerance)) {
    const [whole, open, nominal, , close] = t;
    if ((open === undefined) !== (close === undefined)) continue;
    const def = UNITS.find((_, g) => t[5 + g] !== undefined);
    if (def === undefined) continue;
    const start = t.index + (open?.length ?? 0);
    const end = t.index + whole.length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= t.index && out[k]!.start < end) out.splice(k, 1);
    out.push({ start, end, value: round(parseNumber(nominal!, decimalComma)), unit: def.unit, dimension: def.dimension });
  }
  // Ratios, kept as the fraction they state: EU 0C003 "… the isotopic ratio of deuterium to hydrogen exceeds 1:5 000";
  // EU 1C234 "a hafnium content of less than 1 part hafnium to 500 parts zirconium by weight"; 3A233 "a resolution of
  // better than 2 parts in 230". The numbers of a ratio are not quantities of their own.
  // "a:b" is a ratio only where the words say so ("ISO 230-2:1988" is a standard, "12:00" a time of day).
  const ratio = new RegExp(`(?<![\\w.,:/\\-–])(${num})(\\s*:\\s*|\\s+parts?\\s+(?:[a-z]+\\s+)?(?:in|to|per)\\s+)(${num})(?:\\s+parts?(?:\\s+[a-z]+)?)?(?![\\w:])`, 'g');
  for (const r of text.matchAll(ratio)) {
    const [whole, a, sep, b] = r;
    const of = parseNumber(b!, decimalComma);
    if (of === 0 || (sep!.includes(':') && !/\bratio\b[^;.]{0,60}$/i.test(text.slice(Math.max(0, r.index - 80), r.index)))) continue;
    const start = r.index;
    const end = start + whole.length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.start < end) out.splice(k, 1);
    out.push({ start, end, value: round(parseNumber(a!, decimalComma) / of), unit: 'ratio', dimension: 'ratio' });
  }
  // A power of ten alone, its superscript flattened: 6C004.f "an absorption of less than 10−5 cm−1", 6C004.c.1.a "of
  // 10−6 m^2/V^2 or more" (EU "10-5 cm-1", "10-6 m2/V2"). Only after a comparison or an "of", so that a range "10-15" is
  // not read as one. A positive power only where the superscript is marked: 3B991.b.1.i.1 "“Chemical vapor deposition”
  // equipment operating below 10^5 Pa" (EU "105 Pa" could be a hundred and five).
  const power = new RegExp(`(?<=\\b(?:of|than|exceeding|below|above)\\s)10(?:\\s?\\^?([-−]\\d{1,2})|\\^(\\d{1,2}))(?!\\d)(?:[ \\u00a0]*(?:${UNIT_ALTERNATION})(?![A-Za-z0-9µμ²³]))?`, 'g');
  for (const w of text.matchAll(power)) {
    if (out.some((q) => q.start < w.index && q.end > w.index)) continue;
    const def = UNITS.find((_, g) => w[3 + g] !== undefined);
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= w.index && out[k]!.start < w.index + w[0].length) out.splice(k, 1);
    const exponent = Number((w[1] ?? w[2])!.replace('−', '-'));
    out.push({ start: w.index, end: w.index + w[0].length, value: round(10 ** exponent), unit: def?.unit ?? null, dimension: def?.dimension ?? null });
  }
  // Numbers in words before a unit: 1C608.h "less than or equal to thirty-five percent by weight", 2B001 NP row "x-axis
  // travel greater than two meters", 9A610 "less than one second".
  const spelled = new RegExp(`(?<![\\w-])(${NUMBER_WORDS})(?:-(${NUMBER_WORDS}))?[ \\u00a0]+(?:${UNIT_ALTERNATION})(?![A-Za-z0-9µμ²³])`, 'gi');
  for (const w of text.matchAll(spelled)) {
    if (out.some((q) => q.start < w.index + w[0].length && q.end > w.index)) continue;
    const def = UNITS.find((_, g) => w[3 + g] !== undefined);
    // EU 1C111.a.5.b "at one atmosphere (101,325 kPa)" is the standard pressure a value is measured at: its bracket is read
    // as that condition.
    if (def === undefined || def.unit === 'atm') continue;
    const value = wordValue(w[1]!) + (w[2] === undefined ? 0 : wordValue(w[2]));
    out.push({ start: w.index, end: w.index + w[0].length, value, unit: def.unit, dimension: def.dimension });
  }
  // Counts of axes, the "or more" before what is counted: 2B001.a "Machine tools for turning having two or more axes which
  // can be coordinated simultaneously for “contouring control”", 2B001.b.3 "Five or more axes …". "along one or more
  // linear axis" says where a value is measured, not how many axes a machine has: a count of one is not read.
  // 2B109.a.2 "More than two axes which can be coordinated simultaneously": the comparison before the count is read as
  // before any quantity.
  const axes = new RegExp(`(?<![\\w-])(\\d+|${NUMBER_WORDS})( or more)? (?:(?:rotary|linear|contouring) )?axes\\b`, 'gi');
  for (const w of text.matchAll(axes)) {
    const value = /^\d+$/.test(w[1]!) ? Number(w[1]) : wordValue(w[1]!);
    const compared = /\b(?:more|greater|fewer|less) than\s+$|\bat least\s+$/i.test(text.slice(Math.max(0, w.index - 20), w.index));
    if (value < 2 || (w[2] === undefined && !compared)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= w.index && out[k]!.start < w.index + w[0].length) out.splice(k, 1);
    out.push({ start: w.index, end: w.index + w[0].length, value, unit: 'axes', dimension: 'axis count', ...(w[2] !== undefined ? { orMore: true as const } : {}) });
  }
  // Valve sizes, the unit before the number: EU 2B350.g.1.a "A 'nominal size' greater than DN 10 or NPS 3/8"; the Nominal
  // Pipe Size after it names the same size in the other system, and is part of the value's words.
  for (const w of text.matchAll(/\bDN[ \u00a0]?(\d+)(?:\s+or\s+NPS[ \u00a0]?\d+(?:[ \u00a0]?\d\/\d+|\/\d+)?)?(?![\d/])/g)) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= w.index && out[k]!.start < w.index + w[0].length) out.splice(k, 1);
    out.push({ start: w.index, end: w.index + w[0].length, value: Number(w[1]), unit: 'DN', dimension: 'length' });
  }
  // Fractions of the wavelength: 6A004.a.4 "a flatness of λ/10 or better (λ is equal to 633 nm)", 6A005.f.3.b "An
  // “accuracy” of λ/10 or less (better) at the designed wavelength". A length, in units of the wavelength.
  for (const w of text.matchAll(/λ\s*\/\s*(\d+)(?![\d.,])/g)) {
    const of = Number(w[1]);
    if (of > 0) out.push({ start: w.index, end: w.index + w[0].length, value: round(1 / of), unit: 'λ', dimension: 'length' });
  }
  // 1B117.a "… designed or modified for mixing under vacuum in the range from zero to 13.326 kPa": "zero" opens the range.
  for (const z of text.matchAll(/\bzero(?=\s+(?:to|and)\s+[\d])/gi)) out.push({ start: z.index, end: z.index + z[0].length, value: 0, unit: null, dimension: null });
  out.sort((a, b) => a.start - b.start);
  // The sides of a size with the unit written once: 3B991.b.3.a.2 "X-Y stage positioning travel exceeding 37.5 × 37.5
  // mm". The first side is in the second's unit (the sides joined with a unit each, "125 mm x 125 mm", need nothing).
  // So is the lower end of a band in signs: 4A003 AT row "… with an APP >0.0128 but ≤70 WT".
  for (let k = 0; k + 1 < out.length; k++) {
    const [side, other] = [out[k]!, out[k + 1]!];
    const join = text.slice(side.end, other.start);
    const signed = /^\s*but\s*[≤<]\s*$/.test(join) && /[>≥]\s*$/.test(text.slice(Math.max(0, side.start - 3), side.start));
    if (side.unit === null && other.unit !== null && other.unit !== 'ratio' && (/^\s*[×x]\s*$/.test(join) || signed)) {
      out[k] = { ...side, unit: other.unit, dimension: other.dimension };
    }
  }
  return out;
}
