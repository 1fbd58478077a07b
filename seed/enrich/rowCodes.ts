// The codes a License Requirements row names: the code itself, or a range ("2B350 to 2B352") that holds it.

/** Whether a row's words name `code`: the code itself, or a range "2B350 to 2B352" that holds it. */
export function rowNames(scope: string, code: string): boolean {
  if (new RegExp(String.raw`(?<![A-Za-z0-9])${code}(?![0-9])`).test(scope)) return true;
  for (const m of scope.matchAll(/(?<![A-Za-z0-9])(\d[A-E]\d{3})\s+(?:to|through)\s+(\d[A-E]\d{3})(?![0-9])/g)) {
    const [from, to] = [m[1] as string, m[2] as string];
    if (from.slice(0, 2) === code.slice(0, 2) && from <= code && code <= to) return true;
  }
  return false;
}

/** The entry codes a row's words name, ranges ("2B350 to 2B352") spelt out: what a D/E row says it serves. */
export function namedCodes(scope: string): string[] {
  const codes = new Set<string>();
  for (const m of scope.matchAll(/(?<![A-Za-z0-9])(\d[A-E]\d{3})(?:\s+(?:to|through)\s+(\d[A-E]\d{3}))?(?![0-9])/g)) {
    const from = m[1] as string;
    codes.add(from);
    const to = m[2];
    if (to && to.slice(0, 2) === from.slice(0, 2)) {
      for (let n = Number(from.slice(2)) + 1; n <= Number(to.slice(2)); n++) codes.add(from.slice(0, 2) + String(n).padStart(3, '0'));
    }
  }
  return [...codes];
}
