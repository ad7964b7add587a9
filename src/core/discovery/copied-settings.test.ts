import { describe, expect, it } from 'vitest';
import { copiedStoreDependencies, type Setting, type StoreEdge } from './copied-settings.js';

type Edge = StoreEdge<string>;
const URL = 'postgresql+asyncpg://acme:secret@postgres:5432/acme';
const shared: Setting = { key: 'ACME_API_DATABASE_CONNECTION_URL', value: URL };

interface Case {
  name: string;
  edges: Edge[];
  codebases: Record<string, string>;
  settings: Record<string, Setting[]>;
  dropped: string[];
}

const uses = (source: string): Edge => ({ source, target: 'postgres', role: 'uses', mechanism: 'database' });
const waits = (source: string): Edge => ({ source, target: 'postgres', role: 'depends', mechanism: 'database' });
const polls = (source: string, target: string): Edge => ({ source, target, role: 'depends', mechanism: 'rest' });

const CASES: Case[] = [
  {
    name: "a worker calling the server's API, given the server's database URL by a shared block",
    edges: [uses('server'), waits('worker'), polls('worker', 'server')],
    codebases: { server: '', worker: '' },
    settings: { server: [shared], worker: [shared, { key: 'ACME_API_URL', value: 'http://server:4200/api' }] },
    dropped: ['worker'],
  },
  {
    name: 'a background process of the server calling no API keeps its use',
    edges: [uses('server'), waits('services')],
    codebases: { server: '', services: '' },
    settings: { server: [shared], services: [shared] },
    dropped: [],
  },
  {
    name: 'a worker whose command is unknown keeps it',
    edges: [uses('server'), waits('worker'), polls('worker', 'server')],
    codebases: { server: '' },
    settings: { server: [shared], worker: [shared] },
    dropped: [],
  },
  {
    name: 'a variable of its own addressing the store keeps it',
    edges: [uses('server'), waits('worker'), polls('worker', 'server')],
    codebases: { server: '', worker: '' },
    settings: { server: [shared], worker: [{ key: 'WORKER_DB_URL', value: URL }] },
    dropped: [],
  },
  {
    name: 'a server of another codebase is no sibling',
    edges: [uses('server'), waits('worker'), polls('worker', 'server')],
    codebases: { server: 'api', worker: 'agent' },
    settings: { server: [shared], worker: [shared] },
    dropped: [],
  },
  {
    name: 'a worker whose own code uses the store keeps its edges',
    edges: [uses('server'), uses('worker'), waits('worker'), polls('worker', 'server')],
    codebases: { server: '', worker: '' },
    settings: { server: [shared], worker: [shared] },
    dropped: [],
  },
];

describe('copiedStoreDependencies', () => {
  it('an env-only use, which no code of the worker says, is a copy too', () => {
    const envOnly: Edge = { source: 'worker', target: 'postgres', role: 'uses', mechanism: 'database' };
    const edges = [uses('server'), envOnly, polls('worker', 'server')];
    const found = copiedStoreDependencies<string, Edge>(
      edges,
      () => '',
      () => [shared],
      (value, store) => value.includes(`@${store}:`),
      (edge) => edge !== envOnly && edge.role !== 'depends',
    );
    expect([...found]).toEqual([envOnly]);
  });

  for (const { name, edges, codebases, settings, dropped } of CASES) {
    it(name, () => {
      const found = copiedStoreDependencies<string, Edge>(
        edges,
        (component) => codebases[component],
        (component) => settings[component] ?? [],
        (value, store) => value.includes(`@${store}:`),
      );
      expect([...found].map((edge) => edge.source)).toEqual(dropped);
    });
  }
});
