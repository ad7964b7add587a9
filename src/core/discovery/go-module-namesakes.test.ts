import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from './facts.js';
import { withGoModulesApartFromNamesakes } from './go-module-namesakes.js';

const at = (file: string) => ({ file, line: 1, excerpt: '' });
const module = (name: string, modulePath: string, root = ''): Fact => ({ type: 'component', name, kind: 'application', root, project: true, goModule: true, modulePath, evidence: at(root === '' ? 'go.mod' : `${root}/go.mod`), confidence: CONFIDENCE.weak });
const workload = (name: string): Fact => ({ type: 'component', name, kind: 'application', aliases: [`quay.io/acme/${name}`], evidence: at(`k8s/${name}.yaml`), confidence: CONFIDENCE.declared });
const code = (file: string): Fact => ({ type: 'binding', scope: file.slice(0, file.lastIndexOf('/')), key: 'X', value: 'y', evidence: at(file) });

/** The name each Go module fact ends with. */
const moduleNames = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'component' && fact.goModule ? [fact.name] : []));

describe('a Go module named like a program deployed from it', () => {
  it.each<[string, Fact[], string[]]>([
    [
      'the module of several deployed commands, spelt like the CLI server: apart, by its path',
      [module('spindle', 'github.com/spindlehq/spindle'), workload('spindle-server'), workload('spindle-controller'), code('cmd/spindle/main.go'), code('cmd/spindle-controller/main.go'), code('cmd/spx-exec/main.go')],
      ['github.com/spindlehq/spindle'],
    ],
    ['one command only: the deployable is the module', [module('orders', 'github.com/acme/orders'), workload('orders-service'), code('cmd/orders/main.go'), code('internal/db/db.go')], ['orders']],
    ['several commands, only one deployed: left as it is', [module('orders', 'github.com/acme/orders'), workload('orders-service'), code('cmd/orders/main.go'), code('cmd/orders-migrate/main.go')], ['orders']],
    ['no deployable spelt otherwise: left as it is', [module('flow', 'github.com/acme/flow'), workload('flow'), workload('flow-controller'), code('cmd/flow/main.go'), code('cmd/flow-controller/main.go')], ['flow']],
    ['no namesake at all', [module('flowctl', 'github.com/acme/flowctl'), workload('flow-server'), workload('flow-controller'), code('cmd/flow/main.go'), code('cmd/flow-controller/main.go')], ['flowctl']],
    [
      'a module in a folder, its commands below it',
      [module('relay', 'github.com/acme/relay', 'relay'), workload('relay-api'), workload('relay-worker'), code('relay/cmd/relay/main.go'), code('relay/cmd/relay-worker/main.go')],
      ['github.com/acme/relay'],
    ],
  ])('%s', (_, facts, expected) => {
    expect(moduleNames(withGoModulesApartFromNamesakes(facts))).toEqual(expected);
  });
});
