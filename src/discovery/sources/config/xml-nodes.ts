/**
 * XML as a small tree of elements with their lines, parsed with `saxes` (a conforming, streaming
 * parser that tracks positions). Comments, processing instructions and the DTD are dropped by the
 * parser, so a commented-out element is simply not there. Names are kept as written and also
 * without their namespace prefix (`cm:property` is `property`): readers match local names, as the
 * same vocabulary is written with and without a prefix. A document that stops parsing gives the
 * elements read before the error.
 */
import { SaxesParser } from 'saxes';

/** One element: its local name, attributes (by local name too), child elements, text and line. */
export interface XmlElement {
  /** The name without its prefix (`camelContext`, `property` for `cm:property`). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, children's left out. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The document's root element, or undefined when there is none. */
export function parseXml(text: string): XmlElement | undefined {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let startLine = 1;
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  // The line of the `<` opening the tag: the parser is past the name, maybe on a later line
  // (`<to\n    uri="…"/>`). Offsets only grow, so the newlines are counted once over the text.
  let counted = 0;
  let countedLine = 1;
  parser.on('opentagstart', () => {
    const open = text.lastIndexOf('<', parser.position - 1);
    for (; counted < open; counted += 1) if (text.charCodeAt(counted) === 10) countedLine += 1;
    startLine = open < 0 ? parser.line : countedLine;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: '', line: startLine };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (value: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text);
    if (!failed) parser.close();
  } catch {
    // The elements read so far stand.
  }
  return root;
}

/** Every element below (and including) `element`, depth first in document order. */
export function* descendants(element: XmlElement, depth = 0): Generator<XmlElement> {
  yield element;
  if (depth > 200) return;
  for (const child of element.children) yield* descendants(child, depth + 1);
}

/** The first child element of a local name. */
export function childOf(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}
