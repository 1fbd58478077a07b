// Named technology areas (seed/taxonomy/technologies.json) and the rules that put list entries into them.
// Every assignment says which rule made it and quotes the code or the source words it matched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../graph/runtime/paths.js';
import { z } from 'zod';
import { ProductGroup, RegimeCode } from '../../src/domain/vocabulary.js';
import { SourceFormatError } from '../sourceError.js';

// From the project root, so the path holds when the code runs compiled from dist/ as well.
export const DEFAULT_TAXONOMY_FILE = join(projectRoot, 'seed', 'taxonomy', 'technologies.json');

const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens');

/**
 * CODE rules match the entry code (`9A012`, `9A012.a.1`, `M19A2`, `T5.1.1a`), case-sensitively.
 * TEXT rules match the entry's words case-insensitively: the title, the text or both (default),
 * optionally only for some product groups (A systems … E technology).
 */
export const TechnologyRule = z
  .object({
    id: KebabId,
    kind: z.enum(['CODE', 'TEXT']),
    pattern: z.string().min(1),
    why: z.string().min(1),
    groups: z.array(ProductGroup).min(1).optional(),
    /** TEXT rules only: where to look. `title` is much safer for words that texts use in passing. */
    field: z.enum(['title', 'text', 'both']).optional(),
  })
  .strict();
export type TechnologyRule = z.infer<typeof TechnologyRule>;

export const TechnologyArea = z
  .object({
    id: KebabId,
    name: z.string().min(1),
    /** Where the area typically sits; informative, not a claim about any one entry. */
    regimes: z.array(RegimeCode).min(1),
    description: z.string().min(1),
    /** In priority order: the first rule that matches an entry is the one recorded. */
    rules: z.array(TechnologyRule).min(1),
  })
  .strict();
export type TechnologyArea = z.infer<typeof TechnologyArea>;

const TaxonomyFile = z
  .object({
    about: z.string().optional(),
    areas: z.array(z.unknown()).min(1),
  })
  .strict();

interface CompiledRule {
  rule: TechnologyRule;
  regex: RegExp;
}
interface CompiledArea {
  area: TechnologyArea;
  rules: CompiledRule[];
}

/** A validated taxonomy with its regular expressions compiled once. */
export interface Taxonomy {
  readonly file: string;
  readonly areas: readonly TechnologyArea[];
  readonly compiled: readonly CompiledArea[];
}

export interface TechnologyAssignment {
  technologyId: string;
  ruleId: string;
  /** For CODE rules `code 9A012 matches ^9A012`; for TEXT rules the matched words in their context. */
  evidence: string;
  /**
   * The paragraphs the area covers, when a TEXT rule matched only in some of the entry's paragraphs ("P4 containment" in
   * US 2B352.a.1, "Spraying or fogging systems" in 2B352.i): the area holds those and their sub-paragraphs, not the
   * fermenters of 2B352.b. Null when the area covers the entry as a whole (a CODE rule, the title, or words outside its
   * paragraphs).
   */
  parts: string[] | null;
}

export interface TechnologyEntry {
  code: string;
  title: string;
  text: string;
  group: string | null;
  /** The entry's paragraphs (`2B352.a.1`), each with its own words; none for an entry the list gives no parts. */
  parts?: ReadonlyArray<{ code: string; text: string }>;
}

/** Validate and compile taxonomy JSON. Throws SourceFormatError naming the area and rule at fault. */
export function parseTaxonomy(json: unknown, file = 'technologies.json'): Taxonomy {
  const top = TaxonomyFile.safeParse(json);
  if (!top.success) throw new SourceFormatError(file, 'top level', describe(top.error));

  const areas: TechnologyArea[] = [];
  const compiled: CompiledArea[] = [];
  const areaIds = new Set<string>();
  const ruleIds = new Map<string, string>();

  top.data.areas.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : `#${index}`;
    const parsed = TechnologyArea.safeParse(raw);
    if (!parsed.success) throw new SourceFormatError(file, `area ${rawId}`, describe(parsed.error, raw));
    const area = parsed.data;
    if (areaIds.has(area.id)) throw new SourceFormatError(file, `area ${area.id}`, 'duplicate area id');
    areaIds.add(area.id);

    const rules = area.rules.map((rule): CompiledRule => {
      const where = `area ${area.id}, rule ${rule.id}`;
      const owner = ruleIds.get(rule.id);
      if (owner !== undefined) throw new SourceFormatError(file, where, `duplicate rule id (already used in area ${owner})`);
      ruleIds.set(rule.id, area.id);
      if (rule.kind === 'CODE' && rule.field !== undefined) {
        throw new SourceFormatError(file, where, '`field` applies to TEXT rules only');
      }
      let regex: RegExp;
      try {
        regex = new RegExp(rule.pattern, rule.kind === 'TEXT' ? 'i' : '');
      } catch (error) {
        throw new SourceFormatError(file, where, `invalid regular expression /${rule.pattern}/: ${(error as Error).message}`);
      }
      if (regex.test('')) throw new SourceFormatError(file, where, `pattern /${rule.pattern}/ matches the empty string`);
      return { rule, regex };
    });
    areas.push(area);
    compiled.push({ area, rules });
  });
  return { file, areas, compiled };
}

/** Read, validate and compile the taxonomy file (the repository's own by default). */
export function loadTaxonomy(file: string = DEFAULT_TAXONOMY_FILE): Taxonomy {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SourceFormatError(file, 'whole file', `cannot read JSON: ${(error as Error).message}`);
  }
  return parseTaxonomy(json, file);
}

const CONTEXT_CHARS = 60;

/**
 * Every technology area the entry falls into: one assignment per area, made by its first matching rule. When that rule
 * covers some paragraphs only, the area's later rules that also cover paragraphs add theirs (EU 0B001: the code rule
 * names 0B001.b, the words "Gas centrifuge" stand in 0B001.a.1 too), each named in the evidence.
 */
export function assignTechnologies(entry: TechnologyEntry, taxonomy: Taxonomy): TechnologyAssignment[] {
  const assignments: TechnologyAssignment[] = [];
  for (const { area, rules } of taxonomy.compiled) {
    let found = null as TechnologyAssignment | null;
    for (const { rule, regex } of rules) {
      if (rule.groups !== undefined && (entry.group === null || !(rule.groups as string[]).includes(entry.group))) continue;
      const match = ruleMatch(entry, rule, regex);
      if (match === null) continue;
      if (found === null) {
        found = { technologyId: area.id, ruleId: rule.id, ...match };
        if (match.parts === null) break;
      } else if (match.parts !== null) {
        const parts = topmost([...found.parts!, ...match.parts]);
        if (parts.length > found.parts!.length) found = { ...found, evidence: `${found.evidence}; ${rule.id}: ${match.evidence}`, parts };
      }
    }
    if (found !== null) assignments.push(found);
  }
  return assignments;
}

/** What one rule finds in an entry: its evidence and the paragraphs it covers (null: the whole entry), or null. */
function ruleMatch(entry: TechnologyEntry, rule: TechnologyRule, regex: RegExp): { evidence: string; parts: string[] | null } | null {
  if (rule.kind === 'CODE') {
    // A rule naming a paragraph ("^0A001\\.f": EU 0A001.f zirconium fuel-cladding tubes) covers that paragraph only; a
    // rule leaving one out ("^1C351(?![0-9]|\\.d)": the toxins of 1C351.d are another area's) covers the others.
    const codes = (entry.parts ?? []).map((p) => p.code);
    const named = codes.filter((code) => regex.test(code));
    const whole = regex.test(entry.code);
    if (whole && (named.length === codes.length || named.length === 0)) return { evidence: `code ${entry.code} matches ${rule.pattern}`, parts: null };
    if (named.length === 0) return null;
    const parts = topmost(named);
    return { evidence: `code ${parts.join(', ')} matches ${rule.pattern}`, parts };
  }
  const field = rule.field ?? 'both';
  const haystack = field === 'title' ? entry.title : field === 'text' ? entry.text : `${entry.title}\n${entry.text}`;
  const match = regex.exec(haystack);
  if (match === null) return null;
  const inTitle = field === 'title' || (field === 'both' && match.index < entry.title.length);
  return { evidence: quote(haystack, match.index, match[0].length, field), parts: inTitle ? null : matchedParts(entry, regex) };
}

/** Paragraph codes less those under another one of them, in reading order. */
function topmost(codes: string[]): string[] {
  const unique = [...new Set(codes)];
  return unique.filter((code) => !unique.some((other) => code.startsWith(`${other}.`))).sort(compareCodes);
}

/**
 * The paragraphs a text rule's words sit in: for each match in the entry's text, the deepest part whose words hold it
 * (an EU part's text holds its sub-paragraphs'; a US part's is its own line), less those under another one found.
 * Matches outside the parts (a note "This ECCN does not control spraying or fogging systems … as specified in 2B352.i",
 * Related Controls) say nothing of which paragraphs are in the area; when no part holds one, the area is the whole
 * entry's (null).
 */
function matchedParts(entry: TechnologyEntry, regex: RegExp): string[] | null {
  const parts = entry.parts ?? [];
  if (parts.length === 0) return null;
  // Parts in the text's order (code order, numbers as numbers): each is looked for after the one before (a short line
  // such as "Pistons;" recurs).
  let after = 0;
  const spans = [...parts].sort((a, b) => compareCodes(a.code, b.code)).flatMap((p) => {
    const words = p.text.trim();
    if (words === '') return [];
    let at = entry.text.indexOf(words, after);
    if (at === -1) at = entry.text.indexOf(words);
    else after = at;
    return at === -1 ? [] : [{ code: p.code, from: at, to: at + words.length, depth: p.code.split('.').length }];
  });
  const found = new Set<string>();
  // Words that name the paragraph they are about ("superconducting solenoidal electromagnets in 3A001.e.3", in the NP row
  // and in 3A001.z.3) put that paragraph in the area too.
  const codes = new Set(parts.map((p) => p.code));
  const named = new RegExp(`^[^;]{0,20}?\\b(?:in|of|under|by)\\s+${entry.code.replace(/[.]/g, '\\.')}((?:\\.[a-z0-9]+)+)`);
  for (const m of entry.text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))) {
    const holding = spans.filter((s) => s.from <= m.index && m.index < s.to).sort((a, b) => b.depth - a.depth)[0];
    if (holding !== undefined) found.add(holding.code);
    const pointer = named.exec(entry.text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1]?.replace(/\.$/, '');
    if (pointer !== undefined && codes.has(`${entry.code}${pointer}`)) found.add(`${entry.code}${pointer}`);
  }
  if (found.size === 0) return null;
  return topmost([...found]);
}

/** Paragraph codes in reading order: `a.2` before `a.10`, a paragraph before its sub-paragraphs. */
function compareCodes(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const [m, n] = [Number(x[i]), Number(y[i])];
    return Number.isNaN(m) || Number.isNaN(n) ? x[i]!.localeCompare(y[i]!) : m - n;
  }
  return x.length - y.length;
}

/** `title: "…words before «match» words after…"`, cut at word boundaries, whitespace collapsed. */
function quote(haystack: string, at: number, length: number, field: string): string {
  let start = Math.max(0, at - CONTEXT_CHARS);
  let end = Math.min(haystack.length, at + length + CONTEXT_CHARS);
  if (start > 0) {
    const space = haystack.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < haystack.length) {
    const space = haystack.lastIndexOf(' ', end);
    if (space > at + length) end = space;
  }
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const before = squash(haystack.slice(start, at)).trimStart();
  const matched = squash(haystack.slice(at, at + length));
  const after = squash(haystack.slice(at + length, end)).trimEnd();
  const where = field === 'both' ? 'title/text' : field;
  return `${where}: "${start > 0 ? '…' : ''}${before}«${matched}»${after}${end < haystack.length ? '…' : ''}"`;
}

function describe(error: z.ZodError, raw?: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String);
      // Name the rule by id, not by index, when the problem is inside one.
      if (path[0] === 'rules' && path[1] !== undefined && raw !== null && typeof raw === 'object') {
        const rules = (raw as { rules?: unknown }).rules;
        const rule = Array.isArray(rules) ? (rules[Number(path[1])] as { id?: unknown } | undefined) : undefined;
        if (rule !== undefined && typeof rule === 'object' && rule !== null && typeof rule.id === 'string') {
          path.splice(0, 2, `rule ${rule.id}`);
        }
      }
      return `${path.join('.') || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}
