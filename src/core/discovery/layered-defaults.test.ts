import { describe, expect, it } from 'vitest';
import { layeredDefaultKey, layeredDefaultOf } from './layered-defaults.js';

describe('the packaged default a layered read falls back on', () => {
  it.each<[string, string, string | undefined]>([
    ['a dotted key', 'redis.port', 'layered-default:env-helper:lib.config#CONFIG(redis.port)'],
    ['a deeper key', 'outposts.docker.host', 'layered-default:env-helper:lib.config#CONFIG(outposts.docker.host)'],
    ['a section and a key (an INI file’s)', 'celery,broker_url', undefined],
    ['a key of one level (a variable’s name)', 'REDIS_URL', undefined],
    ['nothing', '', undefined],
  ])('%s', (_name, argument, expected) => {
    expect(layeredDefaultOf({ template: 'env-helper:lib.config#CONFIG', argument })).toBe(expected);
  });

  it('keys a leaf by the accessor and its path', () => {
    expect(layeredDefaultKey('env-helper:acme.config#settings', 'email.host')).toBe('layered-default:env-helper:acme.config#settings(email.host)');
  });
});
