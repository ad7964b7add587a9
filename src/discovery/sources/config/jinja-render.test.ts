import { describe, expect, it } from 'vitest';
import { conditionHolds, renderJinja, variableMarker } from './jinja-render.js';

const values = new Map([
  ['with_clair', 'false'],
  ['with_trivy', 'true'],
  ['mode', 'http'],
  ['db.host', 'postgresql'],
]);

describe('conditionHolds', () => {
  it.each([
    ['with_trivy', true],
    ['with_clair', false],
    // Jinja's Undefined is false, and defined only when set.
    ['with_notary', false],
    ['with_notary is defined', false],
    ['with_clair is defined', true],
    ['with_notary is not defined', true],
    ['not with_clair', true],
    ['mode == "http"', true],
    ["mode != 'http'", false],
    ['missing == "x"', false],
    // A flag no input sets is off, so it equals false: an installer's bundled database stays.
    ['external_database == False', true],
    ['external_database != False', false],
    ['external_database == True', false],
    ['with_clair == false', true],
    ['with_trivy and with_clair', false],
    ['with_trivy or with_clair', true],
    ['db.host == "postgresql"', true],
    ["db['host'] == 'postgresql'", true],
    ['true', true],
    // Filtered flags: Ansible's `| bool`, and the template's own default for a flag no input sets.
    ['with_trivy | bool', true],
    ['with_notary | bool', false],
    ['with_notary | default(true)', true],
    ['with_notary | default(false) | bool', false],
    ['with_clair | default(true)', false],
    // What this pre-pass cannot read.
    ['items | length > 2', undefined],
    ['with_trivy and items | length > 2', undefined],
  ])('%s → %s', (condition, expected) => {
    expect(conditionHolds(condition, values)).toBe(expected);
  });
});

describe('renderJinja', () => {
  it.each([
    ['a value it knows', '{% set host = "core" %}URL=http://{{ host }}:8080', 'URL=http://core:8080'],
    ['a default filter', 'PORT={{ port | default(8080) }}', 'PORT=8080'],
    ['a default losing to a set value', '{% set port = 9000 %}PORT={{ port | d(8080) }}', 'PORT=9000'],
    ['an unknown variable', 'HOST={{ db_host }}', `HOST=${variableMarker('db_host')}`],
    ['an attribute', 'HOST={{ db.host }}', `HOST=${variableMarker('db.host')}`],
    ['an expression it cannot read', 'HOST={{ hosts[0] ~ ".local" }}', 'HOST=__tpl__'],
    ['an unknown filter', 'HOST={{ db_host | regex_replace("a", "b") }}', 'HOST=__tpl__'],
    ['a comment', 'A=1{# not B=2 #}', 'A=1'],
    ['raw text', '{% raw %}A={{ kept }}{% endraw %}', 'A={{ kept }}'],
    ['the else branch of an unset flag', '{% if with_x %}A{% else %}B{% endif %}', 'B'],
    ['the elif that holds', '{% set m = "b" %}{% if m == "a" %}A{% elif m == "b" %}B{% else %}C{% endif %}', 'B'],
    ['the first branch of an unreadable condition', '{% if xs | length > 1 %}A{% else %}B{% endif %}', 'A'],
    ['a loop over a literal list', "{% for s in ['core', 'portal'] %}[{{ s }}]{% endfor %}", '[core][portal]'],
    ['a loop over something else, once', '{% for s in services %}[{{ s }}]{% endfor %}', `[${variableMarker('s')}]`],
    ['a macro body', '{% macro m(x) %}X={{ x }}{% endmacro %}A=1', 'A=1'],
    ['an unclosed if', '{% if true %}A', 'A'],
  ])('%s', (_name, template, expected) => {
    expect(renderJinja(template).text).toBe(expected);
  });

  it('renders with the values it is given', () => {
    expect(renderJinja('{% if with_trivy %}T={{ mode }}{% endif %}', values).text).toBe('T=http');
  });

  it('maps each rendered line to its template line', () => {
    const template = ['{# header', 'spanning lines #}', 'services:', '{% for s in ["a", "b"] %}', '  {{ s }}:', '    image: x', '{% endfor %}', '{% if off %}', '  c:', '{% endif %}', '  d:'].join('\n');
    const rendered = renderJinja(template);
    const lines = rendered.text.split('\n');
    const at = (text: string) => rendered.lineOf[lines.indexOf(text)];
    expect(at('services:')).toBe(3);
    expect(lines.filter((line) => line === '  a:' || line === '  b:')).toHaveLength(2);
    expect(at('  a:')).toBe(5);
    expect(rendered.lineOf[lines.lastIndexOf('    image: x')]).toBe(6);
    expect(lines).not.toContain('  c:');
    expect(at('  d:')).toBe(11);
  });
});

describe('renderJinja with the repository\'s inputs', () => {
  const template = ['services:', '{% if with_search %}', '  search: {}', '{% endif %}', '{% if with_mailer %}', '  mailer: {}', '{% endif %}', '  api:', '    environment:', '      DB_HOST: {{ db_host }}', ''].join('\n');

  it.each([
    ['no inputs: unset flags are off', new Map<string, string>(), ['services:', '  api:']],
    ['a flag the inputs set true keeps its block', new Map([['with_search', 'true']]), ['services:', '  search: {}', '  api:']],
    ['a flag the inputs set false drops it', new Map([['with_search', 'true'], ['with_mailer', 'false']]), ['services:', '  search: {}', '  api:']],
  ])('%s', (_name, inputs, kept) => {
    const lines = renderJinja(template, new Map(), inputs).text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('    '));
    expect(lines).toEqual(kept);
  });

  it('leaves output values to resolution (a marker) even when an input has them', () => {
    expect(renderJinja(template, new Map(), new Map([['db_host', 'postgres']])).text).toContain(`DB_HOST: ${variableMarker('db_host')}`);
  });

  it('lets the template\'s own `set` win over an input', () => {
    expect(renderJinja('{% set with_search = false %}{% if with_search %}search{% endif %}', new Map(), new Map([['with_search', 'true']])).text).toBe('');
  });
});
