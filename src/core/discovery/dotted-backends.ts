/**
 * Backend classes named by a dotted path in Python settings and loaded with importlib
 * (`EVENTS_PUSH_BACKEND = "app.events.backends.rabbitmq.EventsPushBackend"`, built by a loader with
 * `**settings.EVENTS_PUSH_BACKEND_OPTIONS`; sources/code/dotted-backends.ts states the loaders).
 *
 * Which class runs is the deployed settings module's choice: of the modules assigning the setting,
 * the one a `DJANGO_SETTINGS_MODULE` of the files names (a deployment's env, the code's
 * `setdefault`) wins over the common default it star-imports; with none named, every module's
 * class is kept. For each class chosen:
 *
 * - the loader's function reaches it (a reference by its dotted path, which task reach follows to
 *   that module's class, not to a class of the same name elsewhere): a Celery task calling the
 *   loader runs the class's connections in the worker;
 * - its `__init__` parameters are bound to the options' entries of the same settings module
 *   (`init:EventsPushBackend#url` ← `EVENTS_PUSH_BACKEND_OPTIONS["url"]`), so a client the class
 *   (or a wrapper it builds) opens on that parameter reaches the broker the settings name.
 *
 * A class the common default names and the deployed module overrides (a PostgreSQL LISTEN/NOTIFY
 * backend), which no other code names, runs nowhere: the connections made in it are dropped.
 *
 * Pure: facts in, facts out.
 */
import type { BindingFact, CodeNamesFact, Fact } from './facts.js';

/** The key prefix of a loader's binding: `python:dotted-loader:<setting of the path>`, its value the setting of the options. */
export const DOTTED_LOADER_KEY = 'python:dotted-loader:';
/**
 * The prefix a variant settings module's constants are kept under (`settings/production.py`
 * star-importing `base`, loaded only where DJANGO_SETTINGS_MODULE names it: django-settings-modules.ts),
 * out of every other lookup's way.
 */
export const VARIANT_CONSTANT_KEY = 'django-variant:';
/** Where code constants are bound (fact-emission.ts's CONSTANT_KEY). */
const CONSTANT = 'code:const:';
/** A dotted path ending in a class: `app.events.backends.rabbitmq.EventsPushBackend`. */
const CLASS_PATH = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.([A-Z]\w*)$/;
const SETTINGS_MODULE_VARIABLE = 'DJANGO_SETTINGS_MODULE';

/** The dotted names a Python file is imported by: `config`, `settings.config`, `app.settings.config`… */
export function pythonModuleNames(file: string): string[] {
  const segments = file.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').filter((segment) => segment !== '');
  return segments.map((_, index) => segments.slice(index).join('.'));
}

/** Whether a file is the module a dotted path names (`app.events.backends.rabbitmq` → `…/app/events/backends/rabbitmq.py` or its package's `__init__.py`). */
function isModule(file: string, module: string): boolean {
  return pythonModuleNames(file).includes(module);
}

/** The facts with the loaders' backend classes reached from the loaders and given their options. */
export function withDottedBackends(facts: readonly Fact[]): Fact[] {
  const loaders = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith(DOTTED_LOADER_KEY));
  if (loaders.length === 0) return [...facts];
  const bindings = facts.filter((fact): fact is BindingFact => fact.type === 'binding');
  const names = facts.filter((fact): fact is CodeNamesFact => fact.type === 'code-names');
  // The modules deployments name; the code's own default (`os.environ.setdefault(…)`) only where none does.
  const named = bindings.filter((fact) => fact.key === SETTINGS_MODULE_VARIABLE);
  const given = named.filter((fact) => !fact.fallback);
  const deployed = new Set((given.length > 0 ? given : named).map((fact) => fact.value.trim()));
  const added: BindingFact[] = [];
  // The dotted references each loader file's declarations gain, by file and line of the loader.
  const references = new Map<string, { line: number; reference: string }[]>();
  // Classes a settings module names but the deployed one overrides, which no other code names: they run nowhere.
  const overridden: { file: string; line: number; endLine: number }[] = [];

  for (const loader of loaders) {
    const setting = loader.key.slice(DOTTED_LOADER_KEY.length);
    const candidates = bindings.filter((fact) => (fact.key === `${CONSTANT}${setting}` || fact.key === `${VARIANT_CONSTANT_KEY}${CONSTANT}${setting}`) && CLASS_PATH.test(fact.value) && fact.evidence?.file !== undefined);
    const loaded = candidates.filter((fact) => pythonModuleNames(fact.evidence?.file as string).some((module) => deployed.has(module)));
    if (loaded.length > 0) {
      for (const other of candidates) {
        if (loaded.some((chosen) => chosen.value === other.value)) continue;
        const [, module, className] = CLASS_PATH.exec(other.value) as RegExpExecArray;
        const declaring = names.find((fact) => isModule(fact.evidence.file, module as string));
        const declaration = declaring?.declarations.find((item) => item.name === className && item.parent === undefined);
        const namedElsewhere = names.some((fact) => fact.evidence.file !== declaring?.evidence.file && fact.declarations.some((item) => item.references.includes(className as string)));
        if (declaring && declaration && !namedElsewhere) overridden.push({ file: declaring.evidence.file, line: declaration.line, endLine: declaration.endLine });
      }
    }
    // A variant module counts only where it is named; the others' classes all may run.
    for (const chosen of loaded.length > 0 ? loaded : candidates.filter((fact) => !fact.key.startsWith(VARIANT_CONSTANT_KEY))) {
      const [, module, className] = CLASS_PATH.exec(chosen.value) as RegExpExecArray;
      const declaring = names.find((fact) => isModule(fact.evidence.file, module as string) && fact.declarations.some((declaration) => declaration.name === className && declaration.parent === undefined));
      if (!declaring) continue;
      const file = loader.evidence?.file as string;
      references.set(file, [...(references.get(file) ?? []), { line: loader.evidence?.line ?? 0, reference: chosen.value }]);
      if (loader.value === '') continue;
      // The options of the module that chose the class, else of any module setting them.
      const entry = new RegExp(`^(?:${VARIANT_CONSTANT_KEY})?code:${loader.value}\\[([A-Za-z_]\\w*)\\]$`);
      const options = bindings.filter((fact) => entry.test(fact.key) && (!fact.key.startsWith(VARIANT_CONSTANT_KEY) || fact.evidence?.file === chosen.evidence?.file));
      const own = options.filter((fact) => fact.evidence?.file === chosen.evidence?.file);
      for (const option of own.length > 0 ? own : options) {
        const key = (entry.exec(option.key) as RegExpExecArray)[1] as string;
        // For the whole scan, as a package-qualified name is: the parameter is read through wrappers in other folders, by position too.
        added.push({ type: 'binding', scope: '', key: `code:init:${className}#${key.toLowerCase()}`, value: option.value, evidence: option.evidence as BindingFact['evidence'] });
      }
    }
  }
  if (added.length === 0 && references.size === 0 && overridden.length === 0) return [...facts];
  const runsNowhere = (fact: Fact): boolean =>
    fact.type === 'connection' && fact.component === undefined && overridden.some(({ file, line, endLine }) => fact.evidence.file === file && fact.evidence.line >= line && fact.evidence.line <= endLine);
  const result = facts.filter((fact) => !runsNowhere(fact)).map((fact): Fact => {
    const wanted = fact.type === 'code-names' ? references.get(fact.evidence.file) : undefined;
    if (fact.type !== 'code-names' || !wanted) return fact;
    // The innermost declaration holding the loader's line reaches the class.
    const declarations = fact.declarations.map((declaration) => {
      const extra = wanted.filter(({ line }) => line >= declaration.line && line <= declaration.endLine && !fact.declarations.some((inner) => inner !== declaration && inner.line >= declaration.line && inner.endLine <= declaration.endLine && line >= inner.line && line <= inner.endLine));
      return extra.length === 0 ? declaration : { ...declaration, references: [...declaration.references, ...extra.map(({ reference }) => reference)] };
    });
    return { ...fact, declarations };
  });
  return [...result, ...added];
}
