import { describe, expect, it } from 'vitest';
import { activeQuarkusProfiles, appliesUnderProfiles, profiledKey } from './quarkus-profiles.js';

describe('profiledKey', () => {
  it.each([
    ['a plain key', 'quarkus.rest-client.x.url', undefined],
    ['one profile', '%kubernetes.quarkus.rest-client.x.url', { profiles: ['kubernetes'], key: 'quarkus.rest-client.x.url' }],
    ['prod', '%prod.fight.villain.client-base-url', { profiles: ['prod'], key: 'fight.villain.client-base-url' }],
    ['a development profile', '%dev.quarkus.rest-client.x.url', { profiles: [], key: 'quarkus.rest-client.x.url' }],
    ['development and test', '%dev,test.x', { profiles: [], key: 'x' }],
    ['several, development left out', '%dev, Kubernetes ,prod.x', { profiles: ['kubernetes', 'prod'], key: 'x' }],
  ])('%s', (_, key, expected) => {
    expect(profiledKey(key)).toEqual(expected);
  });
});

describe('appliesUnderProfiles', () => {
  const none = new Set<string>();
  const kubernetes = new Set(['kubernetes']);
  it.each([
    ['a plain key, nothing chosen', {}, none, true],
    ['a %prod key, nothing chosen (prod by default)', { profile: 'prod', profileOnly: true }, none, true],
    ['a %prod key under kubernetes', { profile: 'prod', profileOnly: true }, kubernetes, false],
    ['a %kubernetes key under kubernetes', { profile: 'kubernetes', profileOnly: true }, kubernetes, true],
    ['a %kubernetes key, nothing chosen', { profile: 'kubernetes', profileOnly: true }, none, false],
    ['a plain key %kubernetes replaces, under kubernetes', { unlessProfiles: ['kubernetes'] }, kubernetes, false],
    ['a plain key %kubernetes replaces, nothing chosen', { unlessProfiles: ['kubernetes'] }, none, true],
    ['a plain key %prod replaces, nothing chosen', { unlessProfiles: ['prod'] }, none, false],
    ['a profile file, nothing chosen (still a candidate)', { profile: 'docker' }, none, true],
    ['a profile file of another environment', { profile: 'docker' }, kubernetes, false],
  ])('%s', (_, fact, chosen, expected) => {
    expect(appliesUnderProfiles(fact, chosen)).toBe(expected);
  });

  it('defaults to prod only when nothing is chosen', () => {
    expect([...activeQuarkusProfiles(undefined)]).toEqual(['prod']);
    expect([...activeQuarkusProfiles(kubernetes)]).toEqual(['kubernetes']);
  });
});
