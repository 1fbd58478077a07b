// Comparators, read from the words just before the number (and "or more" / "or less" after it).
import type { Comparator } from './record.js';

const FILLER = '(?:\\s+(?:a|an|the|of|about|approximately|nominal|value of|that of))*';
export const BEFORE: Array<[RegExp, Comparator]> = (
  [
    // "capable of a range of 300 km" (EU 9A112.a) states a capability: the item reaches at least that value
    // (MTCR Annex 19.A.2: "capable of a maximum 'range' equal to or greater than 300 km").
    // 6A004.c.3 "equivalent to or larger than a single optic 1 m", 6A102 "meet or exceed … 5 × 10^5 rads", 3E002 Note 2
    // "Using “technology” at or above 0.130 µm": at least. 3A904.a "… a cooling power greater than or equal to 600 µW at or
    // below a temperature of 0.1 K": the power is delivered at 0.1 K or colder.
    ['capable of (?:a |an )?(?:maximum )?(?:[a-z\'‘’]+ ){0,2}of|equal (?:to )?or (?:greater|more|higher|larger|longer|wider)(?: ?\\([a-z]+\\))? than|(?:greater|more|higher|larger)(?: ?\\([a-z]+\\))? than or equal to|at least|not less than|no less than|(?:a )?minimum of|equal to or exceeding|equal to or in excess of|(?:above|higher) or equal to|equal to or above|at or above(?: an? [a-z]+ of)?|equivalent to or (?:greater|larger|more) than|meets? or exceeds?(?: (?:a|an|the))?(?: [a-z]+){0,3} of|≥|>=', '>='],
    // 3A229.c.1 "No dimension greater than 35 mm": at most. 3E992.b.2 "… overlay … below or equal to 1.5 nm": at most. EU 8A001.e.2 "… position … accuracies to within 10 m": at most.
    // CCL 2B005.d.1 "equal or less than 10 kPa" (EU: "equal to or less than 10 kPa") is at most as well.
    // EU 1C350 note "… in which no individually specified chemical constitutes more than 10 % …": at most too. So is EU
    // 2B201 Technical Note "Limited to a maximum workpiece capacity of 150 mm".
    ['no (?:[a-z]+ ){1,4}(?:constitutes? |is |are |exceeds? )?(?:greater|more|larger|longer|wider|higher|bigger) than|equal (?:to )?or (?:less|lower|smaller|shorter|fewer)(?: ?\\([a-z]+\\))? than|(?:less|lower|smaller)(?: ?\\([a-z]+\\))? than or equal(?: to)?|equal to or below|at or below(?: an? [a-z]+ of)?|not exceeding(?: to)?|does not exceed|do not exceed|not (?:more|greater) than|no (?:more|greater) than|at most|up to and including|up to|limited to (?:a )?maximum(?: [a-z]+){0,2} of|(?:a )?maximum of|within|(?:below|lower) or equal to|≤|<=', '<='],
    ['(?:greater|more|higher|larger|longer|faster|wider|bigger|thicker)(?: ?\\([a-z]+\\))? than|exceeding|exceeds|exceed|in excess of|above|(?<!averaged )over|beyond|>', '>'],
    // "averaged over 10 degrees or more" (2B120.c.2) says over what a value is averaged; its "or more" is the comparison.
    // 3B991.b.3.a.3 "accuracy in the X-Y plane of finer than ±10 micrometer": finer is smaller; 3B991.b.1.k.1 "wafers
    // thinner than 100 micrometer": so is thinner.
    // 2B230.c.1 "A full scale of less 13 kPa and …" (the eCFR drops the "than"; c.2 reads "13 kPa or greater"); 3A001.b.9.b
    // "A volume less than the maximum rated power in Watts multiplied by 10 cm3/W": a volume per watt below 10.
    ['(?:less|lower|smaller|shorter|fewer|slower|finer|thinner)(?: ?\\([a-z]+\\))? than|(?:of )less|less than (?:the )?[a-z ]{1,60}multiplied by|below|under|<', '<'],
  ] as Array<[string, Comparator]>
).map(([words, comparator]) => [new RegExp(`(?:^|[^a-z])(?:${words})${FILLER}\\s*(?:±\\s*)?$`, 'i'), comparator]);
// "97 % by weight or more" (1C111.a.1): the measure's basis may stand between the value and its "or more"; so may what
// a share is of ("15% of pitch diameter or larger", 2B003.b; "60 % of Ultimate Tensile Strength (UTS) or more", EU
// 9B009.a; "10 kg of ice or greater", 2B352.e) and the other sides of a size ("120 mm × 120 mm × 50 mm or greater", 1C117).
// Also a few words naming what the value is of or how it is counted ("1 ppm UF6 content or less", EU 0B001.b.7; "200 m
// 'CEP' or less"; "0.8 nautical miles per hour (nm/hr) “Circular Error Probable” (“CEP”) rate or less", 7A003.a.1), but
// never another number or a joined clause ("5 mm and a width of 10 mm or more" says nothing of the 5 mm).
const WORD_BEFORE_OR = String.raw`(?!(?:and|or|but|with|having|than|while|for|in|at|to|by)\b)[‘'“"(]*[A-Za-z][A-Za-z0-9-]*[’'”")]*`;
// 0A501.a "equal to .50 caliber (12.7 mm) or less": a restatement's closing bracket may stand before the "or".
const BETWEEN_VALUE_AND_OR = String.raw`^\)?\s*(?:(?:\([^)]{1,40}\)|by (?:weight|volume|mass)|${WORD_BEFORE_OR}|(?:[×x]|by)\s*[\d.,]+\s*[A-Za-zµμ]{1,4})\s*){0,6}?,?\s*`;
export const AFTER_MORE = new RegExp(`${BETWEEN_VALUE_AND_OR}(?:or|and) (?:more|greater|higher|larger|above|longer|over)\\b`, 'i');
// 3B991.b.2.e.1 "A resolution of 0.25 micrometer or finer", b.1.j.5 "… precision of 1 micrometer or finer": at most.
export const AFTER_LESS = new RegExp(`${BETWEEN_VALUE_AND_OR}(?:or|and) (?:less|lower|smaller|below|fewer|shorter|under|finer)\\b`, 'i');

/**
 * "better than": which way is better depends on what is measured. Said in brackets ("better (less) than 4.5 µm",
 * 2B201.a; EU "equal to or better (less) than plus or minus 0,05 %"), it is read as said; otherwise by the parameter:
 * an accuracy, a resolution, a stability or an ultimate vacuum is better when smaller ("an 'accuracy' of better than ±1%
 * of full scale", 2B230.c.1; "stability better than 0.1%", 3A226.b; "ultimate vacuum better than 13.3 mPa"), a purity
 * when larger ("a purity better than 99.999%", 3C004). For any other parameter the words give no direction, and the
 * value is kept as stated ('=').
 */
export const BETTER = new RegExp(
  `(?:^|[^a-z])(no |equal to or )?better(?: \\((less|lower|smaller|more|greater|higher|larger)\\))? than( or equal to)?${FILLER}\\s*(?:±\\s*|plus or minus\\s*)?$`,
  'i',
);
const SMALLER_IS_BETTER = new Set(['accuracy', 'positioning accuracy', 'resolution', 'stability', 'frequency control', 'regulation', 'uniformity', 'overlay', 'surface finish', 'ultimate vacuum', 'positioning repeatability', 'bias stability', 'drift rate', 'sensitivity', 'flatness', 'upset rate', 'distortion content', 'precision', 'noise figure', 'surface roughness']);
// A radiation hardness: the dose (or dose rate) an item withstands is better when larger (4A001.a.2).
const LARGER_IS_BETTER = new Set(['purity', 'radiation dose', 'radiation dose rate', 'dose rate upset threshold', 'hydrophone sensitivity']);

// EU 2B206.c.2.a "… 0,1 μm or better": which way is better is the parameter's, as for "better than"; said in brackets
// (EU 2B201 Note "a stated positioning accuracy of 6 μm or better (less)"), it is read as said. Another bracket is no
// direction: 6A004.a.4 "a flatness of λ/10 or better (λ is equal to 633 nm)".
export const AFTER_BETTER = new RegExp(`${BETWEEN_VALUE_AND_OR}or better\\b(?:\\s*\\((less|lower|smaller|more|greater|higher|larger)\\))?`, 'i');

/**
 * "or better" after a value, with the parameter it bounds: at most for what is better smaller, at least for a purity;
 * `said` is the direction the text gives in brackets.
 */
export function orBetterComparator(parameter: string, unit: string, said?: string): Comparator {
  const smaller = said !== undefined ? /less|lower|smaller/i.test(said) : smallerIsBetter(parameter, unit);
  return smaller === true ? '<=' : smaller === false ? '>=' : '=';
}

/**
 * Whether smaller is better for a parameter in a unit: null when the words give no direction. A purity stated in parts
 * per million is the impurity's share, so less is better: EU 0C004 "Graphite having a purity level better than 5 parts
 * per million 'boron equivalent'" is graphite with less than 5 ppm (the CCL's 1C298.a: "a boron content of less than 5
 * parts per million").
 */
function smallerIsBetter(parameter: string, unit: string): boolean | null {
  if (parameter === 'purity' && unit === 'ppm') return true;
  return SMALLER_IS_BETTER.has(parameter) ? true : LARGER_IS_BETTER.has(parameter) ? false : null;
}

/** The comparator a "better than" match stands for, with the parameter it bounds and the value's unit. */
export function betterComparator(match: RegExpExecArray, parameter: string, unit: string): Comparator {
  const [, qualifier, said, orEqualAfter] = match;
  // 6A005.e.3.a.1 "better (less) than or equal to 0.3 dB"
  const orEqual = /equal/i.test(qualifier ?? '') || orEqualAfter !== undefined;
  const negated = /^no/i.test(qualifier ?? '');
  const smaller = said !== undefined ? /less|lower|smaller/i.test(said) : smallerIsBetter(parameter, unit);
  if (smaller === null) return '=';
  // "no better than ±0.3 micrometer" (3B001.b.2.f.3): at least as poor as the value.
  if (negated) return smaller ? '>=' : '<=';
  if (smaller) return orEqual ? '<=' : '<';
  return orEqual ? '>=' : '>';
}
