import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ComponentFact, type ConnectionFact, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

const project = (name: string, line = 1): ComponentFact => ({ type: 'component', name, kind: 'application', root: name, project: true, evidence: { file: `${name}/pom.xml`, line, excerpt: '' }, confidence: CONFIDENCE.weak });
const applicationName = (module: string, value: string): BindingFact => ({ type: 'binding', scope: module, key: 'spring.application.name', value, evidence: { file: `${module}/src/main/resources/application.yml`, line: 3, excerpt: `name: ${value}` } });
const feign = (from: string, id: string): ConnectionFact => ({
  type: 'connection',
  target: { host: id },
  role: 'calls',
  mechanism: 'rest',
  technology: 'HTTP',
  evidence: { file: `${from}/src/main/java/Client.java`, line: 8, excerpt: `@FeignClient(name = "${id}")` },
  confidence: CONFIDENCE.literal,
});
const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`);

describe('spring.application.name as a service id', () => {
  it.each<[string, Fact[], string[]]>([
    ['a Feign client reaches the one service registering under the id', [project('shipping'), project('catalog'), applicationName('catalog', 'product-registry'), feign('shipping', 'product-registry')], ['shipping -> catalog']],
    ['from the deployment environment too', [project('shipping'), project('catalog'), { type: 'binding', component: 'catalog', key: 'SPRING_APPLICATION_NAME', value: 'product-registry', evidence: { file: 'docker-compose.yml', line: 9, excerpt: '' } }, feign('shipping', 'product-registry')], ['shipping -> catalog']],
    ['two services registering under one id: neither is it', [project('shipping'), project('catalog'), project('pricing'), applicationName('catalog', 'product-registry'), applicationName('pricing', 'product-registry'), feign('shipping', 'product-registry')], ['shipping -> product-registry']],
    ['a system already named so stays that system', [project('shipping'), project('catalog'), project('product-registry'), applicationName('catalog', 'product-registry'), feign('shipping', 'product-registry')], ['shipping -> product-registry']],
  ])('%s', (_, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});
