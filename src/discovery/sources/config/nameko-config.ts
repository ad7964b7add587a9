/**
 * Nameko's service configuration: the YAML file `nameko run --config config.yml` is given. Its
 * values interpolate the environment as `${RABBIT_HOST:localhost}` (Nameko's own syntax, the same
 * as Spring's), so each is bound with its defaults and the expression beside it for resolution to
 * fill from what the deployment sets.
 * - `AMQP_URI` is the broker every RPC proxy, event dispatcher and entrypoint of the service uses
 *   (python-signatures.ts reads those and looks the broker up under NAMEKO_AMQP_KEY).
 * - `DB_URIS` (nameko-sqlalchemy, `"orders:Base": postgresql://…`) and `REDIS_URIS` (nameko-redis,
 *   `stock: redis://…`) are the service's datastores: connections of their own, since no code
 *   names their address.
 * The file may have any name; it is recognised by Nameko's own top-level `AMQP_URI` key.
 */
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { folderOf } from './paths.js';
import { withSpringDefaults } from './placeholders.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** The setting the broker of a Nameko service is bound under. */
export const NAMEKO_AMQP_KEY = 'nameko:AMQP_URI';

/** The datastore sections, with the technology their URLs are for when the scheme does not say. */
const STORE_SECTIONS: Readonly<Record<string, string | undefined>> = { DB_URIS: undefined, REDIS_URIS: 'Redis' };

/** The Nameko config source. */
export const namekoConfigSource: Source = {
  name: 'nameko-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(path) && !/(^|\/)(tests?|charts?|templates|\.github)\//i.test(path),
  sniff: (head) => /^AMQP_URI\s*:/m.test(head),
  read: neverThrows(readNamekoConfig),
};

function readNamekoConfig(file: SourceFile, context: SourceContext): Fact[] {
  if (!/^AMQP_URI\s*:/m.test(file.text)) return [];
  const [yaml] = parseYamlDocuments(file.text);
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const scope = folderOf(file.path);
  const facts: Fact[] = [];
  for (const leaf of flattenLeaves(yaml, yaml.root, '.')) {
    const section = Object.keys(STORE_SECTIONS).find((name) => leaf.key.startsWith(`${name}.`));
    if (leaf.key !== 'AMQP_URI' && section === undefined) continue;
    const key = `nameko:${leaf.key}`;
    const value = withSpringDefaults(leaf.value);
    if (value.trim() === '') continue;
    const binding = bindingFact({ scope }, key, value, leaf.line, context.evidenceAt);
    // The expression goes without the URL's credentials (`${RABBIT_PASSWORD:guest}`), which
    // would carry the secret the bound value masks; whom the URL names is in the rest.
    const expression = leaf.value.replace(/^([a-z][\w+.-]*:\/\/)[^/]*@/i, '$1');
    facts.push(expression.includes('${') ? { ...binding, expression } : binding);
    if (section === undefined) continue;
    const technology = STORE_SECTIONS[section];
    const connection: ConnectionFact = {
      type: 'connection',
      target: { key },
      role: 'uses',
      mechanism: 'database',
      ...(technology ? { technology } : {}),
      targetKind: 'database',
      evidence: context.evidenceAt(leaf.line),
      confidence: CONFIDENCE.resolved,
    };
    facts.push(connection);
  }
  return facts;
}
