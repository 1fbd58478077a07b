// Conversions at the repository edge: Neo4j integers become JavaScript numbers (they never exceed the safe range here).
import neo4j from 'neo4j-driver';

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`integer ${value.toString()} is outside JavaScript's safe range`);
    return value.toNumber();
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`expected a number, got ${typeof value}`);
}

/** Deeply converts Neo4j integers in query results (maps, lists) to numbers. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
