/**
 * Quarkus configuration profiles: a key written `%kubernetes.quarkus.rest-client.x.url` is the
 * setting `quarkus.rest-client.x.url` while the `kubernetes` profile is active, and then wins over
 * the key without a profile. The deployment chooses the profile (`QUARKUS_PROFILE`,
 * `-Dquarkus.profile=…`, `SMALLRYE_CONFIG_PROFILE`); with none chosen a packaged application runs
 * `prod`. `dev` and `test` are `quarkus dev`'s and the tests' (WireMock stubs, Dev Services) and
 * never a deployed service's, so their keys are not read at all.
 *
 * Unlike a Spring or Micronaut profile file (`application-docker.yml`, still a candidate when the
 * active environments are unknown), a Quarkus profile's key applies only when its profile is
 * active: Quarkus's default is known. Pure: the caller says which profiles are active.
 */

/** The profile a packaged Quarkus application runs with when the deployment chooses none. */
export const DEFAULT_QUARKUS_PROFILE = 'prod';

/** Profiles of development and tests, never the deployed service's. */
const DEVELOPMENT_PROFILES = new Set(['dev', 'test']);

/** A key of one or more profiles: `%kubernetes.x`, `%dev,test.x`. */
const PROFILED_KEY = /^%([^.]+)\.(.+)$/;

/**
 * The profiles a key is written for and the key they set, or undefined for a key of no profile.
 * Development and test profiles are left out, so `%dev.x` gives no profile at all (`profiles`
 * empty): such a key is nobody's deployed setting.
 */
export function profiledKey(key: string): { profiles: string[]; key: string } | undefined {
  const match = PROFILED_KEY.exec(key);
  if (!match) return undefined;
  const profiles = (match[1] as string)
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && !DEVELOPMENT_PROFILES.has(name));
  return { profiles: [...new Set(profiles)], key: match[2] as string };
}

/** The profiles active for a Quarkus setting: those the deployment (or the module) chooses, else `prod`. */
export function activeQuarkusProfiles(chosen: ReadonlySet<string> | undefined): ReadonlySet<string> {
  return chosen !== undefined && chosen.size > 0 ? chosen : new Set([DEFAULT_QUARKUS_PROFILE]);
}

/**
 * Whether a setting or connection of a settings file applies, given the profiles chosen for its
 * component: a Quarkus profile's key (`profileOnly`) only while its profile is active; a plain key
 * unless an active profile sets the same key (`unlessProfiles`); a Spring/Micronaut profile file
 * unless the deployment chooses only other profiles.
 */
export function appliesUnderProfiles(fact: { profile?: string; profileOnly?: boolean; unlessProfiles?: readonly string[] }, chosen: ReadonlySet<string>): boolean {
  if (fact.profileOnly && fact.profile !== undefined) return activeQuarkusProfiles(chosen).has(fact.profile);
  if (fact.unlessProfiles?.some((profile) => activeQuarkusProfiles(chosen).has(profile))) return false;
  if (fact.profile !== undefined && chosen.size > 0) return chosen.has(fact.profile);
  return true;
}
