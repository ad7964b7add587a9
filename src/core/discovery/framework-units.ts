/**
 * Which components run a framework's units (UnitFact): one image started several times, each
 * container loading the units its setting lists (Moleculer's `SERVICES=users,articles`, read by
 * moleculer-runner). The unit's files, and the mixins it builds in, then make their connections
 * for exactly those components, whoever the folder holding the code would otherwise give them to.
 */
import type { UnitFact } from './facts.js';

/** A setting as a component's environment gives it. */
export interface UnitSetting {
  component: string;
  key: string;
  value: string;
}

/** A unit's file name without the framework's suffix: `services/users.service.js` → `users`. */
function unitFileName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.[cm]?[jt]sx?$/i, '').replace(/\.service$/i, '');
}

/**
 * Whether a setting's value loads a unit: its names separated by commas or spaces, each a unit
 * name, a file (`services/users.service.js`, `users.service`) or a glob (`services/**`), which
 * loads every unit of the folder it names.
 */
export function listsUnit(value: string, unit: string, unitFile: string | undefined): boolean {
  const names = [unit.toLowerCase(), ...(unitFile !== undefined ? [unitFileName(unitFile).toLowerCase()] : [])];
  return value
    .split(/[,\s]+/)
    .filter((item) => item !== '')
    .some((item) => item.includes('*') || names.includes(unitFileName(item).toLowerCase()));
}

/** Whether a file is the module a path names: the same file, or the path with an extension or `/index` added. */
export function isModuleFile(file: string, written: string): boolean {
  if (file === written) return true;
  const rest = file.startsWith(`${written}.`) ? file.slice(written.length + 1) : file.startsWith(`${written}/index.`) ? file.slice(written.length + 7) : undefined;
  return rest !== undefined && /^[cm]?[jt]sx?$/i.test(rest);
}

/**
 * For each file a unit claims, the components whose setting lists the unit (sorted, deduplicated).
 * A unit no component's setting lists claims nothing: its code belongs to its folder's owner.
 * `*` is claimed by every component with the setting at all.
 */
export function unitRunners(units: readonly UnitFact[], settings: readonly UnitSetting[]): { owners: (file: string) => string[] | undefined } {
  const claims: { written: string; components: Set<string> }[] = [];
  for (const unit of units) {
    const runners = settings.filter((setting) => setting.key === unit.setting && (unit.name === '*' || listsUnit(setting.value, unit.name, unit.files[0]))).map((setting) => setting.component);
    if (runners.length === 0) continue;
    for (const written of unit.files) {
      let claim = claims.find((existing) => existing.written === written);
      if (!claim) claims.push((claim = { written, components: new Set() }));
      for (const runner of runners) claim.components.add(runner);
    }
  }
  return {
    owners(file: string): string[] | undefined {
      const found = new Set<string>();
      for (const claim of claims) if (isModuleFile(file, claim.written)) for (const component of claim.components) found.add(component);
      return found.size > 0 ? [...found].sort() : undefined;
    },
  };
}
