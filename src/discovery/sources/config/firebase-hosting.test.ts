import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { firebaseHostingSource } from './firebase-hosting.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return firebaseHostingSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const edges = (facts: readonly Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort();

describe('firebase-hosting source', () => {
  it.each([
    ['firebase.json', true],
    ['web/firebase.json', true],
    ['web/firebase.config.json', false],
    ['web/.firebaserc', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(firebaseHostingSource.accepts(path)).toBe(accepted);
  });

  it.each([
    {
      name: 'one site named by its folder, rewrites to Cloud Run and a function',
      path: 'web/firebase.json',
      text: JSON.stringify({ hosting: { public: 'dist', rewrites: [
        { source: '/api/trainer/**', run: { serviceId: 'trainer-http', region: 'europe-west1' } },
        { source: '/api/users/**', function: 'usersApi' },
        { source: '/export/**', function: { functionId: 'exporter', region: 'us-central1' } },
        { source: '**', destination: '/index.html' },
      ] } }, null, 2),
      edges: ['web -> exporter (rest)', 'web -> trainer-http (rest)', 'web -> usersapi (rest)'],
    },
    {
      name: 'several sites, each by its site or target',
      path: 'firebase.json',
      text: JSON.stringify({ hosting: [
        { site: 'shop-front', public: 'public', rewrites: [{ source: '/api/**', run: { serviceId: 'catalog' } }] },
        { target: 'admin', public: 'admin/dist', rewrites: [{ source: '/api/**', run: { serviceId: 'backoffice' } }] },
      ] }, null, 2),
      edges: ['admin -> backoffice (rest)', 'shop-front -> catalog (rest)'],
    },
    {
      name: 'no hosting: nothing',
      path: 'firebase.json',
      text: JSON.stringify({ firestore: { rules: 'firestore.rules' } }),
      edges: [],
    },
  ])('$name', async ({ path, text, edges: expected }) => {
    const facts = await read(path, text);
    expect(edges(facts)).toEqual(expected);
  });

  it('points its evidence at the rewrite', async () => {
    const text = '{\n  "hosting": {\n    "rewrites": [\n      { "source": "/api/**", "run": { "serviceId": "api", "region": "us-east1" } }\n    ]\n  }\n}\n';
    const facts = await read('site/firebase.json', text);
    expect(facts.find((fact) => fact.type === 'connection')?.evidence.line).toBe(4);
    expect(facts.find((fact) => fact.type === 'component')).toMatchObject({ name: 'site', root: 'site', technology: 'Firebase Hosting' });
  });
});
