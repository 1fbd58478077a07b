// Regime participation: the regimes' own rosters (memberships.csv) and the US government's view of
// them (EAR Country Groups A:1–A:4), as MembershipRecords kept apart by `view`.
import { z } from 'zod';
import { ParticipationStatus, ParticipationView, RegimeCode } from '../../src/domain/vocabulary.js';
import { readCsv } from '../parse/csv.js';
import { readJsonSource } from '../parse/json.js';
import { SourceFormatError } from '../sourceError.js';

export const MembershipRecord = z.object({
  regime: RegimeCode,
  /** ISO 3166-1 alpha-2; `EU` for the European Union. */
  iso2: z.string().regex(/^[A-Z]{2}$/),
  country: z.string().min(1),
  status: ParticipationStatus,
  /** The year joined, when known; the earliest year when the sources disagree. */
  since: z.number().int().min(1900).max(2100).nullable(),
  /** Uncertainty about `since` in plain words: "1990 or 1991", "1978 (as Czechoslovakia)". */
  sinceNote: z.string().min(1).nullable(),
  /** Where the fact was read: the row's source page, or the EAR country group. */
  source: z.string().min(1),
  view: ParticipationView,
});
export type MembershipRecord = z.infer<typeof MembershipRecord>;

const CSV_HEADER = ['regime', 'country', 'iso2', 'status', 'joined', 'source'] as const;

/**
 * A `joined` cell: empty, a plain year, or a year followed by words that qualify it
 * ("1990 or 1991", "1978 (as Czechoslovakia)"); the first year is taken as `since`.
 */
const JoinedCell = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}$/, 'joined must be a year'),
  z.string().regex(/^\d{4}\b.+$/, 'joined must start with a year'),
]);

const MembershipCsvRow = z.object({
  regime: RegimeCode,
  country: z.string().trim().min(1, 'country is empty'),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'iso2 must be two capital letters'),
  status: ParticipationStatus,
  joined: JoinedCell,
  source: z.url({ error: 'source must be the URL of the page the row was read from' }),
});

/**
 * Uncertainty the data README documents but the CSV cannot show, since it writes plain years.
 * A note is attached only while the CSV still gives the year the note is about, so an edited CSV
 * never carries a stale explanation.
 */
const KNOWN_YEAR_NOTES: ReadonlyArray<{ regime: RegimeCode; iso2: string; year: number; note: string }> = [
  { regime: 'MTCR', iso2: 'AU', year: 1990, note: '1990 or 1991 (secondary sources disagree)' },
  { regime: 'MTCR', iso2: 'PL', year: 1997, note: '1997 or 1998 (secondary sources disagree)' },
  { regime: 'NSG', iso2: 'CZ', year: 1978, note: '1978 (as Czechoslovakia)' },
  { regime: 'NSG', iso2: 'SK', year: 1978, note: '1978 (as Czechoslovakia)' },
  { regime: 'WA', iso2: 'EE', year: 2005, note: '2005 (inferred from the first plenary attended)' },
  { regime: 'WA', iso2: 'LV', year: 2005, note: '2005 (inferred from the first plenary attended)' },
  { regime: 'WA', iso2: 'LT', year: 2005, note: '2005 (inferred from the first plenary attended)' },
  { regime: 'WA', iso2: 'MT', year: 2005, note: '2005 (inferred from the first plenary attended)' },
];

/** MTCR years all come from secondary sources, not the MTCR's own page: say so on every one. */
const MTCR_YEAR_NOTE = 'year from a secondary source, not the MTCR’s own participant page';

function readJoined(regime: RegimeCode, iso2: string, joined: string): { since: number | null; sinceNote: string | null } {
  if (joined === '') return { since: null, sinceNote: null };
  const since = Number(joined.slice(0, 4));
  if (!/^\d{4}$/.test(joined)) return { since, sinceNote: joined };
  const known = KNOWN_YEAR_NOTES.find((n) => n.regime === regime && n.iso2 === iso2 && n.year === since);
  if (known) return { since, sinceNote: known.note };
  return { since, sinceNote: regime === 'MTCR' ? MTCR_YEAR_NOTE : null };
}

/** Parses memberships.csv (`regime,country,iso2,status,joined,source`, with a header line). */
export function parseMemberships(csv: string, file: string): MembershipRecord[] {
  const rows = readCsv(csv, file);
  const header = rows.shift();
  if (!header || header.fields.join(',') !== CSV_HEADER.join(',')) {
    throw new SourceFormatError(file, `line ${header?.line ?? 1}`, `expected the header "${CSV_HEADER.join(',')}"`);
  }

  const records: MembershipRecord[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    if (fields.length !== CSV_HEADER.length) {
      throw new SourceFormatError(file, `line ${line}`, `expected ${CSV_HEADER.length} fields, found ${fields.length}`);
    }
    const parsed = MembershipCsvRow.safeParse(Object.fromEntries(CSV_HEADER.map((name, i) => [name, fields[i]])));
    if (!parsed.success) {
      const problem = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new SourceFormatError(file, `line ${line}`, problem);
    }
    const row = parsed.data;
    const key = `${row.regime}/${row.iso2}`;
    if (seen.has(key)) throw new SourceFormatError(file, `line ${line}`, `${row.iso2} is listed twice for ${row.regime}`);
    seen.add(key);

    records.push(
      MembershipRecord.parse({
        regime: row.regime,
        iso2: row.iso2,
        country: row.country,
        status: row.status,
        ...readJoined(row.regime, row.iso2, row.joined),
        source: row.source,
        view: 'REGIME',
      }),
    );
  }
  return records;
}

/** The EAR groups that mirror a regime's participants (15 CFR 740 Supp. 1). */
const REGIME_COUNTRY_GROUPS: ReadonlyArray<{ group: string; regime: RegimeCode }> = [
  { group: 'A:1', regime: 'WA' },
  { group: 'A:2', regime: 'MTCR' },
  { group: 'A:3', regime: 'AG' },
  { group: 'A:4', regime: 'NSG' },
];

const CountryGroupsFile = z.object({
  aliases: z.record(z.string(), z.string().min(1)),
  groups: z
    .record(z.string(), z.array(z.string().min(1)))
    .refine((groups) => REGIME_COUNTRY_GROUPS.every(({ group }) => group in groups), {
      message: 'groups must include A:1, A:2, A:3 and A:4',
    }),
});

function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/**
 * Country name → {iso2, name} from the regime rosters' own (country, iso2) pairs, so both views
 * share one spelling of every country. Lower-cased keys; the roster's spelling is the value.
 */
export function countryNameTable(records: readonly MembershipRecord[]): Map<string, { iso2: string; country: string }> {
  const table = new Map<string, { iso2: string; country: string }>();
  for (const { country, iso2 } of records) table.set(nameKey(country), { iso2, country });
  return table;
}

/**
 * Parses the EAR country groups file into the US view of regime participation: one `member`
 * record per country in A:1 (WA), A:2 (MTCR), A:3 (AG) and A:4 (NSG). Names are resolved to ISO2
 * through the roster's own names (`regimeMemberships`, from parseMemberships) and the file's
 * `aliases`, in both directions: an alias can name the roster's spelling ("republic of korea" →
 * "Korea, South"). A name that cannot be resolved is an error, never a silent drop.
 */
export function parseUsCountryGroups(
  json: string,
  file: string,
  regimeMemberships: readonly MembershipRecord[],
): MembershipRecord[] {
  const { aliases, groups } = readJsonSource(json, file, CountryGroupsFile);
  const table = countryNameTable(regimeMemberships);
  const aliasTable = new Map(Object.entries(aliases).map(([from, to]) => [nameKey(from), nameKey(to)]));

  const resolve = (name: string): { iso2: string; country: string } | undefined => {
    const key = nameKey(name);
    const direct = table.get(key) ?? table.get(aliasTable.get(key) ?? '');
    if (direct) return direct;
    // The EAR spelling may be an alias target whose source is the roster's spelling.
    for (const [from, to] of aliasTable) {
      if (to === key && table.has(from)) return table.get(from);
    }
    return undefined;
  };

  const records: MembershipRecord[] = [];
  for (const { group, regime } of REGIME_COUNTRY_GROUPS) {
    const source = `US EAR Supp. 1 to part 740, Country Group ${group}`;
    const seen = new Set<string>();
    (groups[group] ?? []).forEach((name, index) => {
      const location = `groups["${group}"][${index}]`;
      const found = resolve(name);
      if (!found) throw new SourceFormatError(file, location, `cannot map the country name "${name}" to an ISO2 code`);
      if (seen.has(found.iso2)) throw new SourceFormatError(file, location, `${name} (${found.iso2}) is listed twice`);
      seen.add(found.iso2);
      records.push(
        MembershipRecord.parse({
          regime,
          iso2: found.iso2,
          country: found.country,
          status: 'member',
          since: null,
          sinceNote: null,
          source,
          view: 'US_COUNTRY_GROUP',
        }),
      );
    });
  }
  return records;
}
