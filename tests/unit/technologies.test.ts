// The technology taxonomy: it validates, covers the four regimes, and assigns real CCL and EU entries
// (read straight from seed/data) to the right areas with evidence; a broken taxonomy fails loudly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assignTechnologies,
  loadTaxonomy,
  parseTaxonomy,
  type TechnologyAssignment,
  type TechnologyEntry,
} from '../../seed/enrich/technologies.js';
import { SourceFormatError } from '../../seed/sourceError.js';
import { parseCcl } from '../../seed/sources/ccl.js';
import { parseEuAnnexI } from '../../seed/sources/euAnnexI.js';

const DATA = new URL('../../seed/data/', import.meta.url);

// A rough reader, enough to get each ECCN's heading and full text; the real parser lives in seed/sources.
function readCcl(): Map<string, TechnologyEntry> {
  const xml = readFileSync(new URL('us-ccl/ccl_supp1.xml', DATA), 'utf8');
  const decode = (s: string) =>
    s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const starts = [...xml.matchAll(/<FP-2><B>(\d[A-E]\d{3})\b/g)].map((m) => ({ at: m.index, code: m[1]! }));
  const entries = new Map<string, TechnologyEntry>();
  starts.forEach(({ at, code }, i) => {
    let end = starts[i + 1]?.at ?? xml.length;
    const heading = xml.indexOf('<HD1>', at);
    if (heading !== -1 && heading < end) end = heading;
    const block = xml.slice(at, end);
    const headEnd = block.indexOf('</B>');
    const title = decode(block.slice(`<FP-2><B>${code}`.length, headEnd).replace(/<[^>]+>/g, '')).trim();
    const text = decode(block.slice(headEnd).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    entries.set(code, { code, title, text, group: code[1]! });
  });
  return entries;
}

function readEu(): Map<string, TechnologyEntry> {
  const json = JSON.parse(readFileSync(new URL('eu-annex-i/annex_i_en_2025-11.json', DATA), 'utf8')) as {
    entries: Array<{ code: string; label: string; full_content: string; subgroup: string; depth: number }>;
  };
  return new Map(
    json.entries.filter((e) => e.depth === 0).map((e) => [e.code, { code: e.code, title: e.label, text: e.full_content, group: e.subgroup }]),
  );
}

const taxonomy = loadTaxonomy();
const ccl = readCcl();
const eu = readEu();

function assign(list: Map<string, TechnologyEntry>, code: string): TechnologyAssignment[] {
  const entry = list.get(code);
  if (entry === undefined) throw new Error(`${code} not found in the source`);
  return assignTechnologies(entry, taxonomy);
}
const ids = (assignments: TechnologyAssignment[]) => assignments.map((a) => a.technologyId);
const find = (assignments: TechnologyAssignment[], id: string) => assignments.find((a) => a.technologyId === id);

describe('technology taxonomy file', () => {
  it('validates, has at least 45 areas and covers MTCR, WA, NSG and AG', () => {
    expect(taxonomy.areas.length).toBeGreaterThanOrEqual(45);
    const regimes = new Set(taxonomy.areas.flatMap((a) => a.regimes));
    for (const regime of ['MTCR', 'WA', 'NSG', 'AG'] as const) expect(regimes).toContain(regime);
    const ruleIds = taxonomy.areas.flatMap((a) => a.rules.map((r) => r.id));
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const area of taxonomy.areas) {
      expect(area.rules.length).toBeGreaterThan(0);
      expect(area.description.length).toBeGreaterThan(10);
    }
  });

  it('includes the areas the analysts asked for', () => {
    const areaIds = new Set(taxonomy.areas.map((a) => a.id));
    for (const id of [
      'uav-cruise-missiles',
      'ballistic-missiles-space-launch',
      'rocket-propulsion',
      'propellants',
      'gas-centrifuges',
      'heavy-water-deuterium',
      'chemical-weapon-precursors',
      'human-animal-pathogens',
      'plant-pathogens',
      'toxins',
      'biological-production-equipment',
      'cryptography-information-security',
      'lasers',
      'radiation-hardened-electronics',
    ]) {
      expect(areaIds).toContain(id);
    }
  });
});

describe('assignTechnologies on real entries', () => {
  it('US 9A012 (UAVs) is a UAV entry by its code, with the code as evidence', () => {
    const uav = find(assign(ccl, '9A012'), 'uav-cruise-missiles');
    expect(uav).toEqual({ technologyId: 'uav-cruise-missiles', ruleId: 'uav-code', evidence: 'code 9A012 matches ^9A(012|112)(?![0-9])|^9B010(?![0-9])', parts: null });
  });

  it('US 9A120 (complete UAVs) is found by its heading, since EU 9A120 is a propellant tank', () => {
    const us = assign(ccl, '9A120');
    const uav = find(us, 'uav-cruise-missiles');
    expect(uav?.ruleId).toBe('uav-title');
    expect(uav?.evidence).toContain('«Complete unmanned aerial vehicles»');
    expect(ids(us)).toContain('agent-dissemination'); // aerosol dispensing, MTCR 19.A.3
    const euTank = assign(eu, '9A120');
    expect(ids(euTank)).not.toContain('uav-cruise-missiles');
    expect(find(euTank, 'rocket-propulsion')?.evidence).toContain('«propellant tanks»');
  });

  it('1C350 is chemical-weapon precursors, 1C351 human and animal pathogens and toxins, 1C354 plant pathogens', () => {
    for (const list of [ccl, eu]) {
      expect(ids(assign(list, '1C350'))).toEqual(['chemical-weapon-precursors']);
      expect(ids(assign(list, '1C351'))).toEqual(expect.arrayContaining(['human-animal-pathogens', 'toxins']));
      expect(ids(assign(list, '1C354'))).toEqual(['plant-pathogens']);
    }
    expect(find(assign(ccl, '1C351'), 'toxins')?.evidence).toMatch(/toxins/i);
  });

  it('5A002 is cryptography, 2B228 gas centrifuges, 2B352 biological equipment', () => {
    expect(ids(assign(ccl, '5A002'))).toContain('cryptography-information-security');
    expect(ids(assign(eu, '5A002'))).toContain('cryptography-information-security');
    expect(ids(assign(ccl, '2B228'))).toContain('gas-centrifuges');
    expect(ids(assign(eu, '2B352'))).toContain('biological-production-equipment');
  });

  it('EU 0B001 (isotope separation plant) names gas centrifuges in its text', () => {
    const assignments = assign(eu, '0B001');
    expect(find(assignments, 'isotope-separation-other')?.ruleId).toBe('iso-code');
    const centrifuge = find(assignments, 'gas-centrifuges');
    expect(centrifuge?.ruleId).toBe('gc-text');
    expect(centrifuge?.evidence).toMatch(/^title\/text: ".*«Gas centrifuge».*"$/);
  });

  it('core missile, nuclear and materials entries land in their areas', () => {
    expect(ids(assign(ccl, '9A004'))).toEqual(expect.arrayContaining(['ballistic-missiles-space-launch', 'spacecraft-satellites']));
    expect(ids(assign(eu, '9A007'))).toContain('rocket-propulsion');
    expect(ids(assign(ccl, '7A003'))).toContain('guidance-navigation');
    expect(ids(assign(ccl, '7A103'))).toContain('guidance-navigation');
    expect(ids(assign(ccl, '1C010'))).toContain('composites-carbon-fibre');
    expect(ids(assign(ccl, '2B001'))).toContain('machine-tools');
    expect(ids(assign(ccl, '1C111'))).toContain('propellants');
    expect(ids(assign(eu, '1C101'))).toContain('stealth-signature-reduction');
    expect(ids(assign(ccl, '6A005'))).toContain('lasers');
    expect(ids(assign(eu, '0C003'))).toContain('heavy-water-deuterium');
    expect(ids(assign(eu, '9A121'))).not.toContain('uav-cruise-missiles');
  });

  it('does not call an entry a laser because lasers are its measuring tool', () => {
    // 2B006 / 2B206 use laser interferometers; 7A106 is a laser radar altimeter.
    for (const code of ['2B006', '2B206', '7A106', '3B001']) expect(ids(assign(ccl, code))).not.toContain('lasers');
    expect(ids(assign(ccl, '2A983'))).not.toContain('neutron-generators-detonators'); // detonator *detection* equipment
    expect(ids(assign(ccl, '1C005'))).not.toContain('composites-carbon-fibre'); // "composite" superconductors
    // 8B001 "Water Tunnels … Designed for Measuring Acoustic Fields Generated by a Hydro-Flow Around Propulsion System
    // Models": a naval test facility, not a missile one.
    for (const list of [ccl, eu]) expect(ids(assign(list, '8B001'))).not.toContain('missile-test-facilities');
  });

  it('assigns regime item codes by their numbering', () => {
    const byCode = (code: string, group: string | null) => ids(assignTechnologies({ code, title: '', text: '', group }, taxonomy));
    expect(byCode('M19A2', 'A')).toContain('uav-cruise-missiles');
    expect(byCode('M1A1', 'A')).toEqual(['ballistic-missiles-space-launch']);
    expect(byCode('M2A1b1', 'A')).toEqual(['reentry-vehicles']);
    expect(byCode('T5.1.1a', null)).toEqual(['gas-centrifuges']);
    expect(byCode('T5.7.1', null)).toEqual(['isotope-separation-other']);
    expect(byCode('N2C13', 'C')).toEqual(['high-strength-alloys']);
    expect(byCode('N2C1', 'C')).toEqual(['high-strength-alloys']);
    expect(byCode('N6A5', 'A')).toEqual(['neutron-generators-detonators']);
  });

  it('gives one assignment per technology, and most depth-0 entries at least one', () => {
    let usWith = 0;
    let euWith = 0;
    for (const entry of ccl.values()) {
      const assignments = assignTechnologies(entry, taxonomy);
      expect(new Set(ids(assignments)).size).toBe(assignments.length);
      if (assignments.length > 0) usWith++;
    }
    for (const entry of eu.values()) if (assignTechnologies(entry, taxonomy).length > 0) euWith++;
    expect(ccl.size).toBeGreaterThan(600);
    expect(usWith / ccl.size).toBeGreaterThan(0.7);
    expect(euWith / eu.size).toBeGreaterThan(0.8);
  });
});

describe('a broken taxonomy', () => {
  const area = (rules: unknown[], id = 'test-area') => ({ id, name: 'Test', regimes: ['WA'], description: 'A test area.', rules });
  const rule = (id: string, pattern: string, kind = 'TEXT') => ({ id, kind, pattern, why: 'testing' });

  it('names the area and rule of an invalid regular expression (file on disk)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
    const file = join(dir, 'technologies.json');
    writeFileSync(file, JSON.stringify({ areas: [area([rule('fine', 'lasers?'), rule('broken-rule', 'lasers(')])] }));
    expect(() => loadTaxonomy(file)).toThrow(SourceFormatError);
    expect(() => loadTaxonomy(file)).toThrow(/area test-area, rule broken-rule: invalid regular expression/);
  });

  it('rejects duplicate rule ids, empty rules, unknown regimes and empty-matching patterns', () => {
    expect(() => parseTaxonomy({ areas: [area([rule('dup', 'a')]), area([rule('dup', 'b')], 'other-area')] })).toThrow(
      /area other-area, rule dup: duplicate rule id \(already used in area test-area\)/,
    );
    expect(() => parseTaxonomy({ areas: [area([])] })).toThrow(/area test-area: rules/);
    expect(() => parseTaxonomy({ areas: [{ ...area([rule('r', 'a')]), regimes: ['XX'] }] })).toThrow(/area test-area: regimes/);
    expect(() => parseTaxonomy({ areas: [area([rule('anything', 'x*')])] })).toThrow(/rule anything: pattern .* matches the empty string/);
    expect(() => parseTaxonomy({ areas: [area([{ ...rule('bad-kind', 'a'), kind: 'FUZZY' }])] })).toThrow(/area test-area: rule bad-kind\.kind/);
    expect(() => parseTaxonomy({ areas: [area([rule('a', 'a')]), area([rule('b', 'b')])] })).toThrow(/duplicate area id/);
  });
});

describe('code rules that name paragraphs, with the parts the importers find', () => {
  const meta = { file: 'test', sha256: '0'.repeat(64) };
  const usList = parseCcl(readFileSync(new URL('us-ccl/ccl_supp1.xml', DATA), 'utf8'), meta);
  const euList = parseEuAnnexI(readFileSync(new URL('eu-annex-i/annex_i_en_2025-11.json', DATA), 'utf8'), meta);
  const withParts = (list: typeof usList, code: string): TechnologyAssignment[] => {
    const entry = list.entries.find((e) => e.code === code && e.kind !== 'PART')!;
    const parts = list.entries.filter((e) => e.kind === 'PART' && e.code.startsWith(`${code}.`));
    return assignTechnologies({ ...entry, parts }, taxonomy);
  };

  it('EU 0A001 is in zirconium-hafnium by 0A001.f alone (rule zr-code names "^0A001\\.f")', () => {
    // EU 0A001 "f. Zirconium metal tubes or zirconium alloy tubes (or assembles of tubes) specially designed or prepared
    // for use as fuel cladding in a "nuclear reactor", and in quantities exceeding 10 kg"
    const zr = find(withParts(euList, '0A001'), 'zirconium-hafnium');
    expect(zr).toEqual(expect.objectContaining({ ruleId: 'zr-code', parts: ['0A001.f'] }));
    expect(zr?.evidence).toMatch(/^code 0A001\.f matches /);
  });

  it('US 1C351: the toxins of 1C351.d are the toxins area, the other paragraphs the pathogens area', () => {
    // CCL 1C351 "d. “Toxins” identified on the Australia Group (AG) “List of Human and Animal Pathogens and Toxins for
    // Export Control,” as follows, or their subunits:"; rule hap-code is "^1C351(?![0-9]|\.d)", txn-code "^1C351\.d".
    const assignments = withParts(usList, '1C351');
    expect(find(assignments, 'toxins')).toEqual(expect.objectContaining({ ruleId: 'txn-code', parts: ['1C351.d'] }));
    const pathogens = find(assignments, 'human-animal-pathogens');
    expect(pathogens?.parts).not.toContain('1C351.d');
    expect(pathogens?.parts).toEqual(expect.arrayContaining(['1C351.a', '1C351.b', '1C351.c']));
  });

  it('EU 0B001: gas centrifuges are 0B001.b by code and 0B001.a.1 by its words, both named in the evidence', () => {
    // EU 0B001 "a. … 1. Gas centrifuge separation plant; …" and "b. Gas centrifuges and assemblies and components,
    // specially designed or prepared for gas centrifuge separation process, as follows:"
    const gc = find(withParts(euList, '0B001'), 'gas-centrifuges');
    expect(gc).toEqual(expect.objectContaining({ ruleId: 'gc-code', parts: ['0B001.a.1', '0B001.b'] }));
    expect(gc?.evidence).toMatch(/^code 0B001\.b matches .*; gc-text: title\/text: ".*«Gas centrifuge».*"$/);
  });

  it('US 3A001: radiation-hardened electronics are 3A001.a.1, not 3A001.a.10 to a.14', () => {
    // CCL 3A001 "a.1. Integrated circuits designed or rated as radiation hardened to withstand any of the following:";
    // "a.10. Custom integrated circuits for which the function is unknown …" is not radiation hardening.
    expect(find(withParts(usList, '3A001'), 'radiation-hardened-electronics')?.parts).toEqual(['3A001.a.1']);
  });
});
