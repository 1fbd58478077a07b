// The blocks cut into ECCNs: each bold code heading opens one, a structural heading (category, product group,
// EAR99, editorial note) closes it.
import { SourceFormatError } from '../../sourceError.js';
import { normalise, type Block } from './blocks.js';


const ECCN_HEADING = /^(\d[A-E]\d{3})(?=\s|$|[“"‘'(])\s*(.*)$/s;
// An <HD1> that opens a new category, product group or sub-part closes the ECCN before it. Other HD1s
// ("List of Items Controlled" inside 3A090) are headings inside an entry.
const STRUCTURAL_HEADING = /^(?:Category \d|[A-E]\.\s|Annex to Category|Part \d|[IVX]+\.\s)/;
// "EAR99 Items subject to the EAR that are not elsewhere specified …" ends each category.
const EAR99_HEADING = /^EAR99\b/;

/** One ECCN's heading and the blocks up to the next ECCN or structural heading. */
export interface EccnSection {
  code: string;
  heading: string;
  blocks: Block[];
}

export function splitIntoEccns(blocks: Block[], file: string): EccnSection[] {
  const sections: EccnSection[] = [];
  let current: EccnSection | null = null;
  for (const block of blocks) {
    const headingCandidate = block.bold && !block.inNote && (block.tag === 'FP-2' || block.tag === 'FP-1');
    const heading = headingCandidate ? ECCN_HEADING.exec(block.text) : null;
    if (heading) {
      current = { code: heading[1] as string, heading: normalise(heading[2] as string), blocks: [] };
      sections.push(current);
    } else if (headingCandidate && block.tag === 'FP-2' && EAR99_HEADING.test(block.text)) {
      current = null;
    } else if (headingCandidate && block.tag === 'FP-2') {
      const after = current ? `after ${current.code}` : `heading ${sections.length + 1}`;
      throw new SourceFormatError(file, after, `ECCN heading without a code: "${block.text.slice(0, 80)}"`);
    } else if ((block.tag === 'HD1' && STRUCTURAL_HEADING.test(block.text)) || block.tag === 'EDNOTE') {
      current = null;
    } else if (current) {
      current.blocks.push(block);
    }
  }
  return sections;
}
