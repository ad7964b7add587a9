/**
 * A developer's Compose files (developer-compose.ts): known by name or folder, they set up no
 * service a deployment also defines, and still define the services only they run.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { definesForDeveloperOnly, deploymentServiceKeys, developerComposeFiles, isDeveloperComposeFile, isProductionComposeFile, withDeployedCodeBuilds, withoutDeveloperComposeSettings } from './developer-compose.js';
import { resolveFacts } from './resolve.js';

describe('isDeveloperComposeFile', () => {
  it.each<[string, boolean]>([
    ['docker-compose.dev.yml', true],
    ['docker-compose-dev.yml', true],
    ['docker-compose-developer.yml', true],
    ['docker-compose.developer.yml', true],
    ['docker-compose.development.yaml', true],
    ['compose.local.yaml', true],
    ['deploy/docker-compose.app.dev.yml', true],
    ['dev/docker-compose.yml', true],
    ['tools/dev/compose.yaml', true],
    ['.devcontainer/docker-compose.yml', true],
    ['store/src/main/docker/postgresql.yml', true],
    // Deployments, and files that are not Compose.
    ['docker-compose.yml', false],
    ['docker-compose.prod.yml', false],
    ['docker-compose.override.yml', false],
    ['docker-compose.devops.yml', false],
    ['docker-compose-non-dev.yml', false],
    ['docker-compose.nondev.yaml', false],
    ['devtools/docker-compose.yml', false],
    ['dev/settings.yml', false],
    ['dev/values.yaml', false],
  ])('%s: %s', (path, expected) => {
    expect(isDeveloperComposeFile(path)).toBe(expected);
  });
});

describe('isProductionComposeFile', () => {
  it.each<[string, boolean]>([
    ['docker-compose.production.yaml', true],
    ['docker-compose.prod.yml', true],
    ['compose.production.yaml', true],
    ['docker-compose-prod.yml', true],
    ['ops/compose.app.prod.yaml', true],
    ['docker-compose.yml', false],
    ['docker-compose.products.yml', false],
    ['docker-compose.preprod.yml', false],
    ['docker-compose.dev.yml', false],
    ['prod.yml', false],
  ])('%s: %s', (path, expected) => {
    expect(isProductionComposeFile(path)).toBe(expected);
  });
});

describe('developerComposeFiles', () => {
  const service = (name: string, file: string): Fact => ({ type: 'component', name, kind: 'application', composeService: true, composeImage: `acme/${name}`, evidence: { file, line: 1, excerpt: '' }, confidence: CONFIDENCE.declared });
  // A service an overlay only gives settings (`environment:`), with neither image nor build.
  const overlay = (name: string, file: string): Fact => ({ type: 'component', name, kind: 'application', composeService: true, evidence: { file, line: 1, excerpt: '' }, confidence: CONFIDENCE.declared });
  const waits = (name: string, target: string, file: string): Fact => ({ type: 'connection', component: name, target: { component: target }, role: 'depends', mechanism: 'other', evidence: { file, line: 2, excerpt: '' }, confidence: CONFIDENCE.inferred });
  it.each<[string, Fact[], string, boolean]>([
    ['a root file beside a deploy/ file defining the same service', [service('quillpad', 'docker-compose.yml'), service('quillpad', 'deploy/docker-compose.yml')], 'docker-compose.yml', true],
    ['the deploy/ file itself', [service('quillpad', 'docker-compose.yml'), service('quillpad', 'deploy/docker-compose.yml')], 'deploy/docker-compose.yml', false],
    ['a production/ file', [service('api', 'app/docker-compose.yml'), service('api', 'app/production/compose.yaml')], 'app/docker-compose.yml', true],
    ['no service in common', [service('quillpad', 'docker-compose.yml'), service('docs', 'deploy/docker-compose.yml')], 'docker-compose.yml', false],
    ['a deploy/ file outside the file’s tree', [service('api', 'web/docker-compose.yml'), service('api', 'other/deploy/docker-compose.yml')], 'web/docker-compose.yml', false],
    ['no deployment folder at all', [service('api', 'docker-compose.yml'), service('api', 'compose/services.yml')], 'docker-compose.yml', false],
    ['a deploy/ overlay only giving the same services an environment', [service('ui', 'docker-compose.yml'), overlay('ui', 'deploy/observability/docker-compose.observability.yml')], 'docker-compose.yml', false],
    ['a developer file by name, as before', [service('api', 'docker-compose.dev.yml')], 'docker-compose.dev.yml', true],
    // A production variant standing alone beside the folder's plain file.
    ['a plain file beside docker-compose.production.yaml', [service('rails', 'docker-compose.yaml'), service('mailhog', 'docker-compose.yaml'), service('rails', 'docker-compose.production.yaml')], 'docker-compose.yaml', true],
    ['the production file itself', [service('rails', 'docker-compose.yaml'), service('rails', 'docker-compose.production.yaml')], 'docker-compose.production.yaml', false],
    ['a plain file beside docker-compose.prod.yml in a subfolder', [service('api', 'ops/docker-compose.yml'), service('api', 'ops/docker-compose.prod.yml')], 'ops/docker-compose.yml', true],
    ['a plain file beside compose.production.yaml', [service('api', 'compose.yaml'), service('api', 'compose.production.yaml')], 'compose.yaml', true],
    ['the override beside a production file', [service('api', 'docker-compose.yml'), service('api', 'docker-compose.override.yml'), service('api', 'docker-compose.prod.yml')], 'docker-compose.override.yml', true],
    ['another variant beside a production file', [service('api', 'docker-compose.staging.yml'), service('api', 'docker-compose.prod.yml')], 'docker-compose.staging.yml', false],
    ['a production file in another folder', [service('api', 'web/docker-compose.yml'), service('api', 'docker-compose.prod.yml')], 'web/docker-compose.yml', false],
    ['a production overlay giving a service only an environment', [service('api', 'docker-compose.yml'), overlay('api', 'docker-compose.prod.yml')], 'docker-compose.yml', false],
    ['a production overlay defining one service, another only overridden', [service('api', 'docker-compose.yml'), service('api', 'docker-compose.prod.yml'), overlay('postgres', 'docker-compose.prod.yml')], 'docker-compose.yml', false],
    ['a production overlay whose service waits for one only the plain file runs', [service('api', 'docker-compose.yml'), service('postgres', 'docker-compose.yml'), service('api', 'docker-compose.prod.yml'), waits('api', 'postgres', 'docker-compose.prod.yml')], 'docker-compose.yml', false],
    ['a production file whose services wait only for its own', [service('api', 'docker-compose.yml'), service('api', 'docker-compose.prod.yml'), service('postgres', 'docker-compose.prod.yml'), waits('api', 'postgres', 'docker-compose.prod.yml')], 'docker-compose.yml', true],
  ])('%s', (_name, facts, file, expected) => {
    expect(developerComposeFiles(facts)(file)).toBe(expected);
  });
});

describe('withoutDeveloperComposeSettings', () => {
  const at = (file: string, line: number): Evidence => ({ file, line, excerpt: '' });
  const component = (name: string, file: string, kind: 'application' | 'database' | 'saas' | 'message-broker' = 'application'): Fact => ({ type: 'component', name, kind, evidence: at(file, 1), confidence: CONFIDENCE.declared });
  const binding = (name: string, key: string, value: string, file: string): Fact => ({ type: 'binding', component: name, key, value, evidence: at(file, 2) });
  const DEV = 'docker-compose-developer.yml';

  it('drops a developer file’s settings of a service a deployment defines, keeps its own services’', () => {
    const facts: Fact[] = [
      component('engine', 'docker-compose.yml'),
      binding('engine', 'BROKER_URL', 'amqp://rabbitmq//', 'docker-compose.yml'),
      component('engine', DEV),
      binding('engine', 'EMAIL_HOST', 'mailhog', DEV),
      component('sandbox', DEV),
      binding('sandbox', 'EMAIL_HOST', 'mailhog', DEV),
      { type: 'connection', component: 'engine', target: { component: 'redis' }, role: 'depends', mechanism: 'other', evidence: at(DEV, 3), confidence: CONFIDENCE.declared },
    ];
    expect(withoutDeveloperComposeSettings(facts).map((fact) => `${fact.type}:${fact.evidence.file}:${'key' in fact ? fact.key : 'component' in fact ? fact.component : fact.type === 'component' ? fact.name : ''}`)).toEqual([
      'component:docker-compose.yml:engine',
      'binding:docker-compose.yml:BROKER_URL',
      `component:${DEV}:engine`,
      `component:${DEV}:sandbox`,
      `binding:${DEV}:EMAIL_HOST`,
    ]);
  });

  it('drops every connection a developer file makes once a deployment exists, its own services’ too', () => {
    const facts: Fact[] = [
      component('gateway', 'docker-compose.yml'),
      component('control-center', 'src/main/docker/jhipster-control-center.yml'),
      { type: 'connection', component: 'control-center', target: { key: 'SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_OIDC_ISSUER_URI' }, role: 'calls', mechanism: 'rest', identityEndpoint: true, evidence: at('src/main/docker/jhipster-control-center.yml', 9), confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'control-center', target: { component: 'consul' }, role: 'depends', mechanism: 'other', evidence: at('src/main/docker/jhipster-control-center.yml', 12), confidence: CONFIDENCE.declared },
    ];
    expect(withoutDeveloperComposeSettings(facts).map((fact) => fact.type)).toEqual(['component', 'component']);
  });

  it('keeps a developer file whole where no deployment defines its services', () => {
    const facts: Fact[] = [component('engine', 'dev/docker-compose.yml'), binding('engine', 'EMAIL_HOST', 'mailhog', 'dev/docker-compose.yml')];
    expect(withoutDeveloperComposeSettings(facts)).toEqual(facts);
  });

  it('leaves a deployed service’s mail server to the deployment in resolution', () => {
    const connection: Fact = { type: 'connection', component: 'engine', target: { key: 'EMAIL_HOST' }, role: 'uses', mechanism: 'email', technology: 'SMTP', targetKind: 'saas', evidence: at('engine/settings.py', 4), confidence: CONFIDENCE.resolved };
    const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`);
    const deployed = [component('engine', 'docker-compose.yml'), binding('engine', 'EMAIL_HOST', 'relay', 'docker-compose.yml'), component('relay', 'docker-compose.yml', 'saas'), component('mailhog', DEV, 'saas'), connection];
    expect(edges([...deployed, binding('engine', 'EMAIL_HOST', 'mailhog', DEV)])).toEqual(['engine -> relay']);
  });
});

describe('definesForDeveloperOnly', () => {
  const component = (name: string, file: string, labels?: Record<string, string>): Fact => ({ type: 'component', name, kind: 'application', evidence: { file, line: 1, excerpt: '' }, confidence: CONFIDENCE.declared, ...(labels ? { labels } : {}) });
  it.each<[string, Fact, Fact[], boolean]>([
    ['a developer file beside a deployed Compose file', component('mailhog', 'docker-compose.dev.yml'), [component('web', 'docker-compose.yml')], true],
    ['a developer file beside Kubernetes workloads', component('mailhog', 'dev/docker-compose.yml'), [component('web', 'k8s/web.yaml', { app: 'web' })], true],
    ['a developer file with no deployment in the scan', component('mailhog', 'docker-compose.dev.yml'), [component('web', 'web/package.json')], false],
    ['the deployed Compose file itself', component('web', 'docker-compose.yml'), [component('mailhog', 'docker-compose.dev.yml')], false],
  ])('%s', (_, probed, others, expected) => {
    expect(definesForDeveloperOnly(probed, deploymentServiceKeys([probed, ...others]))).toBe(expected);
  });
});

describe('withDeployedCodeBuilds', () => {
  const DEV = 'docker-compose.yaml';
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: '' });
  /** A service of the developer's file building `dockerfile` as `image`, its root the one Compose reading gave it. */
  const built = (name: string, dockerfile: string, image: string, root: string): Fact => ({ type: 'component', name, kind: 'application', root, dockerfile, composeImage: image, evidence: at(DEV), confidence: CONFIDENCE.declared });
  /** A Dockerfile's own reading: the image it is built on, and `COPY . /app`, or nothing copied in. */
  const dockerfile = (path: string, baseImage: string, copiesCode: boolean): Fact => ({ type: 'image-build', dockerfile: path, baseImage, workdir: '/app', ...(copiesCode ? { copies: [{ source: '.', destination: '/app' }], builtFrom: ['.'] } : {}), evidence: at(path) });
  const buildOf = (path: string, image: string): Fact => ({ type: 'image-build', dockerfile: path, images: [image], context: '', evidence: at(DEV, 2) });
  const settings = (name: string): Fact => ({ type: 'binding', component: name, key: 'env_file', value: '.env.development', evidence: at(DEV, 3) });
  // Code the scan read, at the root and in a monorepo's `apps/api`.
  const code: Fact[] = [
    { type: 'connection', target: { key: 'REDIS_URL' }, role: 'produces', mechanism: 'messaging', evidence: at('app/controllers/repairs_controller.rb'), confidence: CONFIDENCE.resolved },
    { type: 'connection', target: { key: 'DATABASE_URL' }, role: 'uses', mechanism: 'database', evidence: at('apps/api/src/db.ts'), confidence: CONFIDENCE.resolved },
  ];
  const shared = [dockerfile('docker/Dockerfile', 'ruby', true), buildOf('docker/Dockerfile', 'app'), dockerfile('docker/dockerfiles/rails.Dockerfile', 'app', false), dockerfile('docker/dockerfiles/vite.Dockerfile', 'app', false)];
  it.each<[string, Fact[], string[]]>([
    [
      'a base building the image the deployed processes are built on, or take the build of, and a dev server on it',
      [built('base', 'docker/Dockerfile', 'app', 'docker'), settings('base'), built('rails', 'docker/dockerfiles/rails.Dockerfile', 'app-rails', 'docker/dockerfiles'), built('sidekiq', 'docker/Dockerfile', 'app-sidekiq', 'docker'), built('vite', 'docker/dockerfiles/vite.Dockerfile', 'app-vite', 'docker/dockerfiles'), settings('vite')],
      // The base's and the dev server's settings go with them; the deployed rails's stay.
      ['rails@', 'sidekiq@', 'binding'],
    ],
    [
      'a developer-only service on a build no deployed service runs stays',
      [built('rails', 'docker/Dockerfile', 'app', 'docker'), built('docs', 'docs/Dockerfile', 'docs', 'docs'), dockerfile('docs/Dockerfile', 'node', true)],
      ['rails@', 'docs@docs', 'binding'],
    ],
    [
      'a build whose Dockerfile copies in no code and is built on no image of the file keeps its folder',
      [built('base', 'docker/Dockerfile', 'app', 'docker'), built('rails', 'docker/dockerfiles/worker.Dockerfile', 'app-rails', 'docker/dockerfiles'), dockerfile('docker/dockerfiles/worker.Dockerfile', 'ruby', false)],
      ['base@docker', 'rails@docker/dockerfiles', 'binding'],
    ],
    [
      'an image two Dockerfiles build is followed to neither',
      [built('base', 'docker/Dockerfile', 'app', 'docker'), built('other', 'docker/other.Dockerfile', 'app', 'docker'), built('rails', 'docker/dockerfiles/rails.Dockerfile', 'app-rails', 'docker/dockerfiles')],
      ['base@docker', 'other@docker', 'rails@docker/dockerfiles', 'binding'],
    ],
    [
      'a deployed service whose folder holds code keeps it; its developer-only twin goes',
      [built('api', 'apps/api/Dockerfile', 'api', 'apps/api'), built('api-debug', 'apps/api/Dockerfile', 'api-debug', 'apps/api'), dockerfile('apps/api/Dockerfile', 'node', true)],
      ['api@apps/api', 'binding'],
    ],
  ])('%s', (_, services, expected) => {
    const facts = [...services, ...shared, settings('rails'), ...code];
    const kept = withDeployedCodeBuilds(facts, (path) => path === DEV, new Set(['rails', 'sidekiq', 'api']));
    expect(kept.flatMap((fact) => (fact.type === 'component' ? [`${fact.name}@${fact.root ?? ''}`] : fact.type === 'binding' ? ['binding'] : []))).toEqual(expected);
  });

  it('leaves the developer file alone where no deployment defines its services', () => {
    const facts: Fact[] = [built('base', 'docker/Dockerfile', 'app', 'docker'), built('rails', 'docker/dockerfiles/rails.Dockerfile', 'app-rails', 'docker/dockerfiles'), ...shared, ...code];
    expect(withoutDeveloperComposeSettings(facts)).toEqual(facts);
  });
});
