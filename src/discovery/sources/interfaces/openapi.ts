/**
 * OpenAPI 3 and Swagger 2 documents: the REST API a component offers. The component is not named
 * here (an API document has a title, not an owner): resolution gives the interface to the
 * component whose root holds the file.
 *
 * Read with the `yaml` package, not `@readme/openapi-parser`: that library validates and
 * dereferences, which needs file (and network) access for external `$ref`s, and sources do no
 * I/O. Validation would also drop half-written documents that still name their API correctly.
 * Only `openapi`/`swagger`, `info.title`, `servers` and `host` are read, which needs no `$ref`.
 */
import { redact } from '../../../core/discovery/redact.js';
import type { Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { serverAddress, variableDefaults } from './server-urls.js';
import { baseNameOf, entryOf, isYamlOrJson, itemsOf, readYaml, textOf, valueOf } from './yaml-tree.js';

/** How much of a file is searched for the top-level key before parsing, so other YAML/JSON stays cheap. */
const SNIFF_LENGTH = 2048;

/**
 * Top-level keys whose blocks this source never reads: most of an API description's bytes (every
 * operation and schema), which the yaml package would turn into a full node tree for nothing.
 */
const UNREAD_SECTION = /^(?:paths|components|definitions|parameters|responses|webhooks|tags|x-[\w.-]+)\s*:/;

/**
 * A block-style document with the blocks of UNREAD_SECTION keys blanked, lines kept (evidence
 * cites lines). Written by hand because no YAML library parses only some keys: a top-level key
 * starts at column 0, and its block runs to the next line starting at column 0 with anything but
 * a comment or a `-` (a sequence may sit at its key's column). Undefined when there is nothing to
 * blank or a blanked line holds an anchor; a flow-style (JSON) document has no column-0 keys and
 * is parsed whole.
 */
function withoutUnreadSections(text: string): string | undefined {
  const lines = text.split('\n');
  let skipping = false;
  let blanked = false;
  for (const [index, line] of lines.entries()) {
    const first = line.charAt(0);
    if (first !== '' && first !== ' ' && first !== '\t' && first !== '#' && first !== '-' && first !== '\r') skipping = UNREAD_SECTION.test(line);
    else if (line.startsWith('---') || line.startsWith('...')) skipping = false;
    if (skipping && line !== '') {
      // An anchor there may be aliased from a key that is read: then the document is parsed whole.
      if (/(?:^|[\s:\[{,-])&[^\s,\]}]/.test(line)) return undefined;
      lines[index] = '';
      blanked = true;
    }
  }
  return blanked ? lines.join('\n') : undefined;
}

/** The version a document declares: `openapi: 3.x` or `swagger: "2.0"`. */
const VERSION = /^\s*(?:3(?:\.\d+)*|2(?:\.0)?)\s*$/;

/** The OpenAPI / Swagger source. */
export const openApiSource: Source = {
  name: 'openapi',
  extensions: ['.yaml', '.yml', '.json'],
  accepts: isYamlOrJson,
  sniff: (head) => /["']?\b(?:openapi|swagger)\b["']?\s*:/.test(head.slice(0, SNIFF_LENGTH)),
  read(file, context): Fact[] {
    if (!/["']?\b(?:openapi|swagger)\b["']?\s*:/.test(file.text.slice(0, SNIFF_LENGTH))) return [];
    const cut = withoutUnreadSections(file.text);
    const yaml = (cut === undefined ? undefined : readYaml(cut)) ?? readYaml(file.text);
    // A document stream is not an API document; OpenAPI files hold exactly one.
    const document = yaml?.documents.length === 1 ? yaml.documents[0] : undefined;
    if (!yaml || !document) return [];
    const root = document.contents;
    const versionEntry = entryOf(root, 'openapi') ?? entryOf(root, 'swagger');
    const version = textOf(versionEntry?.value);
    // The version check keeps out config files that merely have a key called `openapi`.
    if (!versionEntry || version === undefined || !VERSION.test(version)) return [];

    const title = textOf(valueOf(valueOf(root, 'info'), 'title'))?.trim();
    const hosts = new Set<string>();
    for (const server of itemsOf(valueOf(root, 'servers'))) {
      const url = textOf(valueOf(server, 'url'));
      const address = url === undefined ? undefined : serverAddress(url, variableDefaults(valueOf(server, 'variables')));
      if (address) hosts.add(redact(address.host));
    }
    const swaggerHost = textOf(valueOf(root, 'host'));
    const swaggerAddress = swaggerHost === undefined ? undefined : serverAddress(swaggerHost);
    if (swaggerAddress) hosts.add(redact(swaggerAddress.host));

    const fact: ProvidesFact = {
      type: 'provides',
      api: redact(title || baseNameOf(file.path)),
      protocol: 'rest',
      ...(hosts.size > 0 ? { names: [...hosts] } : {}),
      evidence: context.evidenceAt(yaml.lineOf(versionEntry.keyNode)),
    };
    return [fact];
  },
};
