import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type ComponentFact, type Fact } from './facts.js';
import { withBuiltImages } from './built-images.js';

const dockerfileComponent = (name: string, path: string): ComponentFact => ({
  type: 'component', name, kind: 'database', technology: 'MongoDB', root: path.slice(0, path.lastIndexOf('/')), dockerfile: path, evidence: { file: path, line: 3, excerpt: 'FROM ${MONGO_IMAGE}' }, confidence: CONFIDENCE.weak,
});
const service = (name: string, dockerfile?: string): ComponentFact => ({
  type: 'component', name, kind: 'application', ...(dockerfile ? { dockerfile } : {}), evidence: { file: 'docker-compose.yml', line: 1, excerpt: `${name}:` }, confidence: CONFIDENCE.declared,
});
const names = (facts: Fact[]): string[] => facts.map((fact) => (fact.type === 'component' ? `${fact.name}:${fact.kind}` : fact.type));

describe('withBuiltImages', () => {
  it.each<[string, Fact[], string[]]>([
    ['the Dockerfile\'s component takes the name of the service building it', [service('cabin-store', 'infra/mongo/Dockerfile'), dockerfileComponent('mongo', 'infra/mongo/Dockerfile')], ['cabin-store:application', 'cabin-store:database']],
    ['one copy per service building it', [service('store-a', 'db/Dockerfile'), service('store-b', 'db/Dockerfile'), dockerfileComponent('db', 'db/Dockerfile')], ['store-a:application', 'store-b:application', 'store-a:database', 'store-b:database']],
    ['a Dockerfile nothing builds keeps its folder\'s name', [service('api', 'api/Dockerfile'), dockerfileComponent('catalogue-db', 'catalogue-db/Dockerfile')], ['api:application', 'catalogue-db:database']],
    ['a one-shot job built from it is no datastore, and the folder makes no system', [{ ...service('cabins-seed', 'infra/mongo/Dockerfile'), runsOnce: true }, dockerfileComponent('mongo', 'infra/mongo/Dockerfile')], ['cabins-seed:application']],
    ['a job and a server built from it: the server only', [{ ...service('cabins-seed', 'infra/mongo/Dockerfile'), runsOnce: true }, service('cabin-store', 'infra/mongo/Dockerfile'), dockerfileComponent('mongo', 'infra/mongo/Dockerfile')], ['cabins-seed:application', 'cabin-store:application', 'cabin-store:database']],
    ['a service building another Dockerfile of the folder is not joined', [service('seed', 'infra/mongo/seed.Dockerfile'), dockerfileComponent('mongo', 'infra/mongo/Dockerfile')], ['seed:application', 'mongo:database']],
  ])('%s', (_case, facts, expected) => {
    expect(names(withBuiltImages(facts))).toEqual(expected);
  });
});
