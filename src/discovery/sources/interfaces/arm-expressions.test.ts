import { describe, expect, it } from 'vitest';
import { ArmRef, ArmText, UNKNOWN, evaluate, firstRef, literalOf, parseExpression, type ArmScope } from './arm-expressions.js';

const scope: ArmScope = {
  parameters: {
    topicName: { type: 'string', defaultValue: 'gridline-orders' },
    location: { type: 'string', defaultValue: '[resourceGroup().location]' },
    env: { type: 'string', defaultValue: 'prod' },
    prefix: { type: 'string' },
    enabled: { type: 'bool', defaultValue: false },
    settings: { type: 'object', defaultValue: { queue: 'shipments' } },
  },
  variables: {
    busName: 'gridline-bus',
    appName: "[concat(parameters('env'), '-orders')]",
    busRule: "[resourceId('Microsoft.ServiceBus/namespaces/AuthorizationRules', variables('busName'), 'Root')]",
    names: ['a', 'b'],
    loop: "[variables('loop')]",
  },
};

/** A value as text for compact expectations: refs as `<type:names>`, unknowns as `?`. */
function show(value: unknown): unknown {
  if (value === UNKNOWN) return '?';
  if (value instanceof ArmRef) return `<${value.type}:${value.names.map((name) => name ?? '?').join('/')}>`;
  if (value instanceof ArmText) return value.parts.map(show).join('');
  return value;
}

describe('evaluate (ARM template expressions)', () => {
  it.each<[string, unknown, unknown]>([
    ['a plain string', 'orders', 'orders'],
    ['an escaped bracket', '[[not an expression]', '[not an expression]'],
    ['a parameter default', "[parameters('topicName')]", 'gridline-orders'],
    ['a parameter with no default', "[parameters('prefix')]", '?'],
    ['a default known only at deployment', "[parameters('location')]", '?'],
    ['a variable built from a parameter', "[variables('appName')]", 'prod-orders'],
    ['a variable referring to itself', "[variables('loop')]", '?'],
    ['concat of known and unknown parts', "[concat(parameters('prefix'), '-orders')]", '?-orders'],
    ['concat of arrays', "[concat(variables('names'), createArray('c'))]", ['a', 'b', '?']],
    ['format', "[format('{0}/{1}', parameters('topicName'), 'audit')]", 'gridline-orders/audit'],
    ['format with a format string', "[format('{0:D2}-{1}', 7, 'x')]", '7-x'],
    ['toLower', "[toLower(concat('Gridline', 'Docs'))]", 'gridlinedocs'],
    ['replace', "[replace(parameters('topicName'), '-', '')]", 'gridlineorders'],
    ['last of split', "[last(split('a/b/c', '/'))]", 'c'],
    ['if on a known condition', "[if(equals(parameters('env'), 'prod'), 'big', 'small')]", 'big'],
    ['if on an unknown condition', "[if(equals(parameters('prefix'), 'x'), 'big', 'small')]", '?'],
    ['a boolean default', "[parameters('enabled')]", false],
    ['not', "[not(parameters('enabled'))]", true],
    ['an object parameter member', "[parameters('settings').queue]", 'shipments'],
    ['resourceId', "[resourceId('Microsoft.EventGrid/topics', parameters('topicName'))]", '<Microsoft.EventGrid/topics:gridline-orders>'],
    ['resourceId with a subscription and group', "[resourceId('sub', 'rg', 'Microsoft.Web/sites', 'orders-api')]", '<Microsoft.Web/sites:orders-api>'],
    ['a property of a reference is the resource', "[reference(resourceId('Microsoft.Web/sites', 'notifier')).defaultHostName]", '<Microsoft.Web/sites:notifier>'],
    ['listKeys through a variable', "[listKeys(variables('busRule'), '2021-11-01').primaryConnectionString]", '<Microsoft.ServiceBus/namespaces/AuthorizationRules:gridline-bus/Root>'],
    ['listConnectionStrings indexed', "[listConnectionStrings(resourceId('Microsoft.DocumentDB/databaseAccounts', 'cosmos'), '2023-04-15').connectionStrings[0].connectionString]", '<Microsoft.DocumentDB/databaseAccounts:cosmos>'],
    ['reference by name', "[reference('gridline-orders').endpoint]", '<:gridline-orders>'],
    ['a function id built with concat', "[concat(resourceId('Microsoft.Web/sites', 'fulfilment'), '/functions/OnOrderPlaced')]", '<Microsoft.Web/sites:fulfilment>/functions/OnOrderPlaced'],
    ['uniqueString', "[concat('st', uniqueString(resourceGroup().id))]", 'st?'],
    ['not an expression of the language', "[concat('a']", '?'],
  ])('%s', (_name, value, expected) => {
    expect(show(evaluate(value, scope)) instanceof Array ? (evaluate(value, scope) as unknown[]).map(show) : show(evaluate(value, scope))).toEqual(expected);
  });

  it('gives inner-scoped templates the values their deployment passes before their defaults', () => {
    const inner: ArmScope = { parameters: { busName: { type: 'string', defaultValue: 'other' } }, variables: {}, passed: { busName: { value: "[variables('busName')]", scope } } };
    expect(evaluate("[parameters('busName')]", inner)).toBe('gridline-bus');
  });

  it('reads a nested deployment\'s outputs (a Bicep module\'s), evaluated in its own scope', () => {
    const moduleScope: ArmScope = { parameters: { name: { type: 'string', defaultValue: 'orders' } }, variables: {} };
    const deployments = new Map([['events', { outputs: { endpoint: { type: 'string', value: "[reference(resourceId('Microsoft.EventGrid/topics', parameters('name'))).endpoint]" } }, scope: moduleScope }]]);
    const outer: ArmScope = { parameters: {}, variables: {}, deployments };
    expect(show(evaluate("[reference(resourceId('Microsoft.Resources/deployments', 'events'), '2022-09-01').outputs.endpoint.value]", outer))).toBe('<Microsoft.EventGrid/topics:orders>');
    expect(show(evaluate("[reference('events').outputs.endpoint.value]", outer))).toBe('<Microsoft.EventGrid/topics:orders>');
    expect(show(evaluate("[reference(resourceId('Microsoft.Resources/deployments', 'other')).outputs.endpoint.value]", outer))).toBe('?');
  });

  it('evaluates each variable once, however often variables build on variables', () => {
    const variables: Record<string, unknown> = { v0: 'x' };
    for (let index = 1; index <= 40; index += 1) variables[`v${index}`] = `[concat(variables('v${index - 1}'), variables('v${index - 1}'))]`;
    const started = Date.now();
    const value = evaluate("[variables('v12')]", { parameters: {}, variables });
    expect(typeof value === 'string' ? value.length : 0).toBe(2 ** 12);
    expect(evaluate("[variables('v40')]", { parameters: {}, variables })).toBe(UNKNOWN);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('tells literal values and the first resource a value names', () => {
    expect(literalOf(evaluate("[concat('a', 'b')]", scope))).toBe('ab');
    expect(literalOf(evaluate("[concat(parameters('prefix'), 'b')]", scope))).toBeUndefined();
    expect(firstRef(evaluate("[concat('https://', reference(resourceId('Microsoft.Web/sites', 'x')).defaultHostName)]", scope))?.names).toEqual(['x']);
  });

  it('parses member access, indexes and quotes', () => {
    expect(parseExpression("a('it''s').b[0]")).toEqual({ index: { member: { call: 'a', args: [{ literal: "it's" }] }, name: 'b' }, at: { literal: 0 } });
    expect(parseExpression("a('x'")).toBeUndefined();
  });
});
