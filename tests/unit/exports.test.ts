import { describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import { toCsv } from '../../src/exports/csv.js';
import { escapeCell, excerpt, table } from '../../src/exports/markdown.js';
import { renderReport } from '../../src/exports/render.js';
import { handleExport } from '../../src/exports/route.js';
import { ReportStore } from '../../src/services/reports/store.js';
import { parseTable, workbookTables } from '../../src/exports/catalogue.js';
import { workbook } from '../../src/exports/xlsx.js';
import { LISTS_HEADER_LIMIT, provenanceHeaders, provenanceOf } from '../../src/exports/provenance.js';
import * as XLSX from '@e965/xlsx';
import type { AttributionFact, CoveringEntry, EntryRef, Phase, GapReport, IttCoverageReport, OverlapReport, ReportBasis } from '../../src/services/reports/model.js';
import { parseCsv } from '../support/csv.js';

/** An attribution as the reports carry it, with the resolution fields a whole-entry row has. */
function fact(a: Pick<AttributionFact, 'regime' | 'basis' | 'scope' | 'wholeEntry'>): AttributionFact {
  return { column: null, coverage: a.wholeEntry ? 'WHOLE_ENTRY' : 'PARAMETERS', parts: [], exceptParts: [], servedItems: [], conditionalItems: [], conditional: !a.wholeEntry, via: null, rules: [], ...a };
}


/** Cells of a Markdown table line, split on pipes that are not escaped. */
function markdownCells(line: string): string[] {
  return line
    .replace(/^\|\s?/, '')
    .replace(/\s?\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('toCsv', () => {
  it('writes plain fields as they are, CRLF after every record, no byte-order mark', () => {
    const csv = toCsv(['code', 'category'], [['2B201', 2]]);
    expect(csv).toBe('code,category\r\n2B201,2\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes fields holding commas, quotes, CR or LF, doubling inner quotes', () => {
    expect(toCsv(['a'], [['Korea, Republic of']])).toBe('a\r\n"Korea, Republic of"\r\n');
    expect(toCsv(['a'], [['"composites"']])).toBe('a\r\n"""composites"""\r\n');
    expect(toCsv(['a'], [['line one\nline two']])).toBe('a\r\n"line one\nline two"\r\n');
    expect(toCsv(['a'], [['cr\ronly']])).toBe('a\r\n"cr\ronly"\r\n');
  });

  it('writes null as an empty field and booleans and numbers as printed', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, true, false, 0.5]])).toBe('a,b,c,d\r\n,true,false,0.5\r\n');
  });

  it('round-trips awkward values through an independent reader', () => {
    const awkward = [
      'MT applies to items that meet or exceed the parameters of ECCN 1C101.',
      'Machine tools, other than those controlled by 2B001, for removing or cutting "composites"',
      'first line\r\nsecond line, with a comma\nthird "quoted" line',
      '',
      '"',
      '""',
      ',',
      ' leading and trailing spaces ',
      'ünïcode — “curly” ≥ 300 km',
    ];
    const header = ['value', 'index'];
    const rows = awkward.map((value, index) => [value, index]);
    const parsed = parseCsv(toCsv(header, rows));
    expect(parsed[0]).toEqual(header);
    expect(parsed.slice(1)).toEqual(awkward.map((value, index) => [value, String(index)]));
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 fields; the header has 2/);
  });
});

describe('Markdown helpers', () => {
  it('escapes pipes and turns line breaks into a space inside cells', () => {
    expect(escapeCell('NP applies to entire entry | NP Column 1')).toBe('NP applies to entire entry \\| NP Column 1');
    expect(escapeCell('first line\r\nsecond\nthird\rfourth')).toBe('first line second third fourth');
  });

  it('keeps a table rectangular whatever the cells hold', () => {
    const rendered = table(['Code', 'Evidence'], [['2B201', 'a | b\nc'], ['1C001', 'plain']]);
    const lines = rendered.split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(markdownCells(line)).toHaveLength(2);
    expect(lines[2]).toBe('| 2B201 | a \\| b c |');
  });

  it('trims long evidence at a word boundary to about 300 characters with an ellipsis', () => {
    const long = 'technology for the development of equipment '.repeat(20);
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(301);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(excerpt('  short\n text ')).toBe('short text');
  });
});

// ---- hand-made reports shaped by model.ts ------------------------------------------------------

const CCL = 'us-ccl@ecfr-2026';
const BASIS: ReportBasis = {
  generatedAt: '2026-03-02T14:05:00.000Z',
  dataVersion: 7,
  lists: [
    { id: CCL, title: 'Commerce Control List (15 CFR 774 Supp. 1)', version: 'ecfr-2026-02-26', sha256: 'a'.repeat(64) },
    { id: 'eu-dual-use@2025-11', title: 'Regulation (EU) 2021/821 Annex I', version: '2025-11-14', sha256: 'b'.repeat(64) },
  ],
};

function ccl(code: string, title: string, group: EntryRef['group']): EntryRef {
  return { id: `${CCL}:${code}`, listId: CCL, code, title, category: Number(code[0]), group, kind: 'ENTRY' };
}

const E2B201 = ccl(
  '2B201',
  'Machine tools and any combination thereof, other than those controlled by 2B001, for removing or cutting metals, ceramics or "composites"',
  'B',
);
const E2B230 = ccl('2B230', 'All types of "pressure transducers" capable of measuring absolute pressures', 'B');
const E3A225 = ccl('3A225', 'Frequency changers or generators, other than those controlled by 0B001.b.13', 'A');
const E2B001 = ccl('2B001', 'Machine tools and any combination thereof, for removing (or cutting) metals, ceramics or "composites"', 'B');
const E0A002 = ccl('0A002', 'Power generating or propulsion equipment "specially designed" for use with space, marine or mobile "nuclear reactors". (These items are "subject to the ITAR.")', 'A');
const NP_SCOPE = 'NP applies to entire entry | NP Column 1\nexcept 2B201.c';

const gaps: GapReport = {
  ...BASIS,
  regime: 'NSG',
  against: 'WA',
  list: CCL,
  category: null,
  total: 3,
  groups: [
    {
      category: 2,
      technology: { id: 'machine-tools', name: 'Machine tools' },
      rows: [
        {
          entry: E2B201,
          attributions: [
            fact({ regime: 'NSG', basis: 'CODE_ORIGIN', scope: 'Code origin: the regime digit 2 of 2B201 marks an NSG entry', wholeEntry: true }),
            fact({ regime: 'NSG', basis: 'REASON_FOR_CONTROL', scope: NP_SCOPE, wholeEntry: true }),
          ],
          ...gapUnits(['2B201.a', '2B201.b', '2B201.c']),
          technologies: [{ id: 'machine-tools', name: 'Machine tools' }],
          hints: [],
          reason: 'Attributed to NSG; no WA attribution; no reference or support link to a WA entry; shares no technology area with a WA entry.',
        },
      ],
    },
    {
      category: 2,
      technology: null,
      rows: [
        {
          entry: E2B230,
          attributions: [fact({ regime: 'NSG', basis: 'CODE_ORIGIN', scope: 'ECCN 2B230: NSG series.', wholeEntry: true })],
          ...gapUnits(['2B230']),
          technologies: [],
          hints: [],
          reason: 'Attributed to NSG; no WA attribution; it falls in no technology area of the taxonomy.',
        },
      ],
    },
    {
      category: 3,
      technology: { id: 'gas-centrifuges', name: 'Gas centrifuges' },
      rows: [
        {
          entry: E3A225,
          attributions: [fact({ regime: 'NSG', basis: 'REASON_FOR_CONTROL', scope: 'NP applies to entire entry', wholeEntry: true })],
          ...gapUnits(['3A225']),
          technologies: [{ id: 'gas-centrifuges', name: 'Gas centrifuges' }],
          hints: [{ id: 'gas-centrifuges', name: 'Gas centrifuges' }],
          reason: 'Attributed to NSG; no WA attribution; shares no technology area with a WA entry.',
        },
      ],
    },
  ],
  partial: [
    {
      entry: E2B001,
      status: 'PARTIAL',
      attributions: [fact({ regime: 'NSG', basis: 'REASON_FOR_CONTROL', scope: 'NP applies to 2B001.a, .b, .c, and .d, EXCEPT: …', wholeEntry: false })],
      units: ['2B001.a', '2B001.b'],
      coveredUnits: ['2B001.a'],
      partialUnits: [],
      uncoveredUnits: ['2B001.b'],
      servedItems: [],
      servedItemsUncovered: [],
      evidence: [{ kind: 'ATTRIBUTION', parts: ['2B001.a'], other: null, words: 'NS applies to 2B001.a', rule: 'COVERAGE_SAME_PARAGRAPH' }],
    },
  ],
  covered: [],
  elsewhere: [{ entry: E0A002, controlledBy: 'US Munitions List (ITAR, 22 CFR parts 120–130)', evidence: E0A002.title }],
};

/** A gap row's units: all of them uncovered. */
function gapUnits(units: string[]) {
  return { status: 'GAP' as const, units, coveredUnits: [], partialUnits: [], uncoveredUnits: units, servedItems: [], servedItemsUncovered: [], evidence: [] };
}

const E1C001 = ccl('1C001', 'Materials specially designed for absorbing electromagnetic radiation, or intrinsically conductive polymers', 'C');
const E9A012 = ccl('9A012', '"Unmanned aerial vehicles" ("UAVs"), unmanned "airships", related equipment and components', 'A');
const E9A120 = ccl('9A120', 'Complete unmanned aerial vehicle systems capable of delivering at least 300 kg payload to a range of at least 300 km', 'A');

const overlap: OverlapReport = {
  ...BASIS,
  regimes: ['WA', 'MTCR'],
  list: null,
  category: null,
  sharedPartCount: 0,
  sharedEntries: [
    {
      entry: E1C001,
      attributions: [
        fact({ regime: 'WA', basis: 'CODE_ORIGIN', scope: 'Code origin: the regime digit 0 of 1C001 marks a WA entry', wholeEntry: true }),
        fact({ regime: 'WA', basis: 'REASON_FOR_CONTROL', scope: 'NS applies to entire entry', wholeEntry: true }),
        fact({ regime: 'MTCR', basis: 'REASON_FOR_CONTROL', scope: 'MT applies to 1C001.a.', wholeEntry: false }),
      ],
    },
  ],
  links: [
    { from: E9A012, fromRegime: 'WA', to: E9A120, toRegime: 'MTCR', kind: 'REFERENCE', evidence: 'See also 9A120, "UAVs" capable of a range of at least 300 km' },
  ],
  technologies: [
    {
      technology: { id: 'uav', name: 'Unmanned aerial vehicles' },
      regimes: [
        { regime: 'WA', entries: [{ entry: E9A012, thresholds: [] }] },
        {
          regime: 'MTCR',
          entries: [
            {
              entry: E9A120,
              thresholds: [{ parameter: 'range', comparator: '>=', value: 300, valueMax: null, unit: 'km', phrase: 'a range of at least 300 km' }],
            },
          ],
        },
      ],
      comparisons: [
        {
          list: 'us-ccl@ecfr-2026',
          entry: E9A012,
          parameter: 'range',
          unit: 'km',
          direction: 'AT_LEAST',
          values: [
            {
              regime: 'WA',
              entry: E9A012,
              threshold: { parameter: 'range', comparator: '>=', value: 500, valueMax: null, unit: 'km', phrase: 'a maximum range of 500 km or more' },
              strictest: false,
            },
            {
              regime: 'MTCR',
              entry: E9A120,
              threshold: { parameter: 'range', comparator: '>=', value: 300, valueMax: null, unit: 'km', phrase: 'a range of at least 300 km' },
              strictest: true,
            },
          ],
          strictestRegimes: ['MTCR'],
        },
        {
          list: 'us-ccl@ecfr-2026',
          entry: E9A012,
          parameter: 'payload',
          unit: 'kg',
          direction: 'AT_LEAST',
          values: [
            {
              regime: 'WA',
              entry: E9A012,
              threshold: { parameter: 'payload', comparator: '>=', value: 300, valueMax: null, unit: 'kg', phrase: 'a payload of 300 kg' },
              strictest: true,
            },
            {
              regime: 'MTCR',
              entry: E9A120,
              threshold: { parameter: 'payload', comparator: '>=', value: 300, valueMax: null, unit: 'kg', phrase: 'at least 300 kg payload' },
              strictest: true,
            },
          ],
          strictestRegimes: ['WA', 'MTCR'],
        },
      ],
    },
  ],
};

const E9E001 = ccl('9E001', '"Technology" according to the General Technology Note for the "development" of equipment or "software"', 'E');
const E1A102 = ccl('1A102', 'Resaturated pyrolized carbon-carbon components designed for space launch vehicles', 'A');
const E1E101 = ccl('1E101', '"Technology" according to the General Technology Note for the "use" of commodities or software controlled by 1A102', 'E');
const E9E990 = ccl('9E990', '"Technology" n.e.s. for the "development" or "production" or "use" of equipment controlled by 9A990', 'E');
const ITT_EVIDENCE =
  '"Technology" according to the General Technology Note for the "development" of equipment or "software", controlled by 9A001.b, 9A004 to 9A012';

const summary = (hardware: number, covered: number, development: number, production: number, use: number) => ({
  hardware,
  covered,
  ratio: hardware === 0 ? 0 : covered / hardware,
  technologyCovered: covered,
  softwareCovered: 0,
  technologyCoveredInPart: 0,
  softwareDevelopment: 0,
  softwareProduction: 0,
  softwareUse: 0,
  development,
  production,
  use,
});

/** A covering entry that counts for the regime exactly when it is attributed to it, tied by its row. */
function covering(c: Pick<CoveringEntry, 'entry' | 'kind' | 'phases' | 'attributedToRegime' | 'evidence'>): CoveringEntry {
  return { ...c, parts: [], regimePhases: c.attributedToRegime ? c.phases : [], countsForRegime: c.attributedToRegime, tie: c.attributedToRegime ? { rule: 'ITT_ROW', words: 'MT applies to …' } : null };
}

/** Hardware covered by technology for these phases, by no software. */
function technologyOnly(phases: Phase[]) {
  return {
    phases,
    softwarePhases: [],
    covered: phases.length > 0,
    technologyCovered: phases.length > 0,
    softwareCovered: false,
    technologyParts: [],
    softwareParts: [],
    phaseParts: phases.map((phase) => ({ kind: 'TECHNOLOGY' as const, phase, parts: [] })),
  };
}

const itt: IttCoverageReport = {
  ...BASIS,
  regime: 'MTCR',
  list: CCL,
  category: null,
  hardware: [
    {
      entry: E1A102,
      coveredBy: [covering({ entry: E1E101, kind: 'TECHNOLOGY', phases: ['use'], attributedToRegime: true, evidence: 'for the "use" of commodities or software controlled by 1A102' })],
      ...technologyOnly(['use']),
    },
    {
      entry: E9A012,
      coveredBy: [covering({ entry: E9E001, kind: 'TECHNOLOGY', phases: ['development'], attributedToRegime: true, evidence: ITT_EVIDENCE })],
      ...technologyOnly(['development']),
    },
    {
      entry: E9A120,
      coveredBy: [covering({ entry: E9E990, kind: 'TECHNOLOGY', phases: ['development', 'production'], attributedToRegime: false, evidence: 'controlled by 9A990' })],
      ...technologyOnly([]),
    },
  ],
  uncovered: [E9A120],
  summary: summary(3, 2, 1, 0, 1),
  byCategory: [
    { category: 1, summary: summary(1, 1, 0, 0, 1) },
    { category: 9, summary: summary(2, 1, 1, 0, 0) },
  ],
  byTechnology: [{ technology: { id: 'uav', name: 'Unmanned aerial vehicles' }, summary: summary(2, 1, 1, 0, 0) }],
};

function expectRectangular(csv: string): string[][] {
  const records = parseCsv(csv);
  const width = records[0]?.length ?? 0;
  for (const record of records) expect(record).toHaveLength(width);
  return records;
}

/** Records as objects keyed by the header, for readable assertions. */
function csvObjects(csv: string): Record<string, string>[] {
  const [header, ...rows] = expectRectangular(csv);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

function expectDocumentBasics(md: string): void {
  expect(md).toContain('2026-03-02');
  expect(md).toContain('graph data version 7');
  expect(md).toContain('| us-ccl@ecfr-2026 | Commerce Control List (15 CFR 774 Supp. 1) | ecfr-2026-02-26 |');
  expect(md).toContain('| eu-dual-use@2025-11 | Regulation (EU) 2021/821 Annex I | 2025-11-14 |');
  expect(md).toContain('## How to read this');
  // Every table line has as many cells as its header.
  const lines = md.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('|') && !lines[i - 1]?.startsWith('|')) {
      const width = markdownCells(line).length;
      for (let j = i; lines[j]?.startsWith('|'); j++) expect(markdownCells(lines[j] as string)).toHaveLength(width);
    }
  });
}

describe('renderReport: gaps', () => {
  it('writes one CSV row per gap entry with stable snake_case columns', () => {
    const records = csvObjects(renderReport('gaps', 'csv', gaps));
    expect(Object.keys(records[0] ?? {})).toEqual([
      'status', 'category', 'technology_id', 'technology', 'list', 'code', 'title', 'regime_attributions', 'units', 'uncovered_units', 'served_items_uncovered', 'evidence', 'reason', 'entry_id',
    ]);
    // Three gaps, then every other entry examined with its evidence, then the ITAR placeholder.
    expect(records.map((r) => [r.status, r.code])).toEqual([['GAP', '2B201'], ['GAP', '2B230'], ['GAP', '3A225'], ['PARTIAL', '2B001'], ['ELSEWHERE', '0A002']]);
    expect(records[3]).toMatchObject({ units: '2B001.a 2B001.b', uncovered_units: '2B001.b' });
    expect(records[3]?.evidence).toBe('ATTRIBUTION [2B001.a] (COVERAGE_SAME_PARAGRAPH): NS applies to 2B001.a');
    expect(records[2]?.evidence).toBe('hints (not coverage): Gas centrifuges');
    expect(records[0]).toMatchObject({ category: '2', technology: 'Machine tools', list: CCL, code: '2B201', entry_id: `${CCL}:2B201`, title: E2B201.title });
    expect(records[0]?.regime_attributions).toContain('NSG CODE_ORIGIN (whole entry)');
    expect(records[0]?.regime_attributions).toContain(NP_SCOPE);
    expect(records[1]).toMatchObject({ code: '2B230', technology: '', technology_id: '' });
  });

  it('renders a Markdown paper: title, date, versions, arguments, one table per category, evidence', () => {
    const md = renderReport('gaps', 'md', gaps);
    expectDocumentBasics(md);
    expect(md.startsWith('# Gap list: NSG entries not covered by WA\n')).toBe(true);
    expect(md).toContain('- List: us-ccl@ecfr-2026');
    expect(md).toContain('- Category: all categories');
    expect(md.match(/^### Category \d+$/gm)).toEqual(['### Category 2', '### Category 3']);
    expect(md.match(/^\| Technology area \|/gm)).toHaveLength(2);
    expect(md).toContain('| Machine tools | us-ccl@ecfr-2026 | 2B201 |');
    expect(md).toContain('| — (no technology area) | us-ccl@ecfr-2026 | 2B230 |');
    // The source's words, with its pipe escaped and its line break flattened.
    expect(md).toContain('Reason for control: “NP applies to entire entry \\| NP Column 1 except 2B201.c”');
    expect(md).not.toContain('No gaps found');
    expect(md).toContain('## Covered in part');
    expect(md).toContain('| us-ccl@ecfr-2026 | 2B001 |');
    expect(md).toContain('## Controlled elsewhere');
  });

  it('says so when there are no gaps, in either format', () => {
    const empty: GapReport = { ...gaps, total: 0, groups: [], partial: [], covered: [], elsewhere: [] };
    const md = renderReport('gaps', 'md', empty);
    expect(md).toContain('No gaps found for these arguments.');
    expect(md).not.toContain('| Technology area |');
    expect(parseCsv(renderReport('gaps', 'csv', empty))).toHaveLength(1);
  });
});

describe('renderReport: overlap', () => {
  it('keeps the single flat CSV table of earlier versions as table combined, every section with the same columns', () => {
    const records = csvObjects(renderReport('overlap', 'csv', overlap, { table: 'combined' }));
    const sections = records.map((r) => r.section);
    expect(sections).toEqual([
      'shared_entry',
      'shared_entry',
      'shared_entry',
      'link',
      'technology_entry',
      'technology_entry',
      'technology_threshold',
      'technology_threshold',
      'technology_threshold',
      'technology_threshold',
    ]);
    expect(records[2]).toMatchObject({ code: '1C001', regime: 'MTCR', basis: 'REASON_FOR_CONTROL', whole_entry: 'false', evidence: 'MT applies to 1C001.a.' });
    expect(records[3]).toMatchObject({ code: '9A012', regime: 'WA', link_kind: 'REFERENCE', related_regime: 'MTCR', related_code: '9A120' });
    expect(records[5]).toMatchObject({ code: '9A120', technology: 'Unmanned aerial vehicles', evidence: 'a range of at least 300 km' });
    expect(records[7]).toMatchObject({ regime: 'MTCR', parameter: 'range', direction: 'AT_LEAST', comparator: '>=', value: '300', unit: 'km', strictest: 'true' });
  });

  it('renders the three sections, attributions side by side and the stricter threshold marked', () => {
    const md = renderReport('overlap', 'md', overlap);
    expectDocumentBasics(md);
    expect(md.startsWith('# Overlap between WA and MTCR\n')).toBe(true);
    expect(md).toContain('## Entries attributed to all of WA and MTCR');
    expect(md).toContain('## Cross-regime links');
    expect(md).toContain('## Technology areas controlled by all of WA and MTCR');
    expect(md).toContain('| List | Code | Title | WA attribution (evidence) | MTCR attribution (evidence) |');
    expect(md).toContain('Reason for control (part of the entry): “MT applies to 1C001.a.”');
    expect(md).toContain('| 9A012 (us-ccl@ecfr-2026) | WA | 9A120 (us-ccl@ecfr-2026) | MTCR | names it in its text |');
    const range = md.split('\n').find((line) => line.startsWith('| range (km) |'));
    expect(range).toContain('≥ 500 km — 9A012: “a maximum range of 500 km or more”');
    expect(range).toContain('**≥ 300 km** (stricter) — 9A120');
    expect(range?.endsWith('| MTCR |')).toBe(true);
    const payload = md.split('\n').find((line) => line.startsWith('| payload (kg) |'));
    expect(payload).not.toContain('stricter');
    expect(payload?.endsWith('| equal |')).toBe(true);
  });

  it('says so when nothing overlaps', () => {
    const md = renderReport('overlap', 'md', { ...overlap, sharedEntries: [], links: [], technologies: [] });
    expect(md).toContain('No overlap found for these arguments.');
    expect(md).not.toContain('## Cross-regime links');
  });
});

describe('renderReport: itt-coverage', () => {
  it('writes one CSV row per hardware entry with its covering entries and phases', () => {
    const records = csvObjects(renderReport('itt-coverage', 'csv', itt));
    expect(Object.keys(records[0] ?? {}).slice(0, 10)).toEqual([
      'category', 'list', 'code', 'title', 'covered', 'phases', 'covered_paragraphs', 'software_covered', 'software_phases', 'software_paragraphs',
    ]);
    expect(records.map((r) => r.code)).toEqual(['1A102', '9A012', '9A120']);
    expect(records[1]).toMatchObject({ covered: 'true', phases: 'development', software_covered: 'false', covered_by: '9E001 (technology: development)', uncovered_reason: '' });
    expect(records[1]?.evidence).toContain(ITT_EVIDENCE);
    expect(records[2]).toMatchObject({ covered: 'false', covered_by: '', named_by_unattributed: '9E990 (technology: development, production)' });
    expect(records[2]?.uncovered_reason).toContain('which no MTCR row or code ties to MTCR for it');
  });

  it('names the paragraphs of a phase covered only in part: "use (9A116.d)"', () => {
    const [first, ...rest] = itt.hardware;
    const partly = {
      ...first!,
      softwarePhases: ['development' as const, 'use' as const],
      softwareCovered: true,
      phaseParts: [...first!.phaseParts, { kind: 'SOFTWARE' as const, phase: 'development' as const, parts: [] }, { kind: 'SOFTWARE' as const, phase: 'use' as const, parts: ['9A116.d'] }],
    };
    const records = csvObjects(renderReport('itt-coverage', 'csv', { ...itt, hardware: [partly, ...rest] }));
    expect(records[0]).toMatchObject({ phases: 'use', software_phases: 'development; use (9A116.d)' });
  });

  it('renders a summary with percentages, covered hardware per category, and the hardware left uncovered', () => {
    const md = renderReport('itt-coverage', 'md', itt);
    expectDocumentBasics(md);
    expect(md).toMatch(/^# ITT coverage: .*MTCR hardware$/m);
    expect(md).toContain('| 1 | 1 | 1 | 100.0% | 0 (0.0%) | 0 (0.0%) | 1 (100.0%) |');
    expect(md).toContain('| 9 | 2 | 1 | 50.0% | 1 (50.0%) | 0 (0.0%) | 0 (0.0%) |');
    expect(md).toContain('| **All** | 3 | 2 | 66.7% |');
    const covered = md.slice(md.indexOf('## Covered hardware'), md.indexOf('## Hardware left uncovered'));
    expect(covered.match(/^### Category \d+$/gm)).toEqual(['### Category 1', '### Category 9']);
    expect(covered).toContain('| us-ccl@ecfr-2026 | 9A012 |');
    expect(covered).toContain('9E001 (technology: development) | development |');
    expect(covered).toContain('controlled by 9A001.b, 9A004 to 9A012');
    const uncovered = md.slice(md.indexOf('## Hardware left uncovered'));
    expect(uncovered).toContain('| us-ccl@ecfr-2026 | 9A120 |');
    expect(uncovered).toContain('Named only by 9E990 (technology: development, production), which no MTCR row or code ties to MTCR for it.');
  });

  it('says so when there is no hardware', () => {
    const empty: IttCoverageReport = { ...itt, hardware: [], uncovered: [], summary: summary(0, 0, 0, 0, 0), byCategory: [], byTechnology: [] };
    expect(renderReport('itt-coverage', 'md', empty)).toContain('No hardware found for these arguments.');
    expect(parseCsv(renderReport('itt-coverage', 'csv', empty))).toHaveLength(1);
  });
});

// ---- the HTTP handler, with a stand-in executor that answers the report queries by name -------------

function fakeExecutor(answers: Record<string, () => unknown[]>): Executor {
  const read = async (query: string) => {
    const answer = answers[query];
    if (!answer) throw new Error(`unexpected query ${query}`);
    return answer();
  };
  // A report reads in one consistent snapshot: here, the same stand-in answers at data version 0.
  const snapshot = async (_operation: string, work: (tx: { read: typeof read }) => Promise<unknown>) => ({ version: 0, result: await work({ read }) });
  return { read, snapshot } as unknown as Executor;
}

const untouched = fakeExecutor({});
/** Exports ask the report store; with it off, each one computes its report from the stand-in executor. */
const storeOf = (executor: Executor) => new ReportStore(executor, { mode: 'off', maxBytes: 0, pollMs: 0 });
const exportUrl = (path: string) => new URL(path, 'http://localhost');

describe('handleExport', () => {
  it('answers 404 naming the available exports for an unknown report or format', async () => {
    for (const path of ['/exports/gap.csv', '/exports/gaps.pdf', '/exports/gaps', '/exports/']) {
      const response = await handleExport(storeOf(untouched), exportUrl(path));
      expect(response.status).toBe(404);
      const body = JSON.parse(String(response.body)) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NOT_FOUND');
      for (const name of ['gaps.csv', 'gaps.md', 'overlap.csv', 'overlap.md', 'itt-coverage.csv', 'itt-coverage.md']) expect(body.error.message).toContain(name);
    }
  });

  it('answers 400 naming the argument for bad arguments, before touching the database', async () => {
    const cases: [string, string][] = [
      ['/exports/gaps.csv?regime=NSG&against=WA&category=two', 'category'],
      ['/exports/gaps.csv?regime=NSG&against=WA&category=2.5', 'category'],
      ['/exports/gaps.csv?regime=NSG&against=WA&category=12', 'category'],
      ['/exports/gaps.md?against=WA', 'regime'],
      ['/exports/gaps.md?regime=NSG&against=NSG', 'against'],
      ['/exports/gaps.md?regime=NSG&against=WA&categry=2', 'categry'],
      ['/exports/gaps.md?regime=NSG&regime=WA&against=AG', 'regime'],
      ['/exports/overlap.csv?regimes=WA', 'regimes'],
      ['/exports/itt-coverage.md?regime=XX', 'regime'],
    ];
    for (const [path, argument] of cases) {
      const response = await handleExport(storeOf(untouched), exportUrl(path));
      expect(response.status, path).toBe(400);
      expect(response.contentType).toBe('application/json; charset=utf-8');
      const body = JSON.parse(String(response.body)) as { error: { code: string; argument: string; message: string } };
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.error.message.length).toBeGreaterThan(argument.length);
    }
  });

  it('serves a gap list with its content type and a file name saying what it holds', async () => {
    const executor = fakeExecutor({
      'list-ids': () => [{ id: CCL }],
      'reports/basis': () => [{ dataVersion: 7, lists: BASIS.lists.slice(0, 1) }],
      'reports/gaps': () => [
        {
          entry: E2B201,
          coverage: { status: 'GAP', units: ['2B201.a'], coveredUnits: [], partialUnits: [], evidence: [] },
          attributions: gaps.groups[0]?.rows[0]?.attributions,
          technologies: [{ id: 'machine-tools', name: 'Machine tools' }],
          hints: [],
        },
      ],
      'reports/gaps-elsewhere': () => [],
    });
    const response = await handleExport(storeOf(executor), exportUrl(`/exports/gaps.csv?regime=NSG&against=WA&list=${encodeURIComponent(CCL)}&category=2`));
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/csv; charset=utf-8');
    expect(response.filename).toBe('gaps-NSG-against-WA-us-ccl_ecfr-2026-category-2-data-v7.csv');
    expect(response.headers).toMatchObject({ 'x-concordance-data-version': '7', 'x-concordance-lists': `${CCL};version="ecfr-2026-02-26";sha256=${'a'.repeat(64)}` });
    expect(csvObjects(String(response.body))[0]).toMatchObject({ code: '2B201', technology: 'Machine tools' });

    const md = await handleExport(storeOf(executor), exportUrl('/exports/gaps.md?regime=NSG&against=WA'));
    expect(md.contentType).toBe('text/markdown; charset=utf-8');
    expect(md.filename).toBe('gaps-NSG-against-WA-data-v7.md');
  });

  it('accepts regimes comma-separated and repeated', async () => {
    const executor = fakeExecutor({ 'reports/basis': () => [{ dataVersion: 1, lists: [] }] });
    // The overlap queries are not answered: reaching them proves the arguments parsed.
    const response = await handleExport(storeOf(executor), exportUrl('/exports/overlap.md?regimes=WA,MTCR&regimes=NSG'));
    expect(response.status).toBe(500);
    expect(JSON.parse(String(response.body))).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'An internal error occurred.' } });
  });

  it('answers 400 naming list for an unknown list', async () => {
    const executor = fakeExecutor({ 'list-ids': () => [{ id: CCL }] });
    const response = await handleExport(storeOf(executor), exportUrl('/exports/itt-coverage.csv?regime=MTCR&list=xx-none@1'));
    expect(response.status).toBe(400);
    expect(JSON.parse(String(response.body))).toMatchObject({ error: { code: 'BAD_USER_INPUT', argument: 'list' } });
  });
});

// ---- the tidy tables, JSON, provenance and the workbook ------------------------------------------

describe('renderReport: the overlap as tidy tables', () => {
  it('gives shared entries one row per attribution, with only their own columns', () => {
    const records = csvObjects(renderReport('overlap', 'csv', overlap, { table: 'shared_entries' }));
    expect(Object.keys(records[0] ?? {})).toEqual(['category', 'list', 'code', 'title', 'regime', 'basis', 'whole_entry', 'extent', 'scope', 'entry_id']);
    expect(records.map((r) => [r.code, r.regime, r.basis, r.extent])).toEqual([
      ['1C001', 'WA', 'CODE_ORIGIN', 'whole entry'],
      ['1C001', 'WA', 'REASON_FOR_CONTROL', 'whole entry'],
      ['1C001', 'MTCR', 'REASON_FOR_CONTROL', 'part, by parameters'],
    ]);
    expect(records[2]?.scope).toBe('MT applies to 1C001.a.');
  });

  it('gives links with both ends, technology entries with their phrases, and one row per compared value', () => {
    const links = csvObjects(renderReport('overlap', 'csv', overlap, { table: 'links' }));
    expect(links).toEqual([
      expect.objectContaining({ from_regime: 'WA', from_code: '9A012', link_kind: 'REFERENCE', to_regime: 'MTCR', to_code: '9A120', to_entry_id: `${CCL}:9A120` }),
    ]);
    const entries = csvObjects(renderReport('overlap', 'csv', overlap, { table: 'technology_entries' }));
    expect(entries.map((r) => [r.regime, r.code, r.threshold_phrases])).toEqual([
      ['WA', '9A012', ''],
      ['MTCR', '9A120', 'a range of at least 300 km'],
    ]);
    const values = csvObjects(renderReport('overlap', 'csv', overlap, { table: 'threshold_comparisons' }));
    expect(values.map((r) => [r.parameter, r.regime, r.value, r.strictest, r.strictest_regimes])).toEqual([
      ['range', 'WA', '500', 'false', 'MTCR'],
      ['range', 'MTCR', '300', 'true', 'MTCR'],
      ['payload', 'WA', '300', 'true', 'WA MTCR'],
      ['payload', 'MTCR', '300', 'true', 'WA MTCR'],
    ]);
  });

  it('needs a table named for the overlap CSV, and lists the tables when it is missing or unknown', () => {
    expect(() => parseTable('overlap', 'csv', undefined)).toThrow(/^table: name the table of the overlap CSV: shared_entries \(.*\); links \(.*\); technology_entries .*threshold_comparisons .*combined/);
    expect(() => parseTable('overlap', 'csv', 'everything')).toThrow(/^table: the overlap report has no table 'everything'; its tables are shared_entries/);
    expect(() => parseTable('gaps', 'md', 'entries')).toThrow(/^table: applies to CSV exports only/);
    expect(parseTable('gaps', 'csv', undefined)).toBe('entries');
    expect(parseTable('itt-coverage', 'csv', 'summary')).toBe('summary');
    expect(parseTable('overlap', 'xlsx', undefined)).toBeUndefined();
  });

  it('summarises ITT coverage in one table: all, per category, per technology area', () => {
    const rows = csvObjects(renderReport('itt-coverage', 'csv', itt, { table: 'summary' }));
    expect(rows.map((r) => [r.scope, r.category, r.technology_id, r.hardware, r.covered])).toEqual([
      ['all', '', '', '3', '2'],
      ['category', '1', '', '1', '1'],
      ['category', '9', '', '2', '1'],
      ['technology', '', 'uav', '2', '1'],
    ]);
  });
});

describe('provenance', () => {
  it('opens a CSV with comment lines on request, the table after them unchanged', () => {
    const plain = renderReport('gaps', 'csv', gaps);
    const marked = renderReport('gaps', 'csv', gaps, { provenance: true });
    const lines = marked.split('\r\n');
    const comments = lines.filter((line) => line.startsWith('# '));
    expect(comments).toEqual([
      '# Concordance gaps export, table entries',
      `# generated at: ${BASIS.generatedAt}`,
      '# data version: 7',
      '# argument regime: NSG',
      '# argument against: WA',
      `# argument list: ${CCL}`,
      '# argument category: all categories',
      `# list ${CCL}: version ecfr-2026-02-26, sha256 ${'a'.repeat(64)}`,
      `# list eu-dual-use@2025-11: version 2025-11-14, sha256 ${'b'.repeat(64)}`,
    ]);
    expect(marked.endsWith(plain)).toBe(true);
    expect(plain.startsWith('status,')).toBe(true);
  });

  it('is the head of the JSON export, the report under its GraphQL field name', () => {
    const body = JSON.parse(renderReport('itt-coverage', 'json', itt)) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['provenance', 'ittCoverage']);
    expect(body.provenance).toEqual({ report: 'itt-coverage', generatedAt: BASIS.generatedAt, dataVersion: 7, lists: BASIS.lists, arguments: { regime: 'MTCR', list: itt.list, category: itt.category } });
    expect(body.ittCoverage).toEqual(JSON.parse(JSON.stringify(itt)));
  });

  it('names the lists and their digests in the Markdown', () => {
    expect(renderReport('gaps', 'md', gaps)).toContain(`| ${CCL} | Commerce Control List (15 CFR 774 Supp. 1) | ecfr-2026-02-26 | ${'a'.repeat(64)} |`);
  });
});

describe('workbook', () => {
  it('has an About sheet and one sheet per table, read back with their types by a spreadsheet library', async () => {
    const buffer = await workbook(provenanceOf('overlap', overlap), workbookTables('overlap', overlap));
    const book = XLSX.read(buffer, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['About', 'Shared entries', 'Cross-regime links', 'Technology entries', 'Threshold comparisons']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, defval: null });
    const values = rows('Threshold comparisons');
    expect(values[0]?.slice(0, 4)).toEqual(['technology_id', 'technology', 'comparison_list', 'parameter']);
    expect(values.slice(1).map((r) => [r[3], r[7], r[11], r[14]])).toEqual([
      ['range', 'WA', 500, false],
      ['range', 'MTCR', 300, true],
      ['payload', 'WA', 300, true],
      ['payload', 'MTCR', 300, true],
    ]);
    const about = rows('About');
    expect(about).toContainEqual(['Data version', 7, null, null]);
    expect(about).toContainEqual(['regimes', 'WA,MTCR', null, null]);
    expect(about).toContainEqual([CCL, BASIS.lists[0]?.title, 'ecfr-2026-02-26', 'a'.repeat(64)]);
    expect(about).toContainEqual(['Shared entries', 3, expect.stringContaining('attribution'), null]);
  });
});

describe('Markdown quotation marks', () => {
  it("quote a reason for control, the source's words, and write a code origin as a statement", () => {
    const md = renderReport('overlap', 'md', overlap);
    expect(md).toContain('Code origin: the regime digit 0 of 1C001 marks a WA entry; Reason for control: “NS applies to entire entry”');
    expect(md).not.toContain('“Code origin');
    const gapsMd = renderReport('gaps', 'md', gaps);
    expect(gapsMd).toContain('Code origin: the regime digit 2 of 2B201 marks an NSG entry');
    expect(gapsMd).not.toMatch(/Code origin: (“|Code origin)/);
  });

  it('quote coverage evidence only when it is the source text', () => {
    const withOrigin: GapReport = {
      ...gaps,
      partial: gaps.partial.map((row) => ({
        ...row,
        evidence: [...row.evidence, { kind: 'ATTRIBUTION', parts: [], other: null, words: 'Code origin: the regime digit 0 of 2B001 marks a WA entry', rule: 'COVERAGE_SAME_PARAGRAPH' }],
      })),
    };
    const md = renderReport('gaps', 'md', withOrigin);
    expect(md).toContain('attribution: “NS applies to 2B001.a”; attribution: Code origin: the regime digit 0 of 2B001 marks a WA entry');
  });
});

describe('provenance headers', () => {
  it('name every list while they fit in 8 KiB, and beyond that say how many were left out (the bodies name them all)', () => {
    const list = (n: number) => ({ id: `us-ccl-copy-${n}@ecfr-2026`, title: 'Commerce Control List (copy)', version: 'ecfr-2026-02-26', sha256: 'a'.repeat(64) });
    const provenance = (count: number) => ({ report: 'gaps' as const, generatedAt: '2026-12-03T00:00:00.000Z', dataVersion: 7, lists: Array.from({ length: count }, (_, i) => list(i)), arguments: {} });
    const few = provenanceHeaders(provenance(4));
    expect(few['x-concordance-lists']?.split(', ')).toHaveLength(4);
    expect(few['x-concordance-lists-omitted']).toBeUndefined();
    // 400 lists, as the 100x benchmark graph holds: about 45 KiB of header, more than HTTP clients accept.
    const many = provenanceHeaders(provenance(400));
    expect(many['x-concordance-lists']).toBeUndefined();
    expect(many['x-concordance-lists-omitted']).toBe('400');
    expect(Object.values(many).join('').length).toBeLessThan(LISTS_HEADER_LIMIT);
  });
});
