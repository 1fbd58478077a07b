// Pulls numeric thresholds ("range of at least 300 km", "exceeding 2 050 MPa") out of entry texts,
// keeping the words each one came from. Handles US (1,000.5) and EU (1 000,5) number styles and
// the flattened superscripts of both sources ("5 × 10 3", "5 × 103" both mean 5 × 10^3).
import { z } from 'zod';

export const Comparator = z.enum(['>=', '>', '<=', '<', '=', 'range']);
export type Comparator = z.infer<typeof Comparator>;

export const ThresholdRecord = z.object({
  /** Normalised name ('range', 'payload', 'tensile strength' …), or the unit's dimension when the text names none. */
  parameter: z.string().min(1),
  comparator: Comparator,
  value: z.number(),
  /** Upper bound for 'range' comparators, else null. */
  valueMax: z.number().nullable(),
  /** Normalised spelling of the unit as written (prefix kept: 'km', 'GHz', 'MPa', 'N·s'). */
  unit: z.string().min(1),
  /** The source words the threshold was read from. */
  phrase: z.string().min(1).max(200),
});
export type ThresholdRecord = z.infer<typeof ThresholdRecord>;

export interface ExtractOptions {
  /**
   * The number style. Importers that know their source should say so (EU Annex I: true, US CCL: false):
   * a lone "13,326 kPa" reads either way. Left out, it is guessed per text from its other numbers.
   */
  decimalComma?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Units. Each: the pattern as written (case-sensitive unless it is a word), the canonical unit,
// the dimension (used as the parameter name when the text names none).
// Listed longest/most specific first: the alternation tries them in this order.
// ---------------------------------------------------------------------------------------------
interface UnitDef {
  pattern: string;
  unit: string;
  dimension: string;
}
const MU = '[µμu]';
const SP = '[ \\u00a0\\u2009\\u202f]?';
const u = (pattern: string, unit: string, dimension: string): UnitDef => ({ pattern, unit, dimension });
const UNITS: UnitDef[] = [
  // specific impulse and impulse
  u(`kN${SP}[·⋅.-]?${SP}s/kg`, 'kN·s/kg', 'specific impulse'),
  u(`N${SP}[·⋅.-]?${SP}s/kg`, 'N·s/kg', 'specific impulse'),
  u(`MN${SP}[·⋅-]?${SP}s`, 'MN·s', 'impulse'),
  u(`kN${SP}[·⋅-]?${SP}s`, 'kN·s', 'impulse'),
  u(`N[·⋅-]s|Ns`, 'N·s', 'impulse'),
  u(`[Nn]ewton[- ]seconds?`, 'N·s', 'impulse'),
  // pressure and stress
  u(`N/mm${SP}2|N/mm²`, 'N/mm2', 'pressure'),
  u(`N/m${SP}2|N/m²`, 'N/m2', 'pressure'),
  u(`GPa`, 'GPa', 'pressure'),
  u(`MPa`, 'MPa', 'pressure'),
  u(`kPa`, 'kPa', 'pressure'),
  u(`hPa`, 'hPa', 'pressure'),
  u(`Pa`, 'Pa', 'pressure'),
  u(`mbar`, 'mbar', 'pressure'),
  u(`bar`, 'bar', 'pressure'),
  u(`psi`, 'psi', 'pressure'),
  u(`mTorr`, 'mTorr', 'pressure'),
  u(`Torr`, 'Torr', 'pressure'),
  u(`atmospheres?`, 'atm', 'pressure'),
  // density, energy density, power density
  u(`g/cm${SP}3|g/cm³`, 'g/cm3', 'density'),
  u(`kg/m${SP}3|kg/m³`, 'kg/m3', 'density'),
  u(`J/kg`, 'J/kg', 'specific energy'),
  u(`J/m${SP}3|J/m³`, 'J/m3', 'energy density'),
  u(`J/m${SP}2|J/m²`, 'J/m2', 'energy density'),
  u(`J/cm${SP}2|J/cm²`, 'J/cm2', 'energy density'),
  u(`W/m${SP}2|W/m²`, 'W/m2', 'power density'),
  u(`W/cm${SP}2|W/cm²`, 'W/cm2', 'power density'),
  u(`W/kg`, 'W/kg', 'specific power'),
  u(`kg/kWh`, 'kg/kWh', 'specific fuel consumption'),
  // speed, acceleration, rates
  u(`km/h`, 'km/h', 'speed'),
  u(`km/s`, 'km/s', 'speed'),
  u(`m/s${SP}2|m/s²`, 'm/s2', 'acceleration'),
  u(`m/s`, 'm/s', 'speed'),
  u(`mm/s`, 'mm/s', 'speed'),
  u(`knots`, 'kn', 'speed'),
  u(`(?:°|degrees?)${SP}(?:/|per${SP})${SP}(?:h|hr|hour)`, '°/h', 'angular rate'),
  u(`(?:°|degrees?)${SP}(?:/|per${SP})${SP}(?:s|sec|second)`, '°/s', 'angular rate'),
  u(`rad/s`, 'rad/s', 'angular rate'),
  u(`rpm|r/min|rev/min`, 'rpm', 'rotational speed'),
  u(`l/min|litres? per minute|liters? per minute`, 'l/min', 'flow rate'),
  u(`m${SP}3/h|m³/h`, 'm3/h', 'flow rate'),
  // data
  u(`Tbit/s`, 'Tbit/s', 'data rate'),
  u(`Gbit/s`, 'Gbit/s', 'data rate'),
  u(`Mbit/s`, 'Mbit/s', 'data rate'),
  u(`kbit/s`, 'kbit/s', 'data rate'),
  u(`bit/s`, 'bit/s', 'data rate'),
  u(`bits?`, 'bit', 'data size'),
  u(`[Gg]bytes?|GB`, 'GB', 'data size'),
  u(`bytes?`, 'byte', 'data size'),
  // frequency
  u(`THz`, 'THz', 'frequency'),
  u(`GHz`, 'GHz', 'frequency'),
  u(`MHz`, 'MHz', 'frequency'),
  u(`kHz`, 'kHz', 'frequency'),
  u(`Hz`, 'Hz', 'frequency'),
  // temperature
  u(`[°º]${SP}C|degrees? C(?:elsius)?`, '°C', 'temperature'),
  u(`[°º]${SP}F|degrees? F(?:ahrenheit)?`, '°F', 'temperature'),
  u(`K(?![-−]?\\d)`, 'K', 'temperature'),
  u(`[Kk]elvin`, 'K', 'temperature'),
  // area and volume (before lengths)
  u(`mm${SP}2|mm²`, 'mm2', 'area'),
  u(`cm${SP}2|cm²`, 'cm2', 'area'),
  u(`m${SP}2|m²`, 'm2', 'area'),
  u(`cm${SP}3|cm³`, 'cm3', 'volume'),
  u(`m${SP}3|m³`, 'm3', 'volume'),
  u(`litres?|liters?`, 'l', 'volume'),
  u(`ml|mL`, 'ml', 'volume'),
  // radiation and activity (before 'rad' the angle)
  u(`Gy${SP}\\(?(?:Si|silicon)\\)?|Gy`, 'Gy', 'radiation dose'),
  u(`rads?${SP}\\((?:Si|silicon)\\)|rads`, 'rad', 'radiation dose'),
  u(`GBq`, 'GBq', 'activity'),
  u(`TBq`, 'TBq', 'activity'),
  u(`MBq`, 'MBq', 'activity'),
  u(`Bq`, 'Bq', 'activity'),
  u(`mCi`, 'mCi', 'activity'),
  u(`Ci`, 'Ci', 'activity'),
  // angle
  u(`mrad|milliradians?`, 'mrad', 'angle'),
  u(`${MU}rad`, 'µrad', 'angle'),
  u(`rad`, 'rad', 'angle'),
  u(`arc[- ]?seconds?|arcsec|seconds of arc`, 'arcsec', 'angle'),
  u(`arc[- ]?minutes?|arcmin|minutes of arc`, 'arcmin', 'angle'),
  u(`degrees?|°`, '°', 'angle'),
  // length
  u(`km|[Kk]ilomet(?:er|re)s?`, 'km', 'length'),
  u(`nautical miles`, 'nmi', 'length'),
  u(`mm|[Mm]illimet(?:er|re)s?`, 'mm', 'length'),
  u(`cm|[Cc]entimet(?:er|re)s?`, 'cm', 'length'),
  u(`${MU}m|[Mm]icromet(?:er|re)s?|microns?`, 'µm', 'length'),
  u(`nm|[Nn]anomet(?:er|re)s?`, 'nm', 'length'),
  u(`pm`, 'pm', 'length'),
  u(`m|[Mm]et(?:er|re)s`, 'm', 'length'),
  u(`feet|ft`, 'ft', 'length'),
  u(`inch(?:es)?`, 'in', 'length'),
  // mass
  u(`kg|[Kk]ilograms?|kilogrammes?`, 'kg', 'mass'),
  u(`mg|[Mm]illigrams?`, 'mg', 'mass'),
  u(`${MU}g`, 'µg', 'mass'),
  u(`g|grams?|grammes?`, 'g', 'mass'),
  u(`tonnes?|metric tons?`, 't', 'mass'),
  u(`lbs?|pounds?`, 'lb', 'mass'),
  // force
  u(`MN`, 'MN', 'force'),
  u(`kN`, 'kN', 'force'),
  u(`N(?!\\.[A-Z])|[Nn]ewtons?`, 'N', 'force'),
  u(`lbf`, 'lbf', 'force'),
  // power and energy
  u(`dBm`, 'dBm', 'power level'),
  u(`TW`, 'TW', 'power'),
  u(`GW`, 'GW', 'power'),
  u(`MW`, 'MW', 'power'),
  u(`kW`, 'kW', 'power'),
  u(`mW`, 'mW', 'power'),
  u(`${MU}W`, 'µW', 'power'),
  u(`W|[Ww]atts?`, 'W', 'power'),
  u(`kWh`, 'kWh', 'energy'),
  u(`Wh`, 'Wh', 'energy'),
  u(`GeV`, 'GeV', 'energy'),
  u(`MeV`, 'MeV', 'energy'),
  u(`keV`, 'keV', 'energy'),
  u(`eV`, 'eV', 'energy'),
  u(`MJ`, 'MJ', 'energy'),
  u(`kJ`, 'kJ', 'energy'),
  u(`mJ`, 'mJ', 'energy'),
  u(`${MU}J`, 'µJ', 'energy'),
  u(`J|[Jj]oules?`, 'J', 'energy'),
  // electrical
  u(`MV`, 'MV', 'voltage'),
  u(`kV`, 'kV', 'voltage'),
  u(`mV`, 'mV', 'voltage'),
  u(`${MU}V`, 'µV', 'voltage'),
  u(`V|[Vv]olts?`, 'V', 'voltage'),
  u(`kA`, 'kA', 'current'),
  u(`mA`, 'mA', 'current'),
  u(`${MU}A`, 'µA', 'current'),
  // A bare 'A' only after a space: "2A" and "7A" are category references, not amperes.
  u(`(?<=\\s)A|[Aa]mperes?|amps`, 'A', 'current'),
  u(`${MU}F`, 'µF', 'capacitance'),
  u(`nF`, 'nF', 'capacitance'),
  u(`pF`, 'pF', 'capacitance'),
  u(`nH`, 'nH', 'inductance'),
  u(`${MU}H`, 'µH', 'inductance'),
  u(`[Oo]hms?(?: cm)?|Ω`, 'Ω', 'resistance'),
  u(`T|[Tt]esla`, 'T', 'magnetic field'),
  u(`dB`, 'dB', 'level'),
  // time
  u(`fs|femtoseconds?`, 'fs', 'time'),
  u(`ps|picoseconds?`, 'ps', 'time'),
  u(`ns|nanoseconds?`, 'ns', 'time'),
  u(`${MU}s|microseconds?`, 'µs', 'time'),
  u(`ms|milliseconds?`, 'ms', 'time'),
  u(`s|sec|seconds?`, 's', 'time'),
  u(`min|minutes?`, 'min', 'time'),
  u(`h|hr|hours?`, 'h', 'time'),
  u(`years?`, 'year', 'time'),
  // ratios
  u(`%|per ?cent`, '%', 'percentage'),
  u(`ppm|parts per million`, 'ppm', 'ratio'),
];

// One capturing group per unit, so the matching unit is known without re-testing.
const UNIT_ALTERNATION = UNITS.map((def) => `(${def.pattern})`).join('|');
/** Groups 1-3 are sign, number and exponent; the units follow; 'Mach N' comes last. */
const FIRST_UNIT_GROUP = 4;
const MACH_GROUP = FIRST_UNIT_GROUP + UNITS.length;

// ---------------------------------------------------------------------------------------------
// Numbers. US: 1,000.5 and 0.5. EU: 1 000,5 and 0,5 (and '.' decimals, which the EU text also has).
// ---------------------------------------------------------------------------------------------
const THOUSANDS_SPACE = '[ \\u00a0\\u2009\\u202f]';
const NUM_US = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
const NUM_EU = `\\d{1,3}(?:${THOUSANDS_SPACE}\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
// "5 × 10 3", "5 x 10^3", "5 × 103" (EU: digits straight after 10 are the exponent), "10 −4".
const EXPONENT = `(?:\\s*[×xX]\\s*10\\s?(?:\\^\\s*)?([-−–]?\\s?\\d{1,2})(?!\\d))?`;

function quantityRegex(decimalComma: boolean): RegExp {
  const num = decimalComma ? NUM_EU : NUM_US;
  return new RegExp(
    `(?<![\\w.,/\\-−+])([-−+]?)(${num})${EXPONENT}(?:[ \\u00a0\\u2009\\u202f]*(?:${UNIT_ALTERNATION})(?![A-Za-z0-9µμ²³]))?` +
      `|\\bMach\\s+(${num})`,
    'g',
  );
}
const QUANTITY_US = quantityRegex(false);
const QUANTITY_EU = quantityRegex(true);

function parseNumber(raw: string, decimalComma: boolean): number {
  let s = raw.replace(/[ \u00a0\u2009\u202f]/g, '');
  s = decimalComma ? s.replace(',', '.') : s.replace(/,/g, '');
  return Number(s);
}

/** True when the text writes decimals with a comma (EU): "0,5", "31,8", "10 000". */
export function usesDecimalComma(text: string): boolean {
  const eu =
    count(text, /(?<![\d,])\d+,\d{1,2}(?![\d,\-])/g) +
    count(text, /(?<![\d,])0,\d+/g) +
    count(text, /(?<![\d.,])\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?![\d,.])/g);
  const us = count(text, /(?<![\d,])[1-9]\d{0,2},\d{3}(?![\d,])/g) + count(text, /\d\.\d/g);
  return eu > us;
}
function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Comparators, read from the words just before the number (and "or more" / "or less" after it).
// ---------------------------------------------------------------------------------------------
const FILLER = '(?:\\s+(?:a|an|the|of|about|approximately|nominal|value of|that of))*';
const BEFORE: Array<[RegExp, Comparator]> = (
  [
    ['equal to or (?:greater|more|higher|larger|longer|wider|better)(?: \\([a-z]+\\))? than|(?:greater|more|higher|larger|better)(?: \\([a-z]+\\))? than or equal to|at least|not less than|no less than|(?:a )?minimum of|equal to or exceeding|equal to or in excess of|≥|>=', '>='],
    ['equal to or (?:less|lower|smaller|shorter|fewer)(?: \\([a-z]+\\))? than|(?:less|lower|smaller)(?: \\([a-z]+\\))? than or equal to|not exceeding|does not exceed|do not exceed|not (?:more|greater) than|no (?:more|greater) than|at most|up to and including|up to|(?:a )?maximum of|≤|<=', '<='],
    ['(?:greater|more|higher|larger|longer|faster|wider|bigger)(?: \\([a-z]+\\))? than|exceeding|exceeds|exceed|in excess of|above|over|beyond|>', '>'],
    ['(?:less|lower|smaller|shorter|fewer|slower)(?: \\([a-z]+\\))? than|below|under|<', '<'],
  ] as Array<[string, Comparator]>
).map(([words, comparator]) => [new RegExp(`(?:^|[^a-z])(?:${words})${FILLER}\\s*$`, 'i'), comparator]);
const AFTER_MORE = /^\s*(?:\([^)]{1,40}\)\s*)?(?:or|and) (?:more|greater|higher|larger|above|longer|over)\b/i;
const AFTER_LESS = /^\s*(?:\([^)]{1,40}\)\s*)?(?:or|and) (?:less|lower|smaller|below|fewer|shorter|under)\b/i;

// ---------------------------------------------------------------------------------------------
// Parameters: words near the number, each usable only with units of matching dimensions.
// Nearest compatible keyword before the number wins; a keyword right after the unit
// ("a 500 kg payload") wins over both.
// ---------------------------------------------------------------------------------------------
interface ParameterDef {
  words: string;
  parameter: string;
  dimensions: string[];
  /** When set, only these units (e.g. 'range' is a distance in km or m, not a wavelength band in nm). */
  units?: string[];
}
const p = (words: string, parameter: string, dimensions: string[], units?: string[]): ParameterDef =>
  units === undefined ? { words, parameter, dimensions } : { words, parameter, dimensions, units };
const LEN = ['length'];
const PARAMETERS: ParameterDef[] = [
  p('specific tensile strength', 'specific tensile strength', LEN),
  p('specific modulus', 'specific modulus', LEN),
  p('tensile modulus|young.s modulus|modulus', 'tensile modulus', ['pressure']),
  p('ultimate tensile strength|tensile strength|tensile stress|proof test', 'tensile strength', ['pressure']),
  p('compressive strength', 'compressive strength', ['pressure']),
  p('yield strength', 'yield strength', ['pressure']),
  p('total impulse', 'total impulse', ['impulse']),
  p('specific impulse', 'specific impulse', ['specific impulse', 'time']),
  p('thrust', 'thrust', ['force']),
  p('payload', 'payload', ['mass']),
  p('(?:wavelength|spectral|spectrum) range', 'wavelength', LEN),
  p('frequency range', 'frequency', ['frequency']),
  p('range', 'range', LEN, ['km', 'm', 'nmi', 'ft']),
  p('altitudes?|ceiling', 'altitude', LEN),
  p('wavelengths?', 'wavelength', LEN),
  p('diameter', 'diameter', LEN),
  p('thickness', 'thickness', LEN),
  p('CEP|circular error probable|accuracy|positioning error|error', 'accuracy', ['length', 'angle', 'percentage', 'angular rate', 'acceleration']),
  p('resolution', 'resolution', ['length', 'angle', 'percentage', 'time', 'frequency']),
  p('bias(?: stability)?|drift rate|drift', 'bias stability', ['angular rate', 'acceleration', 'mass']),
  p('angular rates?|rotation rate', 'angular rate', ['angular rate']),
  p('accelerations?', 'acceleration', ['acceleration', 'mass']),
  p('endurance', 'endurance', ['time']),
  p('pulse (?:duration|width|length)', 'pulse duration', ['time']),
  p('rise time', 'rise time', ['time']),
  p('temperatures?|melting point|softening point|sublimation point', 'temperature', ['temperature']),
  p('pressures?|vacuum', 'pressure', ['pressure']),
  p('bandwidth', 'bandwidth', ['frequency']),
  p('frequenc(?:y|ies)', 'frequency', ['frequency']),
  p('(?:peak|average|output|input|rated|continuous|mean) power|power', 'power', ['power', 'power level']),
  p('output energy|pulse energy|energy', 'energy', ['energy']),
  p('voltage', 'voltage', ['voltage']),
  p('current', 'current', ['current']),
  p('capacitance', 'capacitance', ['capacitance']),
  p('inductance', 'inductance', ['inductance']),
  p('magnetic field|flux density', 'magnetic field', ['magnetic field']),
  p('mass|weight', 'mass', ['mass']),
  p('speeds?|velocit(?:y|ies)', 'speed', ['speed', 'rotational speed']),
  p('dose', 'radiation dose', ['radiation dose']),
  p('density', 'density', ['density']),
  p('purity', 'purity', ['percentage', 'ratio']),
  p('data rate|transfer rate|bit rate', 'data rate', ['data rate']),
  p('key length', 'key length', ['data size']),
  p('capacity|volume', 'capacity', ['volume']),
  p('lengths?', 'length', LEN),
];
const PARAMETER_BY_WORD = new Map<string, ParameterDef | null>();
const PARAMETER_WORDS = new RegExp(`\\b(?:${PARAMETERS.map((def) => def.words).join('|')})\\b`, 'gi');
const PARAMETER_MATCHERS = PARAMETERS.map((def) => ({ def, re: new RegExp(`^(?:${def.words})$`, 'i') }));
/** The parameter a keyword found in the text stands for (memoised: the same few words recur). */
function parameterFor(word: string): ParameterDef | undefined {
  const key = word.toLowerCase();
  let found = PARAMETER_BY_WORD.get(key);
  if (found === undefined) {
    found = PARAMETER_MATCHERS.find((m) => m.re.test(word))?.def ?? null;
    PARAMETER_BY_WORD.set(key, found);
  }
  return found ?? undefined;
}
const AFTER_PARAMETER = new RegExp(`^\\s*[“"']?((?:${PARAMETERS.map((def) => def.words).join('|')}))\\b`, 'i');

// ---------------------------------------------------------------------------------------------

interface Quantity {
  start: number; // first character of the number (or of 'Mach')
  end: number; // after the unit
  value: number;
  unit: string | null;
  dimension: string | null;
}

const CLAUSE_BREAK = /[;:]|\.\s|\n/g;
const LOOKBACK = 120;
const RANGE_JOIN = /^\s*(?:to|and|-|–|through)\s*$/i;
const RANGE_OPEN = /(?:^|[^a-z])(?:from|between|in the range(?: of)?|range of|within)\s*$/i;
const PAREN_EQUIVALENT = /^\s*\(\s*(?:[a-z ]{0,12})$/i;

/** Every numeric threshold in a text, deduplicated, with the words it came from. */
export function extractThresholds(text: string, options: ExtractOptions = {}): ThresholdRecord[] {
  const decimalComma = options.decimalComma ?? usesDecimalComma(text);
  const quantities = findQuantities(text, decimalComma);
  const records: ThresholdRecord[] = [];
  const seen = new Set<string>();
  const add = (record: ThresholdRecord) => {
    const key = `${record.parameter}|${record.comparator}|${record.value}|${record.valueMax}|${record.unit}`;
    if (seen.has(key)) return;
    seen.add(key);
    records.push(record);
  };

  let previous: { quantity: Quantity; parameter: string; comparator: Comparator; phraseStart: number } | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const next = quantities[i + 1];

    // "from 30 GHz to 3 000 GHz", "between 1 and 10 GHz", "4,2 to 4,4 GHz"
    if (next !== undefined && next.unit !== null && (q.unit === null || q.unit === next.unit)) {
      const join = text.slice(q.end, next.start);
      const opened = RANGE_OPEN.test(text.slice(Math.max(0, q.start - 30), q.start));
      if (RANGE_JOIN.test(join) && (opened || !/and/i.test(join))) {
        const unitDef = { unit: next.unit, dimension: next.dimension! };
        const { parameter, phraseStart } = findParameter(text, q.start, next.end, unitDef.dimension, unitDef.unit);
        const openStart = opened ? text.slice(0, q.start).search(/(?:from|between|in the range(?: of)?|range of|within)\s*$/i) : q.start;
        add({
          parameter,
          comparator: 'range',
          value: Math.min(q.value, next.value),
          valueMax: Math.max(q.value, next.value),
          unit: unitDef.unit,
          phrase: phrase(text, Math.min(phraseStart, openStart < 0 ? q.start : openStart), next.end),
        });
        previous = null;
        i++;
        continue;
      }
    }
    if (q.unit === null || q.dimension === null) continue;

    // "1 273 K (1 000 °C)": the bracketed value restates the previous one.
    if (previous !== null && PAREN_EQUIVALENT.test(text.slice(previous.quantity.end, q.start))) {
      add({
        parameter: previous.quantity.dimension === q.dimension ? previous.parameter : q.dimension,
        comparator: previous.comparator,
        value: q.value,
        valueMax: null,
        unit: q.unit,
        phrase: phrase(text, previous.phraseStart, closingParen(text, q.end)),
      });
      continue;
    }

    const before = text.slice(Math.max(0, q.start - 60), q.start);
    let comparator: Comparator = '=';
    let comparatorStart = q.start;
    for (const [re, c] of BEFORE) {
      const m = re.exec(before);
      if (m !== null) {
        comparator = c;
        comparatorStart = q.start - before.length + m.index + (m[0].match(/^[^a-z≥≤<>]*/i)?.[0].length ?? 0);
        break;
      }
    }
    let end = q.end;
    const after = text.slice(q.end, q.end + 60);
    if (comparator === '=') {
      const more = AFTER_MORE.exec(after);
      const less = AFTER_LESS.exec(after);
      if (more !== null) {
        comparator = '>=';
        end = q.end + more[0].length;
      } else if (less !== null) {
        comparator = '<=';
        end = q.end + less[0].length;
      }
    }
    const { parameter, phraseStart, afterEnd } = findParameter(text, q.start, q.end, q.dimension, q.unit);
    const start = Math.min(phraseStart, comparatorStart);
    add({
      parameter,
      comparator,
      value: q.value,
      valueMax: null,
      unit: q.unit,
      phrase: phrase(text, start, Math.max(end, afterEnd)),
    });
    previous = { quantity: q, parameter, comparator, phraseStart: start };
  }
  return records;
}

function findQuantities(text: string, decimalComma: boolean): Quantity[] {
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
    if (m[1] === '-' || m[1] === '−') value = -value;
    if (m[3] !== undefined) value = value * 10 ** Number(m[3].replace(/[−–]/, '-').replace(/\s/g, ''));
    let unit: UnitDef | undefined;
    for (let g = 0; g < UNITS.length; g++) {
      if (m[FIRST_UNIT_GROUP + g] !== undefined) {
        unit = UNITS[g];
        break;
      }
    }
    if (!Number.isFinite(value)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: round(value), unit: unit?.unit ?? null, dimension: unit?.dimension ?? null });
  }
  return out;
}

/** The parameter a number measures: a keyword right after it, else the nearest compatible one before it in the clause. */
function fits(def: ParameterDef, dimension: string, unit: string): boolean {
  return def.dimensions.includes(dimension) && (def.units === undefined || def.units.includes(unit));
}

function findParameter(text: string, start: number, end: number, dimension: string, unit: string): { parameter: string; phraseStart: number; afterEnd: number } {
  const afterMatch = AFTER_PARAMETER.exec(text.slice(end, end + 40));
  if (afterMatch !== null) {
    const def = parameterFor(afterMatch[1]!);
    if (def !== undefined && fits(def, dimension, unit)) {
      return { parameter: def.parameter, phraseStart: start, afterEnd: end + afterMatch[0].length };
    }
  }
  const windowStart = clauseStart(text, start);
  const window = text.slice(windowStart, start);
  let best: { def: ParameterDef; at: number } | null = null;
  PARAMETER_WORDS.lastIndex = 0;
  for (let m = PARAMETER_WORDS.exec(window); m !== null; m = PARAMETER_WORDS.exec(window)) {
    const def = parameterFor(m[0]);
    if (def !== undefined && fits(def, dimension, unit)) best = { def, at: windowStart + m.index };
  }
  if (best !== null) return { parameter: best.def.parameter, phraseStart: best.at, afterEnd: end };
  return { parameter: dimension, phraseStart: start, afterEnd: end };
}

function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - LOOKBACK);
  const window = text.slice(from, at);
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) last = m.index + m[0].length;
  return last === -1 ? from : from + last;
}

function closingParen(text: string, at: number): number {
  const close = text.indexOf(')', at);
  return close !== -1 && close - at < 20 ? close + 1 : at;
}

function phrase(text: string, start: number, end: number): string {
  const from = Math.max(start, end - 200);
  let s = text.slice(from, end).replace(/\s+/g, ' ').trim();
  if (s.length > 200) s = s.slice(s.length - 200);
  return s;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}
