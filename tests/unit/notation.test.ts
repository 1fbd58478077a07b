// Reading typed codes: list codes in any case, and the regimes' own dotted numbering.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalCode, readCode } from '../../src/domain/notation.js';

const seedCodes = (file: string): string[] =>
  readFileSync(fileURLToPath(new URL(`../../seed/data/regime-codes/${file}`, import.meta.url)), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',')[0]!);

const codes = (query: string) => readCode(query).map((r) => [r.notation, r.code]);

describe('canonicalCode: list codes in any case', () => {
  it('writes EU/US codes with an upper-case group letter and lower-case parts', () => {
    // CCL: "9A610 Military aircraft and related commodities …"; its License Requirements name "9A610.t, .u, .v, and .w".
    expect(canonicalCode('9a012')).toBe('9A012');
    expect(canonicalCode('9a610.u')).toBe('9A610.u');
    expect(canonicalCode('9A610.U')).toBe('9A610.u');
    expect(canonicalCode(' 1c350.B.1 ')).toBe('1C350.b.1');
  });

  it('writes regime codes as the seed files do, from any case', () => {
    // MTCR_Cat_2_regimes.csv: "M19A2,ACTIVE,4,UK,Cat 2"; MTCR_Cat_1_regimes.csv: "M2A1b1,ACTIVE,6,UK,Cat 1";
    // NSG_Potential_trigger_list.csv: "T5.1.2a1,ACTIVE,4,UK"; NSG_Dual_use.csv: "N1A3a1,ACTIVE,6,UK".
    expect(canonicalCode('m19a2')).toBe('M19A2');
    expect(canonicalCode('M2A1B1')).toBe('M2A1b1');
    expect(canonicalCode('t5.1.2A1')).toBe('T5.1.2a1');
    expect(canonicalCode('n1a3A1')).toBe('N1A3a1');
  });

  it('gives every code of the regime seed files back unchanged, and from its lower-case and upper-case forms', () => {
    const all = ['MTCR_Cat_1_regimes.csv', 'MTCR_Cat_2_regimes.csv', 'NSG_Dual_use.csv', 'NSG_Potential_trigger_list.csv'].flatMap(seedCodes);
    // The NSG files' roots "N" and "T" are list headings, not codes anyone types.
    const typed = all.filter((c) => c !== 'N' && c !== 'T');
    expect(typed.length).toBe(23 + 241 + 242 + 153 - 2);
    const wrong = typed.filter((c) => canonicalCode(c) !== c || canonicalCode(c.toLowerCase()) !== c || canonicalCode(c.toUpperCase()) !== c);
    expect(wrong).toEqual([]);
  });

  it('is null for text that is not a code', () => {
    expect(canonicalCode('gas centrifuge')).toBeNull();
    expect(canonicalCode('1.A.2')).toBeNull();
    expect(canonicalCode('9A12')).toBeNull();
  });
});

describe('readCode: the regimes’ own numbering', () => {
  it('reads Wassenaar 9.A.12 as 9A012, the number the EU and US lists carry', () => {
    // Wassenaar Dual-Use List 9.A.12: "'Unmanned aerial vehicles' ('UAVs'), unmanned 'airships', related equipment and
    // components, as follows:"; EU Annex I 9A012 (seed): "\"Unmanned aerial vehicles\" (\"UAVs\"), unmanned \"airships\",
    // related equipment and components, as follows:". No MTCR item 9.A.12 (MTCR_Cat_2_regimes.csv stops at M9A8),
    // and NSG Part 2 has Categories 1–6 only, so Wassenaar and MTCR readings are all there is.
    expect(readCode('9.A.12')).toEqual([
      { notation: 'WA_DUAL_USE', regime: 'WA', code: '9A012', description: 'Wassenaar 9.A.12 → 9A012' },
      { notation: 'MTCR_ANNEX', regime: 'MTCR', code: 'M9A12', description: 'MTCR 9.A.12 → M9A12' },
    ]);
  });

  it('reads MTCR 19.A.3 as M19A3 only: Wassenaar has no Category 19, NSG Part 2 none either', () => {
    // MTCR_Cat_2_regimes.csv: "M19A3,ACTIVE,4,UK,Cat 2".
    expect(codes('19.A.3')).toEqual([['MTCR_ANNEX', 'M19A3']]);
    expect(codes('M19.A.3')).toEqual([['MTCR_ANNEX', 'M19A3']]);
  });

  it('gives every regime’s reading of notation they share, none preferred', () => {
    // NSG_Dual_use.csv: "N1A1,ACTIVE,4,UK"; MTCR_Cat_1_regimes.csv: "M1A1,ACTIVE,4,UK,Cat 1"; Wassenaar 1.A.1 is
    // carried by the EU as 1A001 ("Components made from fluorinated compounds, as follows:").
    expect(codes('1.A.1')).toEqual([
      ['WA_DUAL_USE', '1A001'],
      ['MTCR_ANNEX', 'M1A1'],
      ['NSG_DUAL_USE', 'N1A1'],
    ]);
    expect(readCode('1.a.2').map((r) => r.description)).toEqual(['Wassenaar 1.a.2 → 1A002', 'MTCR 1.a.2 → M1A2', 'NSG dual-use list 1.a.2 → N1A2']);
  });

  it('keeps one regime’s reading when the query names it', () => {
    expect(codes('MTCR 1.A.1')).toEqual([['MTCR_ANNEX', 'M1A1']]);
    expect(codes('wassenaar 1.A.1')).toEqual([['WA_DUAL_USE', '1A001']]);
    expect(codes('NSG: 1.A.1')).toEqual([['NSG_DUAL_USE', 'N1A1']]);
    expect(codes('NSG 5.1')).toEqual([['NSG_TRIGGER_LIST', 'T5.1']]);
    expect(codes('WA 5.1')).toEqual([]);
  });

  it('reads sub-paragraphs in each list’s own way of writing them', () => {
    // MTCR_Cat_1_regimes.csv: "M2A1b1,ACTIVE,6,UK,Cat 1"; NSG_Dual_use.csv: "N1A3a1,ACTIVE,6,UK".
    expect(codes('2.A.1.b.1')).toEqual([
      ['WA_DUAL_USE', '2A001.b.1'],
      ['MTCR_ANNEX', 'M2A1b1'],
      ['NSG_DUAL_USE', 'N2A1b1'],
    ]);
    expect(codes('1.A.3.a.1')).toContainEqual(['NSG_DUAL_USE', 'N1A3a1']);
  });

  it('reads trigger-list numbering (numbers only) as the T codes', () => {
    // NSG_Potential_trigger_list.csv: "T5.1,PARENT,2,UK", "T5.1.2a1,ACTIVE,4,UK", "T5.5.12,ACTIVE,3,UK".
    expect(readCode('5.1')).toEqual([{ notation: 'NSG_TRIGGER_LIST', regime: 'NSG', code: 'T5.1', description: 'NSG trigger list 5.1 → T5.1' }]);
    expect(codes('5.1.2.a.1')).toEqual([['NSG_TRIGGER_LIST', 'T5.1.2a1']]);
    expect(codes('5.1.2a1')).toEqual([['NSG_TRIGGER_LIST', 'T5.1.2a1']]);
    expect(codes('5.5.12')).toEqual([['NSG_TRIGGER_LIST', 'T5.5.12']]);
    expect(codes('t5.1.2.a.1')).toEqual([['NSG_TRIGGER_LIST', 'T5.1.2a1']]);
  });

  it('reads a list code as itself, whatever its case', () => {
    expect(readCode('9a012')).toEqual([{ notation: 'LIST_CODE', regime: null, code: '9A012', description: 'code 9a012 → 9A012' }]);
    expect(readCode('M19A2')).toEqual([{ notation: 'LIST_CODE', regime: 'MTCR', code: 'M19A2', description: 'code M19A2' }]);
    expect(codes('T5.1')).toEqual([['LIST_CODE', 'T5.1']]);
  });

  it('has no Wassenaar reading of Category 0: EU Category 0 is the NSG trigger list', () => {
    // EU Annex I 0A001 (seed): "\"Nuclear reactors\" and specially designed or prepared equipment and components
    // therefor"; the Wassenaar Dual-Use List starts at Category 1 ("Special Materials and Related Equipment").
    expect(codes('0.A.1')).toEqual([]);
  });

  it('has no reading outside the numbering ranges, nor for words', () => {
    // Entry numbers have at most two digits in every regime's numbering (the EU/US 0xx range for Wassenaar).
    expect(codes('1.A.100')).toEqual([]);
    expect(codes('21.A.1')).toEqual([]);
    expect(codes('8.1')).toEqual([]);
    expect(codes('gas centrifuge')).toEqual([]);
    expect(codes('1.A')).toEqual([
      ['MTCR_ANNEX', 'M1A'],
      ['NSG_DUAL_USE', 'N1A'],
    ]);
  });
});
