// An ECCN's references to other entries, read from its heading and text; Related Controls are pointers only.
import type { ReferenceRecord } from '../../model.js';
import { extractReferences } from '../../parse/references.js';

/**
 * The entry's text without its List Based License Exceptions (and STA conditions): they say which licence exceptions
 * may be used for which items ("STA: … may not be used to ship any item in 1C001"), not what the entry controls, so
 * the codes they name are no references of the entry's items.
 */
export function withoutLicenseExceptions(text: string): string {
  return text.replace(/^List Based License Exceptions[\s\S]*?(?=^List of Items Controlled)/m, '');
}

/**
 * The entry's references. Its Related Controls name where *other* items are controlled ("Certain explosive detonator
 * firing sets … are controlled by ECCN 1A007 or ECCN 3A232", 0A604): whatever their cue words, they are pointers
 * (SEE_ALSO), never a statement that this entry's items are the other entry's. An exclusion there stays one.
 */
export function entryReferences(code: string, text: string, knownCodes: ReadonlySet<string>): ReferenceRecord[] {
  const related = /^Related Controls:[^\n]*$/m.exec(text);
  if (!related) return extractReferences(code, text, { knownCodes });
  const rest = text.slice(0, related.index) + text.slice(related.index + related[0].length);
  const pointers = extractReferences(code, related[0], { knownCodes }).map((r) =>
    r.kind === 'EXCLUSION' || r.kind === 'SEE_ALSO' ? r : { ...r, kind: 'SEE_ALSO' as const },
  );
  const seen = new Set<string>();
  return [...extractReferences(code, rest, { knownCodes }), ...pointers].filter((r) => {
    const key = `${r.to}|${r.toPart ?? ''}|${r.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
