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

/** The version a document declares: `openapi: 3.x` or `swagger: "2.0"`. */
const VERSION = /^\s*(?:3(?:\.\d+)*|2(?:\.0)?)\s*$/;

/** The OpenAPI / Swagger source. */
export const openApiSource: Source = {
  name: 'openapi',
  accepts: isYamlOrJson,
  sniff: (head) => /["']?\b(?:openapi|swagger)\b["']?\s*:/.test(head.slice(0, SNIFF_LENGTH)),
  read(file, context): Fact[] {
    if (!/["']?\b(?:openapi|swagger)\b["']?\s*:/.test(file.text.slice(0, SNIFF_LENGTH))) return [];
    const yaml = readYaml(file.text);
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
