// Writes one parsed list, with its technology areas and thresholds, in a single write transaction:
// the list lands whole or not at all. Rows go in UNWIND batches; every MERGE is on a constrained key.
import type { ManagedTransaction } from 'neo4j-driver';
import { runRows, type Executor } from '../../src/db/executor.js';
import { cypher } from '../../src/db/queries.js';
import { assignTechnologies, type Taxonomy } from '../enrich/technologies.js';
import { technologyRows } from './writeTechnologies.js';
import { placeThresholds } from '../enrich/thresholds.js';
import type { ParsedList } from '../model.js';
import { REGIMES, US_REASON_NAMES } from './regimes.js';
import { HOLDS_NO_ITEMS, resolveAttributions } from '../enrich/attributions.js';
import { deriveCoverage } from '../enrich/coverage.js';
import { paragraphTree, servingParagraphs, supportReach, supportTies } from '../enrich/supportTies.js';
import { thresholdBelonging } from '../enrich/thresholdBelonging.js';

const BATCH = 2_000;

/**
 * The version of what the import derives from a list (part attributions, coverage, support ties, thresholds).
 * A list loaded from the same file by an older derivation is loaded again, so an upgrade never serves stale facts.
 */
export const DERIVATION_VERSION = 83;

/** The transaction timeout of an import, wherever it is started (the CLI, the service's first start, the tests). */
export const IMPORT_TIMEOUT_MS = 600_000;

/** How many loaded lists were written by another derivation version (and would be loaded again by an import). */
export async function staleListCount(executor: Executor): Promise<number> {
  const [row] = await executor.read('import/lists-stale', { derivation: DERIVATION_VERSION });
  return Number(row?.stale ?? 0);
}

export interface ListLoadResult {
  listId: string;
  status: 'loaded' | 'unchanged';
  counts: Record<string, number>;
  /** References and supports whose target code is not an entry of the list (e.g. a removed ECCN). */
  unresolved: string[];
}

export class ListConflictError extends Error {
  override readonly name = 'ListConflictError';
}

async function batched(tx: ManagedTransaction, query: string, rows: object[], params: Record<string, unknown> = {}, progress?: (done: number) => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await runRows(tx, cypher(query), { ...params, rows: rows.slice(i, i + BATCH) });
    progress?.(Math.min(i + BATCH, rows.length));
  }
}

const entryId = (listId: string, code: string) => `${listId}:${code}`;

export async function writeRegimes(executor: Executor): Promise<void> {
  await executor.write('import/regimes', { rows: REGIMES }, 'import:regimes');
}

/** Loads a list unless the same version from the same file is already there; `force` reloads it. */
export async function writeList(
  executor: Executor,
  parsed: ParsedList,
  taxonomy: Taxonomy,
  log: (line: string) => void,
  options: { force?: boolean } = {},
): Promise<ListLoadResult> {
  const { list } = parsed;
  const existing = await executor.read('import/list-find', { id: list.id });
  const existingSha = existing[0]?.sha256;
  const current = existing[0]?.derivation === DERIVATION_VERSION;
  if (existingSha !== undefined && !options.force) {
    if (existingSha === list.sha256 && current) return { listId: list.id, status: 'unchanged', counts: {}, unresolved: [] };
    if (existingSha !== list.sha256) {
      throw new ListConflictError(
        `list ${list.id} is already loaded from a different file (sha256 ${String(existingSha).slice(0, 12)}…, this file ${list.sha256.slice(0, 12)}…): give this file its own version with --version, or reload with --force`,
      );
    }
    log(`  ${list.id}: loaded by an older derivation; loading it again`);
  }

  const codes = new Set(parsed.entries.map((e) => e.code));
  const unresolved: string[] = [];
  const resolvable = <T extends { from: string; to: string }>(links: T[], what: string): T[] =>
    links.filter((link) => {
      const ok = codes.has(link.to) && codes.has(link.from);
      if (!ok) unresolved.push(`${what} ${link.from} -> ${link.to}`);
      return ok;
    });

  // Each entry keeps its place in the list (ordinal), so what is read back from the graph comes in the list's order.
  const entries = parsed.entries.map((e, ordinal) => ({ ...e, id: entryId(list.id, e.code), ordinal }));
  const parts = parsed.entries
    .filter((e) => e.parentCode !== null && codes.has(e.parentCode))
    .map((e) => ({ parent: entryId(list.id, e.parentCode as string), child: entryId(list.id, e.code) }));
  // The issues the resolution finds (a scope naming a paragraph the entry lacks) are stored with the list's own.
  const resolutionIssues = [...parsed.issues];
  const resolved = resolveAttributions(parsed.entries, parsed.attributions, resolutionIssues);
  const attributions = resolved.entries.map((a) => ({ ...a, entry: entryId(list.id, a.code) }));
  const partAttributions = resolved.parts.map((a) => ({ ...a, entry: entryId(list.id, a.code) }));
  // Coverage of each regime's entries by the other regimes, within this list only; regime lists carry no text to cover with.
  const coverage =
    list.kind === 'NATIONAL'
      ? deriveCoverage({
          entries: parsed.entries,
          attributions: resolved.entries,
          partAttributions: resolved.parts,
          statements: parsed.attributions,
          references: parsed.references,
          supports: parsed.supports,
          jurisdiction: list.jurisdiction,
        }).map((c) => ({ ...c, entry: entryId(list.id, c.code), evidence: c.evidence.map((e) => JSON.stringify(e)) }))
      : [];
  const reasons = parsed.reasons.map((r) => ({ ...r, entry: entryId(list.id, r.code), name: US_REASON_NAMES[r.reason] ?? r.reason }));
  const references = resolvable(parsed.references, 'reference').map((r) => ({
    from: entryId(list.id, r.from),
    to: entryId(list.id, r.to),
    key: `${r.kind}|${r.toPart ?? ''}`,
    kind: r.kind,
    toPart: r.toPart,
    text: r.text,
  }));
  // Each support counts for the regimes whose row (or, in the EU list, code) ties the software or technology entry.
  const statementsOf = new Map<string, typeof parsed.attributions>();
  for (const a of parsed.attributions) statementsOf.set(a.code, [...(statementsOf.get(a.code) ?? []), a]);
  const paragraphsOf = servingParagraphs(parsed.entries);
  const placeholders = new Set(parsed.entries.filter((e) => e.itar).map((e) => e.code));
  const tree = paragraphTree(parsed.entries);
  // A list of paragraphs as stored on an edge: '' for the whole entry.
  const stored = (parts: readonly string[] | null) => (parts === null ? '' : parts.join(' '));
  // A paragraph that holds no items ("[Reserved]") is served by nothing: 3D001's "3A001.b to 3A002.h" runs over 3A002.b.
  const empty = new Set(parsed.entries.filter((e) => e.kind === 'PART' && HOLDS_NO_ITEMS.test(e.text)).map((e) => e.code));
  const supports = resolvable(parsed.supports, 'support').filter((s) => s.toPart === null || !empty.has(s.toPart)).map((s) => {
    // A CCL placeholder whose items are "subject to the ITAR" (9D103) controls nothing on the list: it counts for no regime.
    const ties = placeholders.has(s.from) ? [] : supportTies(s, statementsOf.get(s.from) ?? [], list.jurisdiction, statementsOf.get(s.to) ?? [], paragraphsOf.get(s.from), tree);
    return {
      from: entryId(list.id, s.from),
      to: entryId(list.id, s.to),
      phase: s.phase,
      // One edge per paragraph served: 9E101 serves 9A106.d and 9A106.e, not 9A106 as a whole.
      key: s.toPart ?? '',
      toPart: s.toPart,
      // The paragraphs it reaches (9E515.a: 9A515 less its bracket's), and for each regime those the tie reaches too.
      reach: stored(supportReach(s, tree)),
      text: s.text,
      regimes: ties.map((t) => t.regime),
      tieParts: ties.map((t) => stored(t.parts)),
      tieRules: ties.map((t) => t.rule),
      tieWords: ties.map((t) => t.words),
    };
  });
  // Technologies and thresholds are read from top-level entries: their text already holds their parts' words.
  const topLevel = entries.filter((e) => e.kind === 'ENTRY');
  const partsOf = new Map<string, typeof entries>();
  for (const e of entries) if (e.kind === 'PART') partsOf.set(e.code.split('.')[0]!, [...(partsOf.get(e.code.split('.')[0]!) ?? []), e]);
  // An area found by words in some paragraphs only covers those (and what is under them). The paragraphs are what
  // the graph has under the entry (HAS_PART, at any depth, in the list's order), as the technologies import reads
  // them (import/entry-texts): in the MTCR list an item's sub-items are entries of their own under it.
  const under = new Map<string, typeof entries>();
  const parentOf = new Map(entries.map((e) => [e.code, e.parentCode !== null && codes.has(e.parentCode) ? e.parentCode : null]));
  for (const e of entries) {
    for (let above = parentOf.get(e.code) ?? null; above !== null; above = parentOf.get(above) ?? null) under.set(above, [...(under.get(above) ?? []), e]);
  }
  const controls = topLevel.flatMap((e) =>
    assignTechnologies({ ...e, parts: under.get(e.code) ?? [] }, taxonomy).map((a) => ({ entry: e.id, technology: a.technologyId, ruleId: a.ruleId, evidence: a.evidence, parts: a.parts })),
  );
  // Thresholds: each placed in its paragraph (a part), with its role, and a reason row's numbers with that row's regime.
  const reasonsOf = new Map<string, typeof reasons>();
  for (const r of reasons) reasonsOf.set(r.code, [...(reasonsOf.get(r.code) ?? []), r]);
  const thresholdLayout = list.jurisdiction === 'US' ? 'US_CCL' : 'FLAT';
  const entryAttributionsOf = new Map<string, (typeof resolved.entries)[number][]>();
  for (const a of resolved.entries) entryAttributionsOf.set(a.code, [...(entryAttributionsOf.get(a.code) ?? []), a]);
  const partAttributionsOf = new Map<string, (typeof resolved.parts)[number][]>();
  for (const a of resolved.parts) partAttributionsOf.set(a.code, [...(partAttributionsOf.get(a.code) ?? []), a]);
  const thresholds = topLevel.flatMap((e) =>
    placeThresholds(e, partsOf.get(e.code) ?? [], reasonsOf.get(e.code) ?? [], { layout: thresholdLayout, decimalComma: list.jurisdiction === 'EU' }).map(
      (t, i) => {
        const belongs = thresholdBelonging(t, entryAttributionsOf.get(e.code) ?? [], t.part !== null && codes.has(t.part) ? (partAttributionsOf.get(t.part) ?? []) : null);
        return {
          ...t,
          entry: e.id,
          id: `${e.id}#${i + 1}`,
          ordinal: i + 1,
          partId: t.part === null ? null : entryId(list.id, t.part),
          // The regimes the number belongs to, as three lists of one length (a property holds no maps).
          belongsRegimes: belongs.map((b) => b.regime),
          belongsVias: belongs.map((b) => b.via),
          belongsConditions: belongs.map((b) => b.condition ?? ''),
        };
      },
    ),
  );

  const issues = resolutionIssues.map((i) => `${i.action} ${i.record}: ${i.problem}`);
  await executor.writeTransaction(`import:${list.id}`, async (tx) => {
    if (existingSha !== undefined) await runRows(tx, cypher('import/list-delete'), { id: list.id });
    await runRows(tx, cypher('import/regimes'), { rows: REGIMES });
    await runRows(tx, cypher('import/technologies'), { rows: technologyRows(taxonomy) });
    await runRows(tx, cypher('import/list'), { list, issueCount: issues.length, issues, derivation: DERIVATION_VERSION });
    await batched(tx, 'import/entries', entries, { listId: list.id }, (n) => log(`  ${list.id}: entries ${n}/${entries.length}`));
    await batched(tx, 'import/parts', parts);
    await batched(tx, 'import/attributions', attributions);
    await batched(tx, 'import/part-attributions', partAttributions);
    await batched(tx, 'import/coverage', coverage);
    await batched(tx, 'import/reasons', reasons);
    await batched(tx, 'import/references', references);
    await batched(tx, 'import/supports', supports);
    await batched(tx, 'import/controls', controls);
    await batched(tx, 'import/thresholds', thresholds);
    await runRows(tx, cypher('import/entry-codes'), { listId: list.id });
    await runRows(tx, cypher('import/regime-counts'), { listId: list.id });
    await runRows(tx, cypher('import/dataset-touch'), {});
  });
  return {
    listId: list.id,
    status: 'loaded',
    counts: {
      entries: entries.length,
      parts: parts.length,
      attributions: attributions.length,
      partAttributions: partAttributions.length,
      coverage: coverage.length,
      reasons: reasons.length,
      references: references.length,
      supports: supports.length,
      technologies: controls.length,
      thresholds: thresholds.length,
      issues: issues.length,
    },
    unresolved,
  };
}
