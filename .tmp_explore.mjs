import { XMLParser } from 'fast-xml-parser';
import fs from 'fs';
const xml = fs.readFileSync('seed/data/us-ccl/ccl_supp1.xml','utf8');
const p = new XMLParser({preserveOrder:true, ignoreAttributes:false, trimValues:false, processEntities:true, htmlEntities:true});
const doc = p.parse(xml);
const root = doc.find(n => n.DIV9).DIV9;
const tagOf = n => Object.keys(n).find(k => k !== ':@');
const tags = {};
for (const n of root) { const t = tagOf(n); tags[t]=(tags[t]||0)+1; }
console.log(tags);
function text(nodes){ let s=''; for (const n of nodes){ const t=tagOf(n); if(t==='#text') s+=n['#text']; else s+=text(n[t]); } return s; }
// P children of NOTE tags
const noteTags={};
for (const n of root) { if (tagOf(n)==='NOTE') for (const c of n.NOTE){ const t=tagOf(c); noteTags[t]=(noteTags[t]||0)+1; } }
console.log(noteTags);
// first tokens of P outside notes
const labels={};
for (const n of root) { const t=tagOf(n); if (t==='P'){ const s=text(n.P).trim(); const m=s.match(/^(\S+)/); const lab=(m?m[1]:'').replace(/[a-z]/g,'x').replace(/[0-9]+/g,'9'); labels[lab]=(labels[lab]||0)+1; } }
console.log(Object.entries(labels).sort((a,b)=>b[1]-a[1]).slice(0,60));
