// The eCFR XML read into an element tree with saxes, a strict streaming parser: any well-formedness error
// (unclosed or mismatched tags, stray "<" or "&", unknown entities) becomes a SourceFormatError with its line.
import { SaxesParser } from 'saxes';
import { SourceFormatError } from '../../sourceError.js';

export interface XmlElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlChild[];
}
/** Text children are plain strings, entities already decoded. */
export type XmlChild = XmlElement | string;

/** The document's root element. Comments, processing instructions and the doctype are left out. */
export function readXml(xml: string, file: string): XmlElement {
  const parser = new SaxesParser();
  const document: XmlElement = { tag: '#document', attributes: {}, children: [] };
  const open: XmlElement[] = [document];
  let atEnd = false;

  parser.on('error', (error) => {
    // saxes prefixes its messages with "line:column: "; the place is given as the line, like every source error.
    const message = error.message.replace(/^\d+:\d+:\s*/, '');
    throw new SourceFormatError(file, atEnd ? 'end of file' : `line ${parser.line}`, `not well-formed XML: ${message}`);
  });
  const addText = (text: string) => {
    // Text outside the root element is only whitespace here: saxes reports any other as an error.
    if (open.length > 1) (open[open.length - 1] as XmlElement).children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('opentag', (node) => {
    const element: XmlElement = { tag: node.name, attributes: node.attributes, children: [] };
    (open[open.length - 1] as XmlElement).children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });

  parser.write(xml);
  atEnd = true;
  parser.close();
  const root = document.children[0];
  if (root === undefined || typeof root === 'string') throw new SourceFormatError(file, 'document', 'not XML: no root element');
  return root;
}
