// When an entry (or part) of one regime counts as covered by another regime, and by which evidence. The
// rules are stored with every piece of evidence so that each gap-report row says why it is, or is not, a gap.
import { rule, ruleIn, type AttributionRule } from './attribution.js';

export type CoverageStatus = 'COVERED' | 'PARTIAL' | 'GAP';
export type CoverageEvidenceKind = 'ATTRIBUTION' | 'REFERENCE' | 'SUPPORT';

export const COVERAGE_RULES = {
  COVERAGE_SAME_PARAGRAPH: rule(
    'COVERAGE_SAME_PARAGRAPH',
    'The paragraph is attributed to the other regime too, without conditions: it is covered.',
    'The paragraph-level attributions (docs/decisions/0006): "MT applies to 9A610.t, .u, .v, and .w" covers 9A610.u for MTCR, not 9A610.b.',
  ),
  COVERAGE_ROWS_SERVE_ALL: rule(
    'COVERAGE_ROWS_SERVE_ALL',
    'A software or technology entry: every item that this regime\'s rows serve, a row of the other regime serves too, for the same phases and without conditions of its own: covered.',
    'e.g. 6D001 "MT applies to “software” for equipment controlled by 6A008 or 6B008 for MT reasons" and "NS applies to “software” for equipment controlled by 6A004, 6A005, 6A008 or 6B008".',
  ),
  COVERAGE_CONDITIONAL: rule(
    'COVERAGE_CONDITIONAL',
    'The other regime reaches the paragraph only for items meeting conditions in words or parameters, or reaches only some of its sub-paragraphs: covered in part.',
    'e.g. 1C001 "MT applies to items that meet or exceed the parameters of ECCN 1C101"; 2B001 "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: …".',
  ),
  COVERAGE_WHOLE_EXCEPT_OTHER_ITEMS: rule(
    'COVERAGE_WHOLE_EXCEPT_OTHER_ITEMS',
    'A software or technology entry: the other regime\'s row covers the entire entry except what it serves for some items, and this regime\'s rows serve none of those items: covered.',
    'e.g. 4E001 "NS applies to entire entry, except for “technology” for 4A090 or “software” specified by 4D090" and "MT applies to “technology” for items controlled by 4A001.a and 4A101".',
  ),
  COVERAGE_REFERENCE: rule(
    'COVERAGE_REFERENCE',
    "The entry's text says its items are controlled by, specified in, or defined by the parameters of an entry (or paragraph) of the same list attributed to the other regime: linked, to be checked (covered in part). A \"see also\" pointer does not count, nor an exclusion (\"other than those controlled by\", \"except\", \"not specified in\"), nor what the items are made with, contain, use, drive, serve or are usable in (\"made with … specified in 1C010.a\", \"usable in subsystems specified in 9A007\", \"designed or modified for use in … unmanned aerial vehicles specified in 9A012\"), nor \"controlled under ECCN Y and not under\" this entry, nor a CCL Related Controls pointer, nor a code named in a License Requirements row (the row is read as an attribution: 2B009's MT row \"… that meet or exceed the parameters of 2B009.a and 2B109\" is COVERAGE_CONDITIONAL once); and only entries of one product group cover each other (software is never the hardware it names, equipment never the materials it makes: 1B102 → 1C011).",
    'References typed by their cue words (seed/parse/references.ts): CONTROLLED_BY, SPECIFIED_BY and PARAMETER count; SEE_ALSO, RELATED, EXCLUSION and ASSOCIATED_ITEM do not.',
  ),
  COVERAGE_SUPPORT_ROW: rule(
    'COVERAGE_SUPPORT_ROW',
    'A software or technology entry of the same list serves this entry and its License Requirements row for the other regime names this entry (ITT_ROW; not a code named only after "does not apply to") or reaches what that regime controls for its reasons (ITT_REASON_ROW): its technology is controlled by that regime (covered in part: the hardware itself is not). A row over the serving entry\'s entire entry is not enough (9E002 "NS applies to entire entry" serves 9B116, an MTCR item: NS is Wassenaar\'s only for Wassenaar\'s items); the gap row says so. EU entries have no rows, and an EU entry\'s code origin does not make every item it names that regime\'s (EU 9E001 names the Australia Group\'s 9A350): EU supports never cover.',
    'e.g. 2E001 "NP applies to \u201ctechnology\u201d for items controlled by … 2B001 …"',
  ),
  ITT_ROW: rule(
    'ITT_ROW',
    "A CCL software or technology entry counts for a regime's hardware through its License Requirements row for that regime, when the row names the hardware.",
    'e.g. 2E001 "NP applies to \u201ctechnology\u201d for items controlled by 2A225, 2A226, 2B001 …" (NP Column 1); its NP Column 2 row for 2A290 counts for no regime.',
  ),
  ITT_WHOLE_ROW: rule(
    'ITT_WHOLE_ROW',
    'A CCL software or technology entry whose row for the regime covers its entire entry counts for every hardware entry it serves; a row over its entire entry except what it serves for some items counts for the others, and for the paragraphs of those items it does not name.',
    'e.g. 9E101 "MT applies to entire entry"; 4E001 "NS applies to entire entry, except for “technology” for 4A090 or “software” specified by 4D090" counts for 4A001, not 4A090; 1E607 "NS applies to entire entry, except “technology” for 1C607.a.10, .a.11, .a.12, and .a.14 …" for 1A607 and for 1C607 less those paragraphs.',
  ),
  ITT_ROW_PARAGRAPH: rule(
    'ITT_ROW_PARAGRAPH',
    "A CCL software or technology entry counts for a regime's hardware when its row for that regime covers its entire entry except some paragraphs, and a paragraph it keeps names the hardware (not only in brackets after \"except\") for the phase.",
    'e.g. 8D620 "NS applies to entire entry, except 8D620.b and .y" (NS Column 1) and 8D620.a "“Software” “specially designed” for the “development,” “production,” operation, or maintenance of commodities controlled by ECCN 8A620 or ECCN 8B620 (except for commodities controlled by ECCN 8A620.b or .y or ECCN 8B620.b)".',
  ),
  ITT_REASON_ROW: rule(
    'ITT_REASON_ROW',
    "A CCL software or technology entry counts for a regime's hardware when its row for that regime reaches whatever that regime controls for its reasons, and the hardware's own row for the regime controls it; hardware the row excludes by code does not count.",
    'e.g. 7E001 "MT applies to technology for equipment controlled for MT reasons. MT does not apply to “technology” for equipment controlled by 7A008." serves 7A107 ("MT applies to entire entry").',
  ),
  ITT_CODE_ORIGIN: rule(
    'ITT_CODE_ORIGIN',
    'An EU software or technology entry carries no reasons for control: it counts for the regime its code was written for (1E001 WA, 1E101 MTCR, 1E201 NSG, 2E301 AG). A CCL one counts by its code only when it has no row for that regime.',
    'Regulation (EU) 2021/821, Annex I numbering; docs/decisions/0006.',
  ),
  ITT_EU_GROUP: rule(
    'ITT_EU_GROUP',
    "An EU software or technology entry that names the hardware's whole group (\"specified in 2A, 2B or 2D\") counts for the hardware's regimes too: Annex I merges the regimes' lists under one numbering and states no reasons, so an entry for a whole group holds every regime's technology control for its goods. Naming the code alone is not enough (2E201 names 2B001 as the NSG's \"use\" technology, not Wassenaar's).",
    'Regulation (EU) 2021/821, Annex I: 2E001 "“Technology” according to the General Technology Note for the “development” of equipment or “software” specified in 2A, 2B or 2D." serves 2B350 (Australia Group).',
  ),
  ITT_EU_NAMED: rule(
    'ITT_EU_NAMED',
    "An EU software or technology entry of the Wassenaar numbering that names, by its code, hardware Wassenaar does not control counts for the hardware's regime: the item is there only for that regime's sake. An MTCR- or NSG-numbered entry naming a Wassenaar item (2E201 \"“use” of … 2B001\") counts for its own regime only.",
    'Regulation (EU) 2021/821, Annex I: 9E001 "“Technology” according to the General Technology Note for the “development” of equipment or “software” specified in 9A004 to 9A012, 9A350, 9B or 9D" serves 9A350 (Australia Group).',
  ),
} as const satisfies Record<string, AttributionRule>;

export type CoverageRuleId = keyof typeof COVERAGE_RULES;

export interface CoverageEvidence {
  kind: CoverageEvidenceKind;
  /** The units of the examined entry the evidence is about (part codes, or the entry code); empty for the entry as a whole. */
  parts: string[];
  /** The other entry or paragraph (reference target, serving D/E entry); null for an attribution of the entry itself. */
  other: string | null;
  /** The source's words. */
  words: string;
  rule: CoverageRuleId;
}

export const coverageRule = (id: string): AttributionRule => ruleIn(COVERAGE_RULES, 'coverage', id);

/** The evidence as the GraphQL CoverageEvidence type's parent (its rule resolved from the id). */
export type CoverageEvidenceModel = CoverageEvidence;

/** What ties a software or technology entry to a regime for one hardware entry: a rule id and the words. */
export interface CoverageTieModel {
  rule: string;
  words: string;
}
