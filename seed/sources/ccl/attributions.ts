// An ECCN's regime attributions: one per License Requirements row that implements a regime, and the code origin.
import type { AttributionRecord, ReasonRecord } from '../../model.js';
import { codeOrigin } from '../../../src/domain/attribution.js';

/**
 * One attribution per License Requirements row that implements a regime, and one for the code's origin when the
 * numbering names a regime; the import resolves their scopes to the entry's parts (seed/enrich/attributions.ts).
 */
export function attributionRecords(code: string, reasons: ReasonRecord[]): AttributionRecord[] {
  const records: AttributionRecord[] = [];
  for (const reason of reasons) {
    if (!reason.regime) continue;
    records.push({ code, regime: reason.regime, basis: 'REASON_FOR_CONTROL', scope: reason.scope, wholeEntry: reason.wholeEntry, column: reason.column, rule: reason.rule });
  }
  // A CB row that implements no regime (CB Column 3, or 1C395's CWC non-Party requirement) is no AG row for the digit rule.
  const origin = codeOrigin(code, 'US', reasons.filter((reason) => reason.reason !== 'CB' || reason.regime === 'AG').map((reason) => reason.reason));
  if (origin?.regime) {
    records.push({
      code,
      regime: origin.regime,
      basis: 'CODE_ORIGIN',
      scope: `Code origin: the regime digit ${code.charAt(2)} of ${code} marks ${/^(?:MTCR|NSG|AG)$/.test(origin.regime) ? 'an' : 'a'} ${origin.regime} entry`,
      wholeEntry: true,
      column: null,
      rule: origin.rule,
    });
  }
  return records;
}
