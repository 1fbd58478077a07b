// What a software or technology ECCN serves: the hardware entries (and paragraphs) and the phase, from its items
// and from the License Requirements rows that name them.
import type { EntryRecord, ReasonRecord, SupportRecord } from '../../model.js';
import { extractReferences, extractSupports } from '../../parse/references.js';
import type { EccnSection } from './eccnSections.js';

/**
 * The text supports are read from: the heading and the item paragraphs, i.e. what the entry controls. A heading that
 * sends the reader to the items ("(see List of Items Controlled)") is left out when the items name hardware: 8D620's
 * heading names "8A620 or 8B620", its 8D620.a the same "(except for commodities controlled by ECCN 8A620.b or .y …)".
 */
export function controlledItemsText(section: EccnSection, parts: EntryRecord[]): string {
  const summary = /\(see List of Items Controlled\)/i.test(section.heading) && parts.some((part) => /\d[A-C]\d{3}/.test(part.text));
  return [...(summary ? [] : [section.heading]), ...parts.map((part) => part.text)].join('\n');
}

/**
 * The hardware an entry's note says the entry does not serve, named whole and without a condition: 3E001 "3E001 does
 * not control “technology” for equipment or “components” controlled by 3A003." (its heading's "3A (except …)" names
 * 3A003); not "3E001 does not control “technology” for integrated circuits controlled by 3A001.a.3 to a.14 or z, having
 * all of the following:", which spares some of them only.
 */
function notControlledFor(code: string, text: string): Set<string> {
  const out = new Set<string>();
  const note = new RegExp(String.raw`(?<![A-Za-z0-9.])${code} does not (?:control|apply to) [“"]?(?:technology|software)[”"]?((?:[^.:;]|\.(?=[a-z0-9]))*)([.:;]|$)`, 'g');
  for (const m of text.matchAll(note)) {
    const words = m[1] as string;
    if (m[2] !== '.' || /\b(?:having|which|that|when|if|except|other than|limited)\b/i.test(words)) continue;
    const named = words.match(/\b(?:controlled|specified)\s+(?:by|in)\s+(?:ECCNs?\s+)?((?:\d[A-E]\d{3}(?:\s*,\s*|\s+(?:or|and)\s+)?)+)\s*$/);
    for (const c of named?.[1]?.match(/\d[A-E]\d{3}/g) ?? []) out.add(c);
  }
  return out;
}

/**
 * What a software or technology ECCN serves: read from its items (heading and paragraphs), then from the rows of its
 * License Requirements that say so themselves. 9D003's heading names "“FADEC Systems” for Systems Controlled by
 * ECCN 9A001 to 9A003, 9A101 …" without a phase, while its row says "MT applies to “software” required for the “use”
 * of “FADEC systems” for gas turbine engines controlled by 9A101, or 9A106": the row's reading is added where the
 * items give none for that hardware and phase, with the row's words as its evidence.
 */
export function entrySupports(code: string, itemsText: string, rows: readonly ReasonRecord[], knownCodes: ReadonlySet<string>, notes = ''): SupportRecord[] {
  // `notes` is the rest of the entry's text, where its Notes say what it does not control.
  const notServed = notControlledFor(code, `${itemsText}\n${notes}`);
  const supports = extractSupports(code, itemsText, { knownCodes }).filter((s) => !notServed.has(s.to));
  const have = new Set(supports.map((s) => `${s.to}|${s.phase}`));
  // The paragraphs the items name of each hardware entry, phase or not: 9D003's heading names "9A106.d or .e", so its
  // row's "9A106" is read as those paragraphs; a row cannot reach beyond the entry's own items.
  const namedParts = new Map<string, Set<string> | null>();
  for (const reference of extractReferences(code, itemsText, { knownCodes })) {
    const known = namedParts.get(reference.to);
    if (reference.toPart === null || known === null) namedParts.set(reference.to, null);
    else namedParts.set(reference.to, new Set([...(known ?? []), reference.toPart]));
  }
  for (const row of rows) {
    if (row.wholeEntry) continue;
    for (const support of extractSupports(code, row.scope, { knownCodes })) {
      const key = `${support.to}|${support.phase}`;
      if (have.has(key)) continue;
      have.add(key);
      const parts = namedParts.get(support.to);
      if (support.toPart === null && parts) for (const toPart of [...parts].sort()) supports.push({ ...support, toPart });
      else supports.push(support);
    }
  }
  return supports;
}
