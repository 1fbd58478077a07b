// The flattened layout (EU Annex I): paragraph labels, Notes, Technical Notes and N.B.s run together in one text.
import { blockSegments, type Block } from './blocks.js';
import { clauses } from './clauses.js';
import { afterLead, LEAD_BOUND, type PlacementInput, type PlacementPart, type Segment } from './placementRules.js';

// A note's number is not the start of a code it names ("Note 9E003.c does not control …").
const FLAT_MARKER = /(?:^|(?<=[\s.;:]))(?:(Technical)\s+)?(Notes?|N\.\s?B\.)(?:\s*\d+(?![A-Za-z\d]))?\s*\.?\s*:?\s*/g;
// "Note" without its colon opens a note only where a sentence starts and the note names its paragraph or purpose ("… the
// control parameter. Note 6A004.e does not control …", "… 'hot melt method'; Technical Note For the purposes of 1B001 …");
// elsewhere it is a citation: "according to the General Technology Note for the …", "For the purposes of 6A003.b.4. Note
// 3.b.1., 'Instantaneous Field of View (IFOV)' is …", "An algorithm described by Technical Note 2.c. may be …".
const BARE_NOTE_OPENS = /^(?:\d[A-E]\d{3}\b|For the purposes?\b)/;
// A paragraph label: "a. " or "1. " at the start, after ";" or ":" ("Technical Note 2.a.:1. 'Symmetric algorithm' …", EU
// 5A002), after ". " or after "and"/"or".
const FLAT_LABEL = /(?:^|(?<=[;:]\s{0,3})|(?<=\.\s{1,3})|(?<=\b(?:and|or)\s{1,3}))([a-z]|\d{1,2})\.\s+(?=\S)/g;

interface Marker {
  at: number;
  end: number;
  technical: boolean;
  nb: boolean;
  /** A table's "NOTES" or "TECHNICAL NOTE" heading: the note runs to the next such heading or the paragraph's end. */
  table?: boolean;
}
const opensSentence = (text: string, at: number) => at === 0 || /[.;]\s*$/.test(text.slice(0, at));
// The notes of a table, headed in capitals: EU 2E003 "TABLE - DEPOSITION TECHNIQUES - NOTES 1. The term 'coating
// process' includes …" and "TABLE - DEPOSITION TECHNIQUES - TECHNICAL NOTE Processes specified in Column 1 …".
const TABLE_NOTE_MARKER = /\bTABLE\s+-\s+[A-Z][A-Z ,]*[A-Z]\s+-\s+(TECHNICAL\s+)?NOTES?\s*:?\s*/g;
const markersIn = (text: string): Marker[] =>
  [
    ...[...text.matchAll(FLAT_MARKER)]
      .filter((m) => m[0].trim() !== '')
      .filter((m) => /:\s*$/.test(m[0]) || /^N\./.test(m[2]!) || (opensSentence(text, m.index) && BARE_NOTE_OPENS.test(text.slice(m.index + m[0].length))))
      .map((m) => ({ at: m.index, end: m.index + m[0].length, technical: m[1] !== undefined, nb: /^N\./.test(m[2]!) })),
    ...[...text.matchAll(TABLE_NOTE_MARKER)].map((m) => ({ at: m.index, end: m.index + m[0].length, technical: m[1] !== undefined, nb: false, table: true })),
  ].sort((a, b) => a.at - b.at);
const kindOf = (marker: Marker): Block['kind'] => (marker.nb ? 'NB' : marker.technical ? 'TECHNICAL' : 'NOTE');

interface LabelAt {
  at: number;
  end: number;
  label: string;
}
const labelsIn = (text: string): LabelAt[] => [...text.matchAll(FLAT_LABEL)].map((m) => ({ at: m.index, end: m.index + m[0].length, label: m[1]! }));

interface Level {
  letter: boolean;
  label: string;
  /** In a note's list: the label follows a ";", so its list separates items with ";" and has ended at a full stop. */
  afterSemicolon?: boolean;
}
const isLetter = (label: string) => /^[a-z]$/.test(label);
const successor = (a: string, b: string) =>
  isLetter(a) && isLetter(b) ? b.charCodeAt(0) === a.charCodeAt(0) + 1 : !isLetter(a) && !isLetter(b) && Number(b) === Number(a) + 1;
const first = (label: string) => label === 'a' || label === '1';

/** Where `label` goes in a stack of levels: the depth it takes, or null when it continues no level. */
function place(stack: Level[], label: string): number | null {
  for (let d = stack.length - 1; d >= 0; d--) if (successor(stack[d]!.label, label)) return d;
  if (first(label) && (stack.length === 0 || stack[stack.length - 1]!.letter !== isLetter(label))) return stack.length;
  return null;
}

/** A note's own list as read so far: its open levels. */
interface NoteList {
  stack: Level[];
}
/** A note whose list was still open when the next note began, and the segment its words are given. */
interface OpenNote {
  list: NoteList;
  segment: Segment;
  /** Its words before the next note end open ("… (milliradians); Technical Note: …"): its list goes on after that note. */
  openEnd: boolean;
}
// Words that leave a list open for a new level: "… as follows:", "…;", "…; or".
const OPEN_END = /[;:,]\s*(?:(?:or|and)\s*)?$/;
const SEMICOLON_END = /;\s*(?:(?:or|and)\s*)?$/;

/**
 * The depth at which `label` goes on with a note's list, or null: the next label of one of its levels, unless that
 * level separates its items with ";" and the words before the label end with a full stop (the list has ended) — a full
 * stop that is not the list's own (`stopped` false: a note inside the list ended there) ends nothing.
 */
function goesOn(list: NoteList, label: string, before: string, stopped = true): number | null {
  for (let d = list.stack.length - 1; d >= 0; d--) {
    const level = list.stack[d]!;
    if (successor(level.label, label)) return stopped && level.afterSemicolon === true && /\.\s*$/.test(before) ? null : d;
  }
  return null;
}

/**
 * The flattened EU text, read along the parts the import found in it (seed/sources/euParts.ts, decision 0007): each
 * part's own words run from its label to the next part's label; a Note or Technical Note in them runs to the next
 * note or to that label (the walk that found the parts already told a note's own list from the entry's items), but for
 * the words after a note inside another note's list that go on with that list, which are the enclosing note's again
 * (`noteSegments`); an N.B. runs to its first full stop. Words before the first part are the heading's and its notes'.
 * An entry with no parts (its labels did not run in order, or it has none) is read by its labels alone, and none of its
 * numbers gets a paragraph: a path the import could not confirm is not one to cite (EU 2B201's Technical Note runs "a."
 * to "f." before the entry's own "a.").
 */
export function flatSegments(entry: PlacementInput, parts: PlacementPart[]): Segment[] {
  const spans = partSpans(entry.text, parts);
  if (spans === null) return labelSegments(entry).map((s) => ({ ...s, part: null }));
  const text = entry.text;
  const out: Segment[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const markers = markersIn(text);
  const labels = labelsIn(text);
  const ownText = new Map<string, string>();
  for (const span of spans) {
    let at = span.start;
    const inSpan = markers.filter((m) => m.at >= span.start && m.at < span.end);
    const outers: OpenNote[] = [];
    for (let mi = 0; mi < inSpan.length; mi++) {
      const marker = inSpan[mi]!;
      if (marker.at < at) continue;
      if (marker.at > at) out.push({ ...base, text: text.slice(at, marker.at), part: span.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
      if (/\S/.test(text.slice(at, marker.at))) outers.length = 0;
      // A table's notes, after the table at the end of its paragraph (EU 2E003.f), run to the next table heading or the
      // paragraph's end: their lists and N.B.s ("N.B.2. High velocity refers to nozzle-exit gas velocity exceeding 750 m/s")
      // are the notes' own, and no item's.
      if (marker.table === true) {
        const end = inSpan.slice(mi + 1).find((m) => m.table === true)?.at ?? span.end;
        out.push(...tableNoteSegments(text.slice(marker.end, end), marker, entry.code, parts));
        at = end;
        continue;
      }
      const limit = inSpan[mi + 1]?.at ?? span.end;
      // A note that names no paragraph ("2B201.c does not control …") is not given one: in the flattened text a note
      // after a paragraph may be that paragraph's or the entry's. The walk found no item before `limit`, so a Note or
      // Technical Note runs to it, but for the words it gives back to a note it sits in.
      const notes = noteSegments(text, marker, limit, labels, outers, entry.code, parts, true);
      out.push(...notes.segments);
      at = notes.end;
    }
    if (span.end > at) out.push({ ...base, text: text.slice(at, span.end), part: span.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
    if (span.part !== null) ownText.set(span.part, out.filter((s) => s.part === span.part && s.rule === 'ITEM_PARAGRAPH').map((s) => s.text).join(' ').trim());
  }
  return withLeads(out, entry.code, parts, ownText);
}

/**
 * The segments of a table's notes: a "NOTES" heading's numbered notes each on its own, as the US layout has them ("… by
 * one or more of the coating processes specified in the Table. 5. 'MCrAlX' refers to …"); a "TECHNICAL NOTE" whole.
 */
function tableNoteSegments(words: string, marker: Marker, code: string, parts: PlacementPart[]): Segment[] {
  if (marker.technical) return blockSegments({ kind: 'TECHNICAL', part: null, lines: [words] }, code, parts);
  return blockSegments({ kind: 'NOTE', part: null, lines: words.split(/(?<=[.;])\s+(?=\d{1,2}\.\s)/), numbered: true }, code, parts);
}

/**
 * Where each part's own words stand in the text: from its label's text to the next part's, in text order, with the
 * words before the first part as a span of no part. Null when there are no parts, or one cannot be found in the text.
 */
function partSpans(text: string, parts: PlacementPart[]): Array<{ part: string | null; start: number; end: number }> | null {
  if (parts.length === 0) return null;
  const found: Array<{ part: string; start: number }> = [];
  let from = 0;
  for (const part of parts) {
    const body = part.text.trim();
    const at = body === '' ? -1 : text.indexOf(body, from);
    if (at === -1) return null;
    found.push({ part: part.code, start: at });
    from = at;
  }
  found.sort((a, b) => a.start - b.start);
  // A span ends where the next part's label ("1. ", "b. ") begins: the label is no one's words.
  const labelAt = (start: number) => start - (/(?:[a-z]|\d{1,2})\.\s+$/.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0);
  const spans: Array<{ part: string | null; start: number; end: number }> = [];
  if (labelAt(found[0]!.start) > 0) spans.push({ part: null, start: 0, end: labelAt(found[0]!.start) });
  found.forEach((f, i) => spans.push({ part: f.part, start: f.start, end: found[i + 1] === undefined ? text.length : labelAt(found[i + 1]!.start) }));
  return spans;
}

/** A sub-paragraph's bare values take its parent's lead bound (EU 1C116.a "… equal to or greater than: 1. 0,9 GPa …"). */
function withLeads(out: Segment[], code: string, parts: PlacementPart[], ownText: Map<string, string>): Segment[] {
  return out.flatMap((s) => {
    if (s.rule !== 'ITEM_PARAGRAPH') return [s];
    const parent = s.part !== null && s.part.split('.').length > 2 ? s.part.slice(0, s.part.lastIndexOf('.')) : null;
    const bound = parent === null ? null : LEAD_BOUND.exec(ownText.get(parent) ?? '');
    if (bound) return [{ ...s, ...afterLead(bound, s.text.trim()), rule: 'LEAD_BOUND' as const }];
    return clauses(s, code, parts);
  });
}

function sentenceEnd(text: string, from: number, limit: number): number {
  // A full stop ends a sentence before a capital or a label, not inside a citation of a note's paragraph ("For the purposes
  // of 6A003.b.4. Note 3.b.1., …", "For the purposes of 5A002.a. Technical Note 2.a.:1. …").
  const sentence = /\.(?!\s+(?:Technical\s+)?Notes?(?:\s+\d+\.[a-z\d]|,))(?=\s+(?:[A-Z"“]|[a-z0-9]{1,2}\.\s)|\s*$)/g;
  sentence.lastIndex = from;
  const stop = sentence.exec(text);
  return stop === null || stop.index >= limit ? limit : stop.index + 1;
}

/**
 * An entry without parts, read by its labels: a Note or Technical Note runs over its own list when its first sentence
 * introduces one (ends with ':'), else over its sentences to the next label; an N.B. runs to its first full stop. A note
 * inside another note's list gives the words after it back to that note when they go on with its list (`noteSegments`).
 * The paths it reads only separate the paragraphs' words (a lead bound is its parent's); they are not given as paragraphs.
 */
function labelSegments(entry: PlacementInput): Segment[] {
  const text = entry.text;
  const out: Segment[] = [];
  const items: Level[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const pathOf = (stack: Level[]) => (stack.length === 0 ? null : `${entry.code}.${stack.map((l) => l.label).join('.')}`);
  const labels = labelsIn(text);
  const markers = markersIn(text);
  const outers: OpenNote[] = [];

  let at = 0;
  let li = 0;
  const flushItem = (upTo: number) => {
    // Item words close the notes before them.
    if (/\S/.test(text.slice(at, upTo))) outers.length = 0;
    while (at < upTo) {
      while (li < labels.length && labels[li]!.at < at) li++;
      const next = labels[li];
      const end = next !== undefined && next.at < upTo ? next.at : upTo;
      if (end > at) out.push({ ...base, text: text.slice(at, end), part: pathOf(items), role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
      if (next === undefined || next.at >= upTo) {
        at = upTo;
        break;
      }
      const depth = place(items, next.label);
      if (depth !== null) {
        items.length = depth;
        items.push({ letter: isLetter(next.label), label: next.label });
      }
      at = next.end;
      li++;
    }
  };
  for (let mi = 0; mi < markers.length; mi++) {
    const marker = markers[mi]!;
    if (marker.at < at) continue;
    flushItem(marker.at);
    const limit = markers[mi + 1]?.at ?? text.length;
    const notes = noteSegments(text, marker, limit, labels, outers, entry.code, [], false);
    out.push(...notes.segments);
    at = notes.end;
  }
  flushItem(text.length);
  const ownText = new Map<string, string>();
  for (const s of out) if (s.rule === 'ITEM_PARAGRAPH' && s.part !== null && !ownText.has(s.part)) ownText.set(s.part, s.text.trim());
  return withLeads(out, entry.code, [], ownText);
}

/**
 * The segments of the note that `marker` opens, to `limit` (the next note, or the end of the text or part) at most, and
 * where they end. A note inside another note's list ends where its own words do, and the words after it that go on with
 * that list are the enclosing note's again. EU 6A003, Note 3: "6A003.b.4.b does not control imaging cameras having any of
 * the following: … b. Having all of the following: 1. … at least 2 mrad (milliradians); Technical Note: For the purposes
 * of 6A003.b.4. Note 3.b.1., 'Instantaneous Field of View (IFOV)' is … vertical detector elements. 2. Incorporating a fixed
 * focal-length lens …; and 4. Having any of the following: … c. … 2. Is only operable when installed in any of the
 * following: a. The civilian passenger land vehicle for which it was intended and the vehicle weighs less than 4 500 kg
 * (gross vehicle weight) …": the 4 500 kg is Note 3's, an exclusion, not the Technical Note's and not an item's.
 * `outers` holds the notes whose list is still open; `runsToLimit` says the words before `limit` are no item's (the walk
 * that found the parts told), so a note that gives no words back runs to `limit`.
 */
function noteSegments(
  text: string,
  marker: Marker,
  limit: number,
  labels: LabelAt[],
  outers: OpenNote[],
  code: string,
  parts: PlacementPart[],
  runsToLimit: boolean,
): { segments: Segment[]; end: number } {
  // The label that starts at `at`, spaces aside (an N.B. ends at its full stop, before them).
  const labelAt = (at: number) => labels.find((l) => l.at >= at && /^\s*$/.test(text.slice(at, l.at)));
  // The innermost open note whose list the label at `at` goes on with, or -1.
  const resumes = (at: number) => {
    const label = labelAt(at);
    return label === undefined ? -1 : outers.findLastIndex((o) => goesOn(o.list, label.label, text.slice(0, label.at), !o.openEnd) !== null);
  };
  const run = noteRun(text, marker.end, limit, labels, marker.nb, null);
  let end = run.end;
  if (runsToLimit && !marker.nb && end < limit && resumes(end) === -1) end = limit;
  const segments = blockSegments({ kind: kindOf(marker), part: null, lines: [text.slice(marker.end, end)] }, code, parts);
  const own =
    end === run.end && run.list !== null && segments[0] !== undefined
      ? { list: run.list, segment: segments[0], openEnd: OPEN_END.test(text.slice(marker.end, limit).trimEnd()) }
      : null;
  let resumed = false;
  while (end < limit) {
    const i = resumes(end);
    if (i === -1) break;
    const outer = outers[i]!;
    // The notes opened inside it have ended.
    outers.length = i + 1;
    const next = noteRun(text, end, limit, labels, false, outer);
    const stop = runsToLimit && next.end < limit && resumes(next.end) === -1 ? limit : next.end;
    segments.push({ ...outer.segment, text: text.slice(end, stop) });
    end = stop;
    resumed = true;
  }
  if (end < limit) outers.length = 0;
  else if (!resumed && own !== null && own.list.stack.length > 0) outers.push(own);
  return { segments, end };
}

/**
 * How far a note runs from `from` (to `limit` at most), with its own list as read: over its list while the labels
 * continue the list's levels, else over its sentences to the next label. `resumed` is an enclosing note whose list goes
 * on after a note inside it: its first label follows that note's words, and, when the enclosing note's words ended open
 * before that note, that note's full stop.
 */
function noteRun(text: string, from: number, limit: number, labels: LabelAt[], nb: boolean, resumed: OpenNote | null): { end: number; list: NoteList | null } {
  const own = labels.filter((l) => l.at >= from && l.at < limit);
  if (resumed === null) {
    const firstSentenceEnd = sentenceEnd(text, from, limit);
    if (nb) return { end: firstSentenceEnd, list: null };
    // A note of sentences runs over them to the next label (EU 1C111: "Technical Note: Mixed Oxides of Nitrogen (MON)
    // are solutions of … There are a range of compositions … MON25 25 % Nitric Oxide. An upper limit is MON40, 40 % by
    // weight). e. SEE MILITARY GOODS CONTROLS FOR …").
    if (own.length === 0) return { end: limit, list: null };
    if (own[0]!.at > firstSentenceEnd) return { end: own[0]!.at, list: null };
  }
  // The note introduces a list: it runs while the labels continue the note's own levels. A list whose items end in ";"
  // has ended at a full stop: EU 2B001 "Note 2: 2B001.c does not control grinding machine as follows: a. …; b. …;
  // c. Surface grinders. d. Electrical discharge machines (EDM) …" — the "d." is the entry's. One of sentences goes on:
  // EU 1C010, Note 2 to 1C010.e: "a. Epoxy resin "matrix" impregnated … having all the following: 1. …; 2. …; and 3. A
  // width exceeding 15 mm. b. Fully or partially resin-impregnated … 25,0 mm or less in length …" (the euParts walk's rule).
  const list = resumed?.list ?? { stack: [] };
  for (const [i, l] of own.entries()) {
    const before = text.slice(0, l.at);
    const stopped = !(resumed !== null && i === 0 && resumed.openEnd);
    // After a colon the note's first label may start its list again (EU 9E003, Technical Note on 'box volume': "Width: The
    // largest of any of the following: a. …; or c. …; Height: The largest of any of the following: a. …; or b. …").
    const restarts = list.stack.length > 0 && first(l.label) && list.stack[0]!.letter === isLetter(l.label) && /:\s*$/.test(before);
    const depth =
      goesOn(list, l.label, before, stopped) ??
      (list.stack.some((level) => successor(level.label, l.label)) ? null : (place(list.stack, l.label) ?? (restarts ? 0 : null)));
    if (depth === null) return { end: l.at, list };
    // A new level opens after ":", ";" or ","; after a full stop the label is the entry's (EU 1C010 "Technical Notes:
    // 1. … 2. … prior to processing into the non-unidirectional "fibrous or filamentary materials". a. Organic …").
    if (depth === list.stack.length && list.stack.length > 0 && !OPEN_END.test(before)) return { end: l.at, list };
    list.stack.length = depth;
    list.stack.push({ letter: isLetter(l.label), label: l.label, afterSemicolon: SEMICOLON_END.test(before) });
  }
  return { end: limit, list };
}
