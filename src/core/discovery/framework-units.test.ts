import { describe, expect, it } from 'vitest';
import type { UnitFact } from './facts.js';
import { isModuleFile, listsUnit, unitRunners } from './framework-units.js';

const evidence = { file: 'services/users.service.js', line: 1, excerpt: '' };

describe('framework units', () => {
  it.each([
    ['users,articles', 'users', true],
    ['users articles', 'articles', true],
    ['services/users.service.js', 'users', true],
    ['services/**/*.service.js', 'users', true],
    ['api', 'users', false],
    ['users-admin', 'users', false],
  ])('SERVICES=%s loads %s: %s', (value, unit, expected) => {
    expect(listsUnit(value, unit, undefined)).toBe(expected);
  });

  it('matches a unit by its file name when the schema name differs', () => {
    expect(listsUnit('accounts', 'v2.users', 'services/accounts.service.js')).toBe(true);
  });

  it.each([
    ['mixins/db.mixin.js', 'mixins/db.mixin', true],
    ['mixins/db.mixin.ts', 'mixins/db.mixin', true],
    ['mixins/db/index.js', 'mixins/db', true],
    ['mixins/db.mixin.js', 'mixins/db.mixin.js', true],
    ['mixins/db.mixin.json', 'mixins/db.mixin', false],
    ['mixins/db.mixin2.js', 'mixins/db.mixin', false],
  ])('%s is the module %s: %s', (file, written, expected) => {
    expect(isModuleFile(file, written)).toBe(expected);
  });

  it('gives a mixin to the runners of every unit using it, and `*` to every runner', () => {
    const units: UnitFact[] = [
      { type: 'unit', name: 'users', setting: 'SERVICES', files: ['services/users.service.js', 'mixins/db.mixin'], evidence },
      { type: 'unit', name: 'posts', setting: 'SERVICES', files: ['services/posts.service.js', 'mixins/db.mixin'], evidence },
      { type: 'unit', name: '*', setting: 'SERVICES', files: ['moleculer.config.js'], evidence },
      { type: 'unit', name: 'orphan', setting: 'SERVICES', files: ['services/orphan.service.js'], evidence },
    ];
    const settings = [
      { component: 'api', key: 'SERVICES', value: 'api' },
      { component: 'people', key: 'SERVICES', value: 'users' },
      { component: 'blog', key: 'SERVICES', value: 'posts' },
      { component: 'blog', key: 'MONGO_URI', value: 'users' },
    ];
    const runners = unitRunners(units, settings);
    expect(runners.owners('mixins/db.mixin.js')).toEqual(['blog', 'people']);
    expect(runners.owners('services/users.service.js')).toEqual(['people']);
    expect(runners.owners('moleculer.config.js')).toEqual(['api', 'blog', 'people']);
    expect(runners.owners('services/orphan.service.js')).toBeUndefined();
  });
});
