/**
 * The environments and profiles a component runs with (Micronaut environments, Spring and Quarkus
 * profiles, ASP.NET Core's environment), which choose among its module's settings files.
 */
import type { BindingFact } from './facts.js';
import { systemKey, type Component } from './components.js';

/**
 * Keys naming the active environments: Micronaut's, Spring's and Quarkus's (`QUARKUS_PROFILE`, or
 * SmallRye Config's own `SMALLRYE_CONFIG_PROFILE`), as a property, an env var or a `-D` flag; and
 * ASP.NET Core's (`ASPNETCORE_ENVIRONMENT`, `DOTNET_ENVIRONMENT`), choosing `appsettings.<Environment>.json`.
 */
export const ACTIVE_ENVIRONMENTS_KEY = /^(?:(?:-?D)?(?:micronaut[._]environments|spring[._]profiles[._]active|quarkus[._]profile|smallrye[._]config[._]profile)|(?:ASPNETCORE|DOTNET)_ENVIRONMENT)$/i;

/** The environments a binding activates: its value for an environments key, else the `-D` flags of a command line or `JAVA_OPTS`. */
export function environmentNames(binding: BindingFact): string[] {
  const values = ACTIVE_ENVIRONMENTS_KEY.test(binding.key)
    ? [binding.value]
    : [...binding.value.matchAll(/-D(?:micronaut\.environments|spring\.profiles\.active|quarkus\.profile|smallrye\.config\.profile)=["']?([A-Za-z0-9_.,-]+)/g)].map((match) => match[1] as string);
  return values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => /^[a-z0-9_.-]+$/.test(name));
}

/**
 * Where a settings binding ranks among its module's files: an active environment's file first,
 * then the plain file, then the files of environments the deployment does not run (with no
 * environment known, a file of some environment still ranks after the plain one). A Quarkus
 * profile's key is a candidate only while its profile is active (see localAmong), and then first.
 */
export function profileRank(binding: BindingFact, active: ReadonlySet<string> | undefined): number {
  if (binding.profile === undefined) return 1;
  if (binding.profileOnly) return 0;
  return active?.has(binding.profile) ? 0 : 2;
}

/** `spring.profiles.active` and `SPRING_PROFILES_ACTIVE` under relaxed binding. */
export const ACTIVE_PROFILES_KEY = /^spring[._]profiles[._]active$/i;

/**
 * The profiles a service of a config repository runs with: what its deployment's environment
 * sets (a compose service or workload whose code folder is the module), else its own settings.
 */
export function activeSpringProfiles(owner: { component: string } | { scope: string }, bindings: readonly BindingFact[], components: ReadonlyMap<string, Component>, aliasOf: ReadonlyMap<string, string>): string[] {
  const keyOf = (name: string): string => aliasOf.get(systemKey(name)) ?? systemKey(name);
  const deployed = 'component' in owner ? new Set([keyOf(owner.component)]) : new Set([...components.values()].filter((component) => component.roots.has(owner.scope)).map((component) => component.key));
  const values = (fromDeployment: boolean): string[] =>
    bindings
      .filter((binding) => ACTIVE_PROFILES_KEY.test(binding.key) && (fromDeployment ? binding.component !== undefined && deployed.has(keyOf(binding.component)) : 'scope' in owner && binding.scope === owner.scope))
      .flatMap((binding) => binding.value.split(','))
      .map((profile) => profile.trim())
      .filter((profile) => /^[A-Za-z0-9_.-]+$/.test(profile));
  const set = values(true);
  return set.length > 0 ? set : values(false);
}
