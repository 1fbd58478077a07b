import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMemberships, parseUsCountryGroups, type MembershipRecord } from '../../seed/sources/memberships.js';
import { SourceFormatError } from '../../seed/sourceError.js';

const CSV_FILE = 'seed/data/memberships/memberships.csv';
const GROUPS_FILE = 'seed/data/us-country-groups/country-groups.json';
const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
const csv = read(CSV_FILE);
const groupsJson = read(GROUPS_FILE);

const roster = parseMemberships(csv, CSV_FILE);
const usView = parseUsCountryGroups(groupsJson, GROUPS_FILE, roster);

function count(records: MembershipRecord[], regime: string, status: string): number {
  return records.filter((r) => r.regime === regime && r.status === status).length;
}
function find(records: MembershipRecord[], regime: string, iso2: string): MembershipRecord | undefined {
  return records.find((r) => r.regime === regime && r.iso2 === iso2);
}

describe('parseMemberships (the regimes’ own rosters)', () => {
  it('reads every row of the CSV', () => {
    expect(roster).toHaveLength(171);
    expect(roster.every((r) => r.view === 'REGIME')).toBe(true);
  });

  it('has MTCR 35 members + Estonia adherent', () => {
    expect(count(roster, 'MTCR', 'member')).toBe(35);
    expect(roster.filter((r) => r.regime === 'MTCR' && r.status === 'adherent').map((r) => r.iso2)).toEqual(['EE']);
  });

  it('has WA 42 participating states', () => {
    expect(roster.filter((r) => r.regime === 'WA')).toHaveLength(42);
    expect(count(roster, 'WA', 'member')).toBe(42);
  });

  it('has NSG 48 members + the European Commission as observer', () => {
    expect(count(roster, 'NSG', 'member')).toBe(48);
    const observers = roster.filter((r) => r.regime === 'NSG' && r.status === 'observer');
    expect(observers.map((r) => [r.iso2, r.country])).toEqual([['EU', 'European Union (European Commission)']]);
  });

  it('has AG 42 countries + the EU as members, Kazakhstan adherent', () => {
    const agMembers = roster.filter((r) => r.regime === 'AG' && r.status === 'member');
    expect(agMembers).toHaveLength(43);
    expect(agMembers.filter((r) => r.iso2 !== 'EU')).toHaveLength(42);
    expect(find(roster, 'AG', 'EU')?.status).toBe('member');
    expect(find(roster, 'AG', 'KZ')).toMatchObject({ status: 'adherent', since: 2015 });
  });

  it('keeps the year and the source page of each row', () => {
    expect(find(roster, 'WA', 'IN')).toMatchObject({
      since: 2017,
      sinceNote: null,
      source: 'https://armscontrol.org/act/2018-01/news-briefs/india-joins-wassenaar-arrangement',
    });
    expect(find(roster, 'MTCR', 'EE')).toMatchObject({ since: null, sinceNote: null });
  });

  it('keeps uncertain years visible', () => {
    expect(find(roster, 'MTCR', 'AU')).toMatchObject({ since: 1990, sinceNote: '1990 or 1991 (secondary sources disagree)' });
    expect(find(roster, 'MTCR', 'PL')?.sinceNote).toMatch(/^1997 or 1998/);
    expect(find(roster, 'NSG', 'CZ')).toMatchObject({ since: 1978, sinceNote: '1978 (as Czechoslovakia)' });
    expect(find(roster, 'NSG', 'SK')?.sinceNote).toBe('1978 (as Czechoslovakia)');
    expect(find(roster, 'WA', 'MT')?.sinceNote).toMatch(/inferred/);
    expect(find(roster, 'MTCR', 'JP')?.sinceNote).toMatch(/secondary source/);
  });

  it('reads a qualified year written in the joined column', () => {
    const text = 'regime,country,iso2,status,joined,source\nMTCR,Australia,AU,member,1990 or 1991,https://example.org/p\n';
    expect(parseMemberships(text, 'm.csv')[0]).toMatchObject({ since: 1990, sinceNote: '1990 or 1991' });
  });

  it('accepts a quoted country name with a comma', () => {
    const text = 'regime,country,iso2,status,joined,source\nNSG,"Korea, Republic of",KR,member,1995,https://example.org/p\n';
    expect(parseMemberships(text, 'm.csv')[0]).toMatchObject({ country: 'Korea, Republic of', iso2: 'KR' });
  });

  it('throws SourceFormatError with the line number for a malformed row', () => {
    const lines = csv.split('\n');
    lines[4] = 'MTCR,Belgium,BEL,member,1990,https://example.org/p';
    try {
      parseMemberships(lines.join('\n'), CSV_FILE);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SourceFormatError);
      expect((err as SourceFormatError).location).toBe('line 5');
      expect((err as SourceFormatError).problem).toMatch(/iso2/);
    }
    expect(() => parseMemberships('regime,country,iso2,status,joined,source\nWA,Chile,CL,member\n', 'm.csv')).toThrow(
      /m\.csv: line 2: expected 6 fields/,
    );
    expect(() => parseMemberships('regime,country,iso2,status,joined,source\nWA,Chile,CL,partner,,https://x.org\n', 'm.csv')).toThrow(
      /line 2: status/,
    );
  });
});

describe('parseUsCountryGroups (the US EAR view)', () => {
  const a1 = usView.filter((r) => r.regime === 'WA').map((r) => r.iso2);

  it('maps A:1 to WA, A:2 to MTCR, A:3 to AG, A:4 to NSG, all as members', () => {
    const byRegime = Object.fromEntries(['WA', 'MTCR', 'AG', 'NSG'].map((g) => [g, usView.filter((r) => r.regime === g).length]));
    expect(byRegime).toEqual({ WA: 40, MTCR: 34, AG: 42, NSG: 45 });
    expect(usView.every((r) => r.status === 'member' && r.view === 'US_COUNTRY_GROUP' && r.since === null)).toBe(true);
    expect(find(usView, 'WA', 'AR')?.source).toBe('US EAR Supp. 1 to part 740, Country Group A:1');
  });

  it('A:1 excludes Russia, Ukraine and Malta and includes Iceland', () => {
    expect(a1).not.toContain('RU');
    expect(a1).not.toContain('UA');
    expect(a1).not.toContain('MT');
    expect(a1).toContain('IS');
    // Iceland is in A:1 but not in the Wassenaar roster.
    expect(find(roster, 'WA', 'IS')).toBeUndefined();
  });

  it('normalises EAR names through the aliases to the roster’s spelling', () => {
    expect(find(usView, 'WA', 'KR')?.country).toBe('Republic of Korea'); // EAR: "Korea, South"
    expect(find(usView, 'AG', 'TR')?.country).toBe('Turkey'); // EAR: "Türkiye"
  });

  it('A:4 leaves out Belarus, China and Russia; A:3 does not list the EU', () => {
    const a4 = usView.filter((r) => r.regime === 'NSG').map((r) => r.iso2);
    expect(a4).not.toContain('BY');
    expect(a4).not.toContain('CN');
    expect(a4).not.toContain('RU');
    expect(find(usView, 'AG', 'EU')).toBeUndefined();
  });

  it('throws SourceFormatError naming a country it cannot map', () => {
    const doc = JSON.parse(groupsJson) as { groups: Record<string, string[]> };
    doc.groups['A:2']!.push('Atlantis');
    expect(() => parseUsCountryGroups(JSON.stringify(doc), GROUPS_FILE, roster)).toThrow(SourceFormatError);
    expect(() => parseUsCountryGroups(JSON.stringify(doc), GROUPS_FILE, roster)).toThrow(/"Atlantis"/);
  });
});
