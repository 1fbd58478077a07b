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

/**
 * Deeply converts Neo4j integers in query results (maps, lists) to numbers. Every row of every statement passes here,
 * so it copies with plain loops (Object.entries and fromEntries made two arrays per map) and returns strings,
 * numbers and booleans, most of what a row holds, before any other test.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return toNumber(value);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = plain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
  return out;
}
