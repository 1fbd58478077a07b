// Query depth and cost limits, checked at validation time before anything runs.
// Depth counts nested selections (through fragments). Cost counts fields: a field with a `first` argument
// multiplies the cost of what it selects by that page size (its maximum when it is a variable), and any
// other list field by an assumed fan-out, since one entry has a handful of references, parts or attributions.
// Types are read by their printed form ("[Entry!]!"), not with graphql's instanceof helpers, which break
// when a test runner loads graphql twice (its CommonJS and ES module builds).
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext } from 'graphql';

interface FieldsOwner {
  getFields(): Record<string, { type: { toString(): string } }>;
}

function fieldsOwner(schema: GraphQLSchema, name: string | undefined): FieldsOwner | undefined {
  const type = name ? schema.getType(name) : undefined;
  return type && 'getFields' in type ? (type as unknown as FieldsOwner) : undefined;
}

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COST = 50_000;
const PAGE_SIZE_WHEN_VARIABLE = 200;
const DEFAULT_PAGE_SIZE = 50;
const LIST_FAN_OUT = 5;

interface Measure {
  depth: number;
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

function measure(set: SelectionSetNode, parent: FieldsOwner | undefined, walk: Walk, seen: Set<string>): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is bounded by the schema itself
      const printed = parent?.getFields()[selection.name.value]?.type.toString();
      const inner = selection.selectionSet
        ? measure(selection.selectionSet, fieldsOwner(walk.schema, printed?.replace(/[[\]!]/g, '')), walk, seen)
        : { depth: 0, cost: 0 };
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const isList = printed?.startsWith('[') ?? false;
      const multiplier = first
        ? first.value.kind === Kind.INT
          ? Number(first.value.value)
          : first.value.kind === Kind.VARIABLE
            ? PAGE_SIZE_WHEN_VARIABLE
            : DEFAULT_PAGE_SIZE
        : isList
          ? LIST_FAN_OUT
          : 1;
      depth = Math.max(depth, 1 + inner.depth);
      cost += 1 + Math.max(1, multiplier) * inner.cost;
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[selection.name.value] : undefined;
      if (selection.kind === Kind.FRAGMENT_SPREAD && (!fragment || seen.has(selection.name.value))) continue;
      const body = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragment!;
      const inner = measure(
        body.selectionSet,
        body.typeCondition ? fieldsOwner(walk.schema, body.typeCondition.name.value) : parent,
        walk,
        selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen,
      );
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

export function queryLimits(maxDepth = MAX_QUERY_DEPTH, maxCost = MAX_QUERY_COST) {
  return (context: ValidationContext): ASTVisitor => {
    const walk: Walk = { schema: context.getSchema(), fragments: {} };
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) walk.fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? walk.schema.getQueryType() : operation.operation === 'mutation' ? walk.schema.getMutationType() : walk.schema.getSubscriptionType();
        const { depth, cost } = measure(operation.selectionSet, fieldsOwner(walk.schema, root?.name), walk, new Set());
        if (depth > maxDepth) context.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth}; ask for fewer nested levels`, { nodes: [operation] }));
        else if (cost > maxCost) {
          context.reportError(new GraphQLError(`query cost ${cost} exceeds the limit of ${maxCost}; use smaller pages (first) or fewer nested lists`, { nodes: [operation] }));
        }
      },
    };
  };
}
