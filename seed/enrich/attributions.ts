// Resolves a list's attribution statements (one per License Requirements row or code origin) to what they
// reach: one attribution per (entry, regime, basis) with its coverage, and one per part the statements reach.
// Derived at import so that reports read paragraph-level facts instead of re-reading scope words per request.
import { readScope, within, type Coverage, type ScopeReading } from '../../src/domain/attribution.js';
import type { AttributionRecord, EntryRecord, SourceIssue } from '../model.js';

/** How a statement reaches a part. */
export type PartVia = 'WHOLE_ENTRY' | 'NAMED' | 'WHOLE_EXCEPT' | 'CHILDREN';

export interface EntryAttribution {
  code: string;
  regime: AttributionRecord['regime'];
  basis: AttributionRecord['basis'];
  /** The statements' words, joined with " | ". */
  scope: string;
  column: string | null;
  coverage: Coverage;
  /** The topmost parts reached (PARTS). */
  parts: string[];
  /** The topmost parts not reached (WHOLE_EXCEPT). */
  exceptParts: string[];
  /** What the rows name as served (SERVED_ITEMS): other entries' codes and paragraphs. */
  servedItems: string[];
  /** Of servedItems, those that words narrow. */
  conditionalItems: string[];
  /** Some paragraphs are reached only for the items that meet conditions in words, or only by parameters. */
  conditional: boolean;
  rules: string[];
  wholeEntry: boolean;
}

export interface PartAttribution {
  code: string;
  entryCode: string;
  regime: AttributionRecord['regime'];
  basis: AttributionRecord['basis'];
  via: PartVia;
  conditional: boolean;
  scope: string;
  column: string | null;
  rules: string[];
}

interface Reach {
  via: PartVia;
  conditional: boolean;
}

const VIA_ORDER: Record<PartVia, number> = { WHOLE_ENTRY: 0, NAMED: 1, CHILDREN: 2, WHOLE_EXCEPT: 3 };

function better(a: Reach | undefined, b: Reach): Reach {
  if (!a) return b;
  if (a.conditional !== b.conditional) return a.conditional ? b : a;
  return VIA_ORDER[b.via] < VIA_ORDER[a.via] ? b : a;
}

const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))];

/** The parts of each entry, in document order, and each part's children. */
/**
 * A paragraph that holds no items: CCL 1A001.b "[Reserved]", EU "Not used;", CCL 6D003.b "Optical sensors. None.". No
 * statement reaches it, so it is no regime's paragraph and no gap unit.
 */
export const HOLDS_NO_ITEMS = /^\s*(?:(?:and\s+)?(?:[a-z0-9]+\.\s*)*\[?reserved\]?|not used)\s*[.;]?\s*(?:or|and)?\s*$|^[^.;]{1,60}\.\s+None\.?\s*$/i;

function partIndex(entries: readonly EntryRecord[]) {
  const partsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  const empty = new Set<string>();
  const entryOf = new Map<string, string>();
  for (const entry of entries) if (entry.kind === 'ENTRY') entryOf.set(entry.code, entry.code);
  for (const entry of entries) {
    if (entry.kind !== 'PART' || entry.parentCode === null) continue;
    const top = entryOf.get(entry.parentCode) ?? entry.code.slice(0, entry.code.indexOf('.'));
    entryOf.set(entry.code, top);
    if (HOLDS_NO_ITEMS.test(entry.text)) {
      empty.add(entry.code);
      continue;
    }
    partsOf.set(top, [...(partsOf.get(top) ?? []), entry.code]);
    childrenOf.set(entry.parentCode, [...(childrenOf.get(entry.parentCode) ?? []), entry.code]);
  }
  return { partsOf, childrenOf, empty };
}

/**
 * One attribution per (entry, regime, basis), the union of its statements, and the part attributions they
 * imply. A named part that the entry does not have is reported as a FLAGGED issue and reaches nothing.
 */
export function resolveAttributions(
  entries: readonly EntryRecord[],
  statements: readonly AttributionRecord[],
  issues: SourceIssue[],
): { entries: EntryAttribution[]; parts: PartAttribution[] } {
  const { partsOf, childrenOf, empty } = partIndex(entries);
  const groups = new Map<string, AttributionRecord[]>();
  for (const statement of statements) {
    const key = `${statement.code}|${statement.regime}|${statement.basis}`;
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }

  const entryAttributions: EntryAttribution[] = [];
  const partAttributions: PartAttribution[] = [];
  for (const group of groups.values()) {
    const first = group[0] as AttributionRecord;
    const code = first.code;
    // A code origin beside rows of its regime reaches what the rows reach (CODE_ORIGIN_WITHIN_ROWS): CCL 7A005's digit 0
    // beside "NS applies to 7A005.b" does not make 7A005.a, which went to the ITAR, Wassenaar's.
    const rows = first.basis === 'CODE_ORIGIN' ? (groups.get(`${code}|${first.regime}|REASON_FOR_CONTROL`) ?? []) : [];
    const readings = rows.length > 0 ? rows : group;
    const parts = partsOf.get(code) ?? [];
    const known = new Set(parts);
    const reach = new Map<string, Reach>();
    const reachAll = (codes: Iterable<string>, r: Reach) => {
      for (const part of codes) reach.set(part, better(reach.get(part), r));
    };
    let whole = false;
    let wholeExcept = false;
    let byParameters = false;
    let qualifiedExceptions = false;
    const served: string[] = [];
    const servedConditionally: string[] = [];
    let servedConditional = false;
    for (const statement of readings) {
      const reading: ScopeReading = statement.wholeEntry
        ? { coverage: 'WHOLE_ENTRY', parts: [], exceptParts: [], conditional: false, qualifiedExceptions: false, partlyExcepted: [] }
        : readScope(code, statement.scope, parts);
      // A named paragraph the source prints only through its sub-paragraphs (9A610.w: w.1, w.2) stands for them.
      const toKnown = (named: string[]) =>
        named.flatMap((part) => {
          if (known.has(part)) return [part];
          if (empty.has(part)) return [];
          const children = parts.filter((other) => other.startsWith(`${part}.`));
          if (children.length === 0) {
            issues.push({ record: code, problem: `the ${first.regime} scope names ${part}, which is not a paragraph of ${code}: "${statement.scope}"`, action: 'FLAGGED' });
          }
          return children;
        });
      reading.parts = toKnown(reading.parts);
      reading.exceptParts = toKnown(reading.exceptParts);
      switch (reading.coverage) {
        case 'WHOLE_ENTRY':
          whole = true;
          reachAll(parts, { via: 'WHOLE_ENTRY', conditional: false });
          break;
        case 'WHOLE_EXCEPT': {
          wholeExcept = true;
          qualifiedExceptions ||= reading.qualifiedExceptions;
          const partly = toKnown(reading.partlyExcepted);
          const left = reading.exceptParts.filter((out) => !partly.includes(out));
          // A part that encloses an excepted one is reached in part: it gets no attribution of its own. A condition a
          // later sentence states of some paragraphs (1B001 "Note: MT applies to equipment in 1B001.d that meet …")
          // is theirs alone.
          const about = toKnown(reading.conditionalParts ?? []);
          const conditionalFor = (part: string) =>
            reading.conditional && (about.length === 0 || about.some((c) => within(part, c) || within(c, part)));
          for (const part of parts.filter((p) => !left.some((out) => within(p, out) || within(out, p)) && !partly.some((out) => within(p, out) || within(out, p)))) {
            reachAll([part], { via: 'WHOLE_EXCEPT', conditional: conditionalFor(part) });
          }
          // A paragraph left out only under a condition (9A610.x "if being exported … for use in an aircraft controlled in 9A610.b") is reached in part.
          reachAll(
            parts.filter((part) => partly.some((out) => within(part, out)) && !left.some((out) => within(part, out) || within(out, part))),
            { via: 'WHOLE_EXCEPT', conditional: true },
          );
          break;
        }
        case 'PARTS': {
          const named = reading.parts;
          if (named.length === 0) byParameters = true;
          const out = reading.exceptParts;
          // A condition one clause of the row states is that clause's paragraphs' alone (6A003: a.6's plug-ins).
          const about = reading.conditionalParts ?? [];
          for (const part of parts.filter((p) => named.some((n) => within(p, n)) && !out.some((o) => within(p, o) || within(o, p)))) {
            reachAll([part], { via: 'NAMED', conditional: reading.conditional && (about.length === 0 || about.some((c) => within(part, c))) });
          }
          break;
        }
        case 'SERVED_ITEMS':
          served.push(...(reading.servedItems ?? []));
          servedConditionally.push(...(reading.conditionalItems ?? []));
          servedConditional ||= reading.conditional;
          break;
        case 'PARAMETERS':
          byParameters = true;
          break;
      }
    }
    // A part all of whose sub-paragraphs are reached is reached too (9A012: NS1 "entire entry, except .a.1", NS2 "9A012.a.1").
    for (const part of [...parts].reverse()) {
      const children = childrenOf.get(part) ?? [];
      if (reach.has(part) || children.length === 0 || !children.every((child) => reach.has(child))) continue;
      reach.set(part, { via: 'CHILDREN', conditional: children.some((child) => (reach.get(child) as Reach).conditional) });
    }
    const topLevel = childrenOf.get(code) ?? [];
    const allReached = topLevel.length > 0 && topLevel.every((part) => reach.get(part)?.conditional === false);
    const topmost = (codes: string[]) => codes.filter((part) => !codes.some((other) => other !== part && within(part, other)));
    const reached = [...reach.keys()];
    const notReached = parts.filter((part) => !reach.has(part));

    let coverage: Coverage;
    if (whole || allReached) coverage = 'WHOLE_ENTRY';
    else if (wholeExcept) coverage = 'WHOLE_EXCEPT';
    else if (reached.length > 0) coverage = 'PARTS';
    else coverage = served.length > 0 && !byParameters ? 'SERVED_ITEMS' : 'PARAMETERS';
    const conditional =
      coverage !== 'WHOLE_ENTRY' && (byParameters || qualifiedExceptions || servedConditional || coverage === 'PARAMETERS' || [...reach.values()].some((r) => r.conditional));

    const narrowed = rows.length > 0 && coverage !== 'WHOLE_ENTRY';
    const scope = distinct(group.map((s) => s.scope)).join(' | ') + (narrowed ? `; within its ${first.regime} rows: ${distinct(rows.map((s) => s.scope)).join(' | ')}` : '');
    const column = distinct(group.map((s) => s.column)).join(' | ') || null;
    const rules = [...distinct(group.map((s) => s.rule)), ...(narrowed ? ['CODE_ORIGIN_WITHIN_ROWS'] : [])];
    entryAttributions.push({
      code,
      regime: first.regime,
      basis: first.basis,
      scope,
      column,
      coverage,
      parts: coverage === 'PARTS' ? topmost(reached) : [],
      // The paragraphs left out, not those that enclose one and are reached in part (1B001.d, whose d.1–d.3 are reached).
      exceptParts: coverage === 'WHOLE_EXCEPT' ? topmost(notReached.filter((part) => !reached.some((r) => within(r, part)))) : [],
      servedItems: coverage === 'SERVED_ITEMS' ? distinct(served) : [],
      conditionalItems: coverage === 'SERVED_ITEMS' ? distinct(servedConditionally) : [],
      conditional,
      rules,
      wholeEntry: coverage === 'WHOLE_ENTRY',
    });
    for (const [part, r] of reach) {
      partAttributions.push({ code: part, entryCode: code, regime: first.regime, basis: first.basis, via: r.via, conditional: r.conditional, scope, column, rules });
    }
  }
  return { entries: entryAttributions, parts: partAttributions };
}
