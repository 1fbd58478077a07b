// The regimes as reference data: names and a stable display order.
import type { RegimeCode } from '../../src/domain/vocabulary.js';

export const REGIMES: { code: RegimeCode; name: string; order: number }[] = [
  { code: 'WA', name: 'Wassenaar Arrangement', order: 1 },
  { code: 'MTCR', name: 'Missile Technology Control Regime', order: 2 },
  { code: 'NSG', name: 'Nuclear Suppliers Group', order: 3 },
  { code: 'AG', name: 'Australia Group', order: 4 },
  { code: 'CWC', name: 'Chemical Weapons Convention', order: 5 },
];

/**
 * The names of the US reasons for control. Which regime a row implements depends on the row (its column, its
 * words, the ECCN's series), so it is decided per row by src/domain/attribution.ts, not per reason code.
 */
export const US_REASON_NAMES: Record<string, string> = {
  NS: 'National security',
  MT: 'Missile technology',
  NP: 'Nuclear nonproliferation',
  CB: 'Chemical and biological weapons',
  CW: 'Chemical Weapons Convention',
  AT: 'Anti-terrorism',
  RS: 'Regional stability',
  CC: 'Crime control',
  UN: 'United Nations embargo',
  FC: 'Firearms Convention',
  SI: 'Significant items',
  SL: 'Surreptitious listening',
  EI: 'Encryption items',
  SS: 'Short supply',
  XP: 'Computers',
};
