import { describe, expect, it } from 'vitest';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type SourceContext } from '../../source.js';
import { conditionInputs, importedModules, yamlInputs } from './jinja-condition-inputs.js';

/** A context over an in-memory tree of files, listing each folder's direct files. */
function contextOver(files: Record<string, string>): SourceContext {
  return {
    evidenceAt: evidenceFor({ path: 'x', text: '' }),
    parse: parseCode,
    rules: [],
    readFile: (path) => files[path],
    listFolder: (folder) => Object.keys(files).filter((path) => path.slice(0, Math.max(path.lastIndexOf('/'), 0)) === folder).map((path) => path.slice(path.lastIndexOf('/') + 1)),
  };
}

const TEMPLATE = 'make/prepare/templates/docker_compose/docker-compose.yml.jinja';

describe('conditionInputs', () => {
  it.each<[string, Record<string, string>, Record<string, string | undefined>]>([
    ['a product config template above the template', { 'make/product.yml.tmpl': 'with_search: true\nwith_mailer: false\nhttp:\n  port: 80\n' }, { with_search: 'true', with_mailer: 'false', 'http.port': '80' }],
    ['a value that is itself a template decides nothing', { 'make/product.yml.tmpl': 'with_search: "{{ search }}"\n' }, { with_search: undefined }],
    ['an Ansible role: defaults and group_vars', { 'roles/app/defaults/main.yml': 'with_search: yes\n', 'group_vars/all.yml': 'with_search: no\nwith_mailer: true\n' }, { with_search: 'yes', with_mailer: 'true' }],
    [
      'installer Python that renders, and the module it imports',
      {
        'make/prepare/prepare.py': 'from utils.configs import build\n\ndef main():\n    d = build()\n    render_jinja("x", "y", **d)\n',
        'make/prepare/utils/configs.py': "def build():\n    config_dict = {}\n    config_dict['with_trivy'] = True\n    config_dict['with_notary'] = False\n    config_dict['redis_url'] = 'redis://redis:6379/0'\n    return config_dict\n",
      },
      { with_trivy: 'true', with_notary: 'false', redis_url: 'redis://redis:6379/0' },
    ],
    ['Python that neither renders nor loads YAML, nor is imported by such a file', { 'make/prepare/other.py': "def f():\n    d = {'with_trivy': True}\n    return d\n" }, { with_trivy: undefined }],
    ['test Python is not read', { 'make/prepare/tests/test_prepare.py': "import yaml\ndef f():\n    d = {'with_trivy': True}\n    return d\n" }, { with_trivy: undefined }],
  ])('%s', async (_name, files, expected) => {
    const template = files['roles/app/defaults/main.yml'] ? 'roles/app/templates/docker-compose.yml.j2' : TEMPLATE;
    const values = await conditionInputs(template, contextOver(files));
    for (const [key, value] of Object.entries(expected)) expect(values.get(key)).toBe(value);
  });

  it('takes the nearest definition', async () => {
    const values = await conditionInputs(TEMPLATE, contextOver({ 'make/prepare/templates/defaults/main.yml': 'with_search: false\n', 'make/product.yml.tmpl': 'with_search: true\n' }));
    expect(values.get('with_search')).toBe('false');
  });

  it('is empty without access to other files', async () => {
    expect((await conditionInputs(TEMPLATE, { evidenceAt: evidenceFor({ path: 'x', text: '' }), parse: parseCode, rules: [] })).size).toBe(0);
  });
});

describe('conditionInputs: kept for the chunk (SourceContext.shared)', () => {
  const installer = {
    'make/prepare/prepare.py': 'import yaml\nfrom utils.configs import build\n\ndef main():\n    d = build()\n    render_jinja("x", "y", **d)\n',
    'make/prepare/utils/configs.py': "def build():\n    config_dict = {}\n    config_dict['with_trivy'] = True\n    return config_dict\n",
    'make/product.yml.tmpl': 'with_search: true\n',
  };
  /** contextOver, counting the files read and the Python parsed, with the given shared map. */
  function counting(files: Record<string, string>, shared: Map<string, unknown> | undefined) {
    const counts = { reads: 0, parses: 0 };
    const base = contextOver(files);
    const context: SourceContext = {
      ...base,
      ...(shared ? { shared } : {}),
      readFile: (path) => ((counts.reads += 1), base.readFile?.(path)),
      parse: (language, text) => ((counts.parses += 1), parseCode(language, text)),
    };
    return { counts, context };
  }
  const templates = ['make/prepare/templates/docker_compose/docker-compose.yml.jinja', 'make/prepare/templates/docker_compose/env.jinja', 'make/prepare/templates/core/env.jinja', 'make/prepare/templates/nginx/nginx.conf.jinja'];

  it('parses each inputs file once for every template of the chunk, with the same answers as without sharing', async () => {
    const alone = await Promise.all(templates.map(async (template) => [...(await conditionInputs(template, counting(installer, undefined).context))]));
    const { counts, context } = counting(installer, new Map());
    const together = [];
    for (const template of templates) together.push([...(await conditionInputs(template, context))]);
    expect(together).toEqual(alone);
    expect(together[0]).toEqual(expect.arrayContaining([['with_trivy', 'true'], ['with_search', 'true']]));
    // Two Python files (prepare.py, the configs module it imports): parsed once each, for four templates in three folders.
    expect(counts.parses).toBe(2);
    // Two templates of one folder: the second reads nothing.
    const before = counts.reads;
    await conditionInputs('make/prepare/templates/core/other.conf.jinja', context);
    expect(counts.reads).toBe(before);
  });

  it('keeps nothing between chunks or scans: a changed file is read anew with a new shared map', async () => {
    const first = await conditionInputs(templates[0] as string, counting(installer, new Map()).context);
    const second = await conditionInputs(templates[0] as string, counting({ ...installer, 'make/product.yml.tmpl': 'with_search: false\n' }, new Map()).context);
    expect([first.get('with_search'), second.get('with_search')]).toEqual(['true', 'false']);
  });

  it('hands each caller its own copy', async () => {
    const { context } = counting(installer, new Map());
    (await conditionInputs(templates[0] as string, context)).set('with_search', 'changed');
    expect((await conditionInputs(templates[1] as string, context)).get('with_search')).toBe('true');
  });
});

describe('yamlInputs and importedModules', () => {
  it('flattens YAML scalars by dotted key', () => {
    expect([...yamlInputs('a:\n  b: 1\nc: x\n')]).toEqual([['a.b', '1'], ['c', 'x']]);
  });

  it.each([
    ['from utils.configs import build', ['make/utils/configs.py']],
    ['import utils.misc', ['make/utils/misc.py']],
    ['from .settings import x', ['make/settings.py']],
  ])('%s', (text, expected) => {
    expect(importedModules(text, 'make')).toEqual(expected);
  });
});
