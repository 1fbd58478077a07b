// Units on a common scale, so "30 minutes" and "1 hour", "15 240 m" and "15,24 km" can be ranked.
// Only exact conversions; a unit not listed (dB, Mach, ppm …) is compared by its own spelling.
import { round } from './numbers.js';

const BASE: Record<string, { unit: string; factor: number; offset?: number }> = {};
const scale = (unit: string, factors: Record<string, number>) => {
  for (const [name, factor] of Object.entries(factors)) BASE[name] = { unit, factor };
};
// Temperatures: kelvin = degrees Celsius + 273.15 (the lists round it to 273: "398 K (+125 °C)").
BASE['K'] = { unit: 'K', factor: 1 };
BASE['°C'] = { unit: 'K', factor: 1, offset: 273.15 };
scale('m', { km: 1000, m: 1, cm: 0.01, mm: 0.001, 'µm': 1e-6, nm: 1e-9, pm: 1e-12, nmi: 1852, ft: 0.3048, in: 0.0254 });
scale('kg', { t: 1000, kg: 1, g: 0.001, mg: 1e-6, 'µg': 1e-9, lb: 0.45359237 });
scale('s', { year: 31_557_600, h: 3600, min: 60, s: 1, ms: 1e-3, 'µs': 1e-6, ns: 1e-9, ps: 1e-12, fs: 1e-15 });
scale('m/s', { 'km/h': 1 / 3.6, 'm/s': 1, 'mm/s': 0.001, kn: 1852 / 3600, 'km/s': 1000 });
scale('Pa', { GPa: 1e9, MPa: 1e6, kPa: 1e3, hPa: 100, Pa: 1, mPa: 1e-3, 'N/mm2': 1e6, 'N/m2': 1, bar: 1e5, mbar: 100, psi: 6894.757293168, atm: 101_325 });
scale('Hz', { THz: 1e12, GHz: 1e9, MHz: 1e6, kHz: 1e3, Hz: 1 });
scale('W', { TW: 1e12, GW: 1e9, MW: 1e6, kW: 1e3, W: 1, mW: 1e-3, 'µW': 1e-6, nW: 1e-9, pW: 1e-12 });
scale('J', { MJ: 1e6, kJ: 1e3, J: 1, mJ: 1e-3, 'µJ': 1e-6, kWh: 3.6e6, Wh: 3600 });
scale('VA', { kVA: 1e3, VA: 1 });
scale('eV', { GeV: 1e9, MeV: 1e6, keV: 1e3, eV: 1 });
scale('V', { MV: 1e6, kV: 1e3, V: 1, mV: 1e-3, 'µV': 1e-6 });
scale('A', { kA: 1e3, A: 1, mA: 1e-3, 'µA': 1e-6 });
scale('N·s', { 'MN·s': 1e6, 'kN·s': 1e3, 'N·s': 1 });
scale('N·s/kg', { 'kN·s/kg': 1e3, 'N·s/kg': 1 });
scale('m3', { m3: 1, l: 1e-3, ml: 1e-6, cm3: 1e-6, mm3: 1e-9 });
scale('m/s2', { 'm/s2': 1, mGal: 1e-5, 'µGal': 1e-8 });
scale('T/√Hz', { 'nT/√Hz': 1e-9, 'pT/√Hz': 1e-12, 'fT/√Hz': 1e-15 });
scale('T/m/√Hz', { 'nT/m/√Hz': 1e-9, 'pT/m/√Hz': 1e-12, 'fT/m/√Hz': 1e-15 });
scale('V/m/√Hz', { 'nV/m/√Hz': 1e-9 });
scale('kg/m', { 'kg/m': 1, 'g/m': 1e-3 });
scale('kg/m3', { 'kg/m3': 1, 'g/cm3': 1000, 'g/ml': 1000 });
scale('W/m2', { 'W/m2': 1, 'W/cm2': 1e4, 'kW/cm2': 1e7 });
scale('J/m2', { 'J/m2': 1, 'J/cm2': 1e4 });
scale('J/kg', { 'J/kg': 1, 'MJ/kg': 1e6 });
scale('m2', { m2: 1, cm2: 1e-4, mm2: 1e-6 });
scale('m3/s', { 'm3/h': 1 / 3600, 'm3/min': 1 / 60, 'l/min': 1e-3 / 60, 'l/h': 1e-3 / 3600, 'cm3/min': 1e-6 / 60, 'l/d': 1e-3 / 86_400 });
scale('kg/s', { 'kg/h': 1 / 3600, 'kg/min': 1 / 60, 'kg/d': 1 / 86_400, 'g/h': 1e-3 / 3600, 'lb/h': 0.45359237 / 3600 });
scale('bit/s', { 'Tbit/s': 1e12, 'Gbit/s': 1e9, 'Mbit/s': 1e6, 'kbit/s': 1e3, 'bit/s': 1 });
scale('S/s', { GSPS: 1e9, MSPS: 1e6 });
scale('Bq', { TBq: 1e12, GBq: 1e9, MBq: 1e6, Bq: 1, Ci: 3.7e10, mCi: 3.7e7 });
scale('rad', { rad: 1, mrad: 1e-3, 'µrad': 1e-6, '°': Math.PI / 180, arcmin: Math.PI / 10_800, arcsec: Math.PI / 648_000 });
scale('Gy', { Gy: 1, 'rad(Si)': 0.01 });
scale('Gy/s', { 'Gy/s': 1, 'rad(Si)/s': 0.01 });
scale('N', { MN: 1e6, kN: 1e3, N: 1, lbf: 4.4482216152605 });

/** The unit's base unit, factor and offset (base = value × factor + offset), or null when it has no exact conversion here. */
export function baseOf(unit: string): { unit: string; factor: number; offset?: number } | null {
  return BASE[unit] ?? null;
}

/** A value in its unit's base unit. */
export const toBase = (value: number, base: { factor: number; offset?: number }) => round(value * base.factor + (base.offset ?? 0));
/** A value in the base unit back in a unit of that scale. */
export const fromBase = (value: number, base: { factor: number; offset?: number }) => round((value - (base.offset ?? 0)) / base.factor);
