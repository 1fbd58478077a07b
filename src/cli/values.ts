// Readers of option values for the commands' `parse`: each returns the value, or throws with what is allowed, which
// the command line turns into one line naming the option and the value given ("--runs must be … (got '0')").

/** A value the reader refuses; the message says what is allowed, without the option's name or the value. */
export class BadValue extends Error {}

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => (raw: string): number => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) throw new BadValue(`must be a whole number from ${min} to ${max}`);
  return value;
};

/** A TCP port, 1 to 65535. */
export const port = (raw: string): number => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < 1 || value > 65535) throw new BadValue('must be a port from 1 to 65535');
  return value;
};

/** A number above 0 (seconds, say); `what` names the unit. */
export const positiveNumber = (what: string) => (raw: string): number => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) throw new BadValue(`must be a number of ${what} above 0`);
  return value;
};

/** Comma-separated whole numbers from 1; `first`, when given, must open the list. `example` shows one. */
export const wholeNumbers = (example: string, first?: number) => (raw: string): number[] => {
  const values = raw.split(',').map((s) => Number(s.trim()));
  const fine = values.every((v) => Number.isInteger(v) && v >= 1) && (first === undefined || values[0] === first);
  if (!fine) throw new BadValue(first === undefined ? `must be whole numbers from 1, e.g. ${example}` : `must be whole numbers starting with ${first}, e.g. ${example}`);
  return values;
};

/** A memory size in m or g, as the JVM takes it. */
export const memorySize = (raw: string): string => {
  if (!/^\d+[mg]$/i.test(raw)) throw new BadValue('must be a size in m or g, e.g. 2g or 1536m');
  return raw;
};

/** Some of `allowed`, comma-separated, at least one. */
export const someOf = <const T extends string>(allowed: readonly T[], what: string) => (raw: string): Set<T> => {
  const named = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (named.length === 0 || named.some((s) => !(allowed as readonly string[]).includes(s))) throw new BadValue(`takes ${what} from ${allowed.join(', ')}`);
  return new Set(named as T[]);
};

/** A name of lower-case letters, digits and '-'. */
export const lowerCaseName = (raw: string): string => {
  if (!/^[a-z0-9-]+$/.test(raw)) throw new BadValue("must be a lower-case name of letters, digits and '-'");
  return raw;
};
