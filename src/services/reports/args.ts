// The report arguments, validated once with zod at the edge (GraphQL, export URLs, CLI), so every door
// rejects the same bad input with the same words: which argument, and what is allowed.
import { z } from 'zod';
import { REGIME_CODES, RegimeCode } from '../../domain/vocabulary.js';
import { badInput } from '../../errors.js';

const regime = z.enum(REGIME_CODES, { message: `must be one of ${REGIME_CODES.join(', ')}` });
const list = z.string().min(1, 'must be a list id such as us-ccl@ecfr-2026').nullish().transform((v) => v ?? null);
const category = z
  .number({ message: 'must be a category number from 0 to 9' })
  .int('must be a category number from 0 to 9')
  .min(0, 'must be a category number from 0 to 9')
  .max(9, 'must be a category number from 0 to 9')
  .nullish()
  .transform((v) => v ?? null);

const OverlapArgs = z.object({
  regimes: z
    .array(regime, { message: 'must be a list of regime codes' })
    .min(2, 'an overlap needs at least two different regimes')
    .refine((codes) => new Set(codes).size === codes.length, 'must name each regime once'),
  list,
  category,
});
export type OverlapArgs = { regimes: RegimeCode[]; list: string | null; category: number | null };

const GapsArgs = z
  .object({ regime, against: regime, list, category })
  .refine((a) => a.regime !== a.against, { message: 'must differ from regime: a regime has no gap against itself', path: ['against'] });
export type GapsArgs = { regime: RegimeCode; against: RegimeCode; list: string | null; category: number | null };

const IttArgs = z.object({ regime, list, category });
export type IttArgs = { regime: RegimeCode; list: string | null; category: number | null };

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const argument = issue?.path.filter((p) => typeof p === 'string').join('.') || 'arguments';
  throw badInput(argument, issue?.message ?? 'invalid');
}

export const parseOverlapArgs = (raw: unknown): OverlapArgs => parseWith(OverlapArgs, raw) as OverlapArgs;
export const parseGapsArgs = (raw: unknown): GapsArgs => parseWith(GapsArgs, raw) as GapsArgs;
export const parseIttArgs = (raw: unknown): IttArgs => parseWith(IttArgs, raw) as IttArgs;
