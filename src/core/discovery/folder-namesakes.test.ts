import { describe, expect, it } from 'vitest';
import type { ComponentFact } from './facts.js';
import { withDistinctModuleNames } from './folder-namesakes.js';

const project = (name: string, root: string, aliases?: string[]): ComponentFact => ({
  type: 'component',
  name,
  kind: 'application',
  root,
  project: true,
  ...(aliases ? { aliases } : {}),
  evidence: { file: `${root}/pom.xml`, line: 1, excerpt: '' },
  confidence: 0.4,
});

const named = (facts: readonly ComponentFact[]): string[] =>
  withDistinctModuleNames(facts).map((fact) => (fact.type === 'component' ? `${fact.name}${fact.aliases ? ` [${fact.aliases.join(', ')}]` : ''}` : ''));

describe('withDistinctModuleNames', () => {
  it.each<[string, ComponentFact[], string[]]>([
    ['an adapter and a library in folders of one short name take their artifactIds', [project('amqp', 'adapters/amqp', ['acme-adapter-amqp']), project('amqp', 'clients/amqp', ['acme-client-amqp'])], ['acme-adapter-amqp', 'acme-client-amqp']],
    ['a folder name no other project shares stays the name', [project('http', 'adapters/http', ['acme-adapter-http']), project('amqp', 'clients/amqp', ['acme-client-amqp'])], ['http [acme-adapter-http]', 'amqp [acme-client-amqp]']],
    ['two build files of one folder are one project', [project('orders', 'orders', ['acme-orders']), project('orders', 'orders', ['acme-orders'])], ['orders [acme-orders]', 'orders [acme-orders]']],
    ['a namesake declaring no name of its own leaves both be', [project('amqp', 'adapters/amqp', ['acme-adapter-amqp']), project('amqp', 'clients/amqp')], ['amqp [acme-adapter-amqp]', 'amqp']],
    ['namesakes declaring the same name leave both be', [project('core', 'a/core', ['acme-core']), project('core', 'b/core', ['acme-core'])], ['core [acme-core]', 'core [acme-core]']],
    ['a name taken from a folder above a generic one is no folder namesake', [project('cart', 'cart/src', ['cart-api']), project('cart', 'cart/tests', ['cart-tests'])], ['cart [cart-api]', 'cart [cart-tests]']],
    ['an image alias is no declared name', [project('web', 'a/web', ['acme/web']), project('web', 'b/web', ['acme-b-web'])], ['web [acme/web]', 'web [acme-b-web]']],
  ])('%s', (_label, facts, expected) => {
    expect(named(facts)).toEqual(expected);
  });
});
