import { describe, expect, it } from 'vitest';
import type { CodeDeclaration, ConnectionFact, Fact, TargetRef } from './facts.js';
import { dataSourcePluginTypes, isUnderPluginsFolder, withoutDataSourcePluginCalls } from './data-source-plugins.js';

const evidence = (file: string, line = 1) => ({ file, line, excerpt: '' });
const component = (root: string): Fact => ({ type: 'component', name: root.split('/').pop() as string, kind: 'application', root, project: true, evidence: evidence(`${root}/package.json`), confidence: 0.4 });
const type = (name: string, bases: string[], line = 1, endLine = 30): CodeDeclaration => ({ name, kind: 'type', bases, references: [], line, endLine });
const names = (file: string, declarations: CodeDeclaration[]): Fact => ({ type: 'code-names', declarations, uses: {}, evidence: evidence(file) });
const call = (file: string, line: number, target: TargetRef = {}): ConnectionFact => ({ type: 'connection', target, role: 'calls', mechanism: 'rest', technology: 'Slack', evidence: evidence(file, line), confidence: 0.6 });

function plugins(parent: string, base = 'QueryService'): Fact[] {
  return ['slack', 's3', 'postgresql'].flatMap((name) => [component(`${parent}/${name}`), names(`${parent}/${name}/lib/index.ts`, [type(`${name}Service`, [base])])]);
}

/** The slack plugin with a method of its class spanning lines 5–8 that names these. */
function withMethod(references: string[]): Fact[] {
  const file = 'plugins/packages/slack/lib/index.ts';
  const method: CodeDeclaration = { name: 'run', kind: 'function', parent: 'slackService', references, line: 5, endLine: 8 };
  return plugins('plugins/packages').map((fact) => (fact.type === 'code-names' && fact.evidence.file === file ? { ...fact, declarations: [...fact.declarations, method] } : fact));
}

describe('isUnderPluginsFolder', () => {
  it.each([
    ['plugins/packages/slack', true],
    ['app/server/acme-plugins/mongoPlugin', true],
    ['plugins', false],
    ['packages/slack', false],
    ['src/myplugins/x', false],
  ])('%s → %s', (root, expected) => expect(isUnderPluginsFolder(root)).toBe(expected));
});

describe('withoutDataSourcePluginCalls', () => {
  const slackFile = 'plugins/packages/slack/lib/index.ts';
  it.each<[string, Fact[], ConnectionFact, boolean]>([
    ['a plugin class client built from its arguments is dropped', plugins('plugins/packages'), call(slackFile, 6), false],
    ['a Java *-plugins module family is recognised too', plugins('server/acme-plugins', 'BasePlugin'), call('server/acme-plugins/slack/lib/index.ts', 6), false],
    ['an address the deployment sets (env var) is kept', plugins('plugins/packages'), call(slackFile, 6, { key: 'TEMPLATE_HUB_URL' }), true],
    ['a literal host is kept', plugins('plugins/packages'), call(slackFile, 6, { host: 'hub.acme.dev' }), true],
    ['code outside the plugin class is kept', plugins('plugins/packages'), call(slackFile, 40), true],
    ['sibling packages outside a plugins folder are kept', plugins('packages'), call('packages/slack/lib/index.ts', 6), true],
    ['a method reading the environment (the deployment\'s own token) is kept', withMethod(['process', 'env', 'WebClient']), call(slackFile, 6), true],
    ['a method reading only its arguments is dropped', withMethod(['sourceOptions', 'WebClient']), call(slackFile, 6), false],
    ['siblings sharing no base are kept', [component('plugins/packages/slack'), names(slackFile, [type('A', ['X'])]), component('plugins/packages/s3'), names('plugins/packages/s3/lib/index.ts', [type('B', ['Y'])])], call(slackFile, 6), true],
  ])('%s', (_, context, connection, kept) => {
    expect(withoutDataSourcePluginCalls([...context, connection]).includes(connection)).toBe(kept);
  });

  it('leaves test files out of the family', () => {
    const facts = [...plugins('plugins/packages').slice(0, 2), component('plugins/packages/s3'), names('plugins/packages/s3/__tests__/s3.test.ts', [type('Fake', ['QueryService'])])];
    expect(dataSourcePluginTypes(facts)).toEqual([]);
  });
});
