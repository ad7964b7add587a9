import { describe, expect, it } from 'vitest';
import { buildsOnImage } from './derived-images.js';
import { dockerfileOfImage, type DockerfileBuild } from './node-processes.js';

describe('buildsOnImage', () => {
  const cases: Array<[string | undefined, string, boolean]> = [
    ['acme/acme', 'acme/acme', true],
    ['acme/acme:3-python3.11', 'acme/acme', true],
    ['docker.io/library/python', 'python:3.12', true],
    ['acme/acme', 'acme/acme-worker', false],
    ['python', 'acme/acme', false],
    [undefined, 'acme/acme', false],
    ['', 'acme/acme', false],
  ];
  for (const [base, image, expected] of cases) {
    it(`${base ?? '(none)'} on ${image}: ${expected}`, () => expect(buildsOnImage(base, image)).toBe(expected));
  }
});

describe('an image and the Dockerfiles built FROM it', () => {
  const build = (dockerfile: string, extra: Partial<DockerfileBuild> = {}): DockerfileBuild => ({ dockerfile, read: true, images: new Set<string>(), ...extra });

  it('a team image layered on the product image is not its source, though the only untagged Dockerfile', () => {
    const builds = new Map([['data-flows/Dockerfile', build('data-flows/Dockerfile', { baseImage: 'acme/acme' })]]);
    expect(dockerfileOfImage('acme/acme', builds, new Set(['acme']))).toBeUndefined();
  });

  it('the product Dockerfile is then the only candidate', () => {
    const builds = new Map([
      ['Dockerfile', build('Dockerfile', { baseImage: 'python' })],
      ['data-flows/Dockerfile', build('data-flows/Dockerfile', { baseImage: 'acme/acme' })],
    ]);
    expect(dockerfileOfImage('acme/acme', builds, new Set(['acme']))?.dockerfile).toBe('Dockerfile');
  });

  it('the layered image is still found by its own name (its folder)', () => {
    const builds = new Map([['data-flows/Dockerfile', build('data-flows/Dockerfile', { baseImage: 'acme/acme' })]]);
    expect(dockerfileOfImage('acme/data-flows', builds, new Set(['acme']))?.dockerfile).toBe('data-flows/Dockerfile');
  });
});
