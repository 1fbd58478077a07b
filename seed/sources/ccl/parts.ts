// An ECCN's list of items read into parts: one per labelled paragraph ("a.", "a.1.", "a.1.b"), under its enclosing
// paragraph, with the repairs the source needs (a missing enclosing paragraph, a label used twice).
import type { EntryRecord, SourceIssue } from '../../model.js';
import { splitClauses } from '../../parse/references.js';
import { normalise, type Block } from './blocks.js';
import type { EccnSection } from './eccnSections.js';
import { ITAR_NOTE } from './itar.js';

/** A cumulative paragraph label: "a.", "a.1.", "a.1.b", "k.1" (letters and numbers alternate). */
const ITEM_LABEL = /^([a-z](?:\.(?:\d{1,3}|[a-z]))*)(\.{1,2})?(?=\s|$|[“"‘'(\[])/;
/** A reserved span: "b.-d. [Reserved]", "f. through w. [Reserved]", "a.1. to a.5. [Reserved]". */
const RESERVED_SPAN = /^[a-z](?:\.[a-z0-9]+)*\.?\s*(?:through|to|-|–)\s*\.?[a-z](?:\.[a-z0-9]+)*\.?\s*\[Reserved\]/i;

function labelSegments(label: string): string[] | null {
  const segments = label.split('.');
  const alternates = segments.every((segment, i) => (i % 2 === 0 ? /^[a-z]$/ : /^\d+$/).test(segment));
  return alternates ? segments : null;
}

/** The first sentence of a paragraph, without trailing "; and", cut to 200 characters at a word boundary. */
function firstSentence(text: string, max = 200): string {
  let sentence = splitClauses(text)[0] ?? text;
  sentence = sentence.replace(/[;:,.]\s*(?:and|or)?\s*$/i, '').replace(/\s+(?:and|or)$/i, '').trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max - 1);
  return sentence.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}

interface ItemParagraph {
  segments: string[];
  text: string;
}

/** The item paragraphs after "Items:", in order. Notes (italic) are skipped; see the comments for GPO quirks. */
function itemParagraphs(section: EccnSection, issues: SourceIssue[]): ItemParagraph[] {
  let start = section.blocks.findIndex((block) => !block.inNote && /^Items:/.test(block.text));
  // 5A001 and a few others leave out the "Items:" label: the paragraphs follow the List of Items Controlled.
  if (start < 0) start = section.blocks.findIndex((block) => !block.inNote && /^List of Items Controlled\s*$/.test(block.text));
  if (start < 0) return [];
  const items: ItemParagraph[] = [];
  for (let i = start; i < section.blocks.length; i++) {
    const block = section.blocks[i] as Block;
    // GPO sometimes leaves a NOTE open across the next item paragraph ("b. Materials …" inside 1C001's Note 2);
    // such a paragraph is still an item, told apart from note text by not being set in italics.
    // A paragraph in italics is a note, unless only its words are: 1C354 "a.1. <I>Xanthomonas albilineans;</I>" sets the
    // species' names in italics after its roman label.
    if ((block.italic && block.startsItalic !== false) || block.tag === 'TABLE' || block.tag === 'HED' || block.tag === 'img') continue;
    const text = i === start ? block.text.replace(/^Items:\s*/, '') : block.text;
    // "f. through w. [Reserved]" controls nothing and names no single paragraph: it stays in the entry text only.
    if (RESERVED_SPAN.test(text)) continue;
    const label = ITEM_LABEL.exec(text);
    if (!label) continue;
    const segments = labelSegments(label[1] as string);
    // A lone letter needs its period ("a. Materials"), or any sentence starting with "a" would be an item.
    if (!segments || (segments.length === 1 && !label[2])) {
      if (segments === null) {
        issues.push({ record: section.code, problem: `item label "${label[1]}" does not alternate letters and numbers; paragraph kept in the entry text only`, action: 'FLAGGED' });
      }
      continue;
    }
    items.push({ segments, text: normalise(text.slice(label[0].length)) });
  }
  return items;
}

export function partRecords(section: EccnSection, entry: EntryRecord, issues: SourceIssue[]): EntryRecord[] {
  const parts = new Map<string, EntryRecord>();
  for (const item of itemParagraphs(section, issues)) {
    const code = `${section.code}.${item.segments.join('.')}`;
    const existing = parts.get(code);
    if (existing) {
      // The same label twice: the source repeats a paragraph number. Keep one part holding both texts.
      existing.text = `${existing.text}\n${item.text}`;
      existing.flags.push('the source labels two paragraphs with this code; their texts were joined');
      issues.push({ record: code, problem: 'paragraph label used twice in the source; texts joined into one part', action: 'REPAIRED' });
      continue;
    }
    const flags: string[] = [];
    let parentSegments = item.segments.slice(0, -1);
    while (parentSegments.length > 0 && !parts.has(`${section.code}.${parentSegments.join('.')}`)) {
      parentSegments = parentSegments.slice(0, -1);
    }
    if (parentSegments.length !== item.segments.length - 1) {
      const missing = `${section.code}.${item.segments.slice(0, -1).join('.')}`;
      const attachedTo = parentSegments.length > 0 ? `${section.code}.${parentSegments.join('.')}` : section.code;
      flags.push(`the source has no paragraph ${missing}; attached to ${attachedTo}`);
      issues.push({ record: code, problem: `enclosing paragraph ${missing} not found; attached to ${attachedTo}`, action: 'REPAIRED' });
    }
    parts.set(code, {
      code,
      parentCode: parentSegments.length > 0 ? `${section.code}.${parentSegments.join('.')}` : section.code,
      kind: 'PART',
      title: firstSentence(item.text),
      text: item.text,
      category: entry.category,
      group: entry.group,
      depth: item.segments.length,
      itar: entry.itar || ITAR_NOTE.test(item.text),
      flags,
    });
  }
  return [...parts.values()];
}
