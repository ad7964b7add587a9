import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { ALL_SOURCES } from '../index.js';
import { envFileSource } from './env-file.js';
import { perServiceEnv, renderedPath } from './jinja-templates.js';
import { isTemplateInputs, templateInputsSource } from './template-inputs.js';

const jinja = ALL_SOURCES.find((source) => source.name === 'jinja-templates');

async function read(path: string, text: string, source = jinja): Promise<Fact[]> {
  const file = { path, text };
  if (!source) throw new Error('no jinja-templates source');
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const ofType = <T extends Fact['type']>(facts: Fact[], type: T) => facts.filter((fact): fact is Extract<Fact, { type: T }> => fact.type === type);

describe('jinja-templates source', () => {
  it.each([
    ['deploy/docker-compose.yml.j2', 'deploy/docker-compose.yml'],
    ['templates/docker_compose/docker-compose.yml.jinja', 'templates/docker_compose/docker-compose.yml'],
    ['roles/web/templates/nginx.conf.jinja2', 'roles/web/templates/nginx.conf'],
    ['templates/core/env.jinja', 'templates/core/.env'],
    ['roles/api/templates/.env.j2', 'roles/api/templates/.env'],
    ['env.j2', '.env'],
    ['docker-compose.yml', undefined],
  ])('renders %s to %s', (path, rendered) => {
    expect(renderedPath(path)).toBe(rendered);
  });

  it.each([
    ['templates/core/env.jinja', 'core/env'],
    ['roles/core/templates/env.j2', 'core/env'],
    ['env.j2', undefined],
    ['roles/api/templates/.env.j2', undefined],
    ['templates/app.env.jinja', undefined],
  ])('%s is the env of %s', (path, service) => {
    expect(perServiceEnv(path)).toBe(service);
  });

  it('leaves a .env template to be read rendered, not as written', () => {
    expect(envFileSource.accepts('roles/api/templates/.env.j2')).toBe(false);
    expect(envFileSource.accepts('roles/api/templates/.env')).toBe(true);
  });

  it('binds a .env template for its folder', async () => {
    const facts = await read('roles/api/templates/.env.j2', 'API_URL=http://{{ api_host | default("api") }}:8080\n');
    expect(ofType(facts, 'binding').map((binding) => [binding.key, binding.value, binding.scope, binding.renderedAs])).toEqual([['API_URL', 'http://api:8080', 'roles/api/templates', undefined]]);
  });

  it.each([
    ['deploy/docker-compose.yml.j2', true],
    ['templates/core/env.jinja', true],
    ['roles/web/templates/nginx.conf.j2', true],
    ['roles/app/templates/application.yml.j2', true],
    ['templates/app.env.jinja2', true],
    // Rendered to a file no reader takes, or code.
    ['templates/motd.j2', false],
    ['templates/settings.py.j2', false],
    ['templates/index.html.jinja', false],
    ['docker-compose.yml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(jinja?.accepts(path)).toBe(accepted);
  });

  const compose = [
    'services:', // 1
    '  core:', // 2
    '    image: acme/core:{{ version }}', // 3
    '    env_file:', // 4
    '      - ./common/config/core/env', // 5
    '    environment:', // 6
    '      DB_HOST: {{ db_host }}', // 7
    '      DB_URL: postgres://{{ db_host }}:5432/app', // 8
    '{% if with_clair %}', // 9
    '  clair:', // 10
    '    image: acme/clair', // 11
    '    depends_on: [core]', // 12
    '{% endif %}', // 13
    '  proxy:', // 14
    '    image: nginx', // 15
    '    volumes:', // 16
    '      - ./common/config/nginx:/etc/nginx:z', // 17
    '    depends_on:', // 18
    "{% for upstream in ['core', 'portal'] %}", // 19
    '      - {{ upstream }}', // 20
    '{% endfor %}', // 21
  ].join('\n');

  it('hands a compose template to the compose reader, evidence on the template lines', async () => {
    const facts = await read('deploy/templates/docker_compose/docker-compose.yml.jinja', compose);
    const components = ofType(facts, 'component');
    expect(components.map((component) => component.name).sort()).toEqual(['core', 'proxy', 'proxy']);
    expect(components.every((component) => component.evidence.file === 'deploy/templates/docker_compose/docker-compose.yml.jinja')).toBe(true);
    const depends = ofType(facts, 'connection').filter((connection) => connection.role === 'depends');
    expect(depends.map((connection) => [connection.target.component, connection.evidence.line])).toEqual([
      ['core', 20],
      ['portal', 20],
    ]);
  });

  it('keeps the disabled block out, and takes it in when the template enables it', async () => {
    const enabled = await read('docker-compose.yml.j2', `{% set with_clair = true %}\n${compose}`);
    expect(ofType(enabled, 'component').map((component: ComponentFact) => component.name)).toContain('clair');
    const disabled = await read('docker-compose.yml.j2', compose);
    expect(ofType(disabled, 'component').map((component: ComponentFact) => component.name)).not.toContain('clair');
  });

  it('takes a whole-value variable from the template inputs, and leaves a partial one a placeholder', async () => {
    const facts = await read('docker-compose.yml.j2', compose);
    const byKey = Object.fromEntries(ofType(facts, 'binding').map((binding: BindingFact) => [binding.key, binding.value]));
    expect(byKey.DB_HOST).toBe('$group:template-inputs#db_host');
    expect(byKey.DB_URL).toBe('postgres://__tpl__:5432/app');
    expect(JSON.stringify(facts)).not.toMatch(/__jinja_var_/);
  });

  it('points a mounted proxy folder at the template folder it renders from', async () => {
    const facts = await read('deploy/templates/docker_compose/docker-compose.yml.jinja', compose);
    const mounted = ofType(facts, 'component').find((component) => component.name === 'proxy' && component.root !== undefined);
    expect(mounted).toMatchObject({ root: 'nginx', rootFromBuildArgument: true });
  });

  it('reads an env template as the dotenv file it renders to, for the path it renders to', async () => {
    const facts = await read('deploy/templates/core/env.jinja', 'CORE_URL=http://core:8080\n{% if with_clair %}\nCLAIR_URL=http://clair:6060\n{% endif %}\nPOSTGRESQL_HOST={{db_host}}\n');
    expect(ofType(facts, 'binding').map((binding) => [binding.key, binding.value, binding.renderedAs, binding.scope, binding.evidence.line])).toEqual([
      ['CORE_URL', 'http://core:8080', 'core/env', 'deploy/templates/core', 1],
      ['POSTGRESQL_HOST', '$group:template-inputs#db_host', 'core/env', 'deploy/templates/core', 5],
    ]);
  });

  it('hands an nginx template to the nginx reader', async () => {
    const facts = await read('roles/web/templates/nginx.conf.j2', 'http {\n  server {\n    listen {{ port | default(80) }};\n    location /api/ {\n      proxy_pass http://{{ api_host | default("api") }}:8080;\n    }\n  }\n}\n');
    const calls = ofType(facts, 'connection') as ConnectionFact[];
    expect(calls.map((call) => [call.target.host, call.evidence.line, call.evidence.file])).toEqual([['api', 5, 'roles/web/templates/nginx.conf.j2']]);
  });
});

describe('template-inputs source', () => {
  it.each([
    ['roles/core/defaults/main.yml', true],
    ['roles/core/vars/main.yaml', true],
    ['inventory/group_vars/all.yml', true],
    ['group_vars/webservers/vars.yml', true],
    ['group_vars/all', true],
    ['make/harbor.yml.tmpl', true],
    ['config.yaml.tmpl', true],
    ['roles/core/tasks/main.yml', false],
    ['docker-compose.yml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(isTemplateInputs(path)).toBe(accepted);
  });

  it('makes each scalar a member of the inputs group, masking secrets and leaving templated values out', async () => {
    const facts = await read('roles/core/defaults/main.yml', 'db_host: postgresql\ndb_password: hunter2-secret\nhttp:\n  port: 80\nurl: "http://{{ db_host }}"\n', templateInputsSource);
    expect(ofType(facts, 'binding').map((binding) => [binding.group, binding.key, binding.value])).toEqual([
      ['template-inputs', 'db_host', 'postgresql'],
      ['template-inputs', 'db_password', '***'],
      ['template-inputs', 'http.port', '80'],
    ]);
  });
});
