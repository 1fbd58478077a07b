// An ECCN's License Requirements read into reasons for control: the table rows and the statements under it, each
// with its scope and column, and the codes on the "Reason for Control:" line that no row states.
import type { EntryRecord, ReasonRecord, SourceIssue } from '../../model.js';
import { splitClauses } from '../../parse/references.js';
import { reasonRegime } from '../../../src/domain/attribution.js';
import { normalise, type Block } from './blocks.js';
import type { EccnSection } from './eccnSections.js';

// A License Requirements statement: "NS applies to entire entry", "SL and AT apply to entire entry",
// "RS applies 1A613.y" (sic), after an optional "Control(s):" or "Controls:" label.
const CONTROLS_LABEL = /^(?:Control\(s\)|Controls):\s*/;
const CODED_STATEMENT = /^([A-Z]{2,3}\d?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z]{2,3}\d?)*)\s+appl(?:y|ies)\b/;
// A table row naming a control without a reason code: "Russian industry sector sanctions apply to entire entry".
const UNCODED_STATEMENT = /^(.{1,80}?)(?<!\bnot)\s+appl(?:y|ies)\s+to\b/;
export const REASON_LINE = /^Reasons? for Control:\s*/;
const COLUMN = /\b[A-Z]{2,3}\s?Column\s?\d\b/;

interface ReasonStatement {
  /** The reason codes the statement names; empty for a control without a code. */
  reasons: string[];
  scope: string;
  column: string | null;
  /** The sentences after a statement set as a paragraph, up to the next statement: the conditions of its licence requirement. */
  conditions?: string;
}

/** The codes on the "Reason for Control:" line, and any words that are not codes ("Foreign policy"). */
export function reasonCodes(line: string): { codes: string[]; words: string } {
  const rest = line.replace(REASON_LINE, '');
  const codes = [...rest.matchAll(/\b([A-Z]{2,3})(?=\d|\b)/g)].map((m) => m[1] as string);
  const words = normalise(rest.replace(/\b[A-Z]{2,3}\s?\d?\b/g, ' ').replace(/[,.;]|\band\b/g, ' '));
  return { codes: [...new Set(codes)], words };
}

function codesOf(list: string): string[] {
  return [...list.matchAll(/[A-Z]{2,3}/g)].map((m) => m[0]);
}

function statementFromRow(cells: string[]): ReasonStatement | null {
  let [scope = '', column = ''] = cells;
  if (cells.length === 1) {
    // A row set across both columns: "CB applies to entire entry CB Column 2."
    const inline = /\s((?:[A-Z]{2,3}\s?Column\s?\d)\.?)$/.exec(scope);
    if (inline) {
      column = inline[1] as string;
      scope = scope.slice(0, inline.index);
    }
  }
  scope = scope.replace(CONTROLS_LABEL, '').replace(/\.$/, '');
  const coded = CODED_STATEMENT.exec(scope);
  if (!coded && !UNCODED_STATEMENT.test(scope)) return null;
  return { reasons: coded ? codesOf(coded[1] as string) : [], scope, column: column.replace(/\.$/, '') || null };
}

/** Statements written as paragraphs under the table ("CW applies to 1C350.b and .c. The Commerce …"): one per sentence that starts with a code. */
function statementsFromParagraph(text: string): ReasonStatement[] {
  const statements: ReasonStatement[] = [];
  for (const clause of splitClauses(text.replace(CONTROLS_LABEL, ''))) {
    const coded = CODED_STATEMENT.exec(clause);
    const last = statements[statements.length - 1];
    if (coded) statements.push({ reasons: codesOf(coded[1] as string), scope: clause.replace(/\.$/, ''), column: COLUMN.exec(text)?.[0] ?? null });
    else if (last) last.conditions = `${last.conditions ?? ''} ${clause}`.trim();
  }
  return statements;
}

/** Whether a statement covers the whole entry: "applies to entire entry" without an "except". */
function coversWholeEntry(scope: string): boolean {
  return /\bentire entry\b/i.test(scope) && !/\bexcept\b/i.test(scope);
}

export function reasonRecords(section: EccnSection, entry: EntryRecord, issues: SourceIssue[]): ReasonRecord[] {
  const blocks = section.blocks;
  const lineAt = blocks.findIndex((block) => REASON_LINE.test(block.text));
  // The License Requirements part runs from the reason line to the license exceptions or the list of items.
  const endAt = blocks.findIndex(
    (block, i) => i > lineAt && !block.inNote && /^(?:List Based License Exceptions|List of Items Controlled|Related Controls:|Items:)/.test(block.text),
  );
  const statements: ReasonStatement[] = [];
  if (lineAt >= 0) {
    let tableSeen = false;
    for (const block of blocks.slice(lineAt + 1, endAt < 0 ? undefined : endAt)) {
      if (block.inNote) continue;
      if (block.tag === 'TABLE' && !tableSeen) {
        tableSeen = true;
        for (const cells of block.rows ?? []) {
          const statement = statementFromRow(cells);
          if (statement) statements.push(statement);
          // A row with an empty left cell is a note set inside the table (5D001's "Note to SL paragraph").
          else if (cells[0]) {
            issues.push({ record: section.code, problem: `License Requirements row not read as a reason: "${cells.join(' | ')}"`, action: 'FLAGGED' });
          }
        }
      } else if (block.tag !== 'TABLE') {
        statements.push(...statementsFromParagraph(block.text));
      }
    }
  }

  const records: ReasonRecord[] = [];
  for (const statement of statements) {
    if (statement.reasons.length === 0) {
      // "Russian industry sector sanctions apply to entire entry": a control with no reason code.
      entry.flags.push(`license requirement without a reason code: "${statement.scope}"`);
      issues.push({ record: section.code, problem: `license requirement without a reason code, not recorded as a reason: "${statement.scope}"`, action: 'FLAGGED' });
      continue;
    }
    for (const reason of statement.reasons) {
      const { regime, rule } = reasonRegime(section.code, reason, statement.column, statement.scope, statement.conditions);
      records.push({ code: section.code, reason, column: statement.column, scope: statement.scope, wholeEntry: coversWholeEntry(statement.scope), regime, rule });
    }
  }

  if (lineAt >= 0) {
    const line = (blocks[lineAt] as Block).text;
    const { codes, words } = reasonCodes(line);
    for (const reason of codes) {
      if (!records.some((record) => record.reason === reason)) {
        const { regime, rule } = reasonRegime(section.code, reason, null, line);
        records.push({ code: section.code, reason, column: null, scope: line, wholeEntry: true, regime, rule });
      }
    }
    if (words) {
      entry.flags.push(`reason for control without a code: "${words}"`);
      issues.push({ record: section.code, problem: `reason for control "${words}" has no reason code; kept in the entry text only`, action: 'FLAGGED' });
    }
  } else if (blocks.length > 0 && !entry.itar && !/^No \w+ currently/.test((blocks[0] as Block).text)) {
    // 0A521-style entries state their control in prose ("subject to RS1 controls"); say so rather than guess.
    issues.push({ record: section.code, problem: 'no "Reason for Control:" line; no reasons recorded for this entry', action: 'FLAGGED' });
  }
  return records;
}
