import { describe, expect, it } from 'vitest';
import { outputMarker } from '../../../core/discovery/bicep-modules.js';
import { isRecord } from '../../../core/model/is-record.js';
import { parseCode } from '../../code-parser.js';
import { compileBicep } from './bicep-compile.js';

/** The compiled value of `var x = <expression>` (after the given declarations). */
async function compiledVariable(expression: string, declarations = ''): Promise<unknown> {
  const tree = await parseCode('bicep', `${declarations}\nvar x = ${expression}\n`);
  try {
    const root = compileBicep(tree.rootNode, { path: 'infra/main.bicep', parameterMarkers: false }).root;
    return isRecord(root) && isRecord(root['variables']) ? root['variables']['x'] : undefined;
  } finally {
    tree.delete();
  }
}

const DECLARED = [
  "param prefix string = 'canopy'",
  "var suffix = 'prod'",
  "resource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = { name: 'canopy-bus' }",
  "resource queue 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = {\n  parent: bus\n  name: 'shipments'\n}",
  "module cosmos './modules/cosmos.bicep' = { name: 'cosmos' }",
].join('\n');

describe('compileBicep', () => {
  it.each<[string, string, unknown]>([
    ['a literal', "'orders'", 'orders'],
    ['a literal starting with a bracket, escaped as ARM escapes it', "'[not an expression]'", '[[not an expression]'],
    ['escapes', "'it\\'s \\${not} \\\\ here'", "it's ${not} \\ here"],
    ['a multi-line string, as written', "'''\nline ${one}\n'''", 'line ${one}\n'],
    ['a number and a boolean', '42', 42],
    ['interpolation of a parameter and a variable', "'${prefix}-orders-${suffix}'", "[concat(parameters('prefix'), '-orders-', variables('suffix'))]"],
    ['a resource property', 'bus.properties.serviceBusEndpoint', "[reference('bus').properties.serviceBusEndpoint]"],
    ["a child's name: its own", 'queue.name', "['shipments']"],
    ['a list function called on a resource', 'bus.listKeys().primaryConnectionString', "[listKeys(reference('bus')).primaryConnectionString]"],
    ['a function of the az namespace', 'az.resourceGroup().location', '[resourceGroup().location]'],
    ['a ternary and comparisons', "prefix == 'canopy' && !empty(suffix) ? 'a' : 'b'", "[if(and(equals(parameters('prefix'), 'canopy'), not(empty(variables('suffix')))), 'a', 'b')]"],
    ['coalescing', "suffix ?? 'dev'", "[coalesce(variables('suffix'), 'dev')]"],
    ['a module output: a marker filled in once the module is read', 'cosmos.outputs.endpoint', `[${`'${outputMarker('infra/main.bicep', 'cosmos', 'endpoint')}'`}]`],
    ['arithmetic, which names nothing', '1 + 2', '[unknown()]'],
    ['an object, member by member', "{ a: prefix, b: [ 'x' ] }", { a: "[parameters('prefix')]", b: ['x'] }],
  ])('compiles %s', async (_name, expression, expected) => {
    expect(await compiledVariable(expression, DECLARED)).toEqual(expected);
  });

  it('compiles a nested child with its full type and `<parent>/<name>`, `existing` and `if` kept', async () => {
    const tree = await parseCode('bicep', "param on bool = false\nresource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = {\n  name: 'canopy-bus'\n  resource q 'queues' = if (on) {\n    name: 'shipments'\n  }\n}\n");
    const root = compileBicep(tree.rootNode, { path: 'main.bicep', parameterMarkers: false }).root;
    tree.delete();
    expect(isRecord(root) ? root['resources'] : undefined).toEqual({
      bus: { type: 'Microsoft.ServiceBus/namespaces', name: "['canopy-bus']", existing: true },
      q: { type: 'Microsoft.ServiceBus/namespaces/queues', name: "[concat('canopy-bus', '/', 'shipments')]", condition: "[parameters('on')]" },
    });
  });
});
