/**
 * Spring Cloud Config Server repositories. A config server serves `<name>.yml` (and
 * `<name>-<profile>.yml`, `.properties` alike) to the service whose `spring.application.name` is
 * `<name>`, and `application*.yml` to every service that imports configuration from it: the keys
 * of such a file, and the connections they make, are that service's, not the config server's.
 * A source sees one file, so it only names the file's group (`spring-config:<file name>`); the
 * service's own configuration names the groups it takes in, and resolution
 * (binding-groups.ts, springConfigAssignments) joins the two.
 *
 * Which folders are repositories is read from the path alone: a folder named like one (`shared`,
 * as a native `search-locations: classpath:/shared`; `config-repo`, `config-repository`,
 * `cloud-config`), or anything under `src/main/resources` of a module named like a config server
 * (`config`, `config-server`, `tally-config`) other than its own `application*`/`bootstrap*`, which are the
 * native profile's default locations (`classpath:/`, `classpath:/config`).
 *
 * Nacos (Spring Cloud Alibaba) serves the same way: data id `<name>.<ext>` and
 * `<name>-<profile>.<ext>` to the service whose `spring.application.name` (or
 * `spring.cloud.nacos.config.prefix`) is `<name>`, shared and extension data ids to whoever names
 * them. Teams keep the served files in the repository: a folder named for Nacos (`nacos`,
 * `nacos-config`, `document/nacos`), a Nacos export's group folder (`DEFAULT_GROUP`), or a folder
 * per service under a config folder (`config/mall-admin/mall-admin-prod.yaml`). The Nacos
 * server's own settings (`nacos/conf/application.properties`, `init.d/custom.properties`) are not.
 *
 * A repository's shared settings folder outside the modules (`config/orders.yml`,
 * `config/relayworks.yml`; core/discovery/service-config-folders.ts) is served the same way, with no
 * server: each service loads its files itself. A developer's profile there (`orders-local.yml`) is not read.
 */
import { SPRING_CONFIG_GROUP } from '../../../core/discovery/binding-groups.js';
import { serviceConfigFile } from '../../../core/discovery/service-config-folders.js';
import { baseName, folderOf } from './paths.js';

/** Files a config server serves. */
const REPO_FILE = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)\.(ya?ml|properties)$/i;

/** Folders that hold a config repository whatever module they sit in. */
const REPO_FOLDER = /(^|\/)(shared|config-?repo|config-?repository|config-?server-?repo|cloud-?config(-?repo)?|config-?data)$/i;

/**
 * A folder named for Nacos's data ids: `nacos`, `nacos-config`, `nacos_configs`, `config-nacos`,
 * `nacos-export`. Not any name holding the word (`spring-cloud-nacos-demo`, a whole project).
 */
const NACOS_FOLDER = /(^|\/)(nacos|nacos[-_]?(config|configs|configuration|data|dataids?|export|files|yaml|yml)|(config|configs)[-_]?nacos)(\/|$)/i;

/** A Nacos export's group folder (`DEFAULT_GROUP/orders-prod.yaml`). */
const NACOS_GROUP_FOLDER = /(^|\/)[A-Z0-9]+(_[A-Z0-9]+)*_GROUP(\/|$)/;

/** The Nacos server's own files beside its data ids: its `conf/`, a container's `init.d/`, `env/`, and its database scripts. */
const NACOS_SERVER_FOLDER = /(^|\/)(conf|init\.d|env|plugins?|data|logs|mysql|sql)(\/|$)/i;

/** Folders that hold a folder per service: `config/<service>/<service>-prod.yaml`. */
const CONFIG_PARENT = /(^|\/)(configs?|configuration|config-?center|config-?files)$/i;

/** A module named like a config server: `config`, `config-server`, `configserver`, `config-service`, `tally-config`. */
const CONFIG_SERVER_MODULE = /(^|\/)([A-Za-z0-9_.]+-)*(config|config-?server|config-?service|configuration-?server)\/src\/main\/resources(\/|$)/i;

/** A service's own configuration, which a repository folder also holds for its own server. */
const OWN_FILE = /^(application|bootstrap)([-.][^/]*)?\.(ya?ml|properties)$/i;

/**
 * Top-level keys of Spring settings: a YAML file in a repository folder with none is something
 * else. A .NET app on Steeltoe is served the same files, with its connectors' sections
 * (`mysql.client`, `redis.client`, `rabbitmq.client`, `postgres.client`, `mongodb.client`, `sqlserver.credentials`).
 */
const SPRING_ROOTS = /^(spring|server|eureka|zuul|security|feign|ribbon|hystrix|management|(mysql|redis|rabbitmq|postgres|mongodb)\.client|sqlserver\.credentials)(\.|\[|$)/i;

/**
 * The group a file of a config repository binds into (`spring-config:orders-docker`,
 * `spring-config:application`), from its path; undefined for a file that is not in one. The
 * config server's own `application.yml` (directly in its `src/main/resources`) is its own.
 */
export function configRepoGroup(path: string): string | undefined {
  if (/(^|\/)src\/test\//.test(path)) return undefined;
  const name = baseName(path);
  const file = REPO_FILE.exec(name);
  if (!file) return undefined;
  // `bootstrap.yml` configures whoever reads it, never a client of a repository.
  if (/^bootstrap([-.][^/]*)?\.(ya?ml|properties)$/i.test(name)) return undefined;
  const folder = folderOf(path);
  const shared = serviceConfigFile(path);
  if (shared) return shared.developer ? undefined : `${SPRING_CONFIG_GROUP}${shared.base}`;
  if (/(^|\/)src\/main\//.test(folder) ? false : isNacosDataFolder(folder, file[1] as string)) return `${SPRING_CONFIG_GROUP}${(file[1] as string).toLowerCase()}`;
  if (!REPO_FOLDER.test(folder)) {
    if (!CONFIG_SERVER_MODULE.test(`${folder}/`)) return undefined;
    // The server's own settings, where Spring Boot looks for every application's.
    if (OWN_FILE.test(name) && /src\/main\/resources(\/config)?$/.test(folder)) return undefined;
  }
  return `${SPRING_CONFIG_GROUP}${(file[1] as string).toLowerCase()}`;
}

/**
 * Whether a folder (outside any module's sources) holds the data ids a Nacos server is given: a
 * Nacos or Nacos group folder other than the server's own, or a folder named for the service the
 * file is for (`config/mall-admin/mall-admin-prod.yaml`).
 */
function isNacosDataFolder(folder: string, name: string): boolean {
  const nacos = NACOS_FOLDER.exec(folder) ?? NACOS_GROUP_FOLDER.exec(folder);
  if (nacos) return !NACOS_SERVER_FOLDER.test(folder.slice(nacos.index + nacos[0].length));
  const service = baseName(folder);
  const lower = name.toLowerCase();
  const own = service.toLowerCase();
  return CONFIG_PARENT.test(folderOf(folder)) && !OWN_FILE.test(`${name}.yml`) && (lower === own || lower.startsWith(`${own}-`));
}

/** Whether keys read from a repository file are Spring settings (and not another tool's YAML kept beside them). */
export function looksLikeSpringSettings(keys: readonly string[]): boolean {
  return keys.some((key) => SPRING_ROOTS.test(key));
}

/** The value of a binding by which a service takes in the repository files served to `name`. */
export function repoInclusion(name: string): string {
  return `$group:${SPRING_CONFIG_GROUP}${name.toLowerCase()}`;
}
