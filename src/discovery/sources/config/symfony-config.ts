/**
 * Symfony bundle configuration (`config/packages/doctrine.yaml`, `doctrine_mongodb.yaml`, also
 * per environment under `config/packages/<env>/`): the database a Symfony application opens is
 * named there, mostly as `url: '%env(resolve:DATABASE_URL)%'`, whose value the `.env` file beside
 * it or the deployment gives. Each database URL (or `host`/`port`) of a DBAL or MongoDB connection
 * is a *uses* of that database; the environment read becomes the target's key, so resolution
 * follows it like any env read. Messenger transports are not read: their DSN may name the
 * application's own database (`doctrine://default`) as well as a broker, and whether a service
 * produces or consumes depends on the command it runs.
 */
import type { ConnectionFact, Fact, SourceFile, TargetRef } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { readTarget, technologyOf } from '../code/targets.js';
import { neverThrows } from './emit.js';
import { flattenLeaves, parseYamlDocuments, type YamlLeaf } from './yaml-nodes.js';

/** `config/packages/doctrine.yaml`, `config/packages/prod/doctrine.yaml`, `doctrine_mongodb.yml`. */
const BUNDLE_FILE = /(?:^|\/)config\/packages\/(?:[\w-]+\/)?(doctrine|doctrine_mongodb)\.ya?ml$/;

/** A DBAL or MongoDB connection's address keys, by the connection they belong to. */
const ADDRESS_KEY = /^(doctrine\.dbal(?:\.connections\.[\w-]+)?|doctrine_mongodb\.connections\.[\w-]+)\.(url|server|host)$/;

/** `%env(DATABASE_URL)%`, `%env(resolve:DATABASE_URL)%`, `%env(string:key:X:json:Y)%`: the variable read. */
const ENV_PARAMETER = /^%env\((?:[\w-]+:)*([A-Za-z_][A-Za-z0-9_]*)\)%$/;

/** DBAL driver names to the technology they speak. */
const DRIVERS: Record<string, string> = { pdo_mysql: 'MySQL', mysqli: 'MySQL', pdo_pgsql: 'PostgreSQL', pgsql: 'PostgreSQL', pdo_sqlsrv: 'SQL Server', sqlsrv: 'SQL Server', oci8: 'Oracle', pdo_oci: 'Oracle', ibm_db2: 'Db2' };

/** The Symfony bundle configuration source. */
export const symfonyConfigSource: Source = {
  name: 'symfony-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => BUNDLE_FILE.test(path),
  read: neverThrows(readBundleConfig),
};

/** The target a setting's value names: an env parameter's variable, or an address written out. */
function targetOf(value: string, host: boolean): { target: TargetRef; technology?: string } | undefined {
  const variable = ENV_PARAMETER.exec(value.trim())?.[1];
  if (variable) return { target: { key: variable } };
  const read = readTarget({ kind: 'literal', text: value }, { bareHost: host });
  return read.known === 'literal' ? { target: read.target, ...(read.technology ? { technology: read.technology } : {}) } : undefined;
}

/** Reads one bundle configuration file. */
function readBundleConfig(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const document of parseYamlDocuments(file.text)) {
    if (!document.isMap(document.root)) continue;
    const leaves = flattenLeaves(document, document.root, '.');
    const byConnection = new Map<string, YamlLeaf[]>();
    for (const leaf of leaves) {
      const match = ADDRESS_KEY.exec(leaf.key);
      if (match?.[1]) byConnection.set(match[1], [...(byConnection.get(match[1]) ?? []), leaf]);
    }
    for (const [connection, found] of byConnection) {
      // A URL says everything; `host` is read only without one.
      const leaf = found.find((candidate) => !candidate.key.endsWith('.host')) ?? found[0];
      if (!leaf) continue;
      const target = targetOf(leaf.value, leaf.key.endsWith('.host'));
      if (!target) continue;
      const setting = (name: string): string | undefined => leaves.find((candidate) => candidate.key === `${connection}.${name}`)?.value;
      const port = setting('port');
      if (leaf.key.endsWith('.host') && target.target.host && port && /^\d{1,5}$/.test(port)) target.target.port = Number(port);
      const driver = setting('driver');
      const technology = connection.startsWith('doctrine_mongodb') ? 'MongoDB' : (driver ? (DRIVERS[driver] ?? technologyOf(driver)) : undefined) ?? target.technology;
      if (technology === 'SQLite' || driver === 'pdo_sqlite') continue;
      const fact: ConnectionFact = {
        type: 'connection',
        target: target.target,
        role: 'uses',
        mechanism: 'database',
        ...(technology ? { technology } : {}),
        targetKind: 'database',
        evidence: context.evidenceAt(leaf.line),
        confidence: CONFIDENCE.literal,
      };
      facts.push(fact);
    }
  }
  return facts;
}
