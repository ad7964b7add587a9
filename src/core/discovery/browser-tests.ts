/**
 * Compose files for browser tests: `.ci/docker-compose.cypress.yml`, `compose.playwright.yaml`,
 * `docker-compose.e2e.yml`, or any Compose file with a service running a browser-test runner (a
 * `cypress` service built from `cypress/browsers`, `mcr.microsoft.com/playwright`, a Selenium
 * hub and its browser nodes). CI starts such a file to drive the application's pages, so:
 *
 * - the runner services are test tooling: no system, and nothing they connect to (the app's base
 *   URL, the services they wait for) is an integration (withoutBrowserTestRunners, and resolve
 *   skips their components: isBrowserTestRunner);
 * - the file's other services are copies of the deployment's, started with test settings (a stub
 *   OAuth client, every queue on one worker, `depends_on` for the CI's throwaway datastores). The
 *   file is treated as a developer's (developerComposeFiles): where a deployment defines the same
 *   service, only what the test file says of its code is read, its `build:` (often the only file
 *   tying a published image's services to this repository's Dockerfile), not its settings.
 */
import type { ComponentFact, Fact } from './facts.js';
import { isComposeFile } from './file-paths.js';
import { imageName } from './images.js';
import { nameKey } from './names.js';

/**
 * Images of browser-test runners and the browsers they drive: Cypress's (`cypress/included`,
 * `cypress/browsers`, `cypress/base`, `cypress/factory`), Playwright's
 * (`mcr.microsoft.com/playwright`, `…/playwright/python`), Selenium's grid (`selenium/hub`,
 * `selenium/standalone-chrome`, `selenium/node-firefox`, `seleniarm/…`), browserless, TestCafe.
 */
const RUNNER_IMAGE = /^(?:(?:docker\.io\/)?cypress\/(?:included|browsers|base|factory)|(?:mcr\.microsoft\.com\/)?playwright(?:\/[a-z.-]+)?|(?:docker\.io\/)?(?:selenium|seleniarm)\/(?:hub|standalone-[a-z-]+|node-[a-z-]+|video)|(?:ghcr\.io\/)?browserless\/(?:chrome|chromium|firefox|webkit|multi)|testcafe\/testcafe)$/i;

/** Service names of browser-test runners and grids (`cypress`, `playwright-tests`, `selenium-hub`, `e2e-cypress`). */
const RUNNER_SERVICE = /^(?:e2e[-_])?(?:cypress|playwright|selenium|testcafe|puppeteer|webdriverio|wdio|nightwatch)(?:[-_](?:tests?|runner|e2e|hub|chrome|firefox|edge))?$/i;

/** A Compose file named for browser or end-to-end tests (`docker-compose.cypress.yml`, `compose.e2e.yaml`, `docker-compose-playwright.yml`). */
const TEST_COMPOSE_NAME = /^(?:docker-)?compose[.\-_](?:.+[.\-_])?(?:cypress|playwright|selenium|e2e)(?:[.\-_][^/]*)?\.ya?ml$/i;

/** Whether an image (with or without its tag) is a browser-test runner's or a test browser's. */
export function isBrowserTestImage(image: string): boolean {
  return RUNNER_IMAGE.test(imageName(image));
}

/** Whether a Compose service's name is a browser-test runner's (`cypress`, `selenium-hub`). */
export function isBrowserTestServiceName(name: string): boolean {
  return RUNNER_SERVICE.test(name);
}

/** Whether a path is named as a browser-test Compose file. */
export function isBrowserTestComposeName(path: string): boolean {
  return isComposeFile(path) && TEST_COMPOSE_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/** `file\nkey`: a Compose service, by its file and name key. */
function serviceId(file: string, name: string): string {
  return `${file}\n${nameKey(name)}`;
}

export interface BrowserTestTooling {
  /** The Compose files for browser tests (named so, or running a runner). */
  files: ReadonlySet<string>;
  /** The runner services, by serviceId. */
  runners: ReadonlySet<string>;
}

const EMPTY: BrowserTestTooling = { files: new Set(), runners: new Set() };

/**
 * The browser-test Compose files and runner services of a scan (see the module's comment): a
 * Compose service is a runner by its name, its image, or the image its Dockerfile is FROM.
 */
export function browserTestTooling(facts: readonly Fact[]): BrowserTestTooling {
  let services: ComponentFact[] | undefined;
  const namedFiles = new Set<string>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.project === true || fact.selector !== undefined || !isComposeFile(fact.evidence.file)) continue;
    (services ??= []).push(fact);
    if (isBrowserTestComposeName(fact.evidence.file)) namedFiles.add(fact.evidence.file);
  }
  if (services === undefined) return EMPTY;
  let runnerBases: Set<string> | undefined;
  const baseIsRunner = (dockerfile: string): boolean => {
    if (runnerBases === undefined) {
      runnerBases = new Set();
      for (const fact of facts) if (fact.type === 'image-build' && fact.baseImage !== undefined && fact.evidence.file === fact.dockerfile && isBrowserTestImage(fact.baseImage)) runnerBases.add(fact.dockerfile);
    }
    return runnerBases.has(dockerfile);
  };
  const runners = new Set<string>();
  const files = new Set(namedFiles);
  for (const service of services) {
    if (service.kind !== 'application' && service.kind !== 'other') continue;
    const image = service.composeImage ?? service.compose?.image;
    const runner = isBrowserTestServiceName(service.name) || (image !== undefined && isBrowserTestImage(image)) || (service.dockerfile !== undefined && baseIsRunner(service.dockerfile));
    if (!runner) continue;
    runners.add(serviceId(service.evidence.file, service.name));
    files.add(service.evidence.file);
  }
  return files.size === 0 ? EMPTY : { files, runners };
}

/** Whether a component fact is a browser-test runner service of `tooling`. */
export function isBrowserTestRunner(fact: ComponentFact, tooling: BrowserTestTooling): boolean {
  return tooling.runners.size > 0 && tooling.runners.has(serviceId(fact.evidence.file, fact.name));
}

/**
 * The facts without what browser-test runner services say (their environment, the app's base URL
 * they are given, the services they wait for) and without the connections other services of their
 * file make to them (a test container waiting for the Selenium hub). Their component facts stay
 * for the resolver to skip (isBrowserTestRunner), so that their files are still known as test
 * tooling (developerComposeFiles).
 */
export function withoutBrowserTestRunners(facts: readonly Fact[]): readonly Fact[] {
  const tooling = browserTestTooling(facts);
  if (tooling.runners.size === 0) return facts;
  const isRunner = (file: string, name: string | undefined): boolean => name !== undefined && tooling.runners.has(serviceId(file, name));
  return facts.filter((fact) => {
    if (!tooling.files.has(fact.evidence.file)) return true;
    if (fact.type === 'binding') return !isRunner(fact.evidence.file, fact.component);
    if (fact.type === 'connection') return !isRunner(fact.evidence.file, fact.component) && !isRunner(fact.evidence.file, fact.target.component);
    return true;
  });
}
