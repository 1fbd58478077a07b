// Parameters: words near the number, each usable only with units of matching dimensions.
// Nearest compatible keyword before the number wins; a keyword right after the unit
// ("a 500 kg payload") wins over both.
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
  // 1C210.c "… “tapes” with a width no greater than 15 mm"; not the "Full-Width Half-Maximum" of a spot size (3B001.f.3.b.1).
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

const CLAUSE_BREAK = /[;:]|\.\s|\n/g;
const LOOKBACK = 120;

function fits(def: ParameterDef, dimension: string, unit: string): boolean {
  return def.dimensions.includes(dimension) && (def.units === undefined || def.units.includes(unit));
}

/** The parameter a number measures: a keyword right after it, else the nearest compatible one before it in the clause. */
export function findParameter(text: string, start: number, end: number, dimension: string, unit: string): { parameter: string; phraseStart: number; afterEnd: number } {
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
