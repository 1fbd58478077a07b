// Markdown building blocks for the report exports: headings, paragraphs, lists and pipe tables (GitHub /
// pandoc flavour) whose cells are escaped so that the source's own text can never break the table.

/**
 * A table cell. Line breaks become a space: the lists' line breaks are layout, not meaning, and a raw `<br>`
 * does not survive the trip into a word processor that a working-group paper takes. A pipe would end the
 * cell, so it is escaped.
 */
export function escapeCell(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').replaceAll('|', '\\|').trim();
}

/** The text on one line, whitespace collapsed, cut at a word boundary to about `max` characters with "…". */
export function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary, unless that would throw away most of the excerpt (one very long token).
  const kept = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,;:]+$/, '')}…`;
}

export function heading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${text.replace(/\s+/g, ' ').trim()}`;
}

export function bulletList(items: string[]): string {
  return items.map((item) => `- ${item.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')}`).join('\n');
}

export type Alignment = 'left' | 'right';

/**
 * A pipe table. Every cell is escaped here, so callers pass the source's words as they are; a row whose
 * length differs from the header's is a programming error and throws.
 */
export function table(header: string[], rows: string[][], align: Alignment[] = []): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new Error(`table row ${index + 1} has ${row.length} cells; the header has ${header.length}`);
  });
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Blocks (headings, paragraphs, tables) joined into one document, a blank line between them. */
export function document(blocks: string[]): string {
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
