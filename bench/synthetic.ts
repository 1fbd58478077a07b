// Synthetic lists shaped like the real ones, for measuring how cost grows with size: each copy repeats a real
// parsed list (the same codes, attributions, references, supports, and so the same thresholds and technology
// areas) under its own list id and jurisdiction, as another national list or historic version would.
import { createHash } from 'node:crypto';
import type { ParsedList } from '../seed/model.js';

export function syntheticCopy(parsed: ParsedList, copy: number): ParsedList {
  const [prefix] = parsed.list.id.split('@');
  return {
    ...parsed,
    list: {
      ...parsed.list,
      id: `${prefix}-syn${copy}@bench`,
      jurisdiction: `${parsed.list.jurisdiction}-SYN${copy}`,
      title: `${parsed.list.title} (synthetic copy ${copy})`,
      version: `synthetic ${copy}`,
      source: `synthetic copy ${copy} of ${parsed.list.id}, for benchmarks`,
      sha256: createHash('sha256').update(`${parsed.list.sha256}:${copy}`).digest('hex'),
    },
  };
}
