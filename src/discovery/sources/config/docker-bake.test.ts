import { describe, expect, it } from 'vitest';
import type { ImageBuildFact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { dockerBakeSource } from './docker-bake.js';

async function builds(path: string, text: string): Promise<{ dockerfile: string; images?: string[]; context?: string }[]> {
  const file = { path, text };
  const facts = (await dockerBakeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })) as ImageBuildFact[];
  return facts.map(({ dockerfile, images, context }) => ({ dockerfile, ...(images ? { images } : {}), ...(context !== undefined ? { context } : {}) }));
}

describe('dockerBakeSource', () => {
  it('accepts bake files only', () => {
    expect(dockerBakeSource.accepts('docker-bake.hcl')).toBe(true);
    expect(dockerBakeSource.accepts('build/docker-bake.override.hcl')).toBe(true);
    expect(dockerBakeSource.accepts('infra/main.hcl')).toBe(false);
  });

  it.each([
    [
      'tags from variable defaults, dockerfile relative to the context',
      'docker-bake.hcl',
      'variable "VERSION" {\n  default = "v15"\n}\ntarget "erpnext" {\n  dockerfile = "images/production/Containerfile"\n  context = "."\n  tags = ["acme/erpnext:${VERSION}", "acme/erpnext:latest"]\n}\n',
      [{ dockerfile: 'images/production/Containerfile', images: ['acme/erpnext'], context: '' }],
    ],
    [
      'a context folder and the default Dockerfile, relative to the bake file',
      'build/docker-bake.hcl',
      'target "api" {\n  context = "../api"\n  tags = ["ghcr.io/acme/api:1"]\n}\n',
      [{ dockerfile: 'api/Dockerfile', images: ['ghcr.io/acme/api'], context: 'api' }],
    ],
    [
      'inherited attributes',
      'docker-bake.hcl',
      'target "common" {\n  dockerfile = "Containerfile"\n  context = "svc"\n}\ntarget "svc" {\n  inherits = ["common"]\n  tags = ["acme/svc"]\n}\n',
      [{ dockerfile: 'svc/Containerfile', images: ['acme/svc'], context: 'svc' }],
    ],
    [
      'a variable without default names nothing',
      'docker-bake.hcl',
      'variable "REGISTRY" {}\ntarget "web" {\n  tags = ["${REGISTRY}/web:1"]\n}\n',
      [],
    ],
  ])('%s', async (_name, path, text, expected) => {
    expect(await builds(path, text)).toEqual(expected);
  });
});
