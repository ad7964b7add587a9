import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { MASK } from '../../../core/discovery/redact.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { isPythonTemplateCode, pythonTemplateInputsSource } from './python-template-inputs.js';

async function inputs(text: string, path = 'make/photon/prepare/utils/configs.py'): Promise<string[]> {
  const file = { path, text };
  const facts: Fact[] = await pythonTemplateInputsSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
  return facts.map((fact) => {
    const binding = fact as BindingFact;
    expect(binding.group).toBe('template-inputs');
    return `${binding.key}=${binding.value}@${binding.evidence.line}`;
  });
}

const CONFIGS = `import yaml

def parse_yaml_config(path, with_notary):
    configs = yaml.safe_load(open(path))
    config_dict = {
        'registry_url': 'http://registry:5000',
        'core_local_url': 'http://127.0.0.1:8080',
        # 'clair_url': 'http://clair:6060',
        'hostname': configs['hostname'],
        'ext_endpoint': f"https://{configs['hostname']}",
    }
    if not configs.get('database'):
        config_dict['db_host'] = 'localhost'
    else:
        config_dict['db_host'] = 'postgresql'
        config_dict['db_port'] = 5432
        config_dict['db_password'] = 'root123'
    config_dict.update(get_redis_configs())
    config_dict.update({'log_level': 'info'}, chart_driver='redis')
    return config_dict

def get_redis_configs():
    return {'redis_url_core': 'redis://redis:6379?idle_timeout_seconds=30'}

def unrelated():
    scratch = {'not_an_input': 'http://scratch:1'}
    print(scratch)
`;

describe('python template inputs', () => {
  it.each([
    ['make/photon/prepare/utils/configs.py', true],
    ['make/photon/prepare/main.py', true],
    ['make/photon/prepare/tests/test_configs.py', false],
    ['make/photon/prepare/utils/configs_test.py', false],
    ['make/photon/prepare/templates/core/env.jinja', false],
  ])('reads %s: %s', (path, read) => {
    expect(isPythonTemplateCode(path)).toBe(read);
  });

  it('binds the literals of dicts a config builder returns, one value per key, preferring one naming a system, secrets masked', async () => {
    expect(await inputs(CONFIGS)).toEqual([
      'registry_url=http://registry:5000@6',
      'core_local_url=http://127.0.0.1:8080@7',
      'db_host=postgresql@15',
      'db_port=5432@16',
      `db_password=${MASK}@17`,
      'log_level=info@19',
      'chart_driver=redis@19',
      'redis_url_core=redis://redis:6379?idle_timeout_seconds=30@23',
    ]);
  });

  it('binds the dicts a render call takes as **kwargs and its literal keyword arguments', async () => {
    const text = `import os
from .jinja import render_jinja

def prepare_core(config_dict):
    render_jinja('/templates/core/env.jinja', '/config/core/env', chart_cache_driver='redis', with_trivy=config_dict['with_trivy'], **config_dict)

def prepare_compose(configs):
    variables = {'log_driver': 'syslog', 'version': configs['version']}
    variables['http_port'] = 8080
    render_jinja('/templates/docker-compose.yml.jinja', '/out/docker-compose.yml', **variables)

def prepare_nginx():
    env.get_template('nginx.conf.jinja').render(**{'ssl_port': 8443})
`;
    expect(await inputs(text, 'make/prepare/utils/core.py')).toEqual(['chart_cache_driver=redis@5', 'log_driver=syslog@8', 'http_port=8080@9', 'ssl_port=8443@13']);
  });

  it('reads nothing from Python that neither renders Jinja nor loads YAML', async () => {
    expect(await inputs(`def settings():\n    d = {'db_host': 'postgresql'}\n    return d\n`, 'app/settings.py')).toEqual([]);
  });

  it('reads nothing a splat hands to a call in a file that does not render', async () => {
    expect(await inputs(`import yaml\n\ndef connect():\n    options = {'db_host': 'db'}\n    open_db(**options)\n`)).toEqual([]);
  });
});
