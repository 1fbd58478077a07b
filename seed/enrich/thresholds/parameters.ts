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
  // 2B231.b "Pumping speed equal to or greater than 15 m3/s"
  p('pumping speed', 'pumping speed', ['flow rate']),
  // 6A006.a "a 'sensitivity' lower (better) than 20 pT (rms) per square root Hz"
  // 6A001.a.2.a.4 "A 'hydrophone sensitivity' better than −180dB at any depth …" (its Technical Note 3: "−160 dB is better
  // than −180 dB"): before the magnetometers' sensitivity, which is a noise.
  p('hydrophone sensitivity', 'hydrophone sensitivity', ['level']),
  // 5A001.b.2.b "… with an output harmonic and distortion content of better than −80 dB": less is better.
  p('(?:harmonic and )?distortion content', 'distortion content', ['level']),
  // 2B006.d "Equipment for measuring surface roughness … by measuring optical scatter with a sensitivity of 0.5 nm or less"
  p('sensitivity', 'sensitivity', ['magnetic field noise', 'length']),
  // 7A003.a.1 "0.8 nautical miles per hour (nm/hr) “Circular Error Probable” (“CEP”) rate"; a.3 "Total drift of 1 nautical mile “CEP”"
  p('CEP rate|drift rate', 'drift rate', ['drift rate']),
  // EU 0B001.c.6 "Voltage regulation of better than 0,01 %"
  p('(?:voltage |current )?regulation', 'regulation', ['percentage']),
  // 1C236 "a total activity of 37 GBq/kg"
  p('(?:total |specific )?activity', 'activity', ['activity', 'specific activity']),
  p('ultimate tensile strength|tensile strength|tensile stress|proof test', 'tensile strength', ['pressure']),
  p('compressive strength', 'compressive strength', ['pressure']),
  // EU/US 1C007.c Note "… more than 1% creep strain at 100 MPa load": the load of the creep test (after the unit)
  p('loads?', 'load', ['pressure', 'force']),
  // 2A001.c.1 "Materials with flux densities of 2.0 T or greater and yield strengths greater than 414 MPa"
  p('yield strengths?', 'yield strength', ['pressure']),
  p('total impulse', 'total impulse', ['impulse']),
  p('specific impulse', 'specific impulse', ['specific impulse', 'time']),
  p('thrust', 'thrust', ['force']),
  p('payload', 'payload', ['mass']),
  p('(?:wavelength|spectral|spectrum) range', 'wavelength', LEN),
  p('frequency range', 'frequency', ['frequency']),
  p('range', 'range', LEN, ['km', 'm', 'nmi', 'ft']),
  p('altitudes?|ceiling', 'altitude', LEN),
  p('wavelengths?', 'wavelength', LEN),
  // 2B201.a "for machines capable of machining diameters greater than 35 mm"
  p('diameters?', 'diameter', LEN),
  // 2B352.i.1 "capable of delivering, from a liquid suspension, an initial droplet “VMD” of less than 50 microns"
  p('VMD|droplets?(?: size)?', 'droplet size', LEN),
  // 3B991.b.1.k.1 "backside processing of wafers thinner than 100 micrometer"
  p('thickness|thinner|thicker', 'thickness', LEN),
  // 3B991.b.1.k.2 "a surface roughness of the active surface of a processed wafer with a two-sigma value of 2 micrometer or less"
  p('surface roughness|roughness', 'surface roughness', LEN),
  // 3B991.b.1.j.5 "Target-to-beam position feedback control precision of 1 micrometer or finer", b.2.f.2 "Alignment with a
  // precision finer than ±0.25 micrometer (3 sigma)"
  // (not 1C999.a "precision ball bearings (3mm or greater)", an adjective)
  p('precision(?! ball)', 'precision', LEN),
  // 6A001.a.2.a.2 "… a diameter or length less than 20 mm and with a separation between elements of less than 20 mm"
  p('separation between [a-z]+', 'separation', LEN),
  // EU 0B001.d.1 "Separation nozzles consisting of slit-shaped, curved channels having a radius of curvature less than 1 mm"
  p('radius of curvature', 'radius of curvature', LEN),
  // 8A001.a "… designed to operate at depths exceeding 1,000 m"
  p('depths?', 'depth', LEN),
  // EU 9A008.b "… exceeding 0,61 m in diameter or having 'structural efficiency ratios (PV/W)' exceeding 25 km"
  p('structural efficiency ratios?|PV/W', 'structural efficiency ratio', LEN),
  // 3B001.d.17.a "… less than 24 nm pitch"
  p('pitch', 'pitch', LEN),
  // 2B001.b.4.b "'Angular deviation' (yaw, pitch and roll) less (better) than 2 seconds of arc"
  p('angular deviation', 'angular deviation', ['angle']),
  // 3E004 "… to achieve a 'Site Front least sQuares Range' ('SFQR') less than or equal to 20 nm": a flatness, not the
  // wafer's diameter named before it.
  p('SFQR|flatness', 'flatness', LEN),
  // 3E004 "… 'SFQR' less than or equal to 20 nm at any site of 26 mm x 8 mm": the site's size, where flatness is measured.
  p('site', 'site size', LEN),
  p('edge exclusion', 'edge exclusion', LEN),
  // 2B350.g.1.a "A nominal size greater than 1.0 cm ( 3/8 in.)" (EU "A 'nominal size' greater than DN 10 or NPS 3/8")
  p('nominal size', 'nominal size', LEN),
  // 6E? "Surface figure exceeding λ/10 (rms) at the designed wavelength"
  p('surface figure', 'surface figure', LEN),
  // 2B003.b "A face width of 15% of pitch diameter or larger"
  p('face width', 'face width', ['percentage', 'length']),
  // 1C210.c "… “tapes” with a width no greater than 15 mm"; not the "Full-Width Half-Maximum" of a spot size (3B001.f.3.b.1).
  p('(?<!Full-)widths?', 'width', LEN),
  // 2B001.a.1 "“Unidirectional positioning repeatability” equal to or less (better) than 0.9 µm along one or more linear
  // axis with a travel length less than 1.0 m": the repeatability is the bound, the travel length says which machines.
  p('(?:unidirectional )?positioning repeatability|repeatability', 'positioning repeatability', LEN),
  // 3B991.b.2.f.3 "Machine-to-machine overlay no better than ±0.3 micrometer"
  p('overlay', 'overlay', LEN),
  p('travel length|of travel', 'travel length', LEN),
  // 2B201.a "positioning accuracies according to ISO 230/2 (2006) with all compensations available better (less) than 4.5 µm"
  p('positioning accurac(?:y|ies)', 'positioning accuracy', ['length', 'angle']),
  // EU 7A103.d.2 "… accuracy better (less) than 0,5 degrees rms at latitude of ± 80 degrees": where it is measured.
  p('latitudes?', 'latitude', ['angle']),
  // 2B230.c.2 "an “accuracy” of better than ±130 Pa when measuring at 13 kPa": the accuracy, in the unit measured.
  p('CEP|circular error probable|accurac(?:y|ies)|positioning error|error', 'accuracy', ['length', 'angle', 'percentage', 'angular rate', 'acceleration', 'pressure', 'ratio']),
  // 6A108.b.2.c "Velocity resolution better than 3 m/s"
  p('resolution', 'resolution', ['length', 'angle', 'percentage', 'time', 'frequency', 'speed', 'ratio']),
  p('bias(?: stability| repeatability)?|drift rate|drift', 'bias stability', ['angular rate', 'acceleration', 'mass']),
  p('(?:coefficient of )?(?:linear )?thermal expansion|CTE', 'thermal expansion coefficient', ['thermal expansion coefficient']),
  p('angular rates?|rotation rate', 'angular rate', ['angular rate']),
  p('accelerations?', 'acceleration', ['acceleration', 'mass']),
  p('endurance', 'endurance', ['time']),
  p('pulse (?:duration|width|length)', 'pulse duration', ['time']),
  p('rise time', 'rise time', ['time']),
  p('temperatures?|melting point|softening point|sublimation point', 'temperature', ['temperature']),
  // 2B231 "Capable of producing an ultimate vacuum better than 13.3 mPa"
  p('ultimate vacuum', 'ultimate vacuum', ['pressure']),
  // EU 0B001.c.5 "a leakage pressure rate of less than 10 Pa per hour"; c.4 "buffer gas in-leakage rate of less than 1 000 cm3/min"
  p('leakage pressure rate|in-leakage rate|leak(?:age)? rate', 'leak rate', ['flow rate', 'pressure rate']),
  p('pressures?|vacuum', 'pressure', ['pressure']),
  p('bandwidth', 'bandwidth', ['frequency']),
  // 3A901.b.3 "A noise figure less (better) than 0.015 dB": a figure in dB, not a level.
  p('noise figure', 'noise figure', ['level']),
  // 3A225.c "Frequency control better (less) than 0.2%"
  p('frequency control', 'frequency control', ['percentage']),
  p('frequenc(?:y|ies)', 'frequency', ['frequency']),
  // EU 9E003.e.3 "Power density of more than 700 kW/m3 of 'box volume'"
  p('power density', 'power density', ['power density', 'volumetric power density']),
  p('(?:peak|average|output|input|rated|continuous|mean) power|power', 'power', ['power', 'power level', 'apparent power']),
  p('output energy|pulse energy|energy', 'energy', ['energy']),
  p('voltage', 'voltage', ['voltage']),
  p('current', 'current', ['current']),
  p('capacitance', 'capacitance', ['capacitance']),
  p('inductance', 'inductance', ['inductance']),
  p('magnetic field|flux density', 'magnetic field', ['magnetic field']),
  // 2B352.c "having a flow rate greater than 100 liters per hour"; EU 9E003.f.2.b "Mass flow in the range from 30 to 130 kg per minute" (before
  // 'mass', which would take the word)
  p('flow rates?|mass flow', 'flow rate', ['flow rate', 'mass flow rate']),
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
  p('data rates?|transfer rates?|bit rates?', 'data rate', ['data rate']),
  p('key length', 'key length', ['data size']),
  // 3A226.b "Current or voltage stability better than 0.1% over a time period of 8 hours"
  p('stability', 'stability', ['percentage', 'ratio']),
  // 3B001.a.1 "… a thickness uniform to less than ±2.5% across a distance of 75 mm or more": the uniformity is the 2.5 %,
  // the 75 mm the distance it holds over.
  p('distance', 'distance', LEN),
  // 3A201.b.4 "Magnetic field uniform to better than 1% over the central 50% of the inner volume"
  p('uniform(?:ity)?', 'uniformity', ['percentage', 'length']),
  // 2B351.a "'minimum detection limit' of 0.3 mg/m^3"
  p('detection limit', 'detection limit', ['concentration']),
  // 2B352.f.1 "A water evaporation capacity of ≥0.4 kg/h and ≤400 kg/h"; EU 0B001.c.3 "a suction volume capacity of 1 m3/min"
  p('capacity|volume', 'capacity', ['volume', 'flow rate', 'mass flow rate']),
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
// "20 mm in thickness (depth)" (6A004.b.2), "1 m in diameter" (6A004.c.3): the parameter may follow after "in".
const AFTER_PARAMETER = new RegExp(`^\\s*(?:in\\s+)?[“"']?((?:${PARAMETERS.map((def) => def.words).join('|')}))\\b`, 'i');

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
  // 6A004.a.4 "(λ is equal to 633 nm)": the wavelength the fractions of λ are of.
  if (dimension === 'length' && /λ\s*(?:is equal to|is|=)\s*$/.test(text.slice(Math.max(0, start - 20), start))) return { parameter: 'wavelength', phraseStart: start, afterEnd: end };
  const windowStart = clauseStart(text, start);
  const window = text.slice(windowStart, start);
  let best: { def: ParameterDef; at: number } | null = null;
  PARAMETER_WORDS.lastIndex = 0;
  for (let m = PARAMETER_WORDS.exec(window); m !== null; m = PARAMETER_WORDS.exec(window)) {
    const def = parameterFor(m[0]);
    if (def !== undefined && fits(def, dimension, unit)) best = { def, at: windowStart + m.index };
  }
  if (best !== null) return { parameter: best.def.parameter, phraseStart: best.at, afterEnd: end };
  // A list's lead names what its items bound: 2B991.c.2 "Positioning accuracies according to ISO 230/2 (2006), with all
  // compensations available:" then "c.2.a. Better than 15 µm along any linear axis …".
  if (windowStart > 0 && text[windowStart - 1] === ':') {
    const leadStart = clauseStart(text, windowStart - 1);
    const lead = text.slice(leadStart, windowStart - 1);
    let named: ParameterDef | null = null;
    PARAMETER_WORDS.lastIndex = 0;
    for (let m = PARAMETER_WORDS.exec(lead); m !== null; m = PARAMETER_WORDS.exec(lead)) {
      const def = parameterFor(m[0]);
      if (def !== undefined && fits(def, dimension, unit)) named = def;
    }
    if (named !== null) return { parameter: named.parameter, phraseStart: start, afterEnd: end };
  }
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
