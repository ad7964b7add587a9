import { describe, expect, it } from 'vitest';
import { classpathLibraryRoots, isClasspathResource, libraryResourceRank } from './classpath-settings.js';

interface Module {
  name: string;
  library: boolean;
  roots: string[];
  references: string[];
}

const modules: Module[] = [
  { name: 'api', library: false, roots: ['platform/api'], references: ['factories', 'api'] },
  { name: 'factories', library: true, roots: ['platform/factories'], references: ['config', 'models'] },
  { name: 'config', library: true, roots: ['platform/config'], references: ['factories'] },
  { name: 'models', library: true, roots: ['platform/models'], references: [] },
  { name: 'job', library: false, roots: ['jobs/job'], references: ['factories', 'worker'] },
  { name: 'worker', library: false, roots: ['jobs/worker'], references: ['config'] },
  { name: 'legacy', library: true, roots: ['tools/legacy'], references: [] },
];
const byName = new Map(modules.map((module) => [module.name, module]));
const rootsOf = (name: string): string[] =>
  classpathLibraryRoots(
    byName.get(name) as Module,
    (module) => module.references.map((reference) => byName.get(reference) as Module),
    (module) => module.library,
    (module) => module.roots,
  );

describe('classpath settings of library modules', () => {
  it.each([
    { file: 'platform/config/src/main/resources/application.yaml', resource: true },
    { file: 'src/main/resources/application-docker.properties', resource: true },
    { file: 'platform/config/src/test/resources/application.yaml', resource: false },
    { file: 'platform/config/application.yaml', resource: false },
    { file: 'platform/config/.env', resource: false },
  ])('$file is a class-path resource: $resource', ({ file, resource }) => {
    expect(isClasspathResource(file)).toBe(resource);
  });

  it.each([
    // Nearest first, breadth first; a cycle and the service itself are no libraries of its own.
    { service: 'api', roots: ['platform/factories', 'platform/config', 'platform/models'] },
    // A deployable it references is not built in; libraries it would bring are not followed through it.
    { service: 'job', roots: ['platform/factories', 'platform/config', 'platform/models'] },
    { service: 'worker', roots: ['platform/config', 'platform/factories', 'platform/models'] },
    { service: 'legacy', roots: [] },
  ])('$service builds in $roots', ({ service, roots }) => {
    expect(rootsOf(service)).toEqual(roots);
  });

  it.each([
    { file: 'platform/config/src/main/resources/application.yaml', rank: 1 },
    { file: 'platform/factories/src/main/resources/application.properties', rank: 0 },
    // The module's code or tests, another module's settings: none of the libraries' class path.
    { file: 'platform/config/src/test/resources/application.yaml', rank: undefined },
    { file: 'tools/legacy/src/main/resources/application.yaml', rank: undefined },
    { file: 'platform/config/sub/src/main/resources/application.yaml', rank: undefined },
  ])('$file ranks $rank among the libraries of api', ({ file, rank }) => {
    expect(libraryResourceRank(file, rootsOf('api'))).toBe(rank);
  });
});
