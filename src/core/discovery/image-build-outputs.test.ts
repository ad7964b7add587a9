import { describe, expect, it } from 'vitest';
import { projectOfImageOutputs } from './image-build-outputs.js';
import type { DockerfileBuild } from './node-processes.js';

describe('projectOfImageOutputs', () => {
  const cli = { name: 'cli', roots: new Set(['cli']) };
  const nested = { name: 'orders', roots: new Set(['platform/orders']) };
  const projects = () => [{ project: cli }, { project: nested }];
  const build = (dockerfile: string, builtProjects: string[] | undefined, context?: string): DockerfileBuild => ({
    dockerfile,
    read: true,
    images: new Set(),
    ...(builtProjects !== undefined ? { builtProjects: new Set(builtProjects) } : {}),
    ...(context !== undefined ? { context } : {}),
  });
  it.each<[string, DockerfileBuild, string | undefined]>([
    ['a root Dockerfile copying cli/build/executable', build('Dockerfile', ['cli']), 'cli'],
    ['a Dockerfile in a subfolder, the context at the root by default', build('docker/Dockerfile', ['cli']), 'cli'],
    ['the Dockerfile folder as the context', build('platform/Dockerfile', ['orders']), 'orders'],
    ['a build command naming the context', build('docker/orders/Dockerfile', ['orders'], 'platform'), 'orders'],
    ['a context where no such project is', build('Dockerfile', ['orders'], 'elsewhere'), undefined],
    ['no build output copied', build('Dockerfile', undefined), undefined],
  ])('%s', (_label, given, expected) => expect(projectOfImageOutputs(given, projects)?.name).toBe(expected));
});
