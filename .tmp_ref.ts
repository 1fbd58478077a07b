import { extractReferences, extractSupports, splitClauses } from './seed/parse/references.js';
const t = [
 'See also 1C101.',
 'MT applies to items that meet or exceed the parameters of ECCN 1C101',
 'controlled by 9A001 to 9A012',
 'specified by ECCNs 1A002, 1C001, 1C007.c',
 'see 0A001.e',
 '1B115 does not control batch mixers. For the control of batch mixers, continuous mixers and fluid energy mills see 1B117, 1B118, and 1B119.',
 'This entry does not control items for X; see 3A001.',
 '0A501 Firearms (except 0A502 shotguns, 0A506 semi-automatic rifles) and LVS: $500 for 0A501.c, .d, and .x.',
 'CW applies to 1C350.b and .c. The Commerce',
];
for (const x of t) console.log(x, '\n  ', JSON.stringify(extractReferences('1C999', x).map(r=>[r.to,r.toPart,r.kind])));
const known = new Set(['9B001','9B002','9B604','9B990','9A004','9A012','9D001']);
const h = '“Technology” according to the General Technology Note for the “development” of equipment or “software”, controlled by 9A004, 9A012, 9B (except for ECCNs 9B604, 9B610, 9B619, 9B990 and 9B991), or ECCN 9D001 to 9D004, 9D101, or 9D104.';
console.log(extractSupports('9E001', h, {knownCodes: known}));
console.log(extractReferences('9E001', h, {knownCodes: known}).map(r=>[r.to,r.kind].join(' ')).join(', '));
console.log(extractSupports('8D001','“Software” “Specially Designed” or Modified for the “Development,” “Production” or “use” of Equipment or Materials, Controlled by 8A (Except 8A992), 8B or 8C', {knownCodes:new Set(['8A001','8A992','8B001','8C001'])}).map(s=>s.to+' '+s.phase).join(', '));
console.log(splitClauses('(1) See also 9E101 and 1E002.f (for controls). (2) “Technology” required for the “development” of equipment described in ECCNs 9A005 to 9A011 is “subject to the ITAR.” e.g. foo. U.S. Munitions'));
