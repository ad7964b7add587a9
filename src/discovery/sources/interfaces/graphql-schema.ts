/**
 * GraphQL schema files: a file that defines (or extends) a root operation type — `Query`,
 * `Mutation`, `Subscription` — or a `schema { ... }` block is a GraphQL API the component whose
 * root holds the file serves.
 *
 * Files holding only executable definitions (`query GetCart { ... }`, fragments) are a client's
 * operations. They say that the component calls some GraphQL API but not which one (the endpoint
 * is in code or config), so a connection with no target would only add noise: they give no facts,
 * and the code sources that see the client's endpoint report the call instead.
 */
import type { DefinitionNode, Location } from 'graphql';
import { redact } from '../../../core/discovery/redact.js';
import type { Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { baseNameOf } from './yaml-tree.js';
import { once } from '../code/syntax-helpers.js';

/**
 * graphql-js, loaded at the first schema a scan meets: most scans meet none, and loaded up front it
 * would be compiled again by every worker thread at start.
 */
const graphqlLibrary = once(() => import('graphql'));

/** The conventional root operation type names. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** File and folder names that say nothing about which API a schema is (`src/schema.graphql`). */
const GENERIC_NAMES = new Set(['schema', 'schemas', 'index', 'main', 'types', 'api', 'graphql', 'gql', 'src', 'resources', 'app', 'lib', 'root']);

/** The GraphQL schema source. */
export const graphqlSchemaSource: Source = {
  name: 'graphql-schema',
  extensions: ['.graphql', '.graphqls', '.gql'],
  accepts: (path) => /\.(?:graphqls?|gql)$/i.test(path),
  async read(file, context): Promise<Fact[]> {
    const { Kind, parse } = await graphqlLibrary();
    let definitions: readonly DefinitionNode[];
    try {
      definitions = parse(file.text).definitions;
    } catch {
      return [];
    }
    let schemaLine: number | undefined;
    let rootLine: number | undefined;
    let description: string | undefined;
    for (const definition of definitions) {
      if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) {
        schemaLine ??= keywordLine(definition.loc, 'schema') ?? 1;
        if (definition.kind === Kind.SCHEMA_DEFINITION && definition.description) description ??= definition.description.value.trim().split(/\r?\n/)[0];
      } else if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && ROOT_TYPES.has(definition.name.value)) {
        rootLine ??= definition.name.loc?.startToken.line ?? 1;
      }
    }
    // The schema block is the better citation than a root type, whichever comes first.
    const line = schemaLine ?? rootLine;
    if (line === undefined) return [];
    const fact: ProvidesFact = {
      type: 'provides',
      api: redact(description || apiNameOf(file.path)),
      protocol: 'graphql',
      evidence: context.evidenceAt(line),
    };
    return [fact];
  },
};

/** The line of a definition's keyword (skipping a leading description string). */
function keywordLine(location: Location | undefined, keyword: string): number | undefined {
  for (let token = location?.startToken; token && token !== location?.endToken; token = token.next ?? undefined) {
    if (token.value === keyword) return token.line;
  }
  return location?.startToken.line;
}

/**
 * A name for the API when the schema has no description: the file's base name, or, when that is
 * generic (`schema.graphql`), the nearest folder whose name is not (`services/cart/src/schema.graphql` → cart).
 */
function apiNameOf(path: string): string {
  const base = baseNameOf(path);
  if (!GENERIC_NAMES.has(base.toLowerCase())) return base;
  const folders = path.split('/').slice(0, -1).reverse();
  return folders.find((folder) => folder !== '' && !GENERIC_NAMES.has(folder.toLowerCase())) ?? base;
}
