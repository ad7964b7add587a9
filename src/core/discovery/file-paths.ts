/** Scan-relative file paths (`/`-separated, relative to the scan root). */

/** The folder of a file (`src/frontend/main.go` → `src/frontend`; '' for a file at the scan root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** A path's last segment (`/usr/local/bin/acme` → `acme`), trailing slashes aside. */
export function fileName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * A file-name wildcard as a matcher, as shells and Dockerfile COPY sources read it (`*.conf`,
 * `worker-?.js`, `[ab].js`, `[!x].js`): `*` and `?` never cross a `/`. Written here rather than
 * taken from a glob package: only the last segment is ever matched, and this one form serves the
 * Dockerfile copies and httpd's `Include` alike.
 */
export function fileNameGlob(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] as string;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', index + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** `docker-compose.yml`, `docker-compose.override.yaml`, `compose.prod.yml`, `docker-compose-dev.yml`. */
const COMPOSE_FILE = /^(docker-)?compose([.\-_][^/]*)?\.ya?ml$/i;

/**
 * YAML in a folder kept for Compose files (`compose/infrastructure.yml` and `compose/services.yml`,
 * run together with `docker compose -f … -f …`), named for their part rather than for Compose.
 */
const COMPOSE_FOLDER_FILE = /(^|\/)(docker-)?compose\/[^/]+\.ya?ml$/i;

/** Whether a path is named as a Compose file (`docker-compose.yml`, `compose.prod.yaml`). */
export function hasComposeName(path: string): boolean {
  return COMPOSE_FILE.test(fileName(path));
}

/**
 * Whether a path is a Compose file (other YAML sources use this to leave such files alone): named
 * as one, or YAML in a `compose/` or `docker-compose/` folder. The latter are only Compose by their
 * content (isComposeContent), which the Compose source checks before reading them.
 */
export function isComposeFile(path: string): boolean {
  return hasComposeName(path) || COMPOSE_FOLDER_FILE.test(path);
}

/** YAML files other sources read, or that are never manifests. */
const NOT_MANIFESTS = /^(catalog-info\.ya?ml|chart\.ya?ml|values([.-][^/]*)?\.ya?ml|kustomization\.ya?ml|(application|bootstrap)([.-][^/]*)?\.ya?ml)$/i;

/**
 * Spring's settings file names (`application.yml`, `application-prod.yaml`), which manifests take
 * too (`application-controller.yaml`, an Argo CD `application.yaml`): only their content tells.
 */
const SPRING_NAMED = /^(application|bootstrap)([.-][^/]*)?\.ya?ml$/i;

/** Whether a YAML file is named like a Spring settings file, which may still be a manifest. */
export function hasSpringSettingsName(path: string): boolean {
  return SPRING_NAMED.test(fileName(path)) && !folderOf(path).split('/').includes('templates');
}

/**
 * Whether a path may be a plain Kubernetes manifest: YAML, not Compose, not in a Helm chart's
 * `templates/`, not a file another source owns. Here in the core because both the manifest source
 * and resolution (which manifests a kustomization leaves out, kustomize-resources.ts) ask it.
 */
export function isManifestPath(path: string): boolean {
  // A file of a `compose/` folder may still be a manifest: only a Compose name rules it out.
  return /\.ya?ml$/i.test(path) && !hasComposeName(path) && !folderOf(path).split('/').includes('templates') && !NOT_MANIFESTS.test(fileName(path));
}

/**
 * Test code: what a test runner runs, never a deployed service. Its clients talk to mocks, fakes
 * and local containers, or, worse, to the real names a test environment borrows from the
 * deployment (`receive_message(QueueUrl=os.environ["REFUND_QUEUE_URL"])` checking what a function
 * sent), so it makes no integration. Folders test runners collect (`test/`, `tests/`,
 * `__tests__/`, `src/test/`, RSpec's `spec/`, .NET test projects `Basket.UnitTests/`) and the file names of each language's convention.
 */
const TEST_FOLDER = /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|e2e|src\/(?:test|it|integrationTest|testFixtures)|[^/]+\.[a-z]*tests?)\//i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|rb|exs?)|conftest\.py|[^/]*\.(?:test|spec|e2e-spec)\.[cm]?[jt]sx?|[^/]*(?:Tests?|IT|Spec)\.(?:java|kt|groovy|cs|php|scala)|[^/]*_spec\.rb)$/;

/** The last path isTestCode was asked about, and its answer: the scan asks once per source that may read a file, one file after another. */
let lastTestPath: string | undefined;
let lastTestAnswer = false;

/** Whether a scan-relative path is test code (see TEST_FOLDER and TEST_FILE). */
export function isTestCode(path: string): boolean {
  if (path !== lastTestPath) {
    lastTestAnswer = TEST_FOLDER.test(path) || TEST_FILE.test(path);
    lastTestPath = path;
  }
  return lastTestAnswer;
}

/** A file of code (not a project file nor configuration): what says a project folder holds code that was read. */
export const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|groovy|scala|cs|fs|vb|rb|php|rs|ex|exs)$/i;

/** A Go program's own folder, `cmd/<name>` (`cmd/things`, `services/cmd/users`). */
export const GO_COMMAND_FOLDER = /(?:^|\/)cmd\/[^/]+$/;
