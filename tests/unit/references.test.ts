import { describe, it, expect } from 'vitest';
import { extractReferences, extractSupports, splitClauses } from '../../seed/parse/references.js';

const targets = (records: Array<{ to: string; toPart: string | null }>) => records.map((r) => r.toPart ?? r.to);

describe('extractReferences', () => {
  it('reads "See also" as SEE_ALSO and keeps the phrase', () => {
    const refs = extractReferences('1C001', 'Related Controls: See also 1C101.');
    expect(refs).toEqual([{ from: '1C001', to: '1C101', toPart: null, kind: 'SEE_ALSO', text: 'Related Controls: See also 1C101.' }]);
  });

  it('reads "the parameters of ECCN 1C101" as PARAMETER', () => {
    const refs = extractReferences('1C001', 'MT applies to items that meet or exceed the parameters of ECCN 1C101');
    expect(refs.map((r) => [r.to, r.kind])).toEqual([['1C101', 'PARAMETER']]);
  });

  it('expands "9A001 to 9A012" and "through" ranges to every code in between', () => {
    const to = extractReferences('9E001', 'equipment controlled by 9A001 to 9A012');
    expect(to.map((r) => r.to)).toEqual(['9A001', '9A002', '9A003', '9A004', '9A005', '9A006', '9A007', '9A008', '9A009', '9A010', '9A011', '9A012']);
    expect(new Set(to.map((r) => r.kind))).toEqual(new Set(['CONTROLLED_BY']));

    const through = extractReferences('1D001', 'equipment controlled by 1B001 through 1B003');
    expect(through.map((r) => r.to)).toEqual(['1B001', '1B002', '1B003']);
  });

  it('does not expand a range across product groups', () => {
    const refs = extractReferences('9E001', 'controlled by 9A012 to 9B002');
    expect(refs.map((r) => r.to)).toEqual(['9A012', '9B002']);
  });

  it('expands ranges of paragraphs of one entry to every paragraph between, except up to the catch-alls .x and .y', () => {
    const parts = (code: string, text: string) => extractReferences(code, text).map((r) => r.toPart ?? r.to);
    // CCL 9E003 (Technology): "… for the “development” of equipment controlled by 9A004.a through .f …" (wording shortened).
    expect(parts('9E003', 'equipment controlled by 9A004.a through .f')).toEqual(['9A004.a', '9A004.b', '9A004.c', '9A004.d', '9A004.e', '9A004.f']);
    // EU Annex I 3A001: "… specified in 3A001.a.3. to 3A001.a.10. …": numbered paragraphs likewise.
    expect(parts('3E001', 'integrated circuits specified in 3A001.a.3. to 3A001.a.10.')).toEqual(
      ['3A001.a.3', '3A001.a.4', '3A001.a.5', '3A001.a.6', '3A001.a.7', '3A001.a.8', '3A001.a.9', '3A001.a.10'],
    );
    // CCL 0B501 Related Controls: "items controlled in ECCNs 0A501.a through .x" — 0A501.f to .w are "[Reserved]".
    expect(parts('0B501', 'items controlled in ECCNs 0A501.a through .x')).toEqual(['0A501.a', '0A501.x']);
    // Ends at different depths are not a range that can be filled: both ends only.
    expect(parts('9E003', 'equipment controlled by 9A515.a.1 through .b')).toEqual(['9A515.a.1', '9A515.b']);
  });

  it('a paragraph of what its items are NOT makes every code of its sub-paragraph lines an exclusion, to the full stop', () => {
    // CCL 9A004.s: "“Parts,” “components,” “accessories,” and “attachments” that are “specially designed” for in-space
    // habitats in 9A004.r and that are NOT: s.1. Described on the USML; s.2. Described in ECCN 7A004 or 7A104; s.3.
    // Described in an ECCN containing “space-qualified” as a control criterion (refer to 9A515.x.4); or s.4 Described in
    // 9A001, 9A002, 9A003, 9A515, or 9A991. t. [Reserved] … y. Items that would otherwise be within the scope of ECCN
    // 9A004.s or .x but that have been identified … as warranting control in 9A004.y." (paragraphs as lines, labels off)
    const refs = extractReferences(
      '9A004',
      [
        '“Parts,” “components,” “accessories,” and “attachments” that are “specially designed” for in-space habitats in 9A004.r and that are NOT:',
        'Described on the USML;',
        'Described in ECCN 7A004 or 7A104;',
        'Described in an ECCN containing “space-qualified” as a control criterion (refer to 9A515.x.4); or',
        'Described in 9A001, 9A002, 9A003, 9A515, or 9A991.',
        '[Reserved]',
        'Parts specially designed for equipment controlled by 9A010.',
      ].join('\n'),
    );
    expect(refs.map((r) => `${r.toPart ?? r.to} ${r.kind}`)).toEqual([
      '7A004 EXCLUSION',
      '7A104 EXCLUSION',
      '9A515.x.4 EXCLUSION',
      '9A001 EXCLUSION',
      '9A002 EXCLUSION',
      '9A003 EXCLUSION',
      '9A515 EXCLUSION',
      '9A991 EXCLUSION',
      '9A010 ASSOCIATED_ITEM', // after the list's full stop, the cue words decide again
    ]);
  });

  it('an exclusion reaches over a long chemical name to the "specified in" after it', () => {
    // EU Annex I 1C450.b.3: "Dialkyl [methyl, ethyl or propyl (normal or iso)] N,N-dialkyl [methyl, ethyl or propyl
    // (normal or iso)]-phosphoramidates, other than Diethyl-N,N-dimethylphosphoramidate which is specified in 1C350;"
    const refs = extractReferences('1C450', '3. Dialkyl [methyl, ethyl or propyl (normal or iso)] N,N-dialkyl [methyl, ethyl or propyl (normal or iso)]-phosphoramidates, other than Diethyl-N,N-dimethylphosphoramidate which is specified in 1C350; 4. N,N-Dialkyl');
    expect(refs.map((r) => `${r.to} ${r.kind}`)).toEqual(['1C350 EXCLUSION']);
    // 1C450.b.4: "… other than N,N-Diisopropyl-(beta)-aminoethyl chloride or N,N-Diisopropyl-(beta)-aminoethyl chloride
    // hydrochloride which are specified in 1C350;" — two names, as far again.
    const b4 = extractReferences('1C450', '4. N,N-Dialkyl [methyl, ethyl or propyl (normal or iso)] aminoethyl-2-chlorides and corresponding protonated salts, other than N,N-Diisopropyl-(beta)-aminoethyl chloride or N,N-Diisopropyl-(beta)-aminoethyl chloride hydrochloride which are specified in 1C350;');
    expect(b4.map((r) => `${r.to} ${r.kind}`)).toEqual(['1C350 EXCLUSION']);
  });

  it('the sub-paragraph lines of a "composed of any of the following:" list name materials used', () => {
    // CCL 1C010.d: "“Fibrous or filamentary materials”, having any of the following: / d.1. Composed of any of the
    // following: / d.1.a. Polyetherimides controlled by 1C008.a; or / d.1.b. Materials controlled by 1C008.b to 1C008.f;
    // or / d.2. Composed of materials controlled by 1C010.d.1.a …" (one paragraph a line, labels off); then a paragraph
    // opening another kind of list ("… as follows:") ends it.
    const refs = extractReferences(
      '1C010',
      [
        '“Fibrous or filamentary materials”, having any of the following:',
        'Composed of any of the following:',
        'Polyetherimides controlled by 1C008.a; or',
        'Materials controlled by 1C008.b to 1C008.f; or',
        'Other “fibrous or filamentary materials”, as follows:',
        'Organic “fibrous or filamentary materials” controlled by 1C007.c; and',
      ].join('\n'),
    );
    expect(refs.map((r) => `${r.toPart ?? r.to} ${r.kind}`)).toEqual([
      '1C008.a ASSOCIATED_ITEM',
      '1C008.b ASSOCIATED_ITEM',
      '1C008.c ASSOCIATED_ITEM',
      '1C008.d ASSOCIATED_ITEM',
      '1C008.e ASSOCIATED_ITEM',
      '1C008.f ASSOCIATED_ITEM',
      '1C007.c CONTROLLED_BY', // the list ended at the colon of another lead-in
    ]);
  });

  it('a negated phrase runs over its list of codes, "ECCN" repeated or not', () => {
    // CCL 1C995: "Mixtures not controlled by ECCN 1C350, ECCN 1C355 or ECCN 1C395 that contain …" (wording shortened).
    expect(extractReferences('1C995', 'Mixtures not controlled by ECCN 1C350, ECCN 1C355 or ECCN 1C395 that contain chemicals').map((r) => `${r.to} ${r.kind}`)).toEqual([
      '1C350 EXCLUSION',
      '1C355 EXCLUSION',
      '1C395 EXCLUSION',
    ]);
  });

  it('the sub-paragraph lines of a "having any of the following:" list name what the items have', () => {
    // CCL 6A003.b.1: "Video cameras … having all of the following: … b.1.b. Having any of the following: / b.1.b.1.
    // Optical mirrors controlled by 6A004.a.; / b.1.b.2. Optical control equipment controlled by 6A004.d.; or / …"
    const refs = extractReferences('6A003', ['Having any of the following:', 'Optical mirrors controlled by 6A004.a.;', 'Optical control equipment controlled by 6A004.d.; or'].join('\n'));
    expect(refs.map((r) => `${r.toPart ?? r.to} ${r.kind}`)).toEqual(['6A004.a ASSOCIATED_ITEM', '6A004.d ASSOCIATED_ITEM']);
  });

  it('codes in a definition are related, never a statement that the items are theirs', () => {
    // CCL 1C608 Technical Note: "'Mixture' refers to a composition of two or more substances with at least one
    // substance being enumerated in 1C011, 1C111, 1C239, 1C608, USML Category V, or elsewhere on the USML."
    const refs = extractReferences('1C608', "'Mixture' refers to a composition of two or more substances with at least one substance being enumerated in 1C011, 1C111, 1C239, 1C608, USML Category V, or elsewhere on the USML.");
    expect(refs.map((r) => `${r.to} ${r.kind}`)).toEqual(['1C011 RELATED', '1C111 RELATED', '1C239 RELATED']);
  });

  it('lists under one cue share its kind, and sub-paragraphs go to toPart without a trailing dot', () => {
    const refs = extractReferences('1E001', 'materials specified by ECCNs 1A002, 1C001, 1C007.c. The rest');
    expect(refs.map((r) => [r.to, r.toPart, r.kind])).toEqual([
      ['1A002', null, 'SPECIFIED_BY'],
      ['1C001', null, 'SPECIFIED_BY'],
      ['1C007', '1C007.c', 'SPECIFIED_BY'],
    ]);
  });

  it('keeps deep sub-paragraphs and continued bare ones ("0A501.c, .d, and .x")', () => {
    expect(targets(extractReferences('0B501', 'see 0A001.e'))).toEqual(['0A001.e']);
    expect(targets(extractReferences('6D003', 'sonar systems controlled by 6A001.a.1.e; and'))).toEqual(['6A001.a.1.e']);
    expect(targets(extractReferences('0B501', 'items controlled in 0A501.c, .d, and .x.'))).toEqual(['0A501.c', '0A501.d', '0A501.x']);
  });

  it('reads a code after "does not control" as an EXCLUSION, even behind a "see"', () => {
    const refs = extractReferences('3B001', '3B001 does not control equipment for wafers; see 3A001.');
    expect(refs.map((r) => [r.to, r.kind])).toEqual([['3A001', 'EXCLUSION']]);
  });

  it('a "not specified in" phrase excludes only its own codes, up to the comma that closes it', () => {
    // CCL 9D001: "“Software”, not specified in 9D003 or 9D004, “specially designed” or modified for the
    // “development” of equipment or “technology” controlled by ECCN 9A001 to 9A004, 9A012, …"
    const refs = extractReferences(
      '9D001',
      '“Software”, not specified in 9D003 or 9D004, “specially designed” or modified for the “development” of equipment or “technology” controlled by ECCN 9A001 to 9A003, 9A012.',
    );
    expect(refs.map((r) => `${r.to} ${r.kind}`)).toEqual([
      '9D003 EXCLUSION',
      '9D004 EXCLUSION',
      // software "for" the development of those items: it serves them, it is not them
      '9A001 ASSOCIATED_ITEM',
      '9A002 ASSOCIATED_ITEM',
      '9A003 ASSOCIATED_ITEM',
      '9A012 ASSOCIATED_ITEM',
    ]);
    expect(extractSupports('9D001', '“Software”, not specified in 9D003 or 9D004, “specially designed” or modified for the “development” of equipment controlled by ECCN 9A001.').map((s) => `${s.to} ${s.phase}`)).toEqual(['9A001 development']);
    // A list of codes keeps the negation across its commas.
    expect(extractReferences('1C210', 'fibres not specified in 1C010.a, .b, or 1C010.e.').map((r) => `${r.toPart ?? r.to} ${r.kind}`)).toEqual([
      '1C010.a EXCLUSION',
      '1C010.b EXCLUSION',
      '1C010.e EXCLUSION',
    ]);
  });

  it('does not take what items are made with, drive or serve, or a "see also" list, for a link', () => {
    // CCL 1A202 b.: "Made with any of the “fibrous or filamentary materials” specified in 1C010.a or .b or 1C210.a …"
    expect(extractReferences('1A202', 'b. Made with any of the “fibrous or filamentary materials” specified in 1C010.a or .b.').map((r) => `${r.toPart} ${r.kind}`)).toEqual([
      '1C010.a ASSOCIATED_ITEM',
      '1C010.b ASSOCIATED_ITEM',
    ]);
    // CCL 3A229 heading: "Firing sets and equivalent high-current pulse generators for detonators controlled by 3A232"
    expect(extractReferences('3A229', 'Firing sets and equivalent high-current pulse generators for detonators controlled by 3A232 (see List of Items Controlled).').map((r) => r.kind)).toEqual(['ASSOCIATED_ITEM']);
    // CCL 1C608 Related Controls (3): "See also explosives and other items enumerated in ECCNs 1A006, 1A007, …"
    expect(new Set(extractReferences('1C608', '(3) See also explosives and other items enumerated in ECCNs 1A006, 1A007, 1C011.').map((r) => r.kind))).toEqual(new Set(['SEE_ALSO']));
    // CCL 1C608 m.: "Chlorine trifluoride (ClF3) (CAS 7790-91-2) is controlled under ECCN 1C111.a.3.f and not under ECCN 1C608.m."
    expect(extractReferences('1C608', 'Chlorine trifluoride (ClF3) (CAS 7790-91-2) is controlled under ECCN 1C111.a.3.f and not under ECCN 1C608.m.').map((r) => `${r.to} ${r.kind}`)).toEqual(['1C111 SEE_ALSO']);
    // The plain links stay: 1C210 "fibres … specified in 1C010" reads the same as before.
    expect(extractReferences('1C210', 'Commodities specified in 1C010.a.').map((r) => r.kind)).toEqual(['SPECIFIED_BY']);
  });

  it('reads what the items use, are usable in or are for over a whole list of codes, up to the next paragraph', () => {
    const kinds = (code: string, text: string) => extractReferences(code, text).map((r) => `${r.toPart ?? r.to} ${r.kind}`);
    // EU Annex I 7A105.a: "Designed or modified for use in space launch vehicles specified in 9A004, sounding rockets
    // specified in 9A104 or unmanned aerial vehicles specified in 9A012 or 9A112.a.; or"
    expect(kinds('7A105', 'a. Designed or modified for use in space launch vehicles specified in 9A004, sounding rockets specified in 9A104 or unmanned aerial vehicles specified in 9A012 or 9A112.a.; or')).toEqual([
      '9A004 ASSOCIATED_ITEM',
      '9A104 ASSOCIATED_ITEM',
      '9A012 ASSOCIATED_ITEM',
      '9A112.a ASSOCIATED_ITEM',
    ]);
    // EU Annex I 9A108.a: "Rocket motor cases and insulation components therefor, usable in subsystems specified in 9A007, 9A009, 9A107 or 9A109.a.;"
    expect(new Set(kinds('9A108', 'a. Rocket motor cases and insulation components therefor, usable in subsystems specified in 9A007, 9A009, 9A107 or 9A109.a.;').map((k) => k.split(' ')[1]))).toEqual(new Set(['ASSOCIATED_ITEM']));
    // CCL 7A103 a.: "'Inertial measurement equipment or systems' using accelerometers or gyros controlled by 7A001, 7A002, 7A101 or 7A102"
    expect(new Set(kinds('7A103', "a. 'Inertial measurement equipment or systems' using accelerometers or gyros controlled by 7A001, 7A002, 7A101 or 7A102, and “specially designed” “parts” and “components” therefor;").map((k) => k.split(' ')[1]))).toEqual(new Set(['ASSOCIATED_ITEM']));
    // EU Annex I 7A103.a: the lead-in "using accelerometers or gyros as follows:" governs its numbered sub-paragraphs,
    // not the next lettered one.
    expect(
      kinds(
        '7A103',
        "a. 'Inertial measurement equipment or systems', using accelerometers or gyros as follows: 1. Accelerometers specified in 7A001.a.3., 7A001.b. or 7A101 or gyros specified in 7A002 or 7A102; or 2. Accelerometers specified in 7A001.a.1. or 7A001.a.2., designed for use in inertial navigation systems; b. Integrated flight instrument systems specified in 7A003; c. Other",
      ),
    ).toEqual(['7A001.a.3 ASSOCIATED_ITEM', '7A001.b ASSOCIATED_ITEM', '7A101 ASSOCIATED_ITEM', '7A002 ASSOCIATED_ITEM', '7A102 ASSOCIATED_ITEM', '7A001.a.1 ASSOCIATED_ITEM', '7A001.a.2 ASSOCIATED_ITEM', '7A003 SPECIFIED_BY']);
    // EU Annex I 1C010.e.1.b: "Composed of any of the following: a. Polyetherimides specified in 1C008.a.; or b. Materials
    // specified in 1C008.d. to 1C008.f.; or 2. …": the lettered list the lead-in opens, then a number one level up.
    expect(kinds('1C010', 'b. Composed of any of the following: a. Polyetherimides specified in 1C008.a.; or b. Materials specified in 1C008.d. to 1C008.f.; or 2. Fibres specified in 1C008.b.')).toEqual([
      '1C008.a ASSOCIATED_ITEM',
      '1C008.d ASSOCIATED_ITEM', // the range "1C008.d. to 1C008.f." names its ends and what lies between
      '1C008.e ASSOCIATED_ITEM',
      '1C008.f ASSOCIATED_ITEM',
      '1C008.b SPECIFIED_BY',
    ]);
    // EU Annex I 9A106: "c. Gas turbines, for liquid propellant turbopumps, … e. Combustion chambers and nozzles for liquid
    // propellant rocket engines or gel propellant rocket motors specified in 9A005 or 9A105." — "for" in e. governs.
    expect(kinds('9A106', 'c. Gas turbines, for liquid propellant turbopumps, with shaft speeds equal to or greater than 8 000 r.p.m. at the maximum operating mode. e. Combustion chambers and nozzles for liquid propellant rocket engines or gel propellant rocket motors specified in 9A005 or 9A105.')).toEqual([
      '9A005 ASSOCIATED_ITEM',
      '9A105 ASSOCIATED_ITEM',
    ]);
    // A predicate far from the cue is about the sentence's subject, which is other items than the entry's: CCL 1C395 note
    // "Replacement reagents for medical, analytical, diagnostic, and food testing kits described in 1C395.b are
    // controlled by ECCN 1C350 if …" says where the reagents are controlled, not that 1C395's kits are 1C350's.
    expect(kinds('1C395', 'Replacement reagents for medical, analytical, diagnostic, and food testing kits described in 1C395.b are controlled by ECCN 1C350 if the reagents contain at least one of the precursor chemicals.')).toEqual(['1C350 SEE_ALSO']);
    // CCL 0A501 note: "Semi-automatic firearms equal to .50 caliber (12.7 mm) or less are controlled under ECCNs 0A506 and 0A507."
    expect(kinds('0A501', 'Semi-automatic firearms equal to .50 caliber (12.7 mm) or less are controlled under ECCNs 0A506 and 0A507.')).toEqual(['0A506 SEE_ALSO', '0A507 SEE_ALSO']);
    // A relative clause is not such a verb: "parts for items that are controlled by 9A001" names what the parts are for.
    expect(kinds('9A101', 'Parts specially designed for engines that are controlled by 9A001.')).toEqual(['9A001 ASSOCIATED_ITEM']);
    // So is a parameter clause: CCL 1C010 NP row "… and e.1 for “fibrous and filamentary materials” that meet or exceed
    // the control criteria of ECCN 1C210".
    expect(kinds('1C010', 'NP applies to 1C010.a, b, and e.1 for “fibrous and filamentary materials” that meet or exceed the control criteria of ECCN 1C210 | NP Column 1')).toEqual(['1C210 PARAMETER']);
  });

  it('scopes "(except …)" to its parentheses', () => {
    const refs = extractReferences(
      '9E001',
      'the “development” of equipment controlled by 9A004, 9A012, 9B (except for ECCNs 9B604 and 9B990), or ECCN 9D001 to 9D002.',
    );
    expect(refs.map((r) => `${r.to} ${r.kind}`)).toEqual([
      '9A004 CONTROLLED_BY',
      '9A012 CONTROLLED_BY',
      '9B604 EXCLUSION',
      '9B990 EXCLUSION',
      '9D001 CONTROLLED_BY',
      '9D002 CONTROLLED_BY',
    ]);
  });

  it('expands a product group only when the known codes are given, minus its exceptions', () => {
    const text = 'equipment controlled by 8A (Except 8A992), 8B or 8C';
    // Without them only the named exception is read.
    expect(extractReferences('8D001', text).map((r) => [r.to, r.kind])).toEqual([['8A992', 'EXCLUSION']]);
    const known = new Set(['8A001', '8A992', '8B001', '8C001', '8D001']);
    const refs = extractReferences('8D001', text, { knownCodes: known });
    expect(refs.filter((r) => r.kind === 'CONTROLLED_BY').map((r) => r.to).sort()).toEqual(['8A001', '8B001', '8C001']);
    expect(refs.find((r) => r.to === '8A992')?.kind).toBe('EXCLUSION');
  });

  it('falls back to RELATED when no cue precedes the code', () => {
    const refs = extractReferences('4A090', '(2) Also ECCNs 4A003.z. Commodities in 5A002 are different.');
    expect(refs.map((r) => [r.to, r.kind])).toEqual([
      ['4A003', 'SEE_ALSO'],
      ['5A002', 'RELATED'],
    ]);
  });

  it('leaves out references to the entry itself and its parts', () => {
    const refs = extractReferences('1C350', 'CW applies to 1C350.b and .c. See also 1C355.');
    expect(refs.map((r) => r.to)).toEqual(['1C355']);
    expect(extractReferences('1C350.b', 'see 1C350.c and 1C351')).toHaveLength(1);
  });

  it('deduplicates on (to, toPart, kind) and keeps the first phrase', () => {
    const refs = extractReferences('1C001', 'See also 1C101. See 1C101 again. Items meeting the parameters of 1C101.');
    expect(refs.map((r) => [r.to, r.kind, r.text])).toEqual([
      ['1C101', 'SEE_ALSO', 'See also 1C101.'],
      ['1C101', 'PARAMETER', 'Items meeting the parameters of 1C101.'],
    ]);
  });

  it('cuts a long clause to a window of at most about 300 characters around the code', () => {
    const filler = 'very long wording about the items concerned '.repeat(12);
    const [ref] = extractReferences('1C001', `${filler}controlled by 1C010 ${filler}`);
    expect(ref?.to).toBe('1C010');
    expect(ref?.text.length).toBeLessThanOrEqual(302);
    expect(ref?.text).toContain('controlled by 1C010');
  });

  it('does not read numbers, CAS numbers or section marks as codes', () => {
    expect(extractReferences('1C350', '(C.A.S. #7784-34-1) Arsenic trichloride; see § 742.4 and 15 CFR 774; 10A0012')).toEqual([]);
  });
});

describe('splitClauses', () => {
  it('splits sentences and semicolon clauses but not at abbreviations or item letters', () => {
    expect(splitClauses('a. Materials, e.g. foams; (1) Other. U.S. Munitions List items; see 1A001.\nNext line')).toEqual([
      'a. Materials, e.g. foams;',
      '(1) Other.',
      'U.S. Munitions List items; see 1A001.',
      'Next line',
    ]);
  });
});

describe('extractSupports', () => {
  const heading9E001 =
    '“Technology” according to the General Technology Note for the “development” of equipment or “software”, controlled by 9A004, 9A012, 9B (except for ECCNs 9B604, 9B610, 9B619, 9B990 and 9B991), or ECCN 9D001 to 9D004, 9D101, or 9D104.';

  it('links a technology entry to the hardware it serves, with the phase', () => {
    const supports = extractSupports('9E001', heading9E001);
    expect(supports.map((s) => [s.to, s.phase])).toEqual([
      ['9A004', 'development'],
      ['9A012', 'development'],
    ]);
    expect(supports[0]?.text).toContain('“development”');
  });

  it('a bracket after a whole-entry target leaves its paragraphs out, which the items naming them serve apart', () => {
    // CCL 9E515.a: "“Technology” “required” for the “development,” “production,” installation, repair (including on-orbit
    // anomaly resolution and analysis beyond established procedures), overhaul, or refurbishing of commodities controlled
    // by ECCN 9A515 (except 9A515.a.1, a.2, a.3, a.4, .b, .d, .e, or .g), ECCN 9B515, or “software” controlled by ECCN
    // 9D515.a."; 9E515.d: "“Technology” “required” for the “development,” “production,” operation, failure analysis or
    // anomaly resolution of commodities controlled by ECCN 9A515.d."
    const text = [
      '“Technology” “required” for the “development,” “production,” installation, repair (including on-orbit anomaly resolution and analysis beyond established procedures), overhaul, or refurbishing of commodities controlled by ECCN 9A515 (except 9A515.a.1, a.2, a.3, a.4, .b, .d, .e, or .g), ECCN 9B515, or “software” controlled by ECCN 9D515.a.',
      '“Technology” “required” for the “development,” “production,” operation, failure analysis or anomaly resolution of commodities controlled by ECCN 9A515.d.',
    ].join('\n');
    const supports = extractSupports('9E515', text).filter((s) => s.to === '9A515' && s.phase === 'development');
    expect(supports.map((s) => [s.toPart ?? s.to, s.exceptParts ?? []])).toEqual([
      ['9A515', ['9A515.a.1', '9A515.a.2', '9A515.a.3', '9A515.a.4', '9A515.b', '9A515.d', '9A515.e', '9A515.g']],
      ['9A515.d', []],
    ]);
    // After a list of codes: CCL 8D620.a "… commodities controlled by ECCN 8A620 or ECCN 8B620 (except for commodities
    // controlled by ECCN 8A620.b or .y or ECCN 8B620.b)."
    const kept = extractSupports('8D620', '“Software” “specially designed” for the “development,” “production,” operation, or maintenance of commodities controlled by ECCN 8A620 or ECCN 8B620 (except for commodities controlled by ECCN 8A620.b or .y or ECCN 8B620.b).');
    expect(kept.filter((s) => s.phase === 'use').map((s) => [s.to, s.exceptParts])).toEqual([
      ['8A620', ['8A620.b', '8A620.y']],
      ['8B620', ['8B620.b']],
    ]);
    // A bracket naming a condition leaves no paragraph out: CCL 9E101 "… 9A101 (except for items in 9A101.b that are
    // “subject to the ITAR,” see 22 CFR part 121) …" — those items are on the Munitions List, not in 9A101.b.
    const conditioned = extractSupports(
      '9E101',
      '“Technology” according to the General Technology Note for the “development” or “production” of commodities or “software” controlled by ECCN 9A012 (applies only to “production” “technology” for MT-controlled items in 9A012), 9A101 (except for items in 9A101.b that are “subject to the ITAR,” see 22 CFR part 121), 9A106.d or .e, 9A110 (for items that are “specially designed” for non-military unmanned aerial vehicles controlled by 9A012), 9C110, 9D101, or 9D104.',
    );
    const to9A101 = conditioned.find((s) => s.to === '9A101');
    expect(to9A101).toMatchObject({ toPart: null, phase: 'development' });
    expect(to9A101?.exceptParts).toBeUndefined();
  });

  it('a product group\'s exception leaves out whole entries and paragraphs of others', () => {
    // CCL 3E001: "“Technology” according to the General Technology Note for the “development” or “production” of
    // commodities controlled by 3A (except 3A069, 3A901, 3A904, 3A980, 3A981, 3A991, 3A992, or 3A999), 3B (except 3B001.a.4,
    // c, d, f.1, f.5, k to n, p.2, p.4, r, 3B002.c, 3B903, 3B904, 3B991, 3B992, 3B993, or 3B994) or 3C (except 3C907, 3C908,
    // 3C909, or 3C992)."
    const heading = '“Technology” according to the General Technology Note for the “development” or “production” of commodities controlled by 3A (except 3A069, 3A901, 3A904, 3A980, 3A981, 3A991, 3A992, or 3A999), 3B (except 3B001.a.4, c, d, f.1, f.5, k to n, p.2, p.4, r, 3B002.c, 3B903, 3B904, 3B991, 3B992, 3B993, or 3B994) or 3C (except 3C907, 3C908, 3C909, or 3C992).';
    const knownCodes = new Set(['3A001', '3A991', '3B001', '3B002', '3B903', '3B991', '3C001']);
    const supports = extractSupports('3E001', heading, { knownCodes }).filter((s) => s.phase === 'development');
    expect(supports.map((s) => s.to).sort()).toEqual(['3A001', '3B001', '3B002', '3C001']);
    expect(supports.find((s) => s.to === '3B001')?.exceptParts).toEqual([
      '3B001.a.4', '3B001.c', '3B001.d', '3B001.f.1', '3B001.f.5', '3B001.k', '3B001.l', '3B001.m', '3B001.n', '3B001.p.2', '3B001.p.4', '3B001.r',
    ]);
    expect(supports.find((s) => s.to === '3B002')?.exceptParts).toEqual(['3B002.c']);
    // A range of entries is left out whole: CCL 1E001 "… 1C (except 1C355, 1C608, 1C980 to 1C984, 1C988, 1C990, 1C991,
    // 1C995 to 1C999)."; "for ECCNs 9B117" (9E002) names 9B117.
    const ranged = extractSupports(
      '1E001',
      '“Technology” according to the General Technology Note for the “development” or “production” of items controlled by 1A002, 1A003, 1A004, 1A005, 1A006.b, 1A007, 1A008 1A101, 1A231, 1B (except 1B608, 1B613 or 1B999), or 1C (except 1C355, 1C608, 1C980 to 1C984, 1C988, 1C990, 1C991, 1C995 to 1C999).',
      { knownCodes: new Set(['1C001', '1C355', '1C982', '1C997']) },
    );
    expect([...new Set(ranged.filter((s) => s.to.startsWith('1C')).map((s) => s.to))]).toEqual(['1C001']);
    const named = extractSupports('9E002', '“Technology” according to the General Technology Note for the “production” of “equipment” controlled by ECCN 9A004 or 9B (except for ECCNs 9B117, 9B604, 9B610, 9B619, 9B990, and 9B991).', { knownCodes: new Set(['9A004', '9B001', '9B117']) });
    expect(named.map((s) => s.to).sort()).toEqual(['9A004', '9B001']);
  });

  it('a range of paragraphs across entries runs to the end of the first and from the start of the last', () => {
    // CCL 3D001: "“Software” “specially designed” for the “development” or “production” of commodities controlled by
    // 3A001.b to 3A002.h, 3A090, or 3B (except …)": 3A001 from .b on, and 3A002.a to .h.
    const supports = extractSupports('3D001', '“Software” “specially designed” for the “development” or “production” of commodities controlled by 3A001.b to 3A002.h, 3A090, or 3B (except 3B001.a.4, c, d, f.1, f.5, k to n, p.2, p.4, r, 3B002.c, 3B903, 3B904, 3B991, 3B992, 3B993, or 3B994).').filter((s) => s.phase === 'development');
    expect(supports.filter((s) => s.to === '3A001').map((s) => [s.toPart, s.exceptParts])).toEqual([[null, ['3A001.a']]]);
    expect(supports.filter((s) => s.to === '3A002').map((s) => s.toPart)).toEqual(['3A002.a', '3A002.b', '3A002.c', '3A002.d', '3A002.e', '3A002.f', '3A002.g', '3A002.h']);
  });

  it('a short form going on to a sub-paragraph may drop its dot', () => {
    // CCL 9E515.f: "… of commodities controlled by ECCN 9A515.a.1, a.2, a.3, a.4, or .g." 1E201: "… 1C002.b.3 and b.4 …".
    const f = extractSupports('9E515', '“Technology” “required” for the “development,” “production,” installation, repair (including on-orbit anomaly resolution and analysis beyond established procedures), overhaul, or refurbishing of commodities controlled by ECCN 9A515.a.1, a.2, a.3, a.4, or .g.');
    expect(f.filter((s) => s.phase === 'development').map((s) => s.toPart)).toEqual(['9A515.a.1', '9A515.a.2', '9A515.a.3', '9A515.a.4', '9A515.g']);
  });

  it('software written for the hardware itself, naming no phase, serves its use', () => {
    // CCL 2D351: "Dedicated “software” for toxic gas monitors and monitoring systems, and their dedicated detecting
    // “parts” and “components,” controlled by ECCN 2B351." 2D352: "“Software” designed for nucleic acid assemblers and
    // synthesizers controlled by 2B352.j …".
    expect(extractSupports('2D351', 'Dedicated “software” for toxic gas monitors and monitoring systems, and their dedicated detecting “parts” and “components,” controlled by ECCN 2B351.').map((s) => [s.toPart ?? s.to, s.phase])).toEqual([['2B351', 'use']]);
    expect(extractSupports('2D352', '“Software” designed for nucleic acid assemblers and synthesizers controlled by 2B352.j that is capable of designing and building functional genetic elements').map((s) => [s.toPart ?? s.to, s.phase])).toEqual([['2B352.j', 'use']]);
    // 7D103: "“Software” “specially designed” for modelling or simulation of the “guidance sets” controlled by 7A117 …": no phase read.
    expect(extractSupports('7D103', '“Software” “specially designed” for modelling or simulation of the “guidance sets” controlled by 7A117')).toEqual([]);
  });

  it('does not make supports of D or E targets nor of exceptions', () => {
    const known = new Set(['9B001', '9B990', '9D001']);
    const supports = extractSupports('9E001', heading9E001, { knownCodes: known });
    expect(supports.map((s) => s.to).sort()).toEqual(['9A004', '9A012', '9B001']);
  });

  it('gives one record per target and phase for "development, production, or use"', () => {
    const supports = extractSupports('1D001', '“Software” “specially designed” or modified for the “development”, “production” or “use” of equipment controlled by 1B001 to 1B003.');
    expect(supports).toHaveLength(9);
    expect(supports.filter((s) => s.to === '1B002').map((s) => s.phase).sort()).toEqual(['development', 'production', 'use']);
    const unquoted = extractSupports('2E001', 'Technology for the development, production, or use of equipment controlled by 2B001.');
    expect(unquoted.map((s) => s.phase).sort()).toEqual(['development', 'production', 'use']);
  });

  it('reads "use" only as a phase, not in "for use with" or "production equipment"', () => {
    expect(extractSupports('2D001', '“Software” for use with equipment controlled by 2B001.')).toEqual([]);
    expect(extractSupports('2D001', '“Software” for production equipment controlled by 2B001.')).toEqual([]);
    const use = extractSupports('2D001', '“Software” specially designed or modified for the “use” of equipment controlled by 2B001.');
    expect(use.map((s) => [s.to, s.phase])).toEqual([['2B001', 'use']]);
  });

  it('skips a sentence that names targets but no phase', () => {
    // CCL 3D202: "“Software” “specially designed” to enhance or release the performance characteristics of frequency
    // changers or generators to meet or exceed the level of the performance characteristics of 3A225."
    expect(extractSupports('3D202', '“Software” “specially designed” to enhance or release the performance characteristics of frequency changers or generators to meet or exceed the level of the performance characteristics of 3A225.')).toEqual([]);
  });

  it('gives each target the phases named before it', () => {
    const supports = extractSupports('9E003', 'for the “development” of items in 9A001, and for the “use” of items in 9A002');
    expect(supports.map((s) => `${s.to} ${s.phase}`)).toEqual(['9A001 development', '9A002 development', '9A002 use']);
  });

  it('skips sentences that put the items under the ITAR, but not ITAR exceptions in parentheses', () => {
    expect(extractSupports('9E001', '(2) “Technology” required for the “development” of equipment described in ECCNs 9A005 to 9A011 is “subject to the ITAR.”')).toEqual([]);
    const supports = extractSupports('9D104', '“Software” for the “use” of equipment controlled by ECCN 9A101 (except for items in 9A101.b that are “subject to the ITAR”, see 22 CFR part 121), or 9A106.d.');
    expect(supports.map((s) => [s.to, s.toPart, s.phase])).toEqual([
      ['9A101', null, 'use'],
      ['9A106', '9A106.d', 'use'],
    ]);
  });

  it('gives nothing for hardware entries', () => {
    expect(extractSupports('9A012', 'for the “development” of items controlled by 9A001')).toEqual([]);
  });
});
