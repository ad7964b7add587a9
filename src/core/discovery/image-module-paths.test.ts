import { describe, expect, it } from 'vitest';
import type { ModuleImportsFact } from './facts.js';
import { imagePathOf, withImageModulePaths, type ImageFileLayout } from './image-module-paths.js';

const KNOWN = new Set([
  'source/common/queue.js',
  'source/common/tracing.js',
  'source/common/lib/index.js',
  'source/common/data.json',
  'source/requester/index.js',
  'source/requester/helpers.js',
  'source/server/index.js',
  'source/server/db.js',
]);

/** `COPY common/*.js ./`, `COPY requester/index.js ./` in `WORKDIR /app`, context `source/`. */
const MERGED: ImageFileLayout = {
  context: 'source',
  workdir: '/app',
  copies: [
    { source: 'requester/package.json', destination: '/app/package.json' },
    { source: 'requester/index.js', destination: '/app/index.js' },
  ],
  copiedPatterns: [{ source: 'common/*.js', destination: '/app/*.js' }],
};

const loads = (file: string, files: string[], imports?: Record<string, string[]>): ModuleImportsFact => ({ type: 'module-imports', files, ...(imports ? { imports } : {}), evidence: { file, line: 1, excerpt: '' } });

describe('imagePathOf', () => {
  it.each([
    { name: 'a file copied by name', file: 'source/requester/index.js', layout: MERGED, want: '/app/index.js' },
    { name: 'a file a pattern copies', file: 'source/common/queue.js', layout: MERGED, want: '/app/queue.js' },
    { name: 'a file the pattern does not match', file: 'source/common/data.json', layout: MERGED, want: undefined },
    { name: 'a file below a copied folder', file: 'source/common/lib/index.js', layout: { context: 'source', copies: [{ source: 'common', destination: '/srv/common' }] }, want: '/srv/common/lib/index.js' },
    { name: 'the whole context copied', file: 'source/server/db.js', layout: { context: 'source', copies: [{ source: '.', destination: '/app' }] }, want: '/app/server/db.js' },
    { name: 'a file the image does not hold', file: 'source/server/index.js', layout: MERGED, want: undefined },
  ])('$name', ({ file, layout, want }) => {
    expect(imagePathOf(file, layout)).toBe(want);
  });
});

describe('withImageModulePaths', () => {
  it.each([
    { name: 'a sibling only the image holds, through a pattern', fact: loads('source/requester/index.js', ['source/requester/queue']), layouts: [MERGED], want: ['source/common/queue.js'] },
    { name: 'a path that resolves in the repository stays', fact: loads('source/requester/index.js', ['source/requester/helpers']), layouts: [MERGED], want: ['source/requester/helpers'] },
    { name: 'a file no copy puts there', fact: loads('source/requester/index.js', ['source/requester/missing']), layouts: [MERGED], want: ['source/requester/missing'] },
    { name: 'a pattern matching no such name (data.json is no .js)', fact: loads('source/requester/index.js', ['source/requester/data.json']), layouts: [MERGED], want: ['source/requester/data.json'] },
    { name: 'a loader the image does not hold', fact: loads('source/server/index.js', ['source/server/queue']), layouts: [MERGED], want: ['source/server/queue'] },
    {
      name: "a folder's contents copied over the service's (`COPY common/ ./`), a folder's index",
      fact: loads('source/requester/index.js', ['source/requester/lib']),
      layouts: [{ context: 'source', workdir: '/app', copies: [{ source: 'common/', destination: '/app' }, { source: 'requester/index.js', destination: '/app/index.js' }] }],
      want: ['source/common/lib/index.js'],
    },
    {
      name: 'a parent-relative path into a folder copied beside the service (`../shared/queue`)',
      fact: loads('source/requester/index.js', ['source/shared/queue']),
      layouts: [{ context: 'source', copies: [{ source: 'common', destination: '/shared' }, { source: 'requester', destination: '/app' }] }],
      want: ['source/common/queue.js'],
    },
    {
      name: 'a loader itself copied by a pattern',
      fact: loads('source/requester/index.js', ['source/requester/queue']),
      layouts: [{ context: 'source', workdir: '/app', copiedPatterns: [{ source: 'requester/*.js', destination: '/app/*.js' }, { source: 'common/*.js', destination: '/app/*.js' }] }],
      want: ['source/common/queue.js'],
    },
    { name: 'no image copies anything', fact: loads('source/requester/index.js', ['source/requester/queue']), layouts: [{ context: 'source' }], want: ['source/requester/queue'] },
  ])('$name', ({ fact, layouts, want }) => {
    expect(withImageModulePaths([fact], KNOWN, layouts)[0]?.files).toEqual(want);
  });

  it('keeps the names taken under the new key', () => {
    const [fact] = withImageModulePaths([loads('source/requester/index.js', ['source/requester/queue', 'source/requester/helpers'], { 'source/requester/queue': ['publish'], 'source/requester/helpers': ['retry'] })], KNOWN, [MERGED]);
    expect(fact?.imports).toEqual({ 'source/common/queue.js': ['publish'], 'source/requester/helpers': ['retry'] });
  });

  it('returns a fact with nothing unresolved as it was', () => {
    const fact = loads('source/requester/index.js', ['source/requester/helpers']);
    expect(withImageModulePaths([fact], KNOWN, [MERGED])[0]).toBe(fact);
  });
});
