// Puts the thresholds of different regimes' entries side by side and marks the strictest one, where the
// parameter, the unit and the direction of the comparison are the same (otherwise they cannot be ranked).
import type { EntryRef, RegimeCode, RegimeEntries, ThresholdComparison, ThresholdFact } from './model.js';

/** A threshold above which an item is controlled (>=, >) is AT_LEAST: a lower value controls more items. */
function direction(t: ThresholdFact): ThresholdComparison['direction'] | null {
  if (t.comparator === '>=' || t.comparator === '>') return 'AT_LEAST';
  if (t.comparator === '<=' || t.comparator === '<') return 'AT_MOST';
  return null;
}

export function compareThresholds(regimes: RegimeEntries[]): ThresholdComparison[] {
  const groups = new Map<string, { regime: RegimeCode; entry: EntryRef; threshold: ThresholdFact }[]>();
  for (const { regime, entries } of regimes) {
    for (const { entry, thresholds } of entries) {
      for (const threshold of thresholds) {
        const dir = direction(threshold);
        if (dir === null) continue;
        const key = `${threshold.parameter}\u0000${threshold.unit}\u0000${dir}`;
        const group = groups.get(key) ?? [];
        group.push({ regime, entry, threshold });
        groups.set(key, group);
      }
    }
  }
  const comparisons: ThresholdComparison[] = [];
  for (const [key, values] of groups) {
    const regimesHere = new Set(values.map((v) => v.regime));
    if (regimesHere.size < 2) continue; // nothing to compare across regimes
    const [parameter, unit, dir] = key.split('\u0000') as [string, string, ThresholdComparison['direction']];
    const best = dir === 'AT_LEAST' ? Math.min(...values.map((v) => v.threshold.value)) : Math.max(...values.map((v) => v.threshold.value));
    const marked = values.map((v) => ({ ...v, strictest: v.threshold.value === best }));
    comparisons.push({
      parameter,
      unit,
      direction: dir,
      values: marked.sort((a, b) => (dir === 'AT_LEAST' ? a.threshold.value - b.threshold.value : b.threshold.value - a.threshold.value)),
      strictestRegimes: [...new Set(marked.filter((v) => v.strictest).map((v) => v.regime))],
    });
  }
  return comparisons.sort((a, b) => a.parameter.localeCompare(b.parameter) || a.unit.localeCompare(b.unit));
}
