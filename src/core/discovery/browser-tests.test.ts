/**
 * Browser-test Compose files (browser-tests.ts): their runner services are no systems and make no
 * edges; their copies of the deployed services tie those services to the code they build, and
 * say nothing else of them.
 */
import { describe, expect, it } from 'vitest';
import { browserTestTooling, isBrowserTestComposeName, isBrowserTestImage, isBrowserTestRunner, isBrowserTestServiceName, withoutBrowserTestRunners } from './browser-tests.js';
import { developerComposeFiles } from './developer-compose.js';
import { CONFIDENCE, type ComponentFact, type Evidence, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: '' });
const CI = '.ci/docker-compose.cypress.yml';
const DEPLOY = 'setup/docker-compose.yml';
const service = (name: string, file: string, extra: Partial<ComponentFact> = {}): ComponentFact => ({ type: 'component', name, kind: 'application', evidence: at(file), confidence: CONFIDENCE.declared, ...extra });
const binding = (component: string, key: string, value: string, file: string): Fact => ({ type: 'binding', component, key, value, evidence: at(file, 2) });
const waits = (component: string, target: string, file: string): Fact => ({ type: 'connection', component, target: { component: target }, role: 'depends', mechanism: 'other', evidence: at(file, 3), confidence: CONFIDENCE.declared });

describe('isBrowserTestImage', () => {
  it.each<[string, boolean]>([
    ['cypress/included:13.6.0', true],
    ['cypress/browsers:node18.12.0-chrome107', true],
    ['cypress/base', true],
    ['mcr.microsoft.com/playwright:v1.44.0-jammy', true],
    ['mcr.microsoft.com/playwright/python:v1.44.0', true],
    ['selenium/standalone-chrome:4.21', true],
    ['selenium/hub:4.21', true],
    ['selenium/node-firefox', true],
    ['seleniarm/standalone-chromium', true],
    ['ghcr.io/browserless/chromium', true],
    ['browserless/chrome:latest', true],
    // Applications, and images merely named like a tool.
    ['acme/dash:latest', false],
    ['cypress/myapp', false],
    ['redis:7-alpine', false],
    ['acme/playwright-reports', false],
    ['node:20', false],
  ])('%s: %s', (image, expected) => {
    expect(isBrowserTestImage(image)).toBe(expected);
  });
});

describe('isBrowserTestServiceName', () => {
  it.each<[string, boolean]>([
    ['cypress', true],
    ['playwright', true],
    ['playwright-tests', true],
    ['selenium-hub', true],
    ['selenium_chrome', true],
    ['e2e-cypress', true],
    ['wdio', true],
    ['server', false],
    ['worker', false],
    ['e2e', false],
    ['cypress-dashboard-api', false],
    ['test-runner', false],
  ])('%s: %s', (name, expected) => {
    expect(isBrowserTestServiceName(name)).toBe(expected);
  });
});

describe('isBrowserTestComposeName', () => {
  it.each<[string, boolean]>([
    ['.ci/docker-compose.cypress.yml', true],
    ['docker-compose.playwright.yaml', true],
    ['compose.e2e.yml', true],
    ['tests/docker-compose-selenium.yml', true],
    ['docker-compose.yml', false],
    ['setup/docker-compose.yml', false],
    ['docker-compose.dev.yml', false],
    ['cypress.config.yml', false],
  ])('%s: %s', (path, expected) => {
    expect(isBrowserTestComposeName(path)).toBe(expected);
  });
});

describe('browserTestTooling', () => {
  const cypressBuild: Fact = { type: 'image-build', dockerfile: '.ci/Dockerfile.cypress', baseImage: 'cypress/browsers', evidence: at('.ci/Dockerfile.cypress') };
  it.each<[string, Fact[], string[], string[]]>([
    ['a runner by name', [service('server', 'ci/compose.yml'), service('cypress', 'ci/compose.yml')], ['ci/compose.yml'], ['cypress']],
    ['a runner by image', [service('server', 'compose.yaml'), service('browser', 'compose.yaml', { composeImage: 'mcr.microsoft.com/playwright' })], ['compose.yaml'], ['browser']],
    ['a runner by the image its Dockerfile is FROM', [service('server', 'compose.yaml'), service('tests', 'compose.yaml', { dockerfile: '.ci/Dockerfile.cypress' }), cypressBuild], ['compose.yaml'], ['tests']],
    ['a file named for browser tests, no runner known', [service('server', 'docker-compose.e2e.yml')], ['docker-compose.e2e.yml'], []],
    ['a datastore named like a runner is not one', [service('selenium', 'compose.yaml', { kind: 'database' })], [], []],
    ['no browser tests', [service('server', DEPLOY), service('worker', DEPLOY)], [], []],
  ])('%s', (_name, facts, files, runners) => {
    const tooling = browserTestTooling(facts);
    expect([...tooling.files]).toEqual(files);
    expect(facts.flatMap((fact) => (fact.type === 'component' && isBrowserTestRunner(fact, tooling) ? [fact.name] : []))).toEqual(runners);
  });
});

describe('withoutBrowserTestRunners', () => {
  it('drops what a runner says and what waits for it, keeps its component and its file’s other services', () => {
    const facts: Fact[] = [
      service('server', CI, { root: '', dockerfile: 'Dockerfile' }),
      binding('server', 'DATABASE_URL', 'postgresql://postgres/postgres', CI),
      service('cypress', CI, { root: '.ci', dockerfile: '.ci/Dockerfile.cypress' }),
      binding('cypress', 'CYPRESS_baseUrl', 'http://server:5000', CI),
      waits('cypress', 'server', CI),
      service('reporter', CI),
      waits('reporter', 'cypress', CI),
      // The same name in another file is another service.
      binding('cypress', 'MODE', 'x', 'other/docker-compose.yml'),
    ];
    const describe = (fact: Fact): string => `${fact.type}:${fact.type === 'component' ? fact.name : 'component' in fact ? fact.component : ''}`;
    expect(withoutBrowserTestRunners(facts).map(describe)).toEqual(['component:server', 'binding:server', 'component:cypress', 'component:reporter', 'binding:cypress']);
  });

  it('leaves facts alone without any runner', () => {
    const facts: Fact[] = [service('server', DEPLOY), binding('server', 'QUEUES', 'default', DEPLOY)];
    expect(withoutBrowserTestRunners(facts)).toBe(facts);
  });
});

describe('a browser-test Compose file in resolution', () => {
  // The deployment runs a published image with no build; only the Cypress file builds it.
  const facts: Fact[] = [
    service('server', DEPLOY, { composeImage: 'acme/dash' }),
    service('scheduler', DEPLOY, { composeImage: 'acme/dash' }),
    service('redis', DEPLOY, { kind: 'database', technology: 'Redis' }),
    service('postgres', DEPLOY, { kind: 'database', technology: 'PostgreSQL' }),
    waits('server', 'redis', DEPLOY),
    service('server', CI, { root: '', dockerfile: 'Dockerfile' }),
    service('scheduler', CI, { root: '', dockerfile: 'Dockerfile' }),
    waits('scheduler', 'postgres', CI),
    service('cypress', CI, { root: '.ci', dockerfile: '.ci/Dockerfile.cypress' }),
    binding('cypress', 'CYPRESS_baseUrl', 'http://server:5000', CI),
    waits('cypress', 'server', CI),
    { type: 'image-build', dockerfile: '.ci/Dockerfile.cypress', baseImage: 'cypress/browsers', evidence: at('.ci/Dockerfile.cypress') },
  ];

  it('is read as a developer’s file', () => {
    expect(developerComposeFiles(facts)(CI)).toBe(true);
    expect(developerComposeFiles(facts)(DEPLOY)).toBe(false);
  });

  it('makes the runner no system and none of its edges, the file’s settings none', () => {
    const graph = resolveFacts(facts);
    expect(graph.systems.map((system) => system.id).sort()).toEqual(['postgres', 'redis', 'scheduler', 'server']);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(['server -> redis']);
  });

  it('keeps its builds tying the deployed services to the code they run', () => {
    const code: Fact = { type: 'connection', target: { host: 'postgres' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', evidence: at('dash/models.py', 6), confidence: CONFIDENCE.resolved };
    const edges = resolveFacts([...facts, code]).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
    expect(edges).toEqual(['scheduler -> postgres', 'server -> postgres', 'server -> redis']);
  });
});
