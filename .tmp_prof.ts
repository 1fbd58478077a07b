import fs from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseCcl } from './seed/sources/ccl.js';
const xml = fs.readFileSync('seed/data/us-ccl/ccl_supp1.xml', 'utf8');
for (let k = 0; k < 3; k++) {
let t = Date.now(); XMLValidator.validate(xml); const v = Date.now() - t;
t = Date.now(); new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: true }).parse(xml); const p = Date.now() - t;
t = Date.now(); new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: false }).parse(xml); const p2 = Date.now() - t;
t = Date.now(); parseCcl(xml, { file: 'x', sha256: '0'.repeat(64) }); const all = Date.now() - t;
console.log({ v, p, p2, all });
}
