// A threshold as read from a text: parameter, comparator, value (or range) and unit, with the words it came from.
import { z } from 'zod';

export const Comparator = z.enum(['>=', '>', '<=', '<', '=', 'range']);
export type Comparator = z.infer<typeof Comparator>;

export const ThresholdRecord = z.object({
  /** Normalised name ('range', 'payload', 'tensile strength' …), or the unit's dimension when the text names none. */
  parameter: z.string().min(1),
  comparator: Comparator,
  value: z.number(),
  /** Upper bound for 'range' comparators, else null. */
  valueMax: z.number().nullable(),
  /** Normalised spelling of the unit as written (prefix kept: 'km', 'GHz', 'MPa', 'N·s'). */
  unit: z.string().min(1),
  /** The source words the threshold was read from. */
  phrase: z.string().min(1).max(200),
  /** Set when the value says at what it is measured ("at 293 K (20 °C)", "having … at 20 °C"), not a bound. */
  condition: z.boolean().optional(),
});
export type ThresholdRecord = z.infer<typeof ThresholdRecord>;

export interface ExtractOptions {
  /**
   * The number style. Importers that know their source should say so (EU Annex I: true, US CCL: false):
   * a lone "13,326 kPa" reads either way. Left out, it is guessed per text from its other numbers.
   */
  decimalComma?: boolean;
}
