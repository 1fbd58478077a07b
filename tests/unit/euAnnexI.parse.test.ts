import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';
import { SourceFormatError } from '../../seed/sourceError.js';

const FILE = 'seed/data/eu-annex-i/annex_i_en_2025-11.json';
const json = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
const SHA = '4ea566b0fc57e17de3ec9e22c69506337f83c284657943fb66dd95d7ea3aebfa';
const raw = JSON.parse(json) as { entries: Array<{ code: string; depth: number; label: string; full_content: string }> };
const parsed = parseEuAnnexI(json, { file: FILE, sha256: SHA });

const entry = (code: string) => {
  const found = parsed.entries.find((e) => e.code === code);
  if (!found) throw new Error(`no entry ${code}`);
  return found;
};
const issuesOf = (code: string) => parsed.issues.filter((i) => i.record === code);

describe('parseEuAnnexI: entries', () => {
  it('describes the list', () => {
    expect(parsed.list).toMatchObject({
      id: 'eu-annex-i@2025-11-15',
      jurisdiction: 'EU',
      title: 'EU Dual-Use Regulation (EU) 2021/821, Annex I',
      version: '2025-11-15 consolidation',
      sha256: SHA,
      kind: 'NATIONAL',
    });
  });

  it('keeps all 382 depth-0 entries as entries, the fake sub-entries being note text; the rest are parts read from the text', () => {
    const depth0 = raw.entries.filter((e) => e.depth === 0).map((e) => e.code);
    expect(depth0).toHaveLength(382);
    const entries = parsed.entries.filter((e) => e.kind === 'ENTRY');
    expect(entries.map((e) => e.code)).toEqual(depth0);
    expect(entries.every((e) => e.depth === 0 && e.parentCode === null && !e.itar)).toBe(true);
    // Parts are coded under their entry, one level per label (euParts.test.ts checks them against the text).
    const parts = parsed.entries.filter((e) => e.kind === 'PART');
    for (const p of parts) expect(p.code.split('.').length - 1, p.code).toBe(p.depth);
    expect(parts.every((p) => p.parentCode !== null && p.code.startsWith(`${p.code.slice(0, 5)}.`))).toBe(true);
  });

  it('takes title, category and group from the record', () => {
    expect(entry('1C010')).toMatchObject({ category: 1, group: 'C' });
    expect(entry('0A001').title).toBe(raw.entries[0]!.label);
  });

  it('folds 0A001.i back: 0A001 regains the note and items j and k', () => {
    const { text, flags } = entry('0A001');
    expect(text).toContain(
      'Note: 0A001.i does not control heat exchangers for the supporting systems of the reactor, e.g., the emergency cooling system or the decay heat cooling system. j. Neutron detectors',
    );
    expect(text).toContain("k. 'External thermal shields'");
    expect(text.endsWith('reduce temperature within the containment vessel.')).toBe(true);
    expect(flags.some((f) => /folded back/.test(f))).toBe(true);
  });

  it('reads a word fused into a code as part of the note (3A002.d.includes)', () => {
    expect(entry('3A002').text).toContain('Note 1: 3A002.d includes arbitrary waveform and function generators.');
  });

  it('keeps 1C350’s CAS numbers and makes it an AG entry', () => {
    expect(entry('1C350').text).toContain('1. Thiodiglycol (CAS 111-48-8); 2. Phosphorus oxychloride (CAS 10025-87-3)');
    expect(parsed.attributions.filter((a) => a.code === '1C350')).toEqual([
      { code: '1C350', regime: 'AG', basis: 'CODE_ORIGIN', scope: 'Code origin: the regime digit 3 of 1C350 marks an AG entry', wholeEntry: true, column: null, rule: 'CODE_ORIGIN_DIGIT' },
    ]);
  });
});

describe('parseEuAnnexI: repairs and issues', () => {
  it('reports every depth>0 record as an issue', () => {
    const sub = raw.entries.filter((e) => e.depth > 0).map((e) => e.code);
    expect(sub).toHaveLength(170);
    const folded = parsed.issues.filter((i) => i.action === 'REPAIRED' && /^not an entry/.test(i.problem)).map((i) => i.record);
    expect(folded).toEqual(sub);
    expect(parsed.issues.find((i) => i.record === '0A001.i')?.problem).toMatch(/folded back into 0A001/);
  });

  it('strips the next section’s heading glued on at the end', () => {
    expect(raw.entries.find((e) => e.code === '1A227')!.full_content.endsWith('1B Test, Inspection and Production Equipment')).toBe(true);
    expect(entry('1A227').text.endsWith("exposed to the lowest level of radiation in the design application.")).toBe(true);
    expect(issuesOf('1A227')).toEqual([
      expect.objectContaining({ action: 'REPAIRED', problem: expect.stringContaining('"1B Test, Inspection and Production Equipment"') }),
    ]);
    // A category heading with the next category's introductory notes (here Category 3's Notes 1–3).
    expect(entry('2E503').text).not.toMatch(/PART V|CATEGORY 3|3A Systems/);
    // Group heading followed by the group's technical note ("1C Materials Technical Note: Metals and alloys …").
    expect(entry('1B235').text).not.toContain('1C Materials');
    // Category 5's two parts: "5A2 Systems, Equipment and Components" after 5E101.
    expect(entry('5E101').text).not.toMatch(/INFORMATION SECURITY|5A2/);
    expect(parsed.entries.some((e) => /\b\d[A-E]\d? (Test, Inspection and Production Equipment|Systems, Equipment and Components)$/.test(e.text))).toBe(false);
  });

  it('moves 2E503’s deposition table to 2E003, which controls by it', () => {
    expect(entry('2E503').text).not.toContain('Deposition techniques');
    expect(entry('2E003').text).toContain('Table Deposition techniques 1. Coating Process');
    expect(entry('2E003').flags).toContain('the "Table – Deposition techniques" with its notes moved here from 2E503');
  });

  it('removes 9E102’s footnotes', () => {
    expect(entry('9E102').text).toBe("Technical Note: In 9E102 'UAV' means unmanned aerial vehicle systems capable of a range exceeding 300 km.");
    expect(issuesOf('9E102')[0]?.problem).toMatch(/footnotes/);
  });

  it('removes a dangling "Note:" and flags text that is only "Note:" or empty', () => {
    expect(entry('1C350').text.endsWith('more than 30 % by the weight of the mixture.')).toBe(true);
    expect(issuesOf('1C350').map((i) => i.action)).toEqual(['REPAIRED']);
    expect(entry('1C216')).toMatchObject({ text: '', flags: ['a note is missing from the source (the text was only "Note:")'] });
    expect(issuesOf('1C216')).toEqual([expect.objectContaining({ action: 'FLAGGED' })]);
    expect(entry('1E001')).toMatchObject({ text: '', flags: ['no text beyond the heading'] });
    expect(parsed.entries.some((e) => /(?:^|\s)Note\s*\d*\s*:?$/.test(e.text))).toBe(false);
  });

  it('flags the entries whose sub-item lists were lost', () => {
    for (const code of ['1C002', '2B001', '4A003', '5A001', '6A005', '6A006', '6A008', '9E003']) {
      expect(entry(code).flags.some((f) => f.startsWith('sub-items missing from the source parse')), code).toBe(true);
    }
    expect(entry('5A001').flags).toContain('sub-items missing from the source parse (items e and f)');
    expect(entry('7A003').flags).toContain('sub-items missing from the source parse (the item list starts at "c.")');
  });

  it('keeps every issue in the model’s shape', () => {
    expect(new Set(parsed.issues.map((i) => i.action))).toEqual(new Set(['REPAIRED', 'FLAGGED']));
    // Issues name source records; a folded fake record (0A001.i) may share its code with a part read from the text.
    for (const e of parsed.entries.filter((x) => x.kind === 'ENTRY' && parsed.issues.some((i) => i.record === x.code))) {
      expect(e.flags.length, e.code).toBeGreaterThan(0);
    }
  });
});

describe('parseEuAnnexI: attributions and links', () => {
  const origin = (code: string) => parsed.attributions.find((a) => a.code === code);

  it('reads the regime digit', () => {
    expect(origin('1C001')?.regime).toBe('WA');
    expect(origin('9A101')?.regime).toBe('MTCR');
    expect(origin('2B201')).toEqual({
      code: '2B201',
      regime: 'NSG',
      basis: 'CODE_ORIGIN',
      scope: 'Code origin: the regime digit 2 of 2B201 marks an NSG entry',
      wholeEntry: true,
      column: null,
      rule: 'CODE_ORIGIN_DIGIT',
    });
    expect(origin('1C450')?.regime).toBe('CWC');
  });

  it('makes Category 0 NSG although its regime digit is 0', () => {
    for (const code of ['0A001', '0B001', '0C001', '0E001']) expect(origin(code)?.regime, code).toBe('NSG');
    expect(origin('0A001')?.scope).toMatch(/Category 0 implements the NSG trigger list/);
  });

  it('gives EU-only codes (regime digit 5) no regime, and says so', () => {
    expect(origin('3A501')).toBeUndefined();
    expect(entry('3A501').flags).toContain('EU-only code (regime digit 5)');
    expect(parsed.entries.filter((e) => e.flags.includes('EU-only code (regime digit 5)'))).toHaveLength(16);
    expect(parsed.attributions).toHaveLength(382 - 16);
  });

  it('extracts references and supports from heading and repaired text', () => {
    expect(parsed.references).toContainEqual(expect.objectContaining({ from: '1C350', to: '1C450', kind: 'SEE_ALSO' }));
    expect(parsed.supports).toContainEqual(expect.objectContaining({ from: '9E102', to: '9A004', phase: 'use' }));
    expect(parsed.supports).toContainEqual(expect.objectContaining({ from: '1E001', to: '1A002', phase: 'development' }));
  });
});

describe('parseEuAnnexI: malformed and unusual input', () => {
  const doc = (entries: unknown[]) =>
    JSON.stringify({ metadata: { source: 's', consolidation_date: '2025-11-15', entry_count: entries.length }, entries });
  const rec = (code: string, depth: number, label: string, full_content = '') => ({
    code,
    label,
    category: code[0],
    subgroup: code[1],
    depth,
    full_content,
  });

  it('throws SourceFormatError naming the record index and code', () => {
    const bad = JSON.parse(json) as { entries: Array<Record<string, unknown>> };
    bad.entries[3]!.depth = 'one';
    try {
      parseEuAnnexI(JSON.stringify(bad), { file: FILE, sha256: SHA });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SourceFormatError);
      expect((err as SourceFormatError).location).toBe(`entries[3] (${raw.entries[3]!.code})`);
      expect((err as SourceFormatError).problem).toMatch(/depth/);
    }
    expect(() => parseEuAnnexI(doc([{ ...rec('1A001', 0, 'x'), subgroup: 'F' }]), { file: 'f.json', sha256: SHA })).toThrow(
      /f\.json: entries\[0\] \(1A001\): subgroup/,
    );
    expect(() => parseEuAnnexI(doc([rec('1A001.a', 1, 'does not control x')]), { file: 'f.json', sha256: SHA })).toThrow(SourceFormatError);
  });

  it('keeps a depth>0 record that does not read as a note as a PART, and flags it', () => {
    const result = parseEuAnnexI(
      doc([
        rec('1A001', 0, 'Components as follows:', 'a. Seals;'),
        rec('1A001.b', 1, 'Bearings made of fluorinated polymers;', 'c. Gaskets.'),
      ]),
      { file: 'f.json', sha256: SHA },
    );
    expect(result.entries).toHaveLength(2);
    expect(result.entries[1]).toMatchObject({ code: '1A001.b', kind: 'PART', parentCode: '1A001', depth: 1, title: 'Bearings made of fluorinated polymers;' });
    expect(result.issues).toContainEqual(expect.objectContaining({ record: '1A001.b', action: 'FLAGGED' }));
    expect(result.attributions.map((a) => a.code)).toEqual(['1A001']);
  });
});
