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
  /** Set when the value says at what it is measured ("at 293 K (20 °C)", "having … at 20 °C"), not a bound. */
  condition: z.boolean().optional(),
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
// The CCL writes superscripts with a caret ("m^3/h", "cm^2"); the EU flattens them ("m3/h", "m 3/h").
const POW = `${SP}\\^?`;
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
  u(`N/mm${POW}2|N/mm²`, 'N/mm2', 'pressure'),
  u(`N/m${POW}2|N/m²`, 'N/m2', 'pressure'),
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
  u(`g/cm${POW}3|g/cm³`, 'g/cm3', 'density'),
  u(`kg/m${POW}3|kg/m³`, 'kg/m3', 'density'),
  u(`J/kg`, 'J/kg', 'specific energy'),
  u(`J/m${POW}3|J/m³`, 'J/m3', 'energy density'),
  u(`J/m${POW}2|J/m²`, 'J/m2', 'energy density'),
  u(`J/cm${POW}2|J/cm²`, 'J/cm2', 'energy density'),
  u(`W/m${POW}2|W/m²`, 'W/m2', 'power density'),
  u(`W/cm${POW}2|W/cm²`, 'W/cm2', 'power density'),
  u(`W/kg`, 'W/kg', 'specific power'),
  u(`kg/kWh`, 'kg/kWh', 'specific fuel consumption'),
  // 9A101 a.2: "Specific fuel consumption of 0.15 kg N−1 h−1 or less" (EU: "0,15 kg N-1 h-1")
  u(`kg${SP}N${SP}[-−–]${SP}1${SP}h${SP}[-−–]${SP}1|kg/\\(N${SP}[·⋅.]${SP}h\\)`, 'kg/(N·h)', 'specific fuel consumption'),
  // speed, acceleration, rates
  u(`km/h`, 'km/h', 'speed'),
  u(`km/s`, 'km/s', 'speed'),
  u(`m/s${POW}2|m/s²`, 'm/s2', 'acceleration'),
  u(`m/s`, 'm/s', 'speed'),
  u(`mm/s`, 'mm/s', 'speed'),
  u(`knots`, 'kn', 'speed'),
  // "0.0035 degree per square root hour" (7A002.a.1.b: angle random walk); "0.5 degrees (1 sigma or rms) per hour" (7A102.a).
  u(`(?:°|degrees?)${SP}(?:/|per${SP})${SP}(?:√|square[- ]root${SP}(?:of${SP})?)${SP}(?:h|hr|hour)`, '°/√h', 'angle random walk'),
  u(`(?:°|degrees?)${SP}(?:\\([^()]{1,30}\\)${SP})?(?:/|per${SP})${SP}(?:h|hr|hour)`, '°/h', 'angular rate'),
  u(`(?:°|degrees?)${SP}(?:/|per${SP})${SP}(?:s|sec|second)`, '°/s', 'angular rate'),
  u(`rad/s`, 'rad/s', 'angular rate'),
  u(`rpm|r/min|rev/min`, 'rpm', 'rotational speed'),
  u(`l/min|litres? per minute|liters? per minute`, 'l/min', 'flow rate'),
  u(`m${POW}3/h|m³/h`, 'm3/h', 'flow rate'),
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
  u(`mm${POW}2|mm²`, 'mm2', 'area'),
  u(`cm${POW}2|cm²`, 'cm2', 'area'),
  u(`m${POW}2|m²`, 'm2', 'area'),
  u(`cm${POW}3|cm³`, 'cm3', 'volume'),
  u(`m${POW}3|m³`, 'm3', 'volume'),
  u(`litres?|liters?`, 'l', 'volume'),
  u(`ml|mL`, 'ml', 'volume'),
  // radiation and activity (before 'rad' the angle)
  // 9A515.d.2 "A dose rate upset threshold of 5 × 10^8 Rads (Si)/sec (5 × 10^6 Gy (Si)/sec)"
  u(`Gy${SP}\\(?(?:Si|silicon)\\)?${SP}/${SP}(?:s|sec|second)\\b`, 'Gy/s', 'radiation dose rate'),
  u(`[Rr]ads?${SP}\\((?:Si|silicon)\\)${SP}/${SP}(?:s|sec|second)\\b`, 'rad(Si)/s', 'radiation dose rate'),
  u(`Gy${SP}\\(?(?:Si|silicon)\\)?|Gy`, 'Gy', 'radiation dose'),
  // A dose in rads is spelled 'rad(Si)': 'rad' is the radian.
  u(`[Rr]ads?${SP}\\((?:Si|silicon)\\)|[Rr]ads`, 'rad(Si)', 'radiation dose'),
  // 9A515.d.3 "A neutron dose of 1 × 10^14 n/cm^2 (1 MeV equivalent)"; d.5 "a fluence of 1 × 10^7 protons/cm^2"
  u(`n${SP}/${SP}cm${POW}2`, 'n/cm2', 'particle fluence'),
  u(`protons${SP}/${SP}cm${POW}2`, 'protons/cm2', 'particle fluence'),
  // 9A515.d.4 "1 × 10−^10 errors/bit/day or less"; d.5 "1 × 10−^10 errors/part or less"
  u(`errors${SP}/${SP}bit${SP}/${SP}day`, 'errors/bit/day', 'upset rate'),
  u(`errors${SP}/${SP}part`, 'errors/part', 'upset rate'),
  // 9A515.e.1 "a linear energy transfer (LET) ≥80 MeV-cm^2/mg"
  u(`MeV${SP}[-·⋅]?${SP}cm${POW}2${SP}/${SP}mg`, 'MeV·cm2/mg', 'linear energy transfer'),
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
  // A bare micro sign is the micron: CCL 1C111.a.2 "made up of particles of less than 60 µ (determined by …)".
  u(`${MU}m|[Mm]icromet(?:er|re)s?|microns?|[µμ](?=[ \u00a0]*[(),;]|[ \u00a0]*$)`, 'µm', 'length'),
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
const EXPONENT = `(?:\\s*[×xX]\\s*10\\s?(?:\\^\\s*)?((?:[-−–]\\^?)?\\s?\\d{1,2})(?!\\d))?`;

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
    // "capable of a range of 300 km" (EU 9A112.a) states a capability: the item reaches at least that value
    // (MTCR Annex 19.A.2: "capable of a maximum 'range' equal to or greater than 300 km").
    ['capable of (?:a |an )?(?:maximum )?(?:[a-z\'‘’]+ ){0,2}of|equal to or (?:greater|more|higher|larger|longer|wider|better)(?: \\([a-z]+\\))? than|(?:greater|more|higher|larger|better)(?: \\([a-z]+\\))? than or equal to|at least|not less than|no less than|(?:a )?minimum of|equal to or exceeding|equal to or in excess of|≥|>=', '>='],
    ['equal to or (?:less|lower|smaller|shorter|fewer)(?: \\([a-z]+\\))? than|(?:less|lower|smaller)(?: \\([a-z]+\\))? than or equal to|not exceeding|does not exceed|do not exceed|not (?:more|greater) than|no (?:more|greater) than|at most|up to and including|up to|(?:a )?maximum of|≤|<=', '<='],
    ['(?:greater|more|higher|larger|longer|faster|wider|bigger)(?: \\([a-z]+\\))? than|exceeding|exceeds|exceed|in excess of|above|over|beyond|>', '>'],
    ['(?:less|lower|smaller|shorter|fewer|slower)(?: \\([a-z]+\\))? than|below|under|<', '<'],
  ] as Array<[string, Comparator]>
).map(([words, comparator]) => [new RegExp(`(?:^|[^a-z])(?:${words})${FILLER}\\s*(?:±\\s*)?$`, 'i'), comparator]);
// "97 % by weight or more" (1C111.a.1): the measure's basis may stand between the value and its "or more".
const AFTER_MORE = /^\s*(?:\([^)]{1,40}\)\s*)?(?:by (?:weight|volume|mass)\s*)?,?\s*(?:or|and) (?:more|greater|higher|larger|above|longer|over)\b/i;
const AFTER_LESS = /^\s*(?:\([^)]{1,40}\)\s*)?(?:by (?:weight|volume|mass)\s*)?,?\s*(?:or|and) (?:less|lower|smaller|below|fewer|shorter|under)\b/i;

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
  // 1C210.c "… “tapes” with a width no greater than 15 mm"
  p('(?<!Full-)widths?', 'width', LEN),
  // 2B001.a.1 "“Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm along one or more linear
  // axis with a travel length less than 1.0 m": the repeatability is the bound, the travel length says which machines.
  p('(?:unidirectional )?positioning repeatability|repeatability', 'positioning repeatability', LEN),
  p('travel length|of travel', 'travel length', LEN),
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
  p('wind gusts?|gusts?', 'wind gust speed', ['speed']),
  p('speeds?|velocit(?:y|ies)', 'speed', ['speed', 'rotational speed']),
  p('dose rate(?: upset threshold)?', 'dose rate upset threshold', ['radiation dose rate']),
  p('neutron dose|neutron fluence', 'neutron fluence', ['particle fluence']),
  p('fluence', 'fluence', ['particle fluence']),
  p('(?:uncorrected )?single event upset sensitivity|upset sensitivity', 'single event upset sensitivity', ['upset rate']),
  p('linear energy transfer|LET', 'linear energy transfer', ['linear energy transfer']),
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
// "(1 000 °C)", "(i.e., 667.23 N)", "(approximately 25 knots)": the same value in another unit.
const PAREN_EQUIVALENT = /^\s*\(\s*(?:i\.e\.,?\s*|[a-z ]{0,14})$/i;
// "1 × 10^14 n/cm^2 (1 MeV equivalent)": a measurement condition, not a value of its own.
const EQUIVALENT_AFTER = /^\s*equivalent\b/i;

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

  type Previous = { quantity: Quantity; parameter: string; comparator: Comparator; phraseStart: number; record?: ThresholdRecord | null };
  let previous = null as Previous | null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    // "1,573 K (1,300 °C) to 3,173 K (2,900 °C)" (1E104): the lower end's restatement sits before the "to".
    const restated = quantities[i + 1] !== undefined && q.unit !== null && PAREN_EQUIVALENT.test(text.slice(q.end, quantities[i + 1]!.start));
    const nextAt = restated ? i + 2 : i + 1;
    const next = quantities[nextAt];

    // "from 30 GHz to 3 000 GHz", "between 1 and 10 GHz", "4,2 to 4,4 GHz"
    // "130 Pa (1 mm Hg) to 20 kPa (150 mm Hg)": ends in units of one scale are read in the upper end's unit.
    const lower = next === undefined || next.unit === null ? null : inUnitOf(q, next.unit);
    if (next !== undefined && next.unit !== null && lower !== null) {
      const join = text.slice(restated ? closingParen(text, quantities[i + 1]!.end) : q.end, next.start);
      const opened = RANGE_OPEN.test(text.slice(Math.max(0, q.start - 30), q.start));
      if (RANGE_JOIN.test(join) && (opened || !/and/i.test(join))) {
        const unitDef = { unit: next.unit, dimension: next.dimension! };
        const { parameter, phraseStart } = findParameter(text, q.start, next.end, unitDef.dimension, unitDef.unit);
        const openStart = opened ? text.slice(0, q.start).search(/(?:from|between|in the range(?: of)?|range of|within)\s*$/i) : q.start;
        const start = Math.min(phraseStart, openStart < 0 ? q.start : openStart);
        const record: ThresholdRecord = {
          parameter,
          comparator: 'range',
          value: Math.min(lower!, next.value),
          valueMax: Math.max(lower!, next.value),
          unit: unitDef.unit,
          phrase: phrase(text, start, next.end),
        };
        add(record);
        // A restatement of the upper end in brackets joins the range's words.
        previous = { quantity: next, parameter, comparator: 'range', phraseStart: start, record: records.includes(record) ? record : null };
        i = nextAt;
        continue;
      }
    }
    if (q.unit === null || q.dimension === null) continue;

    // "1 273 K (1 000 °C)", "150 lbf (i.e., 667.23 N)": the bracketed value restates the previous one in another
    // unit. It is one threshold, not two: the restatement joins the previous one's words.
    if (previous !== null && PAREN_EQUIVALENT.test(text.slice(previous.quantity.end, q.start))) {
      const at = previous.record ? records.indexOf(previous.record) : -1;
      if (at !== -1) {
        const kept: ThresholdRecord = previous.record!;
        const widened: ThresholdRecord = { ...kept, phrase: phrase(text, previous.phraseStart, closingParen(text, q.end)) };
        records[at] = widened;
        previous = { ...previous, record: widened };
      }
      continue;
    }
    if (EQUIVALENT_AFTER.test(text.slice(q.end, q.end + 20))) continue;

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
    // "an ultimate tensile strength of 1 950 MPa or more, at 293 K (20 °C)" (1C216), "having any of the following at
    // 20 °C" (3A001.e.1.a): a plain value after "at" is the measurement's condition.
    const condition =
      comparator === '=' && (AT_CONDITION.test(text.slice(Math.max(0, q.start - 40), q.start)) || ENVIRONMENT_AFTER.test(text.slice(q.end, q.end + 20)));
    // "greater than or equal to 30 minutes but less than 1 hour" (9A012.a.1.a) is one band, not an upper limit.
    const opened: ThresholdRecord | null = previous?.record ?? null;
    const band = previous === null || opened === null ? null : bandWith(opened, previous.quantity, q, comparator, text);
    if (band !== null && previous !== null && opened !== null) {
      const at = records.indexOf(opened);
      const merged: ThresholdRecord = { ...opened, comparator: 'range', valueMax: band, phrase: phrase(text, previous.phraseStart, end) };
      if (at !== -1) records[at] = merged;
      // A restatement of the upper end in brackets still joins the band's words.
      previous = { quantity: q, parameter: opened.parameter, comparator: 'range', phraseStart: previous.phraseStart, record: at !== -1 ? merged : null };
      continue;
    }
    const record: ThresholdRecord = {
      parameter,
      comparator,
      value: q.value,
      valueMax: null,
      unit: q.unit,
      phrase: phrase(text, start, Math.max(end, afterEnd)),
      ...(condition ? { condition } : {}),
    };
    add(record);
    previous = { quantity: q, parameter, comparator, phraseStart: start, record: records.includes(record) ? record : null };
  }
  return records;
}

// "… equal to or more than 20 % at an operating temperature of 301 K (28 °C)" (3A001.e.4) is a condition too.
// "… when measured in a 1 g environment" (7A002.a.1.a, 7A102.a): the environment of the measurement, not a bound.
const ENVIRONMENT_AFTER = /^\s*(?:environment|field)\b/i;
const AT_CONDITION = /\b(?:measured |when measured |tested )?at(?: an?(?: operating| ambient)?)?(?: temperatures? of)?\s*$/i;

// "… but less than 1 hour" (9A012.a.1.a); "≥1 × 10^5 Rads (Si) (1 × 10^3 Gy(Si)) and <5 × 10^5 Rads (Si)" (9A515.e.1).
const BAND_JOIN = /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*(?:but|and)\s+(?:(?:less|lower|shorter|smaller)(?: \([a-z]+\))? than|<)\s*$/i;

/** A quantity's value in `unit`: as written when it has no unit or the same one, converted on a common scale, else null. */
function inUnitOf(q: Quantity, unit: string): number | null {
  if (q.unit === null || q.unit === unit) return q.value;
  const from = baseOf(q.unit);
  const to = baseOf(unit);
  return from === null || to === null || from.unit !== to.unit ? null : fromBase(toBase(q.value, from), to);
}

/** The upper end (in the lower bound's unit) when `q` closes a band opened by `lower`, else null. */
function bandWith(lower: ThresholdRecord, lowerQ: Quantity, q: Quantity, comparator: Comparator, text: string): number | null {
  if ((lower.comparator !== '>=' && lower.comparator !== '>') || comparator !== '<') return null;
  if (lowerQ.dimension !== q.dimension || q.unit === null || lowerQ.unit === null) return null;
  if (!BAND_JOIN.test(text.slice(lowerQ.end, q.start))) return null;
  if (lowerQ.unit === q.unit) return q.value;
  const from = baseOf(lowerQ.unit);
  const to = baseOf(q.unit);
  if (from === null || to === null || from.unit !== to.unit) return null;
  return fromBase(toBase(q.value, to), from);
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
    if (m[3] !== undefined) value = value * 10 ** Number(m[3].replace(/[−–]/, '-').replace(/[\s^]/g, ''));
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

// ---------------------------------------------------------------------------------------------
// Units on a common scale, so "30 minutes" and "1 hour", "15 240 m" and "15,24 km" can be ranked.
// Only exact conversions; a unit not listed (dB, Mach, ppm …) is compared by its own spelling.
// ---------------------------------------------------------------------------------------------
const BASE: Record<string, { unit: string; factor: number; offset?: number }> = {};
const scale = (unit: string, factors: Record<string, number>) => {
  for (const [name, factor] of Object.entries(factors)) BASE[name] = { unit, factor };
};
// Temperatures: kelvin = degrees Celsius + 273.15 (the lists round it to 273: "398 K (+125 °C)").
BASE['K'] = { unit: 'K', factor: 1 };
BASE['°C'] = { unit: 'K', factor: 1, offset: 273.15 };
scale('m', { km: 1000, m: 1, cm: 0.01, mm: 0.001, 'µm': 1e-6, nm: 1e-9, pm: 1e-12, nmi: 1852, ft: 0.3048, in: 0.0254 });
scale('kg', { t: 1000, kg: 1, g: 0.001, mg: 1e-6, 'µg': 1e-9, lb: 0.45359237 });
scale('s', { year: 31_557_600, h: 3600, min: 60, s: 1, ms: 1e-3, 'µs': 1e-6, ns: 1e-9, ps: 1e-12, fs: 1e-15 });
scale('m/s', { 'km/h': 1 / 3.6, 'm/s': 1, 'mm/s': 0.001, kn: 1852 / 3600, 'km/s': 1000 });
scale('Pa', { GPa: 1e9, MPa: 1e6, kPa: 1e3, hPa: 100, Pa: 1, 'N/mm2': 1e6, 'N/m2': 1, bar: 1e5, mbar: 100, psi: 6894.757293168, atm: 101_325 });
scale('Hz', { THz: 1e12, GHz: 1e9, MHz: 1e6, kHz: 1e3, Hz: 1 });
scale('W', { TW: 1e12, GW: 1e9, MW: 1e6, kW: 1e3, W: 1, mW: 1e-3, 'µW': 1e-6 });
scale('J', { MJ: 1e6, kJ: 1e3, J: 1, mJ: 1e-3, 'µJ': 1e-6, kWh: 3.6e6, Wh: 3600 });
scale('V', { MV: 1e6, kV: 1e3, V: 1, mV: 1e-3, 'µV': 1e-6 });
scale('A', { kA: 1e3, A: 1, mA: 1e-3, 'µA': 1e-6 });
scale('N·s', { 'MN·s': 1e6, 'kN·s': 1e3, 'N·s': 1 });
scale('N·s/kg', { 'kN·s/kg': 1e3, 'N·s/kg': 1 });
scale('m3', { m3: 1, l: 1e-3, ml: 1e-6, cm3: 1e-6 });
scale('m2', { m2: 1, cm2: 1e-4, mm2: 1e-6 });
scale('bit/s', { 'Tbit/s': 1e12, 'Gbit/s': 1e9, 'Mbit/s': 1e6, 'kbit/s': 1e3, 'bit/s': 1 });
scale('Bq', { TBq: 1e12, GBq: 1e9, MBq: 1e6, Bq: 1, Ci: 3.7e10, mCi: 3.7e7 });
scale('rad', { rad: 1, mrad: 1e-3, 'µrad': 1e-6, '°': Math.PI / 180, arcmin: Math.PI / 10_800, arcsec: Math.PI / 648_000 });
scale('Gy', { Gy: 1, 'rad(Si)': 0.01 });
scale('Gy/s', { 'Gy/s': 1, 'rad(Si)/s': 0.01 });
scale('N', { MN: 1e6, kN: 1e3, N: 1, lbf: 4.4482216152605 });

/** The unit's base unit, factor and offset (base = value × factor + offset), or null when it has no exact conversion here. */
export function baseOf(unit: string): { unit: string; factor: number; offset?: number } | null {
  return BASE[unit] ?? null;
}

/** A value in its unit's base unit. */
const toBase = (value: number, base: { factor: number; offset?: number }) => round(value * base.factor + (base.offset ?? 0));
/** A value in the base unit back in a unit of that scale. */
const fromBase = (value: number, base: { factor: number; offset?: number }) => round((value - (base.offset ?? 0)) / base.factor);

// ---------------------------------------------------------------------------------------------
// Placement: which paragraph a number sits in, whether it controls or excludes, and which reason row it
// came from. A number belongs to the paragraph and to the row it came from (see docs/decisions/0010).
// ---------------------------------------------------------------------------------------------
export const ThresholdRole = z.enum(['CONTROL', 'EXCLUSION', 'NOTE']);
export type ThresholdRole = z.infer<typeof ThresholdRole>;
export const ThresholdSource = z.enum(['ITEM_TEXT', 'REASON_ROW']);
export type ThresholdSource = z.infer<typeof ThresholdSource>;

/**
 * The rules that place a number, each with the passage it was written from.
 * CONTROL: the number bounds what the paragraph controls. EXCLUSION: it describes items taken out of the
 * control, or sent to another entry. NOTE: it defines a term or a measurement condition.
 */
export const PLACEMENT_RULES = {
  ITEM_PARAGRAPH: 'a number in a paragraph of the list of items (US "a.1.a." lines; EU labels "a." "1." in order)',
  HEADING: 'a number in the entry heading',
  CLAUSE_EXCEPT: 'a number after "EXCEPT", "except", "other than", "excluding" in the same clause (2B001 NP row: "EXCEPT: (1) turning machines … no greater than 35 mm")',
  NOTE_EXCLUSION: 'a number in a Note saying what the entry "does not control" / "is not controlled" / "does not apply" to (9A120: "9A120 does not control model aircraft")',
  NB_POINTER: 'a number in an N.B., which points to items controlled elsewhere ("N.B. SEE ALSO 9A112")',
  RELATED_CONTROLS: 'a number in the US Related Controls, which name items controlled by other entries',
  TECHNICAL_NOTE: 'a number in a Technical Note: a definition or measurement condition ("ISA conditions … at sea level"), not a bound',
  NOTE_OTHER: 'a number in a Note that neither excludes nor points elsewhere (e.g. "must be evaluated against each applicable entry")',
  REASON_ROW: 'a number in a US License Requirements row ("MT applies to … UAVs … capable of a maximum range of at least 300 kilometers"): it belongs to that row\'s regime',
  REASON_ROW_EXCEPT: 'a number in the EXCEPT part of a US License Requirements row: an exclusion of that row\'s regime',
  LEAD_BOUND:
    'a value stated plainly in a sub-paragraph ("a.1. 0.9 GPa in the solution annealed stage") of a paragraph whose lead names the parameter and the comparison ("Having an ultimate tensile strength, measured at 20 °C, equal to or greater than:", 1C116.a): read with the lead',
  LEAD_AT_LEAST:
    'a value stated plainly ("A total dose of 5 × 10^5 Rads (Si)") in a paragraph whose lead asks for items "meeting or exceeding all the following characteristics" (9A515.d): a lower bound',
  MEASUREMENT_CONDITION:
    'a number after an upper bound\'s "or less for …" / "or better for …": the conditions (or the items) the bound is stated for (9A515.d.5 "1 × 10−^10 errors/part or less for a fluence of 1 × 10^7 protons/cm^2 for proton energy greater than 50 MeV"), not a bound',
} as const;
export type PlacementRule = keyof typeof PLACEMENT_RULES;

export const PlacedThreshold = ThresholdRecord.extend({
  /** The paragraph the number sits in (`2B001.a`), or null for the entry as a whole (heading, entry-wide notes, rows). */
  part: z.string().min(1).nullable(),
  role: ThresholdRole,
  source: ThresholdSource,
  /** For REASON_ROW: the regime of the row's reason (MT -> MTCR); null for item text and for US-only reasons. */
  regime: z.string().nullable(),
  /** For REASON_ROW: the reason and column, "MT Column 1". */
  reason: z.string().nullable(),
  /** The clause the number sits in: the evidence for part and role. */
  clause: z.string().min(1).max(400),
  rule: z.enum(Object.keys(PLACEMENT_RULES) as [PlacementRule, ...PlacementRule[]]),
  /** The value on the unit's base scale (m, kg, s, Pa …) when the unit converts exactly, else null. */
  baseUnit: z.string().nullable(),
  baseValue: z.number().nullable(),
  baseValueMax: z.number().nullable(),
});
export type PlacedThreshold = z.infer<typeof PlacedThreshold>;

export interface PlacementInput {
  code: string;
  title: string;
  text: string;
}
export interface PlacementPart {
  code: string;
  text: string;
}
export interface PlacementReason {
  reason: string;
  column: string | null;
  scope: string;
  regime: string | null;
}
export interface PlaceOptions extends ExtractOptions {
  /** US CCL text: License Requirements, Related Controls and one labelled paragraph a line. Else the flattened EU text. */
  layout: 'US_CCL' | 'FLAT';
}

interface Segment {
  text: string;
  /** Set when the paragraph's lead asks for items "meeting or exceeding" what follows (rule LEAD_AT_LEAST). */
  atLeast?: boolean;
  /** Set when the text starts with the parent paragraph's lead (rule LEAD_BOUND): its length, whose numbers are the parent's. */
  lead?: number;
  part: string | null;
  role: ThresholdRole;
  rule: PlacementRule;
  source: ThresholdSource;
  regime: string | null;
  reason: string | null;
}

/** Every threshold of an entry, each placed in its paragraph with its role, source and evidence. */
export function placeThresholds(entry: PlacementInput, parts: PlacementPart[], reasons: PlacementReason[], options: PlaceOptions): PlacedThreshold[] {
  const decimalComma = options.decimalComma ?? usesDecimalComma(`${entry.title}\n${entry.text}`);
  const segments: Segment[] = [
    ...clauses({ text: entry.title, part: null, role: 'CONTROL', rule: 'HEADING', source: 'ITEM_TEXT', regime: null, reason: null }, entry.code, parts),
    ...(options.layout === 'US_CCL' ? usSegments(entry, parts) : flatSegments(entry)),
    ...reasons.flatMap((r) => reasonSegments(r, entry.code, parts)),
  ];
  const out: PlacedThreshold[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    for (const read of extractThresholds(segment.text, { decimalComma })) {
      // A number of the lead itself ("measured at 20 °C") is the parent paragraph's, read there.
      if (segment.lead !== undefined && segment.text.indexOf(read.phrase) + read.phrase.length <= segment.lead) continue;
      // A measurement condition, or a travel length saying which machines a bound is for, bounds nothing.
      const condition = segment.role === 'CONTROL' && (read.condition === true || read.parameter === 'travel length');
      const lead = !condition && segment.atLeast === true && read.comparator === '=' && segment.role === 'CONTROL';
      const { condition: _, ...plain } = read;
      const t: ThresholdRecord = lead ? { ...plain, comparator: '>=' } : plain;
      const key = [segment.part, segment.role, segment.source, segment.regime, t.parameter, t.comparator, t.value, t.valueMax, t.unit].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const base = baseOf(t.unit);
      out.push({
        ...t,
        part: segment.part,
        role: condition ? 'NOTE' : segment.role,
        source: segment.source,
        regime: segment.regime,
        reason: segment.reason,
        clause: evidence(segment.text, t.phrase),
        rule: condition ? 'MEASUREMENT_CONDITION' : lead ? 'LEAD_AT_LEAST' : segment.rule,
        baseUnit: base?.unit ?? null,
        baseValue: base === null ? null : toBase(t.value, base),
        baseValueMax: base === null || t.valueMax === null ? null : toBase(t.valueMax, base),
      });
    }
  }
  return out;
}

function evidence(text: string, phrase: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 400) return clean;
  const at = clean.indexOf(phrase);
  const from = Math.max(0, Math.min(at === -1 ? 0 : at - 150, clean.length - 400));
  return clean.slice(from, from + 400);
}

// "EXCEPT: …" runs to the end of the text; "except", "other than", "excluding" to the end of their clause.
const EXCEPT_TO_END = /\bEXCEPT\b:?/;
const EXCEPT_IN_CLAUSE = /\b(?:except(?:ing)?|other than|excluding|not including)\b/gi;
// A pointer ("other than those specified in 9A006, specially designed for …") ends at the comma after its code.
// So does one to another list: EU 1C111.a.1 "aluminium powder other than that specified in the Military Goods Controls,
// in particle size of less than 200 μm …" — the sizes are the control's.
const CLAUSE_END = /;|\.(?:\s|$)|(?<=\b\d[A-E]\d{3}[a-z0-9.]*),|(?<=\b(?:Military Goods Controls|Munitions List|USML|ITAR)[”"’']?),/g;

/** Splits one control text at its exclusion cues; the pieces after a cue are EXCLUSION with rule CLAUSE_EXCEPT. */
function clauses(segment: Segment, code: string, parts: PlacementPart[], exceptRule: PlacementRule = 'CLAUSE_EXCEPT'): Segment[] {
  if (segment.role !== 'CONTROL' || segment.text.trim() === '') return segment.text.trim() === '' ? [] : [segment];
  const out: Segment[] = [];
  let rest = segment.text;
  const upper = EXCEPT_TO_END.exec(rest);
  let tail: string | null = null;
  if (upper !== null) {
    tail = rest.slice(upper.index);
    rest = rest.slice(0, upper.index);
  }
  let from = 0;
  EXCEPT_IN_CLAUSE.lastIndex = 0;
  for (let m = EXCEPT_IN_CLAUSE.exec(rest); m !== null; m = EXCEPT_IN_CLAUSE.exec(rest)) {
    CLAUSE_END.lastIndex = m.index;
    const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
    out.push({ ...segment, text: rest.slice(from, m.index) });
    out.push({ ...segment, text: rest.slice(m.index, end), role: 'EXCLUSION', rule: exceptRule, part: namedPart(rest.slice(m.index, end), code, parts) ?? segment.part });
    from = end;
    EXCEPT_IN_CLAUSE.lastIndex = end;
  }
  out.push({ ...segment, text: rest.slice(from) });
  if (tail !== null) {
    // "EXCEPT: (1) turning machines under 2B001.a …; (2) …": each numbered exclusion names its own paragraph.
    for (const item of tail.split(/;\s*(?:or\s+|and\s+)?(?=\(\d+\))/)) {
      out.push({ ...segment, text: item, role: 'EXCLUSION', rule: exceptRule, part: namedPart(item, code, parts) ?? segment.part });
    }
  }
  return out.flatMap(withConditions).filter((s) => s.text.trim() !== '');
}

// "… 1 × 10−^10 errors/part or less for a fluence of 1 × 10^7 protons/cm^2 for proton energy greater than 50 MeV."
// Only after an upper bound ("or less", "or better"): "Mach 1 or greater for more than 30 minutes" (9E003.k) is one
// capability in two numbers, not a bound and its condition.
const CONDITION_CUE = /\bor (?:less|lower|better)\b(?:\s*\([a-z]+\))?,?\s+(?=for\b)/gi;
const CONDITION_END = /;|\.(?:\s|$)/g;

/** Splits off the measurement conditions that follow a bound's "or less for …" (rule MEASUREMENT_CONDITION). */
function withConditions(segment: Segment): Segment[] {
  if (segment.role !== 'CONTROL') return [segment];
  const out: Segment[] = [];
  let from = 0;
  CONDITION_CUE.lastIndex = 0;
  for (let m = CONDITION_CUE.exec(segment.text); m !== null; m = CONDITION_CUE.exec(segment.text)) {
    const start = m.index + m[0].length;
    CONDITION_END.lastIndex = start;
    const end = CONDITION_END.exec(segment.text)?.index ?? segment.text.length;
    out.push({ ...segment, text: segment.text.slice(from, start) });
    out.push({ ...segment, text: segment.text.slice(start, end), role: 'NOTE', rule: 'MEASUREMENT_CONDITION' });
    from = end;
    CONDITION_CUE.lastIndex = end;
  }
  out.push({ ...segment, text: segment.text.slice(from) });
  return out;
}

/** The deepest paragraph of this entry that a text names ("under 2B001.a", "For the purposes of 9A012.a"). */
function namedPart(text: string, code: string, parts: PlacementPart[]): string | null {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\b${escaped}((?:\\.[a-z0-9]{1,2})+)`, 'i').exec(text);
  if (m === null) return null;
  const labels = m[1]!.split('.').filter((l) => l !== '');
  const known = new Set(parts.map((p) => p.code));
  for (let n = labels.length; n > 0; n--) {
    const candidate = `${code}.${labels.slice(0, n).join('.')}`;
    if (known.has(candidate) || parts.length === 0) return candidate;
  }
  return null;
}

// ---- US CCL layout ----------------------------------------------------------------------------

const US_SECTION = /^(License Requirements|Reason for Control:|List Based License Exceptions|Special Conditions for STA|List of Items Controlled|Related Controls:|Related Definitions:|Technical Notes?\b|Notes?\b|N\.\s?B\.|Items:)/;
const US_LABEL = /^((?:[a-z]{1,2}|\d{1,2})(?:\.(?:[a-z]{1,2}|\d{1,2}))*)\.?\s+(?=\S)/;
const NOTE_HEAD = /^(?:(Technical)\s+)?(Notes?|N\.\s?B\.)\s*\d*\s*(?:to [^:]{1,40})?:?/i;
const EXCLUDING_NOTE = /\b(?:does|do) not (?:control|apply)|\b(?:is|are) not controlled|\bnot (?:subject to|covered by) this entry|\bdecontrol/i;

const normalise = (s: string) => s.replace(/[“”"'‘’]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

interface Block {
  kind: 'ITEM' | 'NOTE' | 'TECHNICAL' | 'NB' | 'RELATED';
  part: string | null;
  lines: string[];
}

function usSegments(entry: PlacementInput, parts: PlacementPart[]): Segment[] {
  const partText = new Map(parts.map((p) => [p.code, normalise(p.text)]));
  const blocks: Block[] = [];
  let section: 'REQUIREMENTS' | 'EXCEPTIONS' | 'RELATED' | 'ITEMS' | 'PREAMBLE' = 'PREAMBLE';
  let current: Block | null = null;
  const open = (block: Block) => {
    current = block;
    blocks.push(block);
  };
  for (const raw of entry.text.split('\n')) {
    let line = raw.trim();
    if (line === '') continue;
    const head = US_SECTION.exec(line)?.[1];
    // Some entries' text opens with "Reason for Control:" and no "License Requirements" line (3A001): the rows still
    // are reason rows, never item text.
    if (head === 'License Requirements' || head === 'Reason for Control:') section = 'REQUIREMENTS';
    else if (head === 'List Based License Exceptions' || head === 'Special Conditions for STA') section = 'EXCEPTIONS';
    else if (head === 'List of Items Controlled') section = 'RELATED';
    else if (head === 'Related Controls:' || head === 'Related Definitions:') {
      section = 'RELATED';
      open({ kind: 'RELATED', part: null, lines: [line] });
      continue;
    } else if (head === 'Items:') {
      section = 'ITEMS';
      current = null;
      line = line.slice('Items:'.length).trim();
      if (line === '') continue;
    }
    // The License Requirements rows come in as reason rows; License Exceptions carry values, not thresholds.
    if (section === 'REQUIREMENTS' || section === 'EXCEPTIONS') continue;
    if (section === 'RELATED') {
      if (current !== null) (current as Block).lines.push(line);
      continue;
    }
    section = 'ITEMS';
    const note = NOTE_HEAD.exec(line);
    if (note !== null && note[0].length > 0 && /^(?:Technical\s+)?(?:Notes?|N\.\s?B\.)/i.test(line)) {
      const kind = note[1] !== undefined ? 'TECHNICAL' : /^N\.\s?B/i.test(note[2]!) ? 'NB' : 'NOTE';
      open({ kind, part: null, lines: [line.slice(note[0].length).trim()] });
      continue;
    }
    const label = US_LABEL.exec(line);
    if (label !== null) {
      const code = `${entry.code}.${label[1]}`;
      const own = partText.get(code);
      const rest = normalise(line.slice(label[0].length));
      if (own !== undefined && (own.startsWith(rest.slice(0, 30)) || rest.startsWith(own.slice(0, 30)))) {
        open({ kind: 'ITEM', part: code, lines: [line.slice(label[0].length)] });
        continue;
      }
    }
    if (current === null) open({ kind: 'ITEM', part: null, lines: [line] });
    else (current as Block).lines.push(line);
  }
  // 9A515.d: "… rated, certified, or otherwise specified or described as meeting or exceeding all the following characteristics …"
  const leads = parts.filter((p) => LEAD_AT_LEAST.test(p.text)).map((p) => p.code);
  // 1C116.a: "Having an ultimate tensile strength, measured at 20 °C, equal to or greater than: a.1. 0.9 GPa …; or a.2. 1.5 GPa …"
  const bounds = new Map(parts.flatMap((p) => {
    const lead = LEAD_BOUND.exec(p.text.split('\n')[0] ?? '');
    return lead ? [[p.code, lead[1] as string] as const] : [];
  }));
  return blocks.flatMap((block) => {
    const atLeast = block.kind === 'ITEM' && block.part !== null && leads.some((lead) => block.part!.startsWith(`${lead}.`));
    const parent = block.part?.slice(0, block.part.lastIndexOf('.'));
    const bound = block.kind === 'ITEM' && parent !== undefined ? bounds.get(parent) : undefined;
    if (bound !== undefined) {
      const text = block.lines.join('\n');
      return [{ text: `${bound} ${text}`, lead: bound.length + 1, part: block.part, role: 'CONTROL' as const, rule: 'LEAD_BOUND' as const, source: 'ITEM_TEXT' as const, regime: null, reason: null }];
    }
    return blockSegments(block, entry.code, parts).map((s) => (atLeast ? { ...s, atLeast } : s));
  });
}
const LEAD_AT_LEAST = /\bmeeting or exceeding all (?:of )?the following\b/i;
/** A paragraph that names the parameter and the comparison its sub-paragraphs' bare values take ("… tensile strength … equal to or greater than:"). */
const LEAD_BOUND = /((?:\b(?:having|with)\s+)?[^:;]{3,120}?\s+(?:equal to or (?:greater|more|less) than|greater than|more than|less than|exceeding|not exceeding|not (?:less|more) than|of at least))\s*:\s*$/i;

function blockSegments(block: Block, code: string, parts: PlacementPart[]): Segment[] {
  const text = block.lines.join('\n');
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  if (block.kind === 'ITEM') return clauses({ ...base, text, part: block.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' }, code, parts);
  const part = namedPart(text, code, parts);
  if (block.kind === 'RELATED') return [{ ...base, text, part: null, role: 'EXCLUSION', rule: 'RELATED_CONTROLS' }];
  if (block.kind === 'NB') return [{ ...base, text, part, role: 'EXCLUSION', rule: 'NB_POINTER' }];
  if (block.kind === 'TECHNICAL') return [{ ...base, text, part, role: 'NOTE', rule: 'TECHNICAL_NOTE' }];
  return EXCLUDING_NOTE.test(text)
    ? [{ ...base, text, part, role: 'EXCLUSION', rule: 'NOTE_EXCLUSION' }]
    : [{ ...base, text, part, role: 'NOTE', rule: 'NOTE_OTHER' }];
}

// ---- flattened layout (EU Annex I) --------------------------------------------------------------

const FLAT_MARKER = /(?:^|(?<=[\s.;:]))(?:(Technical)\s+)?(Notes?|N\.\s?B\.)\s*\d*\s*\.?\s*:?\s*/g;
// A paragraph label: "a. " or "1. " at the start, after "; ", ": ", ". " or after "and"/"or".
const FLAT_LABEL = /(?:^|(?<=[;:.]\s{1,3})|(?<=\b(?:and|or)\s{1,3}))([a-z]|\d{1,2})\.\s+(?=\S)/g;

interface Level {
  letter: boolean;
  label: string;
}
const isLetter = (label: string) => /^[a-z]$/.test(label);
const successor = (a: string, b: string) =>
  isLetter(a) && isLetter(b) ? b.charCodeAt(0) === a.charCodeAt(0) + 1 : !isLetter(a) && !isLetter(b) && Number(b) === Number(a) + 1;
const first = (label: string) => label === 'a' || label === '1';

/** Where `label` goes in a stack of levels: the depth it takes, or null when it continues no level. */
function place(stack: Level[], label: string): number | null {
  for (let d = stack.length - 1; d >= 0; d--) if (successor(stack[d]!.label, label)) return d;
  if (first(label) && (stack.length === 0 || stack[stack.length - 1]!.letter !== isLetter(label))) return stack.length;
  return null;
}

/**
 * The flattened EU text: labels "a." "1." "a." give the paragraph path in order; a Note or Technical Note runs
 * over its own list when its first sentence introduces one (ends with ':'), else to its first full stop; an
 * N.B. runs to its first full stop. The EU source gives no part records, so `part` is the path read from the labels.
 */
function flatSegments(entry: PlacementInput): Segment[] {
  const text = entry.text;
  const out: Segment[] = [];
  const items: Level[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const pathOf = (stack: Level[]) => (stack.length === 0 ? null : `${entry.code}.${stack.map((l) => l.label).join('.')}`);
  const labels = [...text.matchAll(FLAT_LABEL)].map((m) => ({ at: m.index, end: m.index + m[0].length, label: m[1]! }));
  const markers = [...text.matchAll(FLAT_MARKER)].filter((m) => m[0].trim() !== '').map((m) => ({ at: m.index, end: m.index + m[0].length, technical: m[1] !== undefined, nb: /^N\./.test(m[2]!) }));

  let at = 0;
  let li = 0;
  const flushItem = (upTo: number) => {
    while (at < upTo) {
      while (li < labels.length && labels[li]!.at < at) li++;
      const next = labels[li];
      const end = next !== undefined && next.at < upTo ? next.at : upTo;
      if (end > at) out.push({ ...base, text: text.slice(at, end), part: pathOf(items), role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
      if (next === undefined || next.at >= upTo) {
        at = upTo;
        break;
      }
      const depth = place(items, next.label);
      if (depth !== null) {
        items.length = depth;
        items.push({ letter: isLetter(next.label), label: next.label });
      }
      at = next.end;
      li++;
    }
  };
  for (let mi = 0; mi < markers.length; mi++) {
    const marker = markers[mi]!;
    if (marker.at < at) continue;
    flushItem(marker.at);
    const limit = markers[mi + 1]?.at ?? text.length;
    const end = noteEnd(text, marker.end, limit, labels, marker.nb);
    const body = text.slice(marker.end, end);
    const kind: Block['kind'] = marker.nb ? 'NB' : marker.technical ? 'TECHNICAL' : 'NOTE';
    out.push(...blockSegments({ kind, part: null, lines: [body] }, entry.code, []).map((s) => ({ ...s, part: s.part })));
    at = end;
  }
  flushItem(text.length);
  // EU 1C116.a: "Having an ultimate tensile strength, measured at 293 K (20 °C), equal to or greater than: 1. 0,9 GPa …"
  const ownText = new Map<string, string>();
  for (const s of out) if (s.rule === 'ITEM_PARAGRAPH' && s.part !== null && !ownText.has(s.part)) ownText.set(s.part, s.text.trim());
  return out.flatMap((s) => {
    if (s.rule !== 'ITEM_PARAGRAPH') return [s];
    const parent = s.part !== null && s.part.split('.').length > 2 ? s.part.slice(0, s.part.lastIndexOf('.')) : null;
    const bound = parent === null ? null : LEAD_BOUND.exec(ownText.get(parent) ?? '')?.[1];
    if (bound) return [{ ...s, text: `${bound} ${s.text.trim()}`, lead: bound.length + 1, rule: 'LEAD_BOUND' as const }];
    return clauses(s, entry.code, []);
  });
}

function noteEnd(text: string, from: number, limit: number, labels: { at: number; end: number; label: string }[], nb: boolean): number {
  const sentence = /\.(?=\s+(?:[A-Z"“]|[a-z0-9]{1,2}\.\s)|\s*$)/g;
  sentence.lastIndex = from;
  const stop = sentence.exec(text);
  const sentenceEnd = stop === null || stop.index >= limit ? limit : stop.index + 1;
  const own = labels.filter((l) => l.at >= from && l.at < limit);
  if (nb || own.length === 0 || own[0]!.at > sentenceEnd) return sentenceEnd;
  // The note introduces a list: it runs while the labels continue the note's own levels.
  const stack: Level[] = [];
  for (const l of own) {
    const depth = place(stack, l.label);
    if (depth === null) return l.at;
    stack.length = depth;
    stack.push({ letter: isLetter(l.label), label: l.label });
  }
  return limit;
}

// ---- reason rows (US License Requirements) -------------------------------------------------------

/**
 * A reason row, sentence by sentence: a sentence that names exactly one paragraph of the entry places its numbers
 * there (9A515: "MT also applies to 9A515.h when the total impulse capacity is equal to or greater than 8.41 × 10^5
 * newton seconds"); otherwise they belong to the row as a whole.
 */
function reasonSegments(row: PlacementReason, code: string, parts: PlacementPart[]): Segment[] {
  return row.scope
    .split(/(?<=\.)\s+(?=[A-Z])/)
    // "MT applies to 3A001.a.1.a when usable in “missiles”; and to 3A001.a.5.a when … rated for operation in the
    // temperature range from below −54 °C to above +125 °C; and 3A001.z.2": each "; and (to) …" clause names its own
    // paragraph.
    .flatMap((sentence) => (EXCEPT_TO_END.test(sentence) ? [sentence] : sentence.split(/;\s+(?:and\s+|or\s+)?(?=(?:to\s+)?\d[A-E]\d{3})/)))
    .flatMap((sentence) => reasonSentence(row, sentence, code, parts));
}

function reasonSentence(row: PlacementReason, sentence: string, code: string, parts: PlacementPart[]): Segment[] {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Before any EXCEPT, one code of a paragraph and no shorthand list after it ("2B001.a, .b, .c and .d" names four).
  const scope = sentence.slice(0, EXCEPT_TO_END.exec(sentence)?.index ?? sentence.length);
  const mentions = [...scope.matchAll(new RegExp(`\\b${escaped}(?:\\.[a-z0-9]{1,2})+(?!\\s*(?:,|\\band\\b|\\bor\\b|through|to)\\s*\\.[a-z0-9])`, 'g'))];
  const listed = new RegExp(`\\b${escaped}(?:\\.[a-z0-9]{1,2})+\\s*(?:,|\\band\\b|\\bor\\b|through|to)\\s*\\.[a-z0-9]`).test(scope);
  const part = mentions.length === 1 && !listed ? namedPart(mentions[0]![0], code, parts) : null;
  const segment: Segment = {
    text: sentence,
    part,
    role: 'CONTROL',
    rule: 'REASON_ROW',
    source: 'REASON_ROW',
    regime: row.regime,
    reason: row.column ?? row.reason,
  };
  return clauses(segment, code, parts, 'REASON_ROW_EXCEPT');
}
