// Reading a JSON source: parse it, validate it with zod, and report either failure as a SourceFormatError
// that names the file and the field.
import type { z } from 'zod';
import { SourceFormatError } from '../sourceError.js';

/** Every zod issue as `path: message`, joined, for a person reading an import error. */
export function zodProblem(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export function readJsonSource<T>(json: string, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new SourceFormatError(file, 'document', `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SourceFormatError(file, 'document', zodProblem(parsed.error));
  return parsed.data;
}
