import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedList } from '../../seed/model.js';
import { combinedSha256, parseMtcrCodes, parseNsgCodes } from '../../seed/sources/regimeCodes.js';
import { SourceFormatError } from '../../seed/sourceError.js';

const DIR = 'seed/data/regime-codes/';
const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../${DIR}${name}`, import.meta.url)), 'utf8');
const MTCR_FILES = [`${DIR}MTCR_Cat_1_regimes.csv`, `${DIR}MTCR_Cat_2_regimes.csv`];
const NSG_FILES = [`${DIR}NSG_Potential_trigger_list.csv`, `${DIR}NSG_Dual_use.csv`];
const cat1 = read('MTCR_Cat_1_regimes.csv');
const cat2 = read('MTCR_Cat_2_regimes.csv');
const trigger = read('NSG_Potential_trigger_list.csv');
const dualUse = read('NSG_Dual_use.csv');

const mtcr = parseMtcrCodes(cat1, cat2, { files: MTCR_FILES, sha256: combinedSha256([cat1, cat2]) });
const nsg = parseNsgCodes(trigger, dualUse, { files: NSG_FILES, sha256: combinedSha256([trigger, dualUse]) });

const get = (list: ParsedList, code: string) => {
  const found = list.entries.find((e) => e.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};
const chain = (list: ParsedList, code: string): string[] => {
  const out = [code];
  for (let parent = get(list, code).parentCode; parent; parent = get(list, parent).parentCode) out.push(parent);
  return out;
};
const implied = (list: ParsedList) => list.entries.filter((e) => e.flags.some((f) => f.startsWith('not listed in the source file')));

describe('parseMtcrCodes', () => {
  it('describes the list', () => {
    expect(mtcr.list).toMatchObject({ id: 'mtcr-annex@uk-2022', jurisdiction: 'MTCR', kind: 'REGIME', sha256: combinedSha256([cat1, cat2]) });
  });

  it('has every code of both files (23 Category I, 241 Category II) plus the 112 parents they imply', () => {
    const listed = mtcr.entries.filter((e) => !implied(mtcr).includes(e));
    expect(listed).toHaveLength(23 + 241);
    expect(implied(mtcr)).toHaveLength(112);
    expect(mtcr.entries).toHaveLength(376);
  });

  it('builds the hierarchy M2A1b1 → M2A1b → M2A1 → M2A → M2', () => {
    expect(chain(mtcr, 'M2A1b1')).toEqual(['M2A1b1', 'M2A1b', 'M2A1', 'M2A', 'M2']);
    expect(get(mtcr, 'M2A1b1')).toMatchObject({ kind: 'PART', depth: 4, category: 2, group: 'A' });
    expect(get(mtcr, 'M2A1')).toMatchObject({ kind: 'ENTRY', depth: 2 });
    expect(get(mtcr, 'M2')).toMatchObject({ kind: 'ENTRY', depth: 0, parentCode: null, group: null });
    expect(get(mtcr, 'M2A1b').flags).toContain('not listed in the source file; implied by the numbering of its sub-items');
    // M4C2b10 belongs to M4C2b, not to M4C2b1.
    expect(get(mtcr, 'M4C2b10').parentCode).toBe('M4C2b');
  });

  it('titles and texts items honestly: number and category only', () => {
    expect(get(mtcr, 'M19A2')).toMatchObject({
      title: 'MTCR Annex item 19.A.2 (Category II)',
      text: "Code only: the UK implementation lists this item number; the regime's text is not in the source data.",
      category: 19,
      group: 'A',
      itar: false,
    });
    expect(get(mtcr, 'M1A1').title).toBe('MTCR Annex item 1.A.1 (Category I)');
  });

  it('has items 1–4, 6 and 9–20; reserved items 5, 7 and 8 are not invented', () => {
    const items = mtcr.entries.filter((e) => e.depth === 0).map((e) => e.category);
    expect(items).toEqual([1, 2, 3, 4, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('attributes every code to MTCR with its category', () => {
    expect(mtcr.attributions).toHaveLength(mtcr.entries.length);
    expect(mtcr.attributions.find((a) => a.code === 'M1A1')).toEqual({
      code: 'M1A1',
      regime: 'MTCR',
      basis: 'REGIME_LIST',
      scope: 'Listed in the MTCR Annex, Category I',
      wholeEntry: true,
      column: null,
      rule: 'REGIME_LIST',
    });
    expect(mtcr.attributions.find((a) => a.code === 'M19A2')?.scope).toBe('Listed in the MTCR Annex, Category II');
  });

  it('flags rows whose file depth is out of line (M19B1 at 0, M4C6c2a at 1)', () => {
    expect(mtcr.issues).toContainEqual(expect.objectContaining({ record: 'M19B1', action: 'FLAGGED' }));
    expect(mtcr.issues).toContainEqual(expect.objectContaining({ record: 'M4C6c2a', action: 'FLAGGED' }));
    expect(get(mtcr, 'M19B1').depth).toBe(2);
  });

  it('throws SourceFormatError with the line number for a bad row', () => {
    const lines = cat2.split('\r\n');
    lines[6] = 'M10E2,ACTIVE,four,UK,Cat 2';
    const meta = { files: MTCR_FILES, sha256: '0'.repeat(64) };
    try {
      parseMtcrCodes(cat1, lines.join('\r\n'), meta);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SourceFormatError);
      expect(err).toMatchObject({ file: MTCR_FILES[1], location: 'line 7' });
      expect((err as SourceFormatError).problem).toMatch(/depth/);
    }
    expect(() => parseMtcrCodes(`${cat1}M2A1x,ACTIVE,5,UK,Cat 2\r\n`, cat2, meta)).toThrow(/line 24: category "Cat 2"/);
    expect(() => parseMtcrCodes(`${cat1}X2A1,ACTIVE,4,UK,Cat 1\r\n`, cat2, meta)).toThrow(/line 24: "X2A1"/);
    expect(() => parseMtcrCodes(`${cat1}M1A1,ACTIVE,4,UK,Cat 1\r\n`, cat2, meta)).toThrow(/line 24: M1A1 repeats line 1/);
  });
});

describe('parseNsgCodes', () => {
  it('describes one list covering Parts 1 and 2', () => {
    expect(nsg.list).toMatchObject({ id: 'nsg-guidelines@uk-2022', jurisdiction: 'NSG', kind: 'REGIME' });
    expect(nsg.list.source).toMatch(/Part 1/);
    expect(nsg.list.source).toMatch(/Part 2/);
  });

  it('has the 153 trigger-list codes, the 242 dual-use codes and 5 implied trigger-list parents', () => {
    expect(nsg.entries.filter((e) => e.code.startsWith('T') && !implied(nsg).includes(e))).toHaveLength(153);
    expect(nsg.entries.filter((e) => e.code.startsWith('N'))).toHaveLength(242);
    expect(implied(nsg).map((e) => e.code)).toEqual(['T5.1.1', 'T5.1.2', 'T5.3.1', 'T5.6.3', 'T5.9.1']);
    expect(nsg.entries).toHaveLength(400);
  });

  it('builds the hierarchies T1.1 → T1 → T and N2C13 → N2C → N2 → N', () => {
    expect(chain(nsg, 'T1.1')).toEqual(['T1.1', 'T1', 'T']);
    expect(chain(nsg, 'N2C13')).toEqual(['N2C13', 'N2C', 'N2', 'N']);
    // A number that merely starts like another is not its child.
    expect(get(nsg, 'T1.10').parentCode).toBe('T1');
    expect(get(nsg, 'N2C10').parentCode).toBe('N2C');
    expect(chain(nsg, 'T5.1.2a1')).toEqual(['T5.1.2a1', 'T5.1.2a', 'T5.1.2', 'T5.1', 'T5', 'T']);
    expect(get(nsg, 'T5.4.3a').parentCode).toBe('T5.4.3');
  });

  it('reads category, group and kind from the item number', () => {
    expect(get(nsg, 'N2C13')).toMatchObject({ category: 2, group: 'C', kind: 'ENTRY', depth: 3, title: 'NSG Part 2 (dual-use list) item 2.C.13' });
    expect(get(nsg, 'N2C16a')).toMatchObject({ kind: 'PART', parentCode: 'N2C16' });
    expect(get(nsg, 'T5.1')).toMatchObject({ category: 5, group: null, kind: 'ENTRY', depth: 2, title: 'NSG Part 1 (trigger list) item 5.1' });
    expect(get(nsg, 'T')).toMatchObject({ category: null, depth: 0, parentCode: null });
    expect(get(nsg, 'N')).toMatchObject({ category: null, depth: 0, parentCode: null });
  });

  it('attributes every code to NSG with its part', () => {
    expect(nsg.attributions).toHaveLength(400);
    expect(nsg.attributions.every((a) => a.regime === 'NSG' && a.basis === 'REGIME_LIST' && a.wholeEntry)).toBe(true);
    expect(nsg.attributions.find((a) => a.code === 'T5.1')?.scope).toMatch(/NSG Guidelines, Part 1/);
    expect(nsg.attributions.find((a) => a.code === 'N2C13')?.scope).toMatch(/NSG Guidelines, Part 2/);
  });

  it('flags the rows whose depth in the file contradicts their code (N6C1f–n, TA1.1–2)', () => {
    const flagged = nsg.issues.filter((i) => i.action === 'FLAGGED').map((i) => i.record);
    expect(flagged).toEqual(['TA1.1', 'TA1.2', 'N6C1f', 'N6C1g', 'N6C1h', 'N6C1i', 'N6C1j', 'N6C1k', 'N6C1l', 'N6C1m', 'N6C1n']);
    expect(get(nsg, 'N6C1f').depth).toBe(4);
  });

  it('throws SourceFormatError with the line number for a bad row', () => {
    const bad = dualUse.replace('N2C13,ACTIVE,4,UK', 'N2C13,ACTIVE,4,FR');
    const line = dualUse.split('\r\n').findIndex((l) => l.startsWith('N2C13,')) + 1;
    expect(() => parseNsgCodes(trigger, bad, { files: NSG_FILES, sha256: '0'.repeat(64) })).toThrow(
      new RegExp(`NSG_Dual_use\\.csv: line ${line}: country`),
    );
    expect(() => parseNsgCodes(trigger, `${dualUse}N9,ACTIVE\r\n`, { files: NSG_FILES, sha256: '0'.repeat(64) })).toThrow(SourceFormatError);
  });
});
