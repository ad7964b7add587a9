import { describe, expect, it } from 'vitest';
import { evidenceFor, type SourceContext } from '../source.js';
import { ALL_SOURCES } from './index.js';

/**
 * A Gemfile says which gems a Ruby app bundles, but discovery takes no SDK as present from it: a
 * gem is known to be used from the code calling it (ruby-signatures.ts), and the Gemfile only
 * marks its folder as a project (project-markers.ts). So a gem commented out (`# gem 'stripe'`),
 * or one listed and never called, is no Stripe.
 */
describe('a Gemfile and the SDKs it lists', () => {
  const read = async (text: string) => {
    const file = { path: 'apps/shop/Gemfile', text };
    const context: SourceContext = { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] };
    const readers = ALL_SOURCES.filter((source) => source.accepts(file.path));
    return { readers: readers.map((source) => source.name), facts: (await Promise.all(readers.map((source) => source.read(file, context)))).flat() };
  };

  it.each([
    ['commented out', "source 'https://rubygems.org'\n# gem 'stripe'\ngem 'sinatra'\n"],
    ['commented out after code', "source 'https://rubygems.org'\ngem 'sinatra' # gem 'stripe', '~> 10'\n"],
    ['listed', "source 'https://rubygems.org'\ngem 'stripe'\n"],
  ])('is read only as a project marker, whatever it lists: a gem %s is no SDK present', async (_case, text) => {
    const { readers, facts } = await read(text);
    expect(readers).toEqual(['project-markers']);
    expect(facts.map((fact) => fact.type)).toEqual(['component']);
    expect(JSON.stringify(facts).toLowerCase()).not.toContain('stripe');
  });
});
