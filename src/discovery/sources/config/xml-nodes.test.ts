import { describe, expect, it } from 'vitest';
import { descendants, parseXml } from './xml-nodes.js';

/** Each element as `name@line` with its attributes and text. */
function outline(text: string): string[] {
  const root = parseXml(text);
  return root ? [...descendants(root)].map((element) => `${element.name}@${element.line}${Object.keys(element.attributes).length > 0 ? ` ${JSON.stringify(element.attributes)}` : ''}${element.text.trim() ? ` "${element.text.trim()}"` : ''}`) : [];
}

describe('XML elements with their lines', () => {
  it.each([
    ['nested elements, the line of a start tag spread over lines', '<a>\n  <b\n    x="1"/>\n  <c>text</c>\n</a>', ['a@1', 'b@2 {"x":"1"}', 'c@4 "text"']],
    ['prefixes left out of names and attributes', '<cm:p xmlns:cm="urn:x"><cm:q cm:name="k" value="v"/></cm:p>', ['p@1 {"cm":"urn:x"}', 'q@1 {"name":"k","value":"v"}']],
    ['comments are not elements, CDATA is text', '<a><!-- <b/> --><c><![CDATA[x&y]]></c></a>', ['a@1', 'c@1 "x&y"']],
    ['entities are decoded', '<a u="k?x=1&amp;y=2"/>', ['a@1 {"u":"k?x=1&y=2"}']],
    ['a document that stops parsing keeps what came before', '<a><b/><c>', ['a@1', 'b@1', 'c@1']],
    ['no document', 'not xml', []],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });
});
