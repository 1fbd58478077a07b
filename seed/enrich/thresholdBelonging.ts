// The regimes a placed threshold belongs to, derived at import and stored on the threshold, so that an entry's
// thresholds and the threshold comparison say the same thing without working it out per request (decision 0010).
import type { RegimeCode } from '../../src/domain/vocabulary.js';
import type { EntryAttribution, PartAttribution } from './attributions.js';

export type BelongingVia = 'REASON_ROW' | 'PARAGRAPH' | 'WHOLE_ENTRY' | 'CONDITIONAL_PARAGRAPH';

export interface Belonging {
  regime: RegimeCode;
  via: BelongingVia;
  /** For CONDITIONAL_PARAGRAPH: the row's words that set the condition. */
  condition: string | null;
}

/** A row that names no paragraph but parameters: it reaches every paragraph under them (1C116 "NP applies to items that meet or exceed the parameters of 1C216"). */
const BY_PARAMETERS = /\b(?:meets?|meeting) or exceeds?\b|\b(?:parameters|criteria|characteristics)\s+(?:of|in|stated in|specified in|described in)\b/i;

/**
 * - A reason row's number belongs to the row's regime (REASON_ROW).
 * - A number in a paragraph belongs to each regime that reaches the paragraph (PARAGRAPH), on the row's condition when
 *   the row reaches it on one (CONDITIONAL_PARAGRAPH: "that meet or exceed the control criteria of ECCN 1C210", 1C007
 *   "when the dielectric constant is less than 6", "when usable in “missiles”"); an EXCEPT clause is no condition: what
 *   it excepts is read as exclusions (2B001's NP row), the rest is the regime's. A row over parameters adds its regime on
 *   that condition.
 * - A number outside any paragraph belongs to the regimes that reach the whole entry (WHOLE_ENTRY).
 */
export function thresholdBelonging(
  threshold: { source: string; regime: string | null; part: string | null },
  entryAttributions: readonly EntryAttribution[],
  /** The attributions of the threshold's paragraph; null when it sits in no paragraph the list has. */
  partAttributions: readonly PartAttribution[] | null,
): Belonging[] {
  const out: Belonging[] = [];
  if (threshold.source === 'REASON_ROW') {
    if (threshold.regime !== null) out.push({ regime: threshold.regime as RegimeCode, via: 'REASON_ROW', condition: null });
  } else if (threshold.part !== null && partAttributions !== null) {
    for (const a of partAttributions) {
      out.push(a.conditional && !/\bEXCEPT\b/.test(a.scope) ? { regime: a.regime, via: 'CONDITIONAL_PARAGRAPH', condition: a.scope } : { regime: a.regime, via: 'PARAGRAPH', condition: null });
    }
    for (const a of entryAttributions) {
      if ((a.coverage === 'PARAMETERS' || a.coverage === 'SERVED_ITEMS') && BY_PARAMETERS.test(a.scope)) out.push({ regime: a.regime, via: 'CONDITIONAL_PARAGRAPH', condition: a.scope });
    }
  } else {
    for (const a of entryAttributions) if (a.coverage === 'WHOLE_ENTRY') out.push({ regime: a.regime, via: 'WHOLE_ENTRY', condition: null });
  }
  // A paragraph reached for a regime by several statements (its NS row and its code origin, say) belongs to it once.
  return [...new Map(out.map((b) => [`${b.regime}|${b.via}|${b.condition ?? ''}`, b])).values()];
}
