// The US Commerce Control List (eCFR XML of 15 CFR 774 Supp. 1) read into a ParsedList: one entry per ECCN
// with its item paragraphs as parts, the reasons for control and their scope, regime attributions, references and supports.
import {
  ParsedList,
  type AttributionRecord,
  type EntryRecord,
  type ReasonRecord,
  type ReferenceRecord,
  type SourceIssue,
  type SupportRecord,
} from '../model.js';
import type { ProductGroup } from '../../src/domain/vocabulary.js';
import { US_MUNITIONS_SERIES } from '../../src/domain/attribution.js';
import { SourceFormatError } from '../sourceError.js';
import { attributionRecords } from './ccl/attributions.js';
import { readBlocks } from './ccl/blocks.js';
import { splitIntoEccns, type EccnSection } from './ccl/eccnSections.js';
import { ITAR_NOTE, stateDepartmentOnly } from './ccl/itar.js';
import { reasonRecords } from './ccl/licenseRequirements.js';
import { partRecords } from './ccl/parts.js';
import { entryReferences, withoutLicenseExceptions } from './ccl/references.js';
import { controlledItemsText, entrySupports } from './ccl/supports.js';

export const CCL_LIST = {
  id: 'us-ccl@ecfr-2026',
  jurisdiction: 'US',
  title: 'Commerce Control List (15 CFR 774, Supplement No. 1)',
  version: 'eCFR 2026 snapshot',
  source:
    'eCFR XML of 15 CFR part 774, Supplement No. 1 (US Government work, public domain), 2026 snapshot; ' +
    'copied from GitHub IAPS-AI/commoditybench data/ccl/ccl_supp1.xml at commit 5b938676c33f3a732d549503a4607af91b9621a7',
  kind: 'NATIONAL',
} as const;

function entryText(section: EccnSection): string {
  return section.blocks
    .map((block) => block.text)
    .filter(Boolean)
    .join('\n');
}

/**
 * Parses the eCFR XML of the Commerce Control List. Throws SourceFormatError when the file is not XML,
 * has no ECCN headings, or has a heading without a code; smaller defects are reported in `issues`.
 */
export function parseCcl(xml: string, meta: { file: string; sha256: string }): ParsedList {
  const sections = splitIntoEccns(readBlocks(xml, meta.file), meta.file);
  if (sections.length === 0) throw new SourceFormatError(meta.file, 'document', 'no ECCN headings (<FP-2><B>1C001 …</B>) found');

  const entries: EntryRecord[] = [];
  const reasons: ReasonRecord[] = [];
  const attributions: AttributionRecord[] = [];
  const references: ReferenceRecord[] = [];
  const supports: SupportRecord[] = [];
  const issues: SourceIssue[] = [];
  // The codes a product-group reference reaches ("Controlled by 8A (Except 8A992), 8B or 8C", 8D001): not the 500 and 600 series,
  // US items moved from the Munitions List with software and technology entries of their own (8D620, 8E620 for 8A620),
  // which the CCL's Order of Review (Supplement No. 4 to part 774) has a reader consult first.
  const knownCodes = new Set(sections.map((section) => section.code).filter((code) => !US_MUNITIONS_SERIES.test(code)));
  const seen = new Set<string>();

  for (const section of sections) {
    if (seen.has(section.code)) {
      issues.push({ record: section.code, problem: 'the ECCN heading appears twice; the second one was not loaded', action: 'SKIPPED' });
      continue;
    }
    seen.add(section.code);
    if (!section.heading) {
      issues.push({ record: section.code, problem: 'ECCN heading has a code but no title', action: 'FLAGGED' });
    }
    const entry: EntryRecord = {
      code: section.code,
      parentCode: null,
      kind: 'ENTRY',
      title: section.heading,
      text: entryText(section),
      category: Number(section.code.charAt(0)),
      group: section.code.charAt(1) as ProductGroup,
      depth: 0,
      itar: ITAR_NOTE.test(section.heading) || stateDepartmentOnly(section),
      flags: [],
    };
    const parts = partRecords(section, entry, issues);
    const entryReasons = reasonRecords(section, entry, issues);
    entries.push(entry, ...parts);
    reasons.push(...entryReasons);
    attributions.push(...attributionRecords(section.code, entryReasons));
    references.push(...entryReferences(section.code, `${section.heading}\n${withoutLicenseExceptions(entry.text)}`, knownCodes));
    supports.push(...entrySupports(section.code, controlledItemsText(section, parts), entryReasons, knownCodes, entry.text));
  }

  return ParsedList.parse({
    list: { ...CCL_LIST, sha256: meta.sha256 },
    entries,
    attributions,
    reasons,
    references,
    supports,
    issues,
  });
}
