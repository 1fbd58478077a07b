// Comparators, read from the words just before the number (and "or more" / "or less" after it).
import type { Comparator } from './record.js';

const FILLER = '(?:\\s+(?:a|an|the|of|about|approximately|nominal|value of|that of))*';
export const BEFORE: Array<[RegExp, Comparator]> = (
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
export const AFTER_MORE = /^\s*(?:\([^)]{1,40}\)\s*)?(?:by (?:weight|volume|mass)\s*)?,?\s*(?:or|and) (?:more|greater|higher|larger|above|longer|over)\b/i;
export const AFTER_LESS = /^\s*(?:\([^)]{1,40}\)\s*)?(?:by (?:weight|volume|mass)\s*)?,?\s*(?:or|and) (?:less|lower|smaller|below|fewer|shorter|under)\b/i;
