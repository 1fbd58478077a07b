// The regimes as reference data: names and a stable display order.
import type { RegimeCode } from '../model.js';

export const REGIMES: { code: RegimeCode; name: string; order: number }[] = [
  { code: 'WA', name: 'Wassenaar Arrangement', order: 1 },
  { code: 'MTCR', name: 'Missile Technology Control Regime', order: 2 },
  { code: 'NSG', name: 'Nuclear Suppliers Group', order: 3 },
  { code: 'AG', name: 'Australia Group', order: 4 },
  { code: 'CWC', name: 'Chemical Weapons Convention', order: 5 },
];

/** US reasons for control: the ones tied to a regime, and the US-only ones kept as data. */
export const US_REASONS: Record<string, { name: string; regime: RegimeCode | null }> = {
  NS: { name: 'National security', regime: 'WA' },
  MT: { name: 'Missile technology', regime: 'MTCR' },
  NP: { name: 'Nuclear nonproliferation', regime: 'NSG' },
  CB: { name: 'Chemical and biological weapons', regime: 'AG' },
  CW: { name: 'Chemical Weapons Convention', regime: 'CWC' },
  AT: { name: 'Anti-terrorism', regime: null },
  RS: { name: 'Regional stability', regime: null },
  CC: { name: 'Crime control', regime: null },
  UN: { name: 'United Nations embargo', regime: null },
  FC: { name: 'Firearms Convention', regime: null },
  SI: { name: 'Significant items', regime: null },
  SL: { name: 'Surreptitious listening', regime: null },
  EI: { name: 'Encryption items', regime: null },
  SS: { name: 'Short supply', regime: null },
  XP: { name: 'Computers', regime: null },
};
