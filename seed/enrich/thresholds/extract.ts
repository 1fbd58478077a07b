// Pulls numeric thresholds ("range of at least 300 km", "exceeding 2 050 MPa") out of a text, keeping the words
// each one came from: comparators, ranges and bands, restatements in another unit, measurement conditions.
import { AFTER_BETTER, AFTER_LESS, AFTER_MORE, BEFORE, BETTER, betterComparator, orBetterComparator } from './comparators.js';
import { usesDecimalComma } from './numbers.js';
import { findParameter } from './parameters.js';
import { findQuantities, type Quantity } from './quantities.js';
import type { Comparator, ExtractOptions, ThresholdRecord } from './record.js';
import { baseOf, fromBase, toBase } from './scales.js';

// "Temperature range of at least −50 °C to + 125 °C" (9B106.b.2.b): a sign may stand apart from its number.
// 2A984 "an angular resolution of 0.1 milliradian up to and including 1 milliradian": both ends in the band.
const RANGE_JOIN = /^\s*(?:to|and|-|–|through|up to and including)\s*\+?\s*$/i;
const RANGE_OPEN = /(?:^|[^a-z])(?:from|between|in the range(?: of)?|range of|within)\s*$/i;
// "(1 000 °C)", "(i.e., 667.23 N)", "(approximately 25 knots)": the same value in another unit.
// EU 2B206.c.2 "over a temperature range of ± 1 K (± 1 °C)": a tolerance restated too.
// 1C210 "a temperature of (296 ±2) K ((23 ±2) °C)": a bracketed nominal value with its tolerance restated in brackets.
const PAREN_EQUIVALENT = /^\s*\(\s*(?:\(\s*)?(?:i\.e\.,?\s*|[a-z ]{0,14})(?:±\s*)?$/i;
// "1 × 10^14 n/cm^2 (1 MeV equivalent)": a measurement condition, not a value of its own.
const EQUIVALENT_AFTER = /^\s*equivalent\b/i;

/** Every numeric threshold in a text, deduplicated, with the words it came from. */
export function extractThresholds(text: string, options: ExtractOptions = {}): ThresholdRecord[] {
  const decimalComma = options.decimalComma ?? usesDecimalComma(text);
  const quantities = findQuantities(text, decimalComma);
  const records: ThresholdRecord[] = [];
  const seen = new Set<string>();
  const add = (record: ThresholdRecord) => {
    const key = `${record.parameter}|${record.comparator}|${record.value}|${record.valueMax}|${record.unit}|${record.condition === true}`;
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

    // "0.5 to 5 MPa (5 to 50 atmospheres)" (1B228.b): a band restated in brackets in another unit is the same band; its
    // words join the band's.
    if (
      previous?.comparator === 'range' &&
      next !== undefined &&
      next.unit !== null &&
      PAREN_EQUIVALENT.test(text.slice(previous.quantity.end, q.start)) &&
      RANGE_JOIN.test(text.slice(restated ? closingParen(text, quantities[i + 1]!.end) : q.end, next.start))
    ) {
      const at = previous.record ? records.indexOf(previous.record) : -1;
      if (at !== -1) {
        const widened: ThresholdRecord = { ...previous.record!, phrase: phrase(text, previous.phraseStart, closingParen(text, next.end)) };
        records[at] = widened;
        previous = { ...previous, quantity: next, record: widened };
      }
      i = nextAt;
      continue;
    }
    // "from 30 GHz to 3 000 GHz", "between 1 and 10 GHz", "4,2 to 4,4 GHz"
    // "130 Pa (1 mm Hg) to 20 kPa (150 mm Hg)": ends in units of one scale are read in the upper end's unit.
    const lower = next === undefined || next.unit === null ? null : inUnitOf(q, next.unit);
    if (next !== undefined && next.unit !== null && lower !== null) {
      const join = text.slice(restated ? closingParen(text, quantities[i + 1]!.end) : q.end, next.start);
      const opened = RANGE_OPEN.test(text.slice(Math.max(0, q.start - 30), q.start));
      if (RANGE_JOIN.test(join) && (opened || !/and(?! including)/i.test(join))) {
        const unitDef = { unit: next.unit, dimension: next.dimension! };
        // EU 2B006.b.1 "… a 'resolution' … within 0 to 0,2 mm of the 'measuring range'": the span is of the measuring range.
        const measuringRange = RANGE_CONDITION_AFTER.exec(text.slice(next.end, next.end + 30));
        const named = findParameter(text, q.start, next.end, unitDef.dimension, unitDef.unit);
        const { parameter, phraseStart } = measuringRange !== null ? { ...named, parameter: 'measuring range' } : named;
        const openStart = opened ? text.slice(0, q.start).search(/(?:from|between|in the range(?: of)?|range of|within)\s*$/i) : q.start;
        const start = Math.min(phraseStart, openStart < 0 ? q.start : openStart);
        // "when the dielectric constant is less than 6 at any frequency from 100 MHz to 100 GHz" (1C007 MT row): the band
        // the measurement holds over, not a bound of the item.
        const span = SPAN_BEFORE.test(text.slice(Math.max(0, q.start - 70), q.start));
        const before = text.slice(Math.max(0, q.start - 70), q.start);
        const condition =
          !span &&
          !OPERATING_BAND.test(before) &&
          ((opened && RANGE_CONDITION.test(text.slice(Math.max(0, openStart - 40), openStart))) || measuringRange !== null || (AT_ANY.test(before) && !OPERATING_AT.test(before)));
        // "Temperature range of at least −50 °C to + 125 °C" (9B106.b.2.b): the item must reach both ends, so it is bounded
        // below the lower end and above the upper one, not within the band.
        // 5A001.b.1.a "An acoustic carrier frequency outside the range from 20 kHz to 60 kHz": below the lower end or above
        // the upper one, strictly.
        const outside = OUTSIDE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
        if (!condition && (outside || span)) {
          const words = phrase(text, start, next.end);
          add({ parameter, comparator: outside ? '<' : '<=', value: Math.min(lower!, next.value), valueMax: null, unit: unitDef.unit, phrase: words });
          const upper: ThresholdRecord = { parameter, comparator: outside ? '>' : '>=', value: Math.max(lower!, next.value), valueMax: null, unit: unitDef.unit, phrase: words };
          add(upper);
          // A restatement of the upper end in brackets ("to 398 K (+125 °C)") joins its words.
          previous = { quantity: next, parameter, comparator: upper.comparator, phraseStart: start, record: records.includes(upper) ? upper : null };
          i = nextAt;
          continue;
        }
        const record: ThresholdRecord = {
          parameter,
          comparator: 'range',
          value: Math.min(lower!, next.value),
          valueMax: Math.max(lower!, next.value),
          unit: unitDef.unit,
          phrase: phrase(text, start, next.end + (measuringRange?.[0].length ?? 0)),
          ...(condition ? { condition } : {}),
        };
        add(record);
        // A restatement of the upper end in brackets joins the range's words.
        previous = { quantity: next, parameter, comparator: 'range', phraseStart: start, record: records.includes(record) ? record : null };
        i = nextAt;
        continue;
      }
    }
    if (q.unit === null) {
      const bare = dimensionless(text, q, quantities[i + 1]);
      if (bare !== null) add(bare.record);
      if (bare?.band === true) i += 1;
      continue;
    }
    if (q.dimension === null) continue;

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
    const better = BETTER.exec(before);
    const wordsAt = (m: RegExpExecArray) => q.start - before.length + m.index + (m[0].match(/^[^a-z≥≤<>]*/i)?.[0].length ?? 0);
    let capability = false;
    if (better !== null) comparatorStart = wordsAt(better);
    else {
      for (const [re, c] of BEFORE) {
        const m = re.exec(before);
        if (m !== null) {
          comparator = c;
          comparatorStart = wordsAt(m);
          capability = /\bcapable of\b/i.test(m[0]);
          break;
        }
      }
    }
    let end = q.end;
    const after = text.slice(q.end, q.end + 60);
    if (comparator === '=' && better === null && q.orMore === true) comparator = '>=';
    // "Exceeding 80 mm in diameter or length of major axis and 20 mm in thickness (depth)" (6A004.b.2): a bare value joined
    // by "and" to a bound of the same dimension, with only words between, shares its comparator.
    const shared = previous?.record ?? null;
    if (comparator === '=' && better === null && shared !== null && shared.comparator !== 'range' && shared.comparator !== '=') {
      const join = text.slice(previous!.quantity.end, q.start);
      // EU 7E004.b.7.b.4 "at greater than 18 degrees angle of attack, 15 degrees side slip, 15 degrees/second pitch or yaw
      // rate, or 90 degrees/second roll rate", EU 1A004.d Technical Note "less than 1 ppm vapour, or 1 mg solid or liquid":
      // one comparison over a list of values, whatever each measures.
      // A value with a comparison of its own after it ("… 30 degrees/s or less", 2B120.c.1.a) keeps it.
      const own = AFTER_MORE.test(after) || AFTER_LESS.test(after) || AFTER_BETTER.test(after);
      if ((previous!.quantity.dimension === q.dimension && SHARED_COMPARATOR_JOIN.test(join)) || (!own && SHARED_COMPARATOR_LIST.test(join))) comparator = shared.comparator;
    }
    // "capable of temperatures of 153K (-120 °C) or less" (EU 0B001.b.7.a): a capability read as "at least" unless the
    // words after the value say otherwise.
    if (capability) {
      const less = AFTER_LESS.exec(after);
      if (less !== null) {
        comparator = '<=';
        end = q.end + less[0].length;
      }
    }
    let orBetter: { said: string | undefined } | null = null;
    if (comparator === '=' && better === null) {
      const more = AFTER_MORE.exec(after);
      const less = AFTER_LESS.exec(after);
      const betterAfter = AFTER_BETTER.exec(after);
      if (more !== null) {
        comparator = '>=';
        end = q.end + more[0].length;
      } else if (less !== null) {
        comparator = '<=';
        end = q.end + less[0].length;
      } else if (q.dimension === 'time' && FASTER.test(after)) {
        // 6A293.a "Minimum exposure time of 1 microsecond or faster": a shorter time is faster.
        comparator = '<=';
        end = q.end + FASTER.exec(after)![0].length;
      } else if (betterAfter !== null) {
        orBetter = { said: betterAfter[1] };
        end = q.end + betterAfter[0].length;
      }
    }
    const found = findParameter(text, q.start, q.end, q.dimension, q.unit);
    // 8A002.g.2 "Argon arc light systems “specially designed” for use below 1,000 m": under water, below a length is deeper
    // than it.
    const deeper = (q.unit === 'm' || q.unit === 'km') && DEEPER.test(text.slice(Math.max(0, q.start - 30), q.start));
    if (deeper) comparator = '>';
    // 2B230.c.2 "an “accuracy” of better than ±130 Pa when measuring at 13 kPa": the pressure measured, not an accuracy.
    const measuredAt = MEASURING_AT.test(text.slice(Math.max(0, q.start - 30), q.start));
    const { parameter, phraseStart, afterEnd } = deeper ? { ...found, parameter: 'depth' } : measuredAt ? { ...found, parameter: q.dimension } : found;
    if (better !== null) comparator = betterComparator(better, parameter, q.unit);
    if (orBetter !== null) comparator = orBetterComparator(parameter, q.unit, orBetter.said);
    const start = Math.min(phraseStart, comparatorStart);
    // "an ultimate tensile strength of 1 950 MPa or more, at 293 K (20 °C)" (1C216), "having any of the following at
    // 20 °C" (3A001.e.1.a): a plain value after "at" is the measurement's condition.
    // 1C007.c.1.a Note "… creep strain at 100 MPa load and 1 273 K (1 000 °C) for 100 hours": a plain value joined by
    // "and" to a condition is one more condition of the same test.
    const withCondition = comparator === '=' && previous?.record?.condition === true && SHARED_COMPARATOR_JOIN.test(text.slice(previous.quantity.end, q.start));
    const condition =
      withCondition ||
      (comparator === '=' && ((AT_CONDITION.test(text.slice(Math.max(0, q.start - 40), q.start)) && !OWN_OPERATION.test(text.slice(Math.max(0, q.start - 60), q.start))) || (q.dimension === 'time' && FOR_PERIOD.test(text.slice(Math.max(0, q.start - 60), q.start))) || ENVIRONMENT_AFTER.test(text.slice(q.end, q.end + 20)) || PERIOD_AFTER.test(text.slice(q.end, q.end + 20)))) ||
      CONDITION_BEFORE.test(text.slice(Math.max(0, q.start - 170), q.start)) ||
      (AT_ANY.test(text.slice(Math.max(0, comparatorStart - 40), comparatorStart)) && !OPERATING_AT.test(text.slice(Math.max(0, comparatorStart - 60), comparatorStart)));
    // "greater than or equal to 30 minutes but less than 1 hour" (9A012.a.1.a) is one band, not an upper limit.
    const opened: ThresholdRecord | null = previous?.record ?? null;
    const band = previous === null || opened === null ? null : bandWith(opened, previous.quantity, q, comparator, text);
    if (band !== null && previous !== null && opened !== null) {
      const at = records.indexOf(opened);
      const merged: ThresholdRecord = {
        ...opened,
        comparator: 'range',
        value: Math.min(opened.value, band),
        valueMax: Math.max(opened.value, band),
        phrase: phrase(text, previous.phraseStart, end),
      };
      if (at !== -1) records[at] = merged;
      // A restatement of the upper end in brackets still joins the band's words.
      previous = { quantity: q, parameter: opened.parameter, comparator: 'range', phraseStart: previous.phraseStart, record: at !== -1 ? merged : null };
      continue;
    }
    // An angle of plus or minus a value and nothing else, either way from a reference: 7A107.a "tilt compensation in pitch
    // (±90 degrees) and roll (±180 degrees)", 7A107.b "at latitudes of ±80 degrees". The span, not its one end.
    const both = comparator === '=' && q.dimension === 'angle' && /±\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start));
    const axis = both ? /\b(pitch|roll|yaw)\s*\(\s*±\s*$/i.exec(text.slice(Math.max(0, q.start - 12), q.start)) : null;
    // Compensation "in pitch (±90 degrees)" must reach both ends, as a "temperature range of at least −50 °C to + 125 °C"
    // (9B106.b.2.b) must: at most −90° and at least 90°. A condition "at latitudes of ±80 degrees" is the band measured in.
    if (both && !condition) {
      const from = axis !== null ? q.start - 12 + axis.index : Math.min(start, text.lastIndexOf('±', q.start));
      const words = phrase(text, from, closingParen(text, Math.max(end, afterEnd)));
      const angle = axis !== null ? `${axis[1]!.toLowerCase()} angle` : parameter;
      add({ parameter: angle, comparator: '<=', value: -q.value, valueMax: null, unit: q.unit, phrase: words });
      const upper: ThresholdRecord = { parameter: angle, comparator: '>=', value: q.value, valueMax: null, unit: q.unit, phrase: words };
      add(upper);
      previous = { quantity: q, parameter: angle, comparator: '>=', phraseStart: from, record: records.includes(upper) ? upper : null };
      continue;
    }
    const record: ThresholdRecord = {
      parameter,
      comparator: both ? 'range' : comparator,
      value: both ? -q.value : q.value,
      valueMax: both ? q.value : null,
      unit: q.unit,
      phrase: phrase(text, both ? Math.min(start, text.lastIndexOf('±', q.start)) : start, Math.max(end, afterEnd)),
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
// "at a frequency of 1 Hz" (6A006.a.1.b), EU 7A103 "at latitude of ± 80 degrees", "at 45 degrees latitude".
const FASTER = /^\s*or faster\b/i;
const MEASURING_AT = /\bwhen measuring at\s*$/i;
const DEEPER = /\bfor use below\s*$/i;
// 1C007.c.1.a Note "… more than 1 % creep strain at 100 MPa load and 1 273 K (1 000 °C) for 100 hours": how long a
// test runs, after its other conditions.
const FOR_PERIOD = /\b(?:at|under)\b[^;:]{1,60}\bfor\s*$/i;
// 6A998.c.1 "Operates at a frequency of 94 GHz": what the item does, one of "all of the following", not a test condition.
const OWN_OPERATION = /\b(?:operates?|operating|operated|works?)\s+at(?: an?)?(?: (?:temperatures?|frequenc(?:y|ies)) of)?\s*$/i;
const AT_CONDITION = /\b(?:measured |when measured |when measuring |tested )?at(?: an?(?: operating| ambient)?)?(?: (?:temperatures?|frequenc(?:y|ies)|latitudes?|depths?) of)?\s*(?:±\s*)?$/i;
// Whatever the comparator, the period or load a value is held or tested over: "Current or voltage stability better than
// 0.1% over a time period of 8 hours" (3A226.b), "Capable of continuously producing, over a time period of 8 hours, 100 V
// or greater" (3A226.a), EU 0B001.c.5 "a leakage pressure rate of less than 10 Pa per hour under a pressure differential
// of 100 kPa", EU 7A001 "a worst-case rate stability … averaged over 10 degrees".
// How a test is run: 3A001.i.1.a "'Vπ' less than 2.7 V when measured at a frequency of 1 GHz or below"; a.5.b.2.a.2
// "… SFDR greater than 68 dBc (carrier) when synthesizing a full scale analog signal of 100 MHz"; a.5.b.2.a.1 "a settling
// time less than 9 ns to arrive at or within 0.024% of full scale"; b.10 "… anywhere within the range of 10 Hz ≤ F ≤
// 10 kHz" (F the formula's variable); 6A002.a.1.a.2 "a response of less than 0.1% … at a wavelength exceeding 400 nm",
// a.3.g.2 "… exceeding 10 mA/W for wavelengths exceeding 760 nm" (after a bound: 3C002.a.1 "Positive resists adjusted
// (optimized) for use at wavelengths less than 193 nm …" is the item's own; a frequency band stays the item's own too,
// as in 6A006.a.4.a "0.05 nT (rms)/square root Hz at frequencies of less than 1 Hz", unless "at any" says the value
// holds over it: 3A001.b.2.b.2 "A peak saturated power output greater than 5 W (37 dBm) at any frequency exceeding 8.5
// GHz up to and including 16 GHz", read as "at any frequency from 100 MHz to 100 GHz" is, 1C007's MT row); 6A004.e.2 "Surface roughness less than 1 nm (rms) for
// sampling lengths equal to or greater than 1 mm"; EU 9A007.b "… for an adjusted chamber pressure of 7 MPa".
// What a test uses or is referred to: "Greater than 2 J/cm^2 using 20 ns “laser” pulses at 20 Hz repetition rate"
// (6A004.a.1.b.2), "a flatness of λ/10 or better (λ is equal to 633 nm)" (6A004.a.4), "over a temperature range of
// ± 1 K", "at a standard ambient test room temperature ±1 K" (2B206.c.2, d.2), "'SFQR' less than or equal to 20 nm at
// any site of 26 mm x 8 mm" (3E004), the count's denominator and what is counted in "less than 25 particles of 200 µm
// or larger in size per 100 ml" (1C006.c.2).
// Also what a value is referred to or tested in: "(referenced to 2 × 10−5 N/m2)" (9B106.b.1), "(Reference 1 µPa, 1 Hz)"
// (8B001), "measured at 20 °C and one atmosphere (101,325 kPa) pressure" (EU 1C111.a.5.b), "when exposed to a magnetic
// field … of 12 T" (1C005.b.2), the tolerance of a condition ("at a temperature of 20 ± 0,01 °C", EU 2B006.b.3).
const CONDITION_BEFORE =
  /\b(?:averaged over|over a (?:time )?period of|for a (?:time )?period of(?: up to)?|under a (?:pressure )?differential of|under a (?:pressure|load) of|at a (?:maximum )?(?:stress|load) of|at a (?:standoff )?distance of|\bof the particles (?:larger|greater|smaller|finer) than|\bwithin the (?:frequency|temperature) range(?: of| from)?(?: exceeding| above| from)?)\s*$|\bunder standard (?:temperature|pressure|conditions)\b[^;.]{0,50}$|\((?:reference|referenced to|re)\b[^()]{0,30}$|\bone atmosphere\s*\(\s*$|\bwhen exposed to\b[^;]{0,150}$|\bunder simulated\b[^;]{0,60}$|\bover the central\s*$|\d\s*±\s*$|\bper\s*$|\busing\s*$|\([^()]{0,20}\bis equal to\s*$|\btemperatures?(?: range)?(?: of)?\s*±\s*$|\bparticles of\s*$|\bat any site of\s*(?:[\d.,]+\s*[a-zµμ]{1,3}\s*[x×]\s*)?$|\bwhen measured at\b[^;,]{0,40}$|\bwhen synthesi[sz]ing\b[^;]{0,120}$|\bto arrive at or within\s*$|\banywhere within the range of\s*$|(?:^|[^A-Za-z])[A-Za-z]\s*[≤<]\s*$|[\d%][^;:\d]{0,80}\b(?:at|for) (?:a |all |any )?wavelengths? (?:of |exceeding |greater than |longer than |shorter than |less than |below |above |equal to or (?:less|greater|more) than )?\s*$|\bsampling lengths?\b[^;,]{0,30}$|\badjusted (?:chamber )?pressure of\s*$/i;
// 8B001 "… a Background Noise of Less Than 100 dB (Reference 1 µPa, 1 Hz) Within the Frequency Range Exceeding 0 Hz But
// Not Exceeding to 500 Hz": the band the noise is measured in.
// "Total drift of 1 nautical mile “CEP” or less (better) in a 24 hr period" (7A003.a.3): the period a value holds over.
const PERIOD_AFTER = /^\s*(?:period|interval)\b/i;
// "… an acceleration equal to or greater than 10 g rms between 20 Hz to 2,000 Hz" (9B106), "… greater than 10 g rms over
// the entire range between 20Hz and 2 kHz" (9A106.d): the band a vibration is applied over.
// "“Linearity” … 0.1% measured from 0 to 5 mm" (2B206.d.1.b), "10 g rms, measured 'bare table,' between 20 Hz and
// 2 kHz" (9B106.a.2): the span a measurement is made over.
const RANGE_CONDITION = /\bat (?:any|all)(?: [a-z]+){0,2}\s*$|\brms\s*(?:over the (?:entire |whole )?range\s*)?$|\bmeasured(?: [‘'"“][^‘'"“”’]{0,20}[’'"”],?)?\s*$/i;
// EU 2B006.b "… a resolution … within 0 to 0,2 mm of the 'measuring range'": the span a value holds over.
const RANGE_CONDITION_AFTER = /^\s*of the\s*['‘’"“”]*measuring range['‘’"“”]*/i;

// The other side of a size: 3B991.b.2.b.1 "dimensions exceeding 125 mm x 125 mm", b.2.d.1 "arrays larger than 100 mm x 100 mm".
const SHARED_COMPARATOR_LIST = /^\s+[a-z]+(?:\s+[a-z]+){0,3}\s*,\s*(?:or\s+)?$/i;
const SHARED_COMPARATOR_JOIN = /^(?:\s+(?:in|of|or|the|[a-z]+)){0,8}\s+and\s*$|^\s*[x×]\s*$/i;

// The band an item must span: "Temperature range of at least −50 °C to + 125 °C" (9B106.b.2.b).
// 3A001.a.2.c "… over the entire ambient temperature range from 218 K (−55 °C) to 398 K (+125 °C)": so must a part.
const OUTSIDE_BEFORE = /\boutside (?:of )?(?:the )?(?:range|band)(?: of| from)?\s*$/i;
const SPAN_BEFORE = /\brange of at least\s*$|\bover the (?:entire |whole |full )?(?:[a-z]+ )?temperature range (?:of |from )?$/i;
// 3A901.b.2 "Designed for operation at any frequency from 2 GHz up to and including 15 GHz": the band the item works
// in, a bound of its own, not one a value is measured in (as in b.3, "A noise figure less (better) than 0.015 dB at
// any frequency from …").
const OPERATING_BAND = /(?:^|[^a-z])designed for operation at any frequency from\s*$/i;
// The same band read by its bounds: "… greater than 5 W (37 dBm) at any frequency exceeding 8.5 GHz" (3A001.b.2.b.2)
// measures the power over it; "Designed for operation at any frequency exceeding …" would be the item's own.
const AT_ANY = /\bat (?:any|all) (?:frequency|frequencies)(?:\s+(?:exceeding|above|over|greater than|higher than))?\s*$/i;
const OPERATING_AT = /\b(?:designed|rated) for operation at (?:any|all) (?:frequency|frequencies)(?:\s+[a-z]+(?: than)?)?\s*$/i;

// "… but less than 1 hour" (9A012.a.1.a); "≥1 × 10^5 Rads (Si) (1 × 10^3 Gy(Si)) and <5 × 10^5 Rads (Si)" (9A515.e.1).
// "exceeding 15 g but less than or equal to 100 g" (7A001.a.2), "≥0.4 kg/h and ≤400 kg/h" (2B352.f.1), "150 nm or more
// but not exceeding 510 nm" (6A005.a.2), "equal to or greater than 2.54 cm (1 inch) and equal to or less than 10.16 cm"
// (2B350.g.2.a), "frequency exceeding 31.8 GHz up to and including 37 GHz" (3A001.b.2.d).
const BAND_JOIN =
  /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:or (?:more|greater|higher|larger|above)\s*)?(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*(?:but|and)\s+(?:(?:less|lower|shorter|smaller)(?: \([a-z]+\))? than(?: or equal to)?|equal to or less than|not exceeding(?: to)?|not more than|no more than|<=?|≤)\s*$|^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*up to and including\s*$/i;
// The upper end first: "a heat transfer surface area of less than 20 m^2, but greater than 0.15 m^2" (2B350.d).
const REVERSE_BAND_JOIN =
  /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:or (?:less|lower|smaller|below)\s*)?,?\s*(?:but|and)\s+(?:(?:greater|more|higher|larger)(?: \([a-z]+\))? than(?: or equal to)?|equal to or greater than|at least|exceeding|>=?|≥)\s*$/i;

// A few quantities have no unit, and the lists name them: 1C351.a.4.a "AI viruses that have an intravenous
// pathogenicity index (IVPI) in 6-week-old chickens greater than 1.2"; the 1C007 MT row "… when the dielectric constant
// is less than 6 …"; 3B001.d.3 "… a dielectric constant (k) of less than 5". Read only with a comparator before the
// number and the name in the same clause; the unit says what the number is ('IVPI', 'εr', the relative permittivity).
// `level`: the value follows the word "level" (5B001.b.4 "… employing Quadrature-Amplitude-Modulation (QAM) techniques
// above level 1 024").
const DIMENSIONLESS: Array<{ name: RegExp; parameter: string; unit: string; level?: boolean }> = [
  { name: /\b(?:intravenous pathogenicity index|IVPI)\b[^;.:]{0,40}$/i, parameter: 'intravenous pathogenicity index', unit: 'IVPI' },
  { name: /\bdielectric constant\b[^;.:]{0,25}$/i, parameter: 'dielectric constant', unit: 'εr' },
  // 3A201.c.1 "… and with a "figure of merit" (K) of 0.25 or greater"
  { name: /\bfigure of merit\b[^;.:]{0,20}$/i, parameter: 'figure of merit', unit: 'K (figure of merit)' },
  // 6C004.e.3 "High homogeneity (index of refraction variance) less than 5 × 10−6"
  { name: /\b(?:index of refraction|refractive index) variance\b[^;.:]{0,25}$/i, parameter: 'refractive index variance', unit: 'Δn' },
  // 1C001 Note 1.d.1 "A specific gravity exceeding 4.4"
  { name: /\bspecific gravity\b[^;.:]{0,20}$/i, parameter: 'specific gravity', unit: 'ratio' },
  // 3A201.b.2 "A ratio of length to inner diameter greater than 2"
  { name: /\bratio of length to (?:inner |outer )?diameter\b[^;.:]{0,20}$/i, parameter: 'length to diameter ratio', unit: 'ratio' },
  // 6A001.a.1.a.1.c "'Sounding resolution' less than 2"
  { name: /\bsounding resolution\b[^;.:]{0,20}$/i, parameter: 'sounding resolution', unit: 'ratio' },
  // 8A992.l.2 "Ratio of steam generated in pounds per hour (at maximum rating) to the dry weight of the boiler in pounds equal
  // to or in excess of 0.83"
  { name: /\bratio of steam generated\b[^;:]{0,120}$/i, parameter: 'steam to boiler weight ratio', unit: 'ratio' },
  // 6A008.k.1 "A “pulse compression” ratio exceeding 150"
  { name: /\b(?:QAM|Quadrature-Amplitude-Modulation)\b[^;:]{0,80}$/i, parameter: 'QAM level', unit: 'QAM level', level: true },
  { name: /\bpulse compression[”"’']?\s+ratio\b[^;.:]{0,20}$/i, parameter: 'pulse compression ratio', unit: 'ratio' },
  // 3A090.a.1 "A 'total processing performance' of 4800 or more", EU 3A501.a.16 "a 'Total Processing Performance' ('TPP')
  // of 6 000 or more"; 3A090 Technical Note 4 "'Performance density' is 'TPP' divided by 'applicable die area'", the area
  // "measured in millimeters squared". Only "… of N": "the 'TPP' threshold of 4800 can be met with …" is an example.
  { name: /\b(?:total processing performance|TPP)['’”"]?(?:\s*\(\s*['‘"“]?TPP['’”"]?\s*\))?\s+of\s*$/i, parameter: 'total processing performance', unit: 'TPP' },
  { name: /\bperformance density['’”"]?\s+of\s*$/i, parameter: 'performance density', unit: 'TPP/mm2' },
];
// 3A090 Note 2 "3A090.a and 3A090.b do not apply to items that … do not have a 'total processing performance' of 4800 or
// more": what does not have a value of N or more has less than N.
const NOT_HAVING = /\b(?:do|does) not have\s+(?:an?\s+)?['‘"“]?$/i;
const NEGATED: Partial<Record<Comparator, Comparator>> = { '>=': '<', '>': '<=', '<=': '>', '<': '>=' };
// 3A090.b.1 "A 'total processing performance' of 2400 or more and less than 4800": a band, up to its upper end.
const DIMENSIONLESS_BAND = /^\s*or (?:greater|more|higher)\s+and\s+(?:less than|below|lower than)\s*$/i;
/** A value named by a parameter that has no unit; `band` when the value after it closes a band with it (and is read). */
function dimensionless(text: string, q: Quantity, next: Quantity | undefined): { record: ThresholdRecord; band?: boolean } | null {
  const read = dimensionlessBound(text, q, next);
  if (read === null) return null;
  const start = text.indexOf(read.record.phrase, Math.max(0, q.start - 200));
  const negated = NEGATED[read.record.comparator];
  const not = start === -1 || read.band === true ? null : NOT_HAVING.exec(text.slice(Math.max(0, start - 30), start));
  if (negated === undefined || not == null) return read;
  // The phrase keeps the words that negate it: "do not have a 'total processing performance' of 4800 or more".
  const from = start - (Math.min(start, 30) - not.index);
  return { record: { ...read.record, comparator: negated, phrase: phrase(text, from, start + read.record.phrase.length) } };
}
function dimensionlessBound(text: string, q: Quantity, next: Quantity | undefined): { record: ThresholdRecord; band?: boolean } | null {
  const before = text.slice(Math.max(0, q.start - 160), q.start);
  const named = DIMENSIONLESS.find((d) => d.name.test(before));
  if (named === undefined) return null;
  const at = q.start - before.length + named.name.exec(before)!.index;
  // An opening quote is the name's: "a 'Total Processing Performance' ('TPP') of 6 000 or more".
  const start = /['‘"“]$/.test(text.slice(0, at)) ? at - 1 : at;
  const words = named.level === true ? before.replace(/\s+level\s*$/i, ' ') : before;
  if (named.level === true && words === before) return null;
  for (const [re, comparator] of BEFORE) {
    if (re.exec(words) === null) continue;
    return { record: { parameter: named.parameter, comparator, value: q.value, valueMax: null, unit: named.unit, phrase: phrase(text, start, q.end) } };
  }
  if (next !== undefined && next.unit === null && DIMENSIONLESS_BAND.test(text.slice(q.end, next.start))) {
    return { record: { parameter: named.parameter, comparator: 'range', value: q.value, valueMax: next.value, unit: named.unit, phrase: phrase(text, start, next.end) }, band: true };
  }
  const after = text.slice(q.end, q.end + 30);
  const more = /^\s*or (?:greater|more|higher)\b/i.exec(after);
  const less = /^\s*or (?:less|lower|smaller)\b/i.exec(after);
  const said = more ?? less;
  if (said === null) return null;
  return { record: { parameter: named.parameter, comparator: more !== null ? '>=' : '<=', value: q.value, valueMax: null, unit: named.unit, phrase: phrase(text, start, q.end + said[0].length) } };
}

/** A quantity's value in `unit`: as written when it has no unit or the same one, converted on a common scale, else null. */
function inUnitOf(q: Quantity, unit: string): number | null {
  if (q.unit === null || q.unit === unit) return q.value;
  const from = baseOf(q.unit);
  const to = baseOf(unit);
  return from === null || to === null || from.unit !== to.unit ? null : fromBase(toBase(q.value, from), to);
}

/**
 * The other end (in the first bound's unit) when `q` closes a band opened by `first`: an upper end after a lower one,
 * or a lower end after an upper one ("less than 20 m^2, but greater than 0.15 m^2"). Null when it closes none.
 */
function bandWith(first: ThresholdRecord, lowerQ: Quantity, q: Quantity, comparator: Comparator, text: string): number | null {
  const atLeast = (c: Comparator) => c === '>=' || c === '>';
  const atMost = (c: Comparator) => c === '<=' || c === '<';
  const join = text.slice(lowerQ.end, q.start);
  const closes = (atLeast(first.comparator) && atMost(comparator) && BAND_JOIN.test(join)) || (atMost(first.comparator) && atLeast(comparator) && REVERSE_BAND_JOIN.test(join));
  if (!closes) return null;
  if (lowerQ.dimension !== q.dimension || q.unit === null || lowerQ.unit === null) return null;
  if (lowerQ.unit === q.unit) return q.value;
  const from = baseOf(lowerQ.unit);
  const to = baseOf(q.unit);
  if (from === null || to === null || from.unit !== to.unit) return null;
  return fromBase(toBase(q.value, to), from);
}

function closingParen(text: string, at: number): number {
  const close = text.indexOf(')', at);
  return close !== -1 && close - at < 20 ? close + 1 : at;
}

function phrase(text: string, start: number, end: number): string {
  // A phrase that starts inside a quoted term starts at its opening quote: 1B228.d "“effective lengths” of 4 m or
  // greater", not "lengths” of 4 m …".
  const open = text.lastIndexOf('“', start);
  if (open !== -1 && start - open <= 40 && !text.slice(open, start).includes('”') && text.indexOf('”', start) !== -1 && text.indexOf('”', start) < end) start = open;
  const from = Math.max(start, end - 200);
  let s = text.slice(from, end).replace(/\s+/g, ' ').trim();
  if (s.length > 200) s = s.slice(s.length - 200);
  return s;
}
