/**
 * Which Django settings module a process loads: the one `DJANGO_SETTINGS_MODULE` names, set on
 * the deployment or defaulted by the code starting Django (`os.environ.setdefault(
 * "DJANGO_SETTINGS_MODULE", "inkwell.settings")` in `manage.py`, `asgi.py`, the Celery app's module).
 *
 * A **variant** settings module (`settings/test.py`, `settings_ci.py`, `settings/production.py`)
 * is one that takes in the shared settings whole and changes some of them: it star-imports its own
 * package or a `settings` module (`from inkwell.settings import *`, `from .settings import *`), or
 * is named after an environment and star-imports the base (`settings/production.py` with `from
 * .base import *`; a part of split settings, `queues.py` star-importing `base`, is no variant). It is loaded only where
 * DJANGO_SETTINGS_MODULE names it, so its connections are made on that condition, and its
 * constants (`CELERY_BROKER_URL` on the CI's Redis) are nobody else's: no other module imports a
 * variant. The modules a settings package is split into (`base.py`, `data_stores.py`, taken in by
 * `settings/__init__.py`) are loaded whichever variant is chosen, as before.
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { CELERY_BROKER_KEY, CHANNELS_LAYER_KEY, DJANGO_EMAIL_KEY } from '../../../core/discovery/shared-codebase.js';
import type { BindingFact, EvidenceAt, Fact, FactCondition } from '../../../core/discovery/facts.js';
import { VARIANT_CONSTANT_KEY } from '../../../core/discovery/dotted-backends.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import { moduleNames } from './python-env-helpers.js';
import { compact, field, kids, unquote } from './syntax-helpers.js';

/** The variable naming the settings module Django loads. */
export const SETTINGS_MODULE_VARIABLE = 'DJANGO_SETTINGS_MODULE';
/** The shared settings' usual names, which a module named after an environment takes in whole. */
const SHARED_SETTINGS = new Set(['base', 'common', 'default', 'defaults', 'shared']);
/** Names of settings modules for one environment (`test.py`, `settings_ci.py`, `production.py`). */
const ENVIRONMENT_NAME = /(?:^|_)(?:tests?|testing|ci|dev|develop|development|local|staging|stage|prod|production|docker|e2e|demo|preview)$/;

/**
 * The module names a variant settings module goes by (`inkwell.settings.test`, `settings.test`,
 * `test`, …), which DJANGO_SETTINGS_MODULE must be one of for it to load; undefined for a module
 * that is no variant.
 */
export function variantModuleNames(root: SyntaxNode, path: string): string[] | undefined {
  if (/(^|\/)__init__\.py$/.test(path)) return undefined;
  const folder = folderOf(path).split('/').pop() ?? '';
  const name = /([^/]+)\.py$/.exec(path)?.[1] ?? '';
  const variant = kids(root).some((statement) => {
    if (statement.type !== 'import_from_statement' || !kids(statement).some((child) => child.type === 'wildcard_import')) return false;
    const module = compact(field(statement, 'module_name')?.text ?? '');
    const last = module.replace(/^\.+/, '').split('.').pop() ?? '';
    // `from . import *`, `from inkwell.settings import *` (its own package), `from .settings import *`;
    // `from .base import *` in `production.py`.
    return last === '' || last === folder || last === 'settings' || (SHARED_SETTINGS.has(last) && ENVIRONMENT_NAME.test(name));
  });
  return variant ? moduleNames(path) : undefined;
}

/** The condition a variant's connections are made on: DJANGO_SETTINGS_MODULE names it. */
export function variantCondition(names: readonly string[]): FactCondition {
  return { key: SETTINGS_MODULE_VARIABLE, test: { oneOf: [...names] } };
}

/** Keys a variant binds that are its alone (its constants, its broker, layer and mail server): dropped. */
function variantsOwn(key: string): boolean {
  return key.startsWith('code:') || key === CELERY_BROKER_KEY || key === CHANNELS_LAYER_KEY || key === DJANGO_EMAIL_KEY;
}

/**
 * A variant's facts: its connections on the condition that it is the module loaded, its own
 * bindings gone; its constants kept apart under VARIANT_CONSTANT_KEY, for what only the loaded
 * module decides (a backend class named by dotted path: core/discovery/dotted-backends.ts).
 */
export function asVariant(facts: Fact[], names: readonly string[], path: string): Fact[] {
  const condition = variantCondition(names);
  return facts.flatMap((fact): Fact[] => {
    if (fact.evidence?.file !== undefined && fact.evidence.file !== path) return [fact];
    if (fact.type === 'binding' && fact.key.startsWith('code:')) return [{ ...fact, key: `${VARIANT_CONSTANT_KEY}${fact.key}` }];
    if (fact.type === 'binding') return variantsOwn(fact.key) ? [] : [fact];
    if (fact.type === 'connection') return [{ ...fact, conditions: [...(fact.conditions ?? []), condition] }];
    return [fact];
  });
}

/**
 * `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inkwell.settings")`: the settings module of
 * the processes started from this folder down where their deployment names none (a fallback).
 */
export function settingsModuleDefaults(model: FileModel, evidenceAt: EvidenceAt, path: string): BindingFact[] {
  const facts: BindingFact[] = [];
  for (const site of model.sites) {
    if (site.kind !== 'call' || site.name !== 'setdefault' || !/(^|\.)environ$/.test(site.receiver?.text ?? '')) continue;
    const [key, value] = site.args;
    if (key?.type !== 'string' || unquote(key.text) !== SETTINGS_MODULE_VARIABLE || value?.type !== 'string') continue;
    facts.push({ type: 'binding', scope: folderOf(path), key: SETTINGS_MODULE_VARIABLE, value: unquote(value.text), fallback: true, evidence: evidenceAt(site.line) });
  }
  return facts;
}
