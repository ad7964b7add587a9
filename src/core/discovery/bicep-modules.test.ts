import { describe, expect, it } from 'vitest';
import { BICEP_MODULE_CALL_KEY, BICEP_MODULE_TEMPLATE_KEY, outputMarker, parameterMarker, withBicepModules, type ModuleCall, type ModuleTemplate } from './bicep-modules.js';
import type { Fact } from './facts.js';

const MODULE = 'infra/modules/app.bicep';
const MAIN = 'infra/main.bicep';
const at = (file: string, line = 1) => ({ file, line, excerpt: '' });

const component = (name: string, aliases: string[] = [], file = MODULE): Fact => ({ type: 'component', name, kind: 'application', aliases, evidence: at(file, 3), confidence: 0.95 });
const binding = (component: string, key: string, value: string, file = MODULE): Fact => ({ type: 'binding', component, key, value, evidence: at(file, 5) });
const template = (value: ModuleTemplate, file = MODULE): Fact => ({ type: 'binding', scope: file, key: BICEP_MODULE_TEMPLATE_KEY, value: JSON.stringify(value), evidence: at(file) });
const call = (value: ModuleCall, caller = MAIN): Fact => ({ type: 'binding', scope: caller, key: BICEP_MODULE_CALL_KEY, value: JSON.stringify(value), evidence: at(caller, 9) });

/** Facts as `type name-or-component key=value [aliases]`. */
function summary(facts: Fact[]): string[] {
  return facts.map((fact) => {
    if (fact.type === 'component') return `component ${fact.name}${fact.aliases?.length ? ` [${fact.aliases.join(', ')}]` : ''}`;
    if (fact.type === 'binding') return `binding ${fact.component ?? fact.scope} ${fact.key}=${fact.value}`;
    return fact.type;
  });
}

const NAME = parameterMarker('name');
const open: ModuleTemplate = {
  facts: [component(NAME, [`${NAME}.azurewebsites.net`, `${NAME}.${parameterMarker('location')}.example`]), binding(NAME, 'Queue', parameterMarker('queue'))],
  outputs: { host: `${NAME}.azurewebsites.net` },
};

describe('withBicepModules', () => {
  it.each<[string, Fact[], string[]]>([
    ['leaves facts alone when no file is a module', [component('orders'), binding('orders', 'A', 'b')], ['component orders', 'binding orders A=b']],
    [
      'instantiates a module once per call, in place of what the file says alone',
      [component('labelled-only'), template(open), call({ symbol: 'first', module: MODULE, params: { name: 'notifier', queue: 'shipments' } }), call({ symbol: 'second', module: MODULE, params: { Name: 'mailer', queue: 'mail' } })],
      ['component notifier [notifier.azurewebsites.net]', 'binding notifier Queue=shipments', 'component mailer [mailer.azurewebsites.net]', 'binding mailer Queue=mail'],
    ],
    [
      'drops a fact naming something from a parameter the call does not pass or knows only at deployment',
      [template(open), call({ symbol: 'first', module: MODULE, params: { queue: 'shipments' } }), call({ symbol: 'second', module: MODULE, params: { name: 'func-${?}', queue: 'q' } })],
      [],
    ],
    [
      'keeps a setting whose value a call knows only in part',
      [template({ facts: [binding('notifier', 'Secret', parameterMarker('secret'))], outputs: {} }), call({ symbol: 'app', module: MODULE, params: { secret: '${?}' } })],
      ['binding notifier Secret=${?}'],
    ],
    [
      'writes a read of a call output as the output for that call',
      [template(open), call({ symbol: 'notifier', module: MODULE, params: { name: 'notifier', queue: 'q' } }), binding('portal', 'NotifierUrl', `https://${outputMarker(MAIN, 'notifier', 'Host')}/api`, MAIN)],
      ['binding portal NotifierUrl=https://notifier.azurewebsites.net/api', 'component notifier [notifier.azurewebsites.net]', 'binding notifier Queue=q'],
    ],
    [
      'drops a read of an output no module file states',
      [call({ symbol: 'storage', module: 'infra/modules/missing.bicep', params: {} }), binding('portal', 'Docs', outputMarker(MAIN, 'storage', 'endpoint'), MAIN)],
      [],
    ],
    [
      'keeps the facts of a module file called by no file as the file gives them',
      [component('orders'), template({ facts: [component(NAME)], outputs: {} })],
      ['component orders'],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(summary(withBicepModules(facts))).toEqual(expected);
  });

  it('passes one call output on through another module call', () => {
    const storage = 'infra/modules/storage.bicep';
    const facts = [
      template({ outputs: { endpoint: 'canopydocs' } }, storage),
      template({ facts: [binding('notifier', 'Docs', parameterMarker('docs'))], outputs: {} }),
      call({ symbol: 'storage', module: storage, params: {} }),
      call({ symbol: 'notifier', module: MODULE, params: { docs: outputMarker(MAIN, 'storage', 'endpoint') } }),
    ];
    expect(summary(withBicepModules(facts))).toEqual(['binding notifier Docs=canopydocs']);
  });
});
