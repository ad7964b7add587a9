/**
 * Compose files for a developer's machine: `docker-compose.dev.yml`, `docker-compose-developer.yml`,
 * `compose.local.yaml`, or any Compose file under a `dev/` (`development/`, `.devcontainer/`)
 * folder. They run the same services as the deployment, but with what a laptop needs: Redis
 * standing in for the broker, a mail catcher (`EMAIL_HOST: mailhog`), the code mounted and
 * `runserver` as the command.
 *
 * Such a file still says where a service's code is (its `build:`, which the deployed compose,
 * naming only an image, often leaves out; see shareBuiltImages in resolve.ts), and a service only
 * it defines stays a system. But a service the deployment also defines (a Compose file of no
 * developer's, or a Kubernetes workload) runs with the deployment's settings: the developer file's
 * environment, env files, command and `depends_on` for that service are not read.
 */
import type { Fact } from './facts.js';
import { isComposeFile } from './file-paths.js';
import { nameKey } from './names.js';

/** A Compose file's name marking a developer's variant (`docker-compose.dev.yml`, `docker-compose-developer.yml`, `compose.local.yaml`). */
const DEVELOPER_VARIANT = /^(?:docker-)?compose[.\-_](?:.+[.\-_])?(?:dev|develop|developer|development|local)(?:[.\-_][^/]*)?\.ya?ml$/i;
/** Folders of a developer's setup (`dev/docker-compose.yml`, `.devcontainer/docker-compose.yml`). */
const DEVELOPER_FOLDER = /(?:^|\/)(?:dev|develop|development|\.devcontainer)\//i;
/**
 * A JVM project's `src/main/docker/`: JHipster's per-app Compose files (`postgresql.yml`,
 * `kafka.yml`, `jhipster-control-center.yml`, Compose by content whatever their names), started by
 * the developer beside the app run from the IDE.
 */
const JVM_DOCKER_FOLDER = /(?:^|\/)src\/main\/docker\/[^/]+\.ya?ml$/i;

/** Whether a scan-relative path is a Compose file for a developer's machine (see the module's comment). */
export function isDeveloperComposeFile(path: string): boolean {
  if (JVM_DOCKER_FOLDER.test(path)) return true;
  if (!isComposeFile(path)) return false;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (DEVELOPER_VARIANT.test(name) && !NOT_DEVELOPER.test(name)) || DEVELOPER_FOLDER.test(path);
}

/** A name saying it is not the developer's variant (`docker-compose-non-dev.yml`, the one to deploy beside a `docker-compose.yml` for development). */
const NOT_DEVELOPER = /(?:^|[.\-_])non[.\-_]?(?:dev|develop|developer|development|local)(?:[.\-_]|$)/i;

/**
 * The services a deployment defines, by name key: each service of a Compose file of no developer's
 * and each Kubernetes workload (its pod labels).
 */
export function deploymentServiceKeys(facts: readonly Fact[]): ReadonlySet<string> {
  const deployed = new Set<string>();
  for (const fact of facts) {
    if (fact.type !== 'component' || isDeveloperComposeFile(fact.evidence.file)) continue;
    if (fact.composeService === true || isComposeFile(fact.evidence.file) || fact.labels !== undefined) deployed.add(nameKey(fact.name));
  }
  return deployed;
}

/**
 * Whether a fact defining a component only puts it on a developer's machine: it comes from a
 * developer Compose file while the scan holds a deployment (`deployments`, deploymentServiceKeys).
 * Such a component (a mail catcher, JHipster's control center) is still a system, but not a
 * deployed one. Without any deployment, the developer's file is the only say there is.
 */
export function definesForDeveloperOnly(fact: Fact, deployments: ReadonlySet<string>): boolean {
  return deployments.size > 0 && isDeveloperComposeFile(fact.evidence.file);
}

/**
 * The facts without what developer Compose files say of the services a deployment also defines
 * (their bindings: environment, env files, command), and without any connection a developer file
 * makes (`depends_on`, links, a setting naming an identity provider), whoever it is of: a service
 * only such a file runs (JHipster's control center) is on a laptop, and so are its connections.
 */
export function withoutDeveloperComposeSettings(facts: readonly Fact[]): readonly Fact[] {
  if (!facts.some((fact) => isDeveloperComposeFile(fact.evidence.file))) return facts;
  const deployed = deploymentServiceKeys(facts);
  if (deployed.size === 0) return facts;
  return facts.filter((fact) => {
    if (!isDeveloperComposeFile(fact.evidence.file)) return true;
    if (fact.type === 'connection') return false;
    if (fact.type !== 'binding' || fact.component === undefined) return true;
    return !deployed.has(nameKey(fact.component));
  });
}
