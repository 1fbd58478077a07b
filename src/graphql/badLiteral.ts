// graphql-js reports a bad literal argument value (an unknown enum value, a string for an Int) in validation,
// before any resolver runs, and without naming the argument. This finds the argument from the value's place in
// the document, so the client gets `extensions.argument` as for every other bad argument, and for an enum the
// values it allows.
import { Kind, parse, visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';
import { typeDefs } from './schema.js';

let enumValues: Map<string, string[]> | undefined;

/** Each enum of the schema with its values, read once from the schema files. */
function valuesOfEnum(name: string): string[] | undefined {
  enumValues ??= new Map(
    typeDefs()
      .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
  );
  return enumValues.get(name);
}

/** The argument path of the value at `start` in the document: `regime`, or `filter.regime` inside an input object. */
function argumentAt(document: DocumentNode, start: number): string | undefined {
  let found: string | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found !== undefined || node.loc?.start !== start || !isValue(node)) return undefined;
      const names: string[] = [];
      // `ancestors` stops before the parent, which comes on its own.
      for (const ancestor of [...ancestors, parent]) {
        if (ancestor === undefined || Array.isArray(ancestor)) continue;
        const n = ancestor as ASTNode;
        if (n.kind === Kind.ARGUMENT) names.splice(0, names.length, n.name.value);
        else if (n.kind === Kind.OBJECT_FIELD && names.length > 0) names.push(n.name.value);
      }
      if (names.length > 0) found = names.join('.');
      return false;
    },
  });
  return found;
}

function isValue(node: ASTNode): boolean {
  return node.kind === Kind.ENUM || node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.FLOAT || node.kind === Kind.BOOLEAN || node.kind === Kind.LIST || node.kind === Kind.OBJECT;
}

/** For a bad literal's validation error: the argument it was given for, and a message that names it and what is allowed. */
export function describeBadLiteral(error: unknown, message: string): { argument?: string; message: string } {
  const graphqlError = error as Partial<GraphQLError> | null;
  const start = graphqlError?.nodes?.[0]?.loc?.start;
  const body = graphqlError?.source?.body;
  if (start === undefined || body === undefined) return { message };
  let argument: string | undefined;
  try {
    argument = argumentAt(parse(body, { noLocation: false }), start);
  } catch {
    argument = undefined;
  }
  const enumName = /^Value ".*" does not exist in "(\w+)" enum/.exec(message)?.[1];
  const allowed = enumName === undefined ? undefined : valuesOfEnum(enumName);
  const withValues = allowed === undefined ? message : `${message.replace(/ Did you mean .*$/, '')} The values are ${allowed.join(', ')}.`;
  return argument === undefined ? { message: withValues } : { argument, message: `${argument}: ${withValues}` };
}

// ---- bad variable values -----------------------------------------------------------------------

const BAD_VARIABLE = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s;

/** The argument paths a variable is passed to in the document: `regime`, or `filter.regime` inside an input object. */
function argumentsOfVariable(document: DocumentNode, variable: string): string[] {
  const found: string[] = [];
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      if (node.name.value !== variable) return;
      const names: string[] = [];
      for (const ancestor of [...ancestors, parent]) {
        if (ancestor === undefined || Array.isArray(ancestor)) continue;
        const n = ancestor as ASTNode;
        if (n.kind === Kind.VARIABLE_DEFINITION) return;
        if (n.kind === Kind.ARGUMENT) names.splice(0, names.length, n.name.value);
        else if (n.kind === Kind.OBJECT_FIELD && names.length > 0) names.push(n.name.value);
      }
      if (names.length > 0) found.push(names.join('.'));
    },
  });
  return found;
}

/**
 * For a variable's value that graphql-js refused while coercing it (`{"r": "XX"}` for `$r: RegimeCode!`): the
 * argument it was passed to, as for a bad literal (a field of an input-object variable is appended: `filter.regime`),
 * and for an enum the values it allows. Undefined when the message is not such a refusal.
 */
export function describeBadVariable(message: string, body: string | undefined): { argument?: string; variable: string; message: string } | undefined {
  const match = BAD_VARIABLE.exec(message);
  if (!match) return undefined;
  const [, variable = '', value = '', at, reason = ''] = match;
  let used: string[] = [];
  try {
    used = body === undefined ? [] : argumentsOfVariable(parse(body), variable);
  } catch {
    used = [];
  }
  // "r[1]" and "f.regime": the path inside the variable's value; list positions say nothing about the argument.
  const inside = at?.split('.').slice(1).map((part) => part.replace(/\[\d+\]/g, '')).filter((part) => part.length > 0) ?? [];
  const argument = used.length > 0 ? [used[0], ...inside].join('.') : undefined;
  const enumName = /^Value ".*" does not exist in "(\w+)" enum/.exec(reason)?.[1] ?? /^Enum "(\w+)" cannot represent/.exec(reason)?.[1];
  const allowed = enumName === undefined ? undefined : valuesOfEnum(enumName);
  const why = allowed === undefined ? reason : `${reason.replace(/ Did you mean .*$/, '')} The values are ${allowed.join(', ')}.`;
  const place = `variable $${variable}${at !== undefined && at !== variable ? ` at ${at}` : ''}`;
  const text = `got invalid value ${value} (${place}); ${why}`;
  return argument === undefined ? { variable, message: `Variable "$${variable}" ${text}` } : { argument, variable, message: `${argument}: ${text}` };
}
