// Search and lookup over GraphQL/HTTP with the real lists: codes in any case, the regimes' own numbering,
// ranking (code, notation, title, text), and the errors bad queries get.
import { describe, expect, it } from 'vitest';
import { canonicalCode } from '../../src/domain/notation.js';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';
const MTCR = 'mtcr-annex@uk-2022';
const NSG = 'nsg-guidelines@uk-2022';

const data = <T>(query: string, variables?: Record<string, unknown>) => server.data<T>(query, variables);

type Hit = {
  entry: { id: string; code: string; title: string };
  score: number;
  matchedBy: 'CODE' | 'NATIVE_NOTATION' | 'TITLE' | 'TEXT';
  snippet: string;
  interpretation: { description: string; notation: string | null; regime: string | null; code: string | null };
};
const SEARCH = `query Search($text: String!, $list: ID, $first: Int) {
  search(text: $text, list: $list, first: $first) {
    entry { id code title } score matchedBy snippet interpretation { description notation regime code }
  }
}`;
const search = async (text: string, options: { list?: string; first?: number } = {}): Promise<Hit[]> =>
  (await data<{ search: Hit[] }>(SEARCH, { text, ...options })).search;

const ENTRY = `query Entry($list: ID!, $code: String!) { entry(list: $list, code: $code) { id code title } }`;
const entry = async (list: string, code: string) => (await data<{ entry: { id: string; code: string; title: string } | null }>(ENTRY, { list, code })).entry;

describe('codes in any case', () => {
  it('finds every code of the graph from its lower-case and upper-case forms (the case folding loses no code)', async () => {
    const rows = await cypherRows(executor, 'MATCH (e:Entry) RETURN e.code AS code');
    expect(rows.length).toBeGreaterThan(5000);
    const wrong = rows
      .map((r) => String(r.code))
      .filter((c) => c !== 'N' && c !== 'T') // the NSG lists' root headings
      .filter((c) => canonicalCode(c.toLowerCase()) !== c || canonicalCode(c.toUpperCase()) !== c);
    expect(wrong).toEqual([]);
  });

  it('looks up an entry and a part by code in any case', async () => {
    // CCL: "9A012 Non-military “Unmanned Aerial Vehicles,” (“UAVs”), unmanned “airships”, related equipment and
    // “components”, as follows (see List of Items Controlled)."
    expect(await entry(CCL, '9a012')).toMatchObject({ id: `${CCL}:9A012`, title: expect.stringContaining('Non-military “Unmanned Aerial Vehicles,”') });
    // CCL 9A610: "u. Apparatus and devices “specially designed” for the handling, control, activation and
    // non-ship-based launching of UAVs …"
    expect(await entry(CCL, '9a610.U')).toMatchObject({ id: `${CCL}:9A610.u`, title: expect.stringContaining('Apparatus and devices “specially designed” for the handling') });
    // MTCR_Cat_2_regimes.csv: "M19A2,ACTIVE,4,UK,Cat 2".
    expect(await entry(MTCR, 'm19a2')).toMatchObject({ id: `${MTCR}:M19A2` });
  });

  it('searches a code in any case: the entries with that code come first, as CODE hits saying how it was read', async () => {
    const hits = await search('9a012', { first: 5 });
    expect(hits.slice(0, 2).map((h) => h.entry.id).sort()).toEqual([`${EU}:9A012`, `${CCL}:9A012`]);
    for (const hit of hits.slice(0, 2)) {
      expect(hit).toMatchObject({ matchedBy: 'CODE', interpretation: { notation: 'LIST_CODE', code: '9A012', description: 'code 9a012 → 9A012', regime: null } });
    }
    expect(hits.slice(2).every((h) => h.matchedBy !== 'CODE')).toBe(true);
  });

  it('searches a part code in any case, in one list', async () => {
    const [first] = await search('9a610.u', { list: CCL, first: 3 });
    expect(first).toMatchObject({ entry: { id: `${CCL}:9A610.u` }, matchedBy: 'CODE' });
    const [part] = await search('1C350.b', { list: CCL, first: 3 });
    expect(part).toMatchObject({ entry: { id: `${CCL}:1C350.b` }, matchedBy: 'CODE' });
  });
});

describe('the regimes’ own numbering', () => {
  it('finds Wassenaar 9.A.12 as 9A012 in the EU and US lists', async () => {
    // Wassenaar Dual-Use List 9.A.12 "'Unmanned aerial vehicles' ('UAVs'), unmanned 'airships', related equipment and
    // components, as follows:" — EU Annex I (seed) 9A012: "\"Unmanned aerial vehicles\" (\"UAVs\"), unmanned
    // \"airships\", related equipment and components, as follows:".
    const hits = (await search('9.A.12')).filter((h) => h.matchedBy === 'NATIVE_NOTATION');
    expect(hits.map((h) => h.entry.id).sort()).toEqual([`${EU}:9A012`, `${CCL}:9A012`]);
    expect(hits.find((h) => h.entry.id === `${EU}:9A012`)?.entry.title).toBe('"Unmanned aerial vehicles" ("UAVs"), unmanned "airships", related equipment and components, as follows:');
    for (const hit of hits) {
      expect(hit.interpretation).toEqual({ description: 'Wassenaar 9.A.12 → 9A012', notation: 'WA_DUAL_USE', regime: 'WA', code: '9A012' });
    }
  });

  it('finds MTCR 19.A.3 as the item M19A3, and M19A2 as written', async () => {
    // MTCR_Cat_2_regimes.csv: "M19A3,ACTIVE,4,UK,Cat 2" and "M19A2,ACTIVE,4,UK,Cat 2".
    const [first, ...rest] = await search('19.A.3');
    expect(first).toMatchObject({ entry: { id: `${MTCR}:M19A3` }, matchedBy: 'NATIVE_NOTATION', interpretation: { description: 'MTCR 19.A.3 → M19A3', regime: 'MTCR' } });
    expect(rest.every((h) => h.matchedBy === 'TITLE' || h.matchedBy === 'TEXT')).toBe(true);
    const [m19a2] = await search('M19A2');
    expect(m19a2).toMatchObject({ entry: { id: `${MTCR}:M19A2` }, matchedBy: 'CODE', interpretation: { regime: 'MTCR' } });
  });

  it('finds NSG trigger-list 5.1 as T5.1, and T5.1 as written', async () => {
    // NSG_Potential_trigger_list.csv: "T5.1,PARENT,2,UK".
    const [bare] = await search('5.1');
    expect(bare).toMatchObject({ entry: { id: `${NSG}:T5.1` }, matchedBy: 'NATIVE_NOTATION', interpretation: { notation: 'NSG_TRIGGER_LIST', regime: 'NSG', code: 'T5.1' } });
    const [written] = await search('t5.1');
    expect(written).toMatchObject({ entry: { id: `${NSG}:T5.1` }, matchedBy: 'CODE' });
    // NSG_Potential_trigger_list.csv: "T5.1.2a1,ACTIVE,4,UK".
    expect(await entry(NSG, '5.1.2.a.1')).toMatchObject({ id: `${NSG}:T5.1.2a1` });
  });

  it('gives every regime’s reading of notation they share, with equal scores, rather than guessing', async () => {
    // 1.A.1 is Wassenaar 1.A.1 (EU Annex I 1A001: "Components made from fluorinated compounds, as follows:"),
    // MTCR_Cat_1_regimes.csv "M1A1,ACTIVE,4,UK,Cat 1" and NSG_Dual_use.csv "N1A1,ACTIVE,4,UK".
    const hits = (await search('1.A.1')).filter((h) => h.matchedBy === 'NATIVE_NOTATION');
    expect(hits.map((h) => [h.entry.id, h.interpretation.regime])).toEqual(
      expect.arrayContaining([
        [`${EU}:1A001`, 'WA'],
        [`${CCL}:1A001`, 'WA'],
        [`${MTCR}:M1A1`, 'MTCR'],
        [`${NSG}:N1A1`, 'NSG'],
      ]),
    );
    expect(hits).toHaveLength(4);
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(hits.find((h) => h.entry.id === `${EU}:1A001`)?.entry.title).toBe('Components made from fluorinated compounds, as follows:');
  });

  it('keeps one regime’s reading when the query names the regime', async () => {
    const hits = (await search('MTCR 1.A.1')).filter((h) => h.matchedBy === 'NATIVE_NOTATION');
    expect(hits.map((h) => h.entry.id)).toEqual([`${MTCR}:M1A1`]);
    const wa = (await search('Wassenaar 1.A.2')).filter((h) => h.matchedBy === 'NATIVE_NOTATION');
    // EU Annex I 1A002: "\"Composite\" structures or laminates, as follows:"; CCL: "1A002 “Composite” structures or laminates …".
    expect(wa.map((h) => h.entry.id).sort()).toEqual([`${EU}:1A002`, `${CCL}:1A002`]);
  });

  it('reads no Wassenaar Category 0: 0.A.1 is not EU 0A001, which implements the NSG trigger list', async () => {
    // EU Annex I 0A001: "\"Nuclear reactors\" and specially designed or prepared equipment and components therefor,
    // as follows:" — Category 0 has no Wassenaar counterpart (the Dual-Use List starts at Category 1).
    const hits = await search('0.A.1');
    expect(hits.filter((h) => h.matchedBy === 'NATIVE_NOTATION' || h.matchedBy === 'CODE')).toEqual([]);
    expect(hits.map((h) => h.entry.id)).not.toContain(`${EU}:0A001`);
  });

  it('looks up regime numbering in one list when only one reading is there', async () => {
    expect(await entry(CCL, '1.A.2')).toMatchObject({ id: `${CCL}:1A002` });
    expect(await entry(MTCR, '1.A.2')).toMatchObject({ id: `${MTCR}:M1A2` });
    expect(await entry(NSG, '1.A.2')).toMatchObject({ id: `${NSG}:N1A2` });
    expect(await entry(MTCR, '9.A.12')).toBeNull();
  });
});

describe('ranking', () => {
  it('ranks an entry with every word in its title above entries with the words only in the text', async () => {
    // CCL 2B228: "a. Rotor assembly equipment for assembly of gas centrifuge rotor tube sections, baffles, and end-caps;"
    // (a part, whose title is that sentence). EU 2B228's heading, "Rotor fabrication or assembly equipment, rotor
    // straightening equipment, bellows-forming mandrels and dies, as follows:", has "gas centrifuge" only in its text.
    const hits = await search('gas centrifuge rotor', { first: 30 });
    const position = (id: string) => hits.findIndex((h) => h.entry.id === id);
    expect(hits[position(`${CCL}:2B228.a`)]?.matchedBy).toBe('TITLE');
    expect(hits[position(`${EU}:2B228`)]?.matchedBy).toBe('TEXT');
    expect(position(`${CCL}:2B228.a`)).toBeLessThan(position(`${EU}:2B228`));
    expect(hits[position(`${EU}:2B228`)]?.snippet.toLowerCase()).toContain('gas centrifuge');
  });

  it('orders the tiers strictly and by descending score, and a TITLE hit’s title holds every word', async () => {
    const tiers = ['CODE', 'NATIVE_NOTATION', 'TITLE', 'TEXT'];
    for (const text of ['9a012', '1.A.1', 'gas centrifuge rotor', 'unmanned airships']) {
      const hits = await search(text, { first: 40 });
      const order = hits.map((h) => tiers.indexOf(h.matchedBy));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const hit of hits.filter((h) => h.matchedBy === 'TITLE')) {
        for (const word of text.split(' ')) expect(hit.entry.title.toLowerCase()).toContain(word.toLowerCase());
      }
    }
  });

  it('returns each entry once, under its best match', async () => {
    const hits = await search('9A012', { first: 50 });
    expect(new Set(hits.map((h) => h.entry.id)).size).toBe(hits.length);
  });

  it('fills one list’s page although other lists score higher', async () => {
    // The word "laser" in the EU list's own text, counted with plain Cypher: the page holds as many as it can.
    const [row] = await cypherRows(
      executor,
      "MATCH (e:Entry {listId: $list}) WHERE (e.title + ' ' + e.text) =~ '(?is).*\\\\blaser\\\\b.*' RETURN count(e) AS n",
      { list: EU },
    );
    const withWord = Number(row?.n);
    expect(withWord).toBeGreaterThan(10);
    const hits = await search('laser', { list: EU, first: 10 });
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.entry.id.startsWith(`${EU}:`))).toBe(true);
  });

  it('treats Lucene syntax as plain words', async () => {
    const hits = await search('AND (rocket* OR ~nozzle', { first: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /rocket|nozzle|and|or/i.test(`${h.entry.title} ${h.snippet}`))).toBe(true);
  });
});

describe('bad queries', () => {
  const error = async (text: string) => {
    const result = await server.graphql(SEARCH, { text });
    return result.errors?.[0];
  };

  it('names what is wrong and what is allowed', async () => {
    expect(await error('   ')).toMatchObject({ message: 'text: must not be empty', extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
    expect(await error('x'.repeat(201))).toMatchObject({ message: 'text: must be at most 200 characters (got 201)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await error('?! -- ...')).toMatchObject({
      message: 'text: must contain a letter or a digit: words, or a code such as 9A012, 1.A.2 or M19A2',
      extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
    });
  });
});
