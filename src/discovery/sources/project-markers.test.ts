import { describe, expect, it } from 'vitest';
import type { ComponentFact } from '../../core/discovery/facts.js';
import { evidenceFor } from '../source.js';
import { projectMarkers } from './project-markers.js';

/** The component a project file makes, as name, root and aliases. */
async function componentOf(path: string, text: string) {
  const file = { path, text };
  const facts = (await projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })) as ComponentFact[];
  return facts.map((fact) => ({ name: fact.name, root: fact.root, aliases: fact.aliases }));
}

describe('project markers', () => {
  it.each([
    ['cart/package.json', '{"name": "@shop/cart-api"}', { name: 'cart', root: 'cart', aliases: ['cart-api'] }],
    ['services/orders/go.mod', 'module github.com/acme/orders\n', { name: 'orders', root: 'services/orders', aliases: undefined }],
    ['src/cartservice/src/cartservice.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"/>', { name: 'cartservice', root: 'src/cartservice/src', aliases: undefined }],
    ['src/adservice/app/pom.xml', '<project><artifactId>ads</artifactId></project>', { name: 'adservice', root: 'src/adservice/app', aliases: ['ads'] }],
    ['src/emailservice/src/requirements.txt', 'grpcio\n', { name: 'emailservice', root: 'src/emailservice/src', aliases: undefined }],
  ])('%s makes a component', async (path, text, expected) => {
    expect(await componentOf(path, text)).toEqual([expected]);
  });

  it('leaves a workspace root alone', async () => {
    expect(await componentOf('package.json', '{"name": "monorepo", "workspaces": ["packages/*"]}')).toEqual([]);
  });
});
