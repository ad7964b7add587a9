/**
 * Steeltoe connectors (NuGet `Steeltoe.Connector.*`, `Steeltoe.CloudFoundry.Connector.*`): a
 * .NET service registers a store with one call handed its whole configuration
 * (`services.AddMySqlConnection(Configuration)`, `options.UseMySql(Configuration)`,
 * `services.AddDistributedRedisCache(Configuration)`), and the connector reads the address from a
 * fixed section itself (`mysql:client:server`, `redis:client:host`), or from a Cloud Foundry
 * service binding. The code names no address, so each registration is a connection to the
 * setting of its section, looked up in the service's environment (appsettings, the config
 * server's file served to it, compose `mysql__client__server`). A section left in the settings
 * with no registration is never read: bindings alone make no edge.
 *
 * The RabbitMQ connector (`AddRabbitMQConnection`) only says where the broker is: the direction
 * and the queue are the RabbitMQ.Client calls made on the factory it registers, which the
 * RabbitMQ.Client signatures read. The Hystrix metrics stream (`AddHystrixMetricsStream`), which
 * reaches RabbitMQ on Cloud Foundry, is telemetry and not read.
 */
import type { CallSite, Signature, SiteTools } from './code-model.js';
import { uses } from './signature-builders.js';

/** Steeltoe 2 (`Steeltoe.CloudFoundry.Connector`) and 3 (`Steeltoe.Connector`) namespaces. */
const STEELTOE = ['Steeltoe.Connector', 'Steeltoe.CloudFoundry.Connector'];

/** The section each connector binds, as IConfiguration names it (resolution unifies separators and case). */
export const STEELTOE_KEYS = {
  mysql: 'mysql:client:server',
  postgres: 'postgres:client:host',
  sqlServer: 'sqlserver:credentials:server',
  redis: 'redis:client:host',
  mongo: 'mongodb:client:server',
} as const;

/**
 * Whether the call is handed the application's configuration (`UseMySql(Configuration)`,
 * `UseNpgsql(_config)`, `UseSqlServer(builder.Configuration)`): Steeltoe's overload, not EF Core's
 * own one taking a connection string.
 */
export function handedConfiguration(site: CallSite, tools: SiteTools): boolean {
  const first = site.args[0];
  if (!first) return false;
  return /^(?:[A-Za-z_][\w]*\.)*_?(?:[Cc]onfiguration|[Cc]onfig|[Cc]onf)$/.test(tools.text(first).replace(/\s+/g, ''));
}

const configured = (site: CallSite, tools: SiteTools): false | undefined => (handedConfiguration(site, tools) ? undefined : false);

const DATABASE = { imports: STEELTOE, targetKind: 'database' } as const;

/** Steeltoe's lines of the C# signature table; before the generic EF Core ones, which take the first match. */
export const STEELTOE_SIGNATURES: readonly Signature[] = [
  uses('database', 'MySQL', ['*.AddMySqlConnection'], { ...DATABASE, key: STEELTOE_KEYS.mysql }),
  uses('database', 'MySQL', ['*.UseMySql', '*.UseMySQL'], { ...DATABASE, key: STEELTOE_KEYS.mysql, refine: configured }),
  uses('database', 'PostgreSQL', ['*.AddPostgresConnection'], { ...DATABASE, key: STEELTOE_KEYS.postgres }),
  uses('database', 'PostgreSQL', ['*.UseNpgsql'], { ...DATABASE, key: STEELTOE_KEYS.postgres, refine: configured }),
  uses('database', 'SQL Server', ['*.AddSqlServerConnection'], { ...DATABASE, key: STEELTOE_KEYS.sqlServer }),
  uses('database', 'SQL Server', ['*.UseSqlServer'], { ...DATABASE, key: STEELTOE_KEYS.sqlServer, refine: configured }),
  uses('database', 'Redis', ['*.AddDistributedRedisCache', '*.AddRedisConnectionMultiplexer'], { ...DATABASE, key: STEELTOE_KEYS.redis }),
  uses('database', 'MongoDB', ['*.AddMongoClient'], { ...DATABASE, key: STEELTOE_KEYS.mongo }),
];
