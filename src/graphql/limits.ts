// What one request may ask for, checked before anything runs (decision 0011). Three stages, each bounded:
// - parsing stops at MAX_TOKENS tokens, so every later check walks a document of bounded size;
// - `queryShape`, a validation rule, measures the document with each fragment measured once (a fragment spread
//   many times, or spreads nested ten deep, cost one visit each): nesting depth, aliases, root fields and the
//   number of fields once fragments are expanded; a fragment cycle is left to graphql's NoFragmentCycles rule;
// - `queryCostPlugin` prices the operation with graphql-query-complexity once the variables are known, with
//   costs that follow the work each field causes (a report reads most of the graph; a scalar is read with its row).
// Types are read by their printed form ("[Entry!]!"), not with graphql's instanceof helpers, which break when a
// test runner loads graphql twice (its CommonJS and ES module builds).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../services/entries.js';
import { MAX_SEARCH_RESULTS } from '../services/search.js';
import type { GraphQLContext } from './context.js';

export const MAX_TOKENS = 10_000;
export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 100;
export const MAX_ROOT_FIELDS = 20;
/** Fields once fragments are expanded: also what bounds the cost analysis, which walks them. */
export const MAX_EXPANDED_FIELDS = 5_000;
export const MAX_QUERY_COST = 10_000;

/** The error code every limit reports, so a client can tell "ask for less" from a broken query. */
export const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

interface Shape {
  depth: number;
  aliases: number;
  rootFields: number;
  fields: number;
}

const NONE: Shape = { depth: 0, aliases: 0, rootFields: 0, fields: 0 };
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Measures selection sets, memoising each fragment's measure so expansion never repeats work. */
class ShapeMeter {
  private readonly measured = new Map<string, Shape>();
  private readonly inProgress = new Set<string>();
  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  measure(set: SelectionSetNode): Shape {
    let depth = 0;
    let aliases = 0;
    let rootFields = 0;
    let fields = 0;
    for (const selection of set.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? this.measure(selection.selectionSet) : NONE;
        // Introspection nests type references (ofType) deeper than any data query; its size still counts, and its cost.
        const depth = INTROSPECTION_ROOTS.has(selection.name.value) ? 1 : 1 + below.depth;
        inner = { depth, aliases: below.aliases + (selection.alias ? 1 : 0), rootFields: 1, fields: 1 + below.fields };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.measure(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      rootFields += inner.rootFields;
      fields += inner.fields;
    }
    return { depth, aliases, rootFields, fields };
  }

  private fragment(name: string): Shape {
    const known = this.measured.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    // Unknown fragments and cycles are reported by graphql's own rules; here they add nothing.
    if (!definition || this.inProgress.has(name)) return NONE;
    this.inProgress.add(name);
    const shape = this.measure(definition.selectionSet);
    this.inProgress.delete(name);
    this.measured.set(name, shape);
    return shape;
  }
}

const tooComplex = (message: string) => new GraphQLError(message, { extensions: { code: TOO_COMPLEX, http: { status: 400 } } });

/** The validation rule: depth, aliases, root fields and expanded size, in one pass over each definition. */
export function queryShape(limits = { depth: MAX_QUERY_DEPTH, aliases: MAX_ALIASES, rootFields: MAX_ROOT_FIELDS, fields: MAX_EXPANDED_FIELDS }) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const meter = new ShapeMeter(fragments);
    return {
      OperationDefinition(operation) {
        const { depth, aliases, rootFields, fields } = meter.measure(operation.selectionSet);
        const nodes = [operation];
        if (depth > limits.depth) context.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${limits.depth}; ask for fewer nested levels`, { nodes }));
        else if (rootFields > limits.rootFields) {
          context.reportError(new GraphQLError(`query root fields ${rootFields} exceeds the limit of ${limits.rootFields}; split the request into several`, { nodes }));
        } else if (aliases > limits.aliases) {
          context.reportError(new GraphQLError(`query aliases ${aliases} exceeds the limit of ${limits.aliases}; ask for each thing once`, { nodes }));
        } else if (fields > limits.fields) {
          context.reportError(new GraphQLError(`query fields ${fields} exceeds the limit of ${limits.fields} (fragments expanded); ask for fewer fields`, { nodes }));
        }
      },
    };
  };
}

// ---- cost ----

/** Root fields that read most of the graph: each is a report, whatever it selects. */
const REPORT_COST: Record<string, number> = {
  overlap: 2_000,
  gaps: 2_000,
  ittCoverage: 2_000,
  thresholdComparison: 1_000,
  membershipMatrix: 200,
  membershipGaps: 200,
};
/**
 * The overlap report reads only the sections a query selects (src/services/reports/overlap.ts): its basis, then
 * shared entries, cross-regime links and technology areas, each about a third of the whole; the shared parts'
 * count is one read that returns one number. A selection through
 * fragments is priced whole, so the price is never below the work.
 */
const OVERLAP_BASIS_COST = 200;
const OVERLAP_SECTION_COST: Record<string, number> = { sharedEntries: 600, sharedPartCount: 100, links: 600, technologies: 600 };
function overlapCost(args: ComplexityEstimatorArgs): number {
  const selections = args.node.selectionSet?.selections ?? [];
  if (selections.some((selection) => selection.kind !== Kind.FIELD)) return REPORT_COST.overlap as number;
  const names = new Set(selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '')));
  return OVERLAP_BASIS_COST + Object.entries(OVERLAP_SECTION_COST).reduce((sum, [section, cost]) => sum + (names.has(section) ? cost : 0), 0);
}

/** Root fields that run one indexed read, plus the rows they return. */
const LOOKUP_COST: Record<string, number> = { entry: 10, entries: 20, search: 100, regimes: 5, lists: 5, dataVersion: 5, countries: 5, technologies: 5 };
/** How many items a list field is assumed to hold when nothing bounds it: an entry has a handful of parts, references, attributions. */
const LIST_FAN_OUT = 5;

/** The page a field asks for (variables already substituted), within what the service allows. */
function pageSize(args: ComplexityEstimatorArgs, fallback: number, max: number): number {
  const value = Number(args.args.first ?? fallback);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback;
}

/** The cost of a field: what it makes the service do, plus what it selects times how many times it selects it. */
export const fieldCost: ComplexityEstimator = (args) => {
  const name = args.field.name;
  // __typename is known without reading anything. Introspection is answered from the schema in memory, but its
  // lists nest (a type's fields' types' fields …), so it is priced like any other lists.
  if (name === '__typename') return 0;
  const printed = String(args.field.type);
  const isList = printed.startsWith('[');
  if (args.type.name === 'Query') {
    if (name === 'overlap') return overlapCost(args) + args.childComplexity;
    const report = REPORT_COST[name];
    if (report !== undefined) return report + args.childComplexity;
    const base = LOOKUP_COST[name] ?? 10;
    if (name === 'entries') return base + pageSize(args, 50, MAX_PAGE_SIZE) * args.childComplexity;
    if (name === 'search') return base + pageSize(args, 20, MAX_SEARCH_RESULTS) * args.childComplexity;
    return base + (isList ? LIST_FAN_OUT : 1) * args.childComplexity;
  }
  // A connection's nodes are already counted by its page size.
  if (args.type.name === 'EntryConnection' && name === 'nodes') return 1 + args.childComplexity;
  if (args.childComplexity === 0) return isList ? 1 : 0; // a scalar (or a list of them) comes with its row
  return 1 + (isList ? LIST_FAN_OUT : 1) * args.childComplexity;
};

/** What pricing an operation found: its cost, too many fields to price, or variables that do not fit (not priced). */
type Price = number | 'too many fields' | 'unpriced';

/** Prices kept per document: one for each operation name and set of variables it was asked with, the latest this many. */
const PRICES_PER_DOCUMENT = 32;
/** Variables longer than this (as JSON) are priced every time, not kept: a price is small, its key need not be large. */
const MAX_PRICED_VARIABLES = 2_048;

function price(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): Price {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [fieldCost], maxQueryNodes: MAX_EXPANDED_FIELDS * 2 });
  } catch (error) {
    // Variables that do not fit their types are reported when the operation runs, naming the variable.
    return error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message) ? 'too many fields' : 'unpriced';
  }
}

/**
 * Prices the resolved operation with its variables; over the limit, the request is refused before it runs. The price
 * depends only on the document, the operation and the variables (the schema is the server's), and Apollo hands
 * back the same parsed document for a query asked again (documentStore.ts), so each document keeps its prices,
 * weakly: a document dropped from the store takes them along. A lookup costs a fraction of a millisecond to price,
 * a good part of what it costs to answer.
 */
export function queryCostPlugin(maxCost = MAX_QUERY_COST): ApolloServerPlugin<GraphQLContext> {
  const prices = new WeakMap<DocumentNode, Map<string, Price>>();
  const priced = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): Price => {
    const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    if (key.length > MAX_PRICED_VARIABLES) return price(schema, document, operationName, variables);
    let kept = prices.get(document);
    const known = kept?.get(key);
    if (known !== undefined) return known;
    const found = price(schema, document, operationName, variables);
    if (!kept) prices.set(document, (kept = new Map()));
    if (kept.size >= PRICES_PER_DOCUMENT) kept.delete(kept.keys().next().value as string);
    kept.set(key, found);
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const cost = priced(schema, document, operationName ?? undefined, request.variables ?? {});
          if (cost === 'too many fields') throw tooComplex(`query fields exceed the limit of ${MAX_EXPANDED_FIELDS} (fragments expanded); ask for fewer fields`);
          if (cost === 'unpriced') return;
          if (cost > maxCost) {
            throw tooComplex(`query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer reports at once (a report costs up to 2000), smaller pages (first) or fewer nested lists`);
          }
        },
      };
    },
  };
}

/** Parse options for Apollo: a document of more tokens is refused while it is being read. */
export const parseLimits = { maxTokens: MAX_TOKENS };
