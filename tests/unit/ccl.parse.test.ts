import { describe, it, expect, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedList } from '../../seed/model.js';
import { parseCcl } from '../../seed/sources/ccl.js';
import { SourceFormatError } from '../../seed/sourceError.js';

const FILE = fileURLToPath(new URL('../../seed/data/us-ccl/ccl_supp1.xml', import.meta.url));
const xml = readFileSync(FILE, 'utf8');
const sha256 = createHash('sha256').update(readFileSync(FILE)).digest('hex');

let parsed: ParsedList;
beforeAll(() => {
  parsed = parseCcl(xml, { file: 'ccl_supp1.xml', sha256 });
});

const entry = (code: string) => parsed.entries.find((e) => e.code === code);
const reasonsOf = (code: string, reason: string) => parsed.reasons.filter((r) => r.code === code && r.reason === reason);
const attribution = (code: string, regime: string, basis: string) =>
  parsed.attributions.find((a) => a.code === code && a.regime === regime && a.basis === basis);

describe('parseCcl on the eCFR CCL snapshot', () => {
  it('describes the list', () => {
    expect(parsed.list).toMatchObject({
      id: 'us-ccl@ecfr-2026',
      jurisdiction: 'US',
      title: 'Commerce Control List (15 CFR 774, Supplement No. 1)',
      version: 'eCFR 2026 snapshot',
      kind: 'NATIONAL',
      sha256,
    });
    expect(sha256.startsWith('8045c830')).toBe(true);
  });

  it('makes one entry per ECCN heading: 637 set in <FP-2><B> and 8D001 set in <FP-1><B>', () => {
    const headings = xml.match(/<FP-[12]><B>\d[A-E]\d{3}\b/g) ?? [];
    expect(headings).toHaveLength(638);
    const entries = parsed.entries.filter((e) => e.kind === 'ENTRY');
    expect(entries).toHaveLength(638);
    expect(new Set(entries.map((e) => e.code)).size).toBe(638);
    expect(entries.every((e) => e.depth === 0 && e.parentCode === null)).toBe(true);
    expect(entry('8D001')?.title).toMatch(/^“Software” “Specially Designed” or Modified for the “Development,”/);
    // 3D006's heading code is bold on its own: <B>3D006</B> <E>'</E><B>Electronic …
    expect(entry('3D006')?.title).toMatch(/^'Electronic Computer-Aided Design'/);
  });

  it('reads code, category, group, title and text of 1C001', () => {
    const e = entry('1C001');
    expect(e).toMatchObject({ kind: 'ENTRY', category: 1, group: 'C', itar: false });
    expect(e?.title).toBe(
      'Materials “specially designed” for absorbing electromagnetic radiation, or intrinsically conductive polymers, as follows (see List of Items Controlled).',
    );
    expect(e?.text).toContain('Related Controls: See also 1C101.');
    // The License Requirements table, flattened.
    expect(e?.text).toContain('MT applies to items that meet or exceed the parameters of ECCN 1C101 | MT Column 1');
    // Superscripts keep their meaning: 2 × 10^8 Hz, not "2 × 108 Hz".
    expect(e?.text).toContain('exceeding 2 × 10^8 Hz but less than 3 × 10^12 Hz');
    // The entry ends before the next heading.
    expect(e?.text).not.toContain('1C002');
  });

  it('keeps the 1C001 reasons with their scope and column', () => {
    expect(reasonsOf('1C001', 'NS')).toEqual([
      { code: '1C001', reason: 'NS', column: 'NS Column 1', scope: 'NS applies to entire entry', wholeEntry: true, regime: 'WA', rule: 'US_NS_WA' },
    ]);
    const [mt] = reasonsOf('1C001', 'MT');
    expect(mt?.scope).toBe('MT applies to items that meet or exceed the parameters of ECCN 1C101');
    expect(mt?.wholeEntry).toBe(false);
    expect(mt?.column).toBe('MT Column 1');
    expect(reasonsOf('1C001', 'AT')[0]?.wholeEntry).toBe(true);
  });

  it('reads two statements set in one table row, a line each (1A231)', () => {
    // 1A231's License Requirements table has one row whose cells hold two lines: "NP applies to entire entry<br></br>AT
    // applies to entire entry" and "NP Column 1<br></br>AT Column 1".
    expect(reasonsOf('1A231', 'NP')).toEqual([
      { code: '1A231', reason: 'NP', column: 'NP Column 1', scope: 'NP applies to entire entry', wholeEntry: true, regime: 'NSG', rule: expect.any(String) },
    ]);
    expect(reasonsOf('1A231', 'AT')).toMatchObject([{ column: 'AT Column 1', scope: 'AT applies to entire entry' }]);
    expect(attribution('1A231', 'NSG', 'REASON_FOR_CONTROL')).toMatchObject({ scope: 'NP applies to entire entry', column: 'NP Column 1' });
  });

  it('attributes 1C001 to WA for the whole entry (NS) and to MTCR only within 1C101 parameters (MT)', () => {
    expect(attribution('1C001', 'WA', 'REASON_FOR_CONTROL')).toMatchObject({ wholeEntry: true, scope: 'NS applies to entire entry' });
    const mtcr = attribution('1C001', 'MTCR', 'REASON_FOR_CONTROL');
    expect(mtcr?.wholeEntry).toBe(false);
    expect(mtcr?.scope).toContain('1C101');
    expect(attribution('1C001', 'WA', 'CODE_ORIGIN')).toMatchObject({ wholeEntry: true, scope: 'Code origin: the regime digit 0 of 1C001 marks a WA entry' });
    // AT is US-only: no regime.
    expect(parsed.attributions.filter((a) => a.code === '1C001')).toHaveLength(3);
  });

  it('links 1C001 to 1C101 (Related Controls and the MT row)', () => {
    const to1C101 = parsed.references.filter((r) => r.from === '1C001' && r.to === '1C101');
    expect(to1C101.map((r) => r.kind).sort()).toEqual(['PARAMETER', 'SEE_ALSO']);
    expect(to1C101.find((r) => r.kind === 'SEE_ALSO')?.text).toBe('Related Controls: See also 1C101.');
  });

  it('reads the 9A012 rows: MT limited to a 300 km range, NS split across two columns', () => {
    const [mt] = reasonsOf('9A012', 'MT');
    expect(mt?.scope).toContain('capable of a maximum range of at least 300 kilometers (km)');
    expect(mt?.wholeEntry).toBe(false);
    const ns = reasonsOf('9A012', 'NS');
    expect(ns.map((r) => [r.scope, r.column, r.wholeEntry])).toEqual([
      ['NS applies to entire entry, except .a.1', 'NS Column 1', false],
      ['NS applies to 9A012.a.1', 'NS Column 2', false],
    ]);
    // Each NS row is its own WA statement, with its column; seed/enrich/attributions.ts joins them.
    expect(parsed.attributions.filter((a) => a.code === '9A012' && a.regime === 'WA' && a.basis === 'REASON_FOR_CONTROL').map((a) => [a.scope, a.column])).toEqual([
      ['NS applies to entire entry, except .a.1', 'NS Column 1'],
      ['NS applies to 9A012.a.1', 'NS Column 2'],
    ]);
    expect(attribution('9A012', 'MTCR', 'REASON_FOR_CONTROL')?.scope).toContain('300 kilometers');
  });

  it('attributes 1C350 to AG by code origin and keeps its CAS numbers', () => {
    expect(attribution('1C350', 'AG', 'CODE_ORIGIN')).toMatchObject({ wholeEntry: true, scope: 'Code origin: the regime digit 3 of 1C350 marks an AG entry' });
    expect(attribution('1C350', 'AG', 'REASON_FOR_CONTROL')).toMatchObject({ wholeEntry: true, scope: 'CB applies to entire entry' });
    // CW is written as a paragraph under the table, limited to .b and .c.
    expect(attribution('1C350', 'CWC', 'REASON_FOR_CONTROL')).toMatchObject({ wholeEntry: false, scope: 'CW applies to 1C350.b and .c' });
    expect(entry('1C350')?.text).toContain('(C.A.S. #7784-34-1) Arsenic trichloride');
    expect(entry('1C350.b.1')).toMatchObject({ parentCode: '1C350.b', depth: 2, title: '(C.A.S. #7784-34-1) Arsenic trichloride' });
  });

  it('a note saying the entry does not control technology for an entry drops what the heading gave it', () => {
    // 3E001: "3E001 does not control “technology” for equipment or “components” controlled by 3A003.", after a heading
    // for "… commodities controlled by 3A (except 3A069, 3A901, 3A904, 3A980, 3A981, 3A991, 3A992, or 3A999), …".
    const from3E001 = parsed.supports.filter((s) => s.from === '3E001');
    expect(from3E001.some((s) => s.to === '3A003')).toBe(false);
    // "3E001 does not control “technology” for integrated circuits controlled by 3A001.a.3 to a.14 or z, having all of the
    // following:" spares some of them only: 3A001 is still served.
    expect(from3E001.filter((s) => s.to === '3A001').map((s) => s.phase)).toEqual(['development', 'production']);
  });

  it('gives 9E001 development supports for the 9A entries its heading names', () => {
    const to9A = parsed.supports.filter((s) => s.from === '9E001' && s.to.startsWith('9A'));
    expect(to9A.map((s) => [s.to, s.phase])).toEqual([
      ['9A004', 'development'],
      ['9A012', 'development'],
    ]);
    expect(to9A[0]?.text).toContain('for the “development” of equipment');
    // 9D targets are software, so references and not supports; technology "for the development of … software
    // controlled by … 9D003" is for that software, not that software: an associated item, no link of control.
    expect(parsed.supports.some((s) => s.from === '9E001' && s.to.startsWith('9D'))).toBe(false);
    expect(parsed.references.some((r) => r.from === '9E001' && r.to === '9D003' && r.kind === 'ASSOCIATED_ITEM')).toBe(true);
  });

  it('marks ECCNs moved to the USML as itar, and keeps them', () => {
    expect(entry('0A002')).toMatchObject({ itar: true, category: 0, group: 'A', text: '' });
    expect(entry('9A011')?.itar).toBe(true);
    // "not controlled by ECCN 1C350 or “subject to the ITAR”" is not a move to the USML.
    expect(entry('1C355')?.itar).toBe(false);
    expect(parsed.entries.filter((e) => e.kind === 'ENTRY' && e.itar).length).toBeGreaterThanOrEqual(25);
  });

  it('structures the item paragraphs as parts', () => {
    expect(entry('1C001.a')).toMatchObject({ kind: 'PART', parentCode: '1C001', depth: 1, category: 1, group: 'C' });
    expect(entry('1C001.a')?.title).toBe('Materials for absorbing frequencies exceeding 2 × 10^8 Hz but less than 3 × 10^12 Hz');
    // 1C001.b sits inside a NOTE in the source, but is an item paragraph (not in italics).
    expect(entry('1C001.b')?.parentCode).toBe('1C001');
    expect(entry('1C001.c.4')).toMatchObject({ parentCode: '1C001.c', depth: 2, title: 'Poly phenylene-vinylene' });
    expect(entry('9A012.a.1.b')).toMatchObject({ parentCode: '9A012.a.1', depth: 3 });
    // Note sub-lists (italic "a. Hair type absorbers …") are not parts.
    expect(parsed.entries.filter((e) => e.parentCode === '1C001').map((e) => e.code)).toEqual(['1C001.a', '1C001.b', '1C001.c']);
    // Every part's parent exists.
    const codes = new Set(parsed.entries.map((e) => e.code));
    expect(parsed.entries.filter((e) => e.kind === 'PART').every((e) => e.parentCode !== null && codes.has(e.parentCode))).toBe(true);
  });

  it('reads items whose words, not labels, are in italics: the 1C354 plant pathogens', () => {
    // 1C354: "a. Bacteria, as follows: a.1. <I>Xanthomonas albilineans;</I> a.2. <I>Xanthomonas citri pv. citri …</I> …
    // b. Fungi, as follows: b.1. <I>Bipolaris oryzae</I> … b.12. … c. Viruses, as follows: c.1. … c.2. Potato spindle tuber viroid."
    const codes = parsed.entries.filter((e) => e.code.startsWith('1C354.')).map((e) => e.code);
    expect(codes.filter((c) => /^1C354\.a\.\d+$/.test(c))).toHaveLength(6);
    expect(codes.filter((c) => /^1C354\.b\.\d+$/.test(c))).toHaveLength(12);
    expect(codes.filter((c) => /^1C354\.c\.\d+$/.test(c))).toHaveLength(2);
    expect(entry('1C354.a.1')?.title).toBe('Xanthomonas albilineans');
  });

  it('attaches a part whose enclosing paragraph the source skips, and says so', () => {
    // 3A001 goes from "z." straight to "z.1.a".
    expect(entry('3A001.z.1.a')?.parentCode).toBe('3A001.z');
    expect(entry('3A001.z.1.a')?.flags[0]).toContain('no paragraph 3A001.z.1');
    expect(parsed.issues).toContainEqual(expect.objectContaining({ record: '3A001.z.1.a', action: 'REPAIRED' }));
  });

  it('reports what it could not read instead of dropping it', () => {
    // "Reason for Control: Foreign policy" and "Russian industry sector sanctions apply …" carry no reason code.
    expect(parsed.issues.filter((i) => i.record === '0A998').map((i) => i.action)).toEqual(['FLAGGED', 'FLAGGED']);
    expect(entry('0A998')?.flags.length).toBe(2);
    expect(parsed.issues.every((i) => i.record.length > 0 && i.problem.length > 0)).toBe(true);
  });

  it('records reasons US-only and regime-linked, with no regime for AT/RS', () => {
    const reasons = new Set(parsed.reasons.map((r) => r.reason));
    for (const code of ['NS', 'MT', 'NP', 'CB', 'CW', 'AT', 'RS', 'UN', 'CC', 'FC', 'SS', 'SL', 'EI', 'SI']) expect(reasons).toContain(code);
    expect(parsed.attributions.some((a) => a.regime === 'NSG' && a.basis === 'REASON_FOR_CONTROL' && a.code === '1C002' && !a.wholeEntry)).toBe(true);
    // Every regime-linked row gives one statement with the rule that linked it; US-only rows give none.
    expect(parsed.attributions.filter((a) => a.basis === 'REASON_FOR_CONTROL')).toHaveLength(parsed.reasons.filter((r) => r.regime !== null).length);
    expect(parsed.reasons.filter((r) => r.reason === 'AT').every((r) => r.regime === null && r.rule === 'US_REASON_NO_REGIME')).toBe(true);
    // 5xx, 6xx and 9xx codes carry no code-origin attribution.
    expect(parsed.attributions.some((a) => a.basis === 'CODE_ORIGIN' && /^\d[A-E][569]/.test(a.code))).toBe(false);
  });

});

describe('parseCcl on malformed input', () => {
  const meta = { file: 'broken.xml', sha256: '0'.repeat(64) };

  it('rejects text that is not XML', () => {
    expect(() => parseCcl('{"not": "xml"}', meta)).toThrow(SourceFormatError);
  });

  it('rejects XML that is not well-formed, with the line', () => {
    const broken = '<DIV9>\n<FP-2><B>1C001 Materials</B></FP-2>\n<P>a. Text</FP-1>\n</DIV9>';
    expect(() => parseCcl(broken, meta)).toThrow(/broken\.xml: line 3: not well-formed XML/);
    expect(() => parseCcl(xml.slice(0, 100_000), meta)).toThrow(SourceFormatError);
  });

  it('rejects a document without ECCN headings', () => {
    expect(() => parseCcl('<DIV9><HD1>Category 0</HD1><P>Nothing here</P></DIV9>', meta)).toThrow(/no ECCN headings/);
  });

  it('rejects a heading without a code', () => {
    const noCode = '<DIV9><FP-2><B>1C001 Materials</B></FP-2><FP-2><B>Materials without a code</B></FP-2></DIV9>';
    expect(() => parseCcl(noCode, meta)).toThrow(/after 1C001: ECCN heading without a code/);
  });

  it('reads a minimal well-formed entry', () => {
    const minimal =
      '<DIV9><HD1>Category 2—Materials Processing</HD1><FP-2><B>2B201 Machine tools &amp; parts</B></FP-2>' +
      '<FP-1><I>Reason for Control:</I> NP, AT</FP-1><FP><I>Items:</I></FP><P>a. Lathes;</P><P>a.1. Small ones.</P></DIV9>';
    const list = parseCcl(minimal, meta);
    expect(list.entries.map((e) => e.code)).toEqual(['2B201', '2B201.a', '2B201.a.1']);
    expect(list.entries[0]?.title).toBe('Machine tools & parts');
    expect(list.reasons.map((r) => [r.reason, r.wholeEntry, r.scope])).toEqual([
      ['NP', true, 'Reason for Control: NP, AT'],
      ['AT', true, 'Reason for Control: NP, AT'],
    ]);
    // An NP reason with no Country-Chart column cannot be told NSG (Column 1) from US-only (Column 2): no regime.
    expect(list.reasons.map((r) => [r.reason, r.regime, r.rule])).toEqual([
      ['NP', null, 'US_NP_NO_COLUMN'],
      ['AT', null, 'US_REASON_NO_REGIME'],
    ]);
    expect(list.attributions.map((a) => `${a.regime} ${a.basis}`)).toEqual(['NSG CODE_ORIGIN']);
  });
});
