/**
 * Backends named by a dotted path in the settings and loaded with importlib (Taiga's events,
 * Django's own `EMAIL_BACKEND`-style pattern written by hand):
 *
 *     def get_events_backend():
 *         path = settings.EVENTS_PUSH_BACKEND
 *         module_path, class_name = path.rsplit(".", 1)
 *         return getattr(importlib.import_module(module_path), class_name)(**settings.EVENTS_PUSH_BACKEND_OPTIONS)
 *
 * The class that runs is only known from the settings module deployed, so the file states what the
 * loader reads, as a binding `DOTTED_LOADER_KEY + <setting>` (its value the setting holding the
 * constructor's keyword arguments, `''` when none): resolution (core/discovery/dotted-backends.ts)
 * looks up the setting's dotted path, makes the loader reach that class (so a Celery task calling
 * the loader runs the class's connections in the worker) and binds the class's `__init__`
 * parameters to the options' entries (`init:EventsPushBackend#url`).
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { DOTTED_LOADER_KEY } from '../../../core/discovery/dotted-backends.js';
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { field, lineOf, unquote } from './syntax-helpers.js';

/** Calls importing a module or object by a dotted path: importlib's, Django's and pydoc's. */
const LOADERS = /(?:^|\.)(?:import_module|import_string|import_by_path|locate)$/;
/** A settings object's name (`settings`, `django_settings`, `conf.settings`, `app_config`). */
const SETTINGS_OBJECT = /(?:^|[._])(?:settings|config|conf)$/i;
/** A setting's name: upper case (`EVENTS_PUSH_BACKEND`). */
const SETTING = /^[A-Z][A-Z0-9_]*$/;

/** Whether a file may load a class by a dotted path: cheap, before any of it is read. */
export function mayLoadDottedBackends(text: string): boolean {
  return /\b(?:import_module|import_string|import_by_path|locate)\b/.test(text);
}

/** The setting a node reads: `settings.X`, `getattr(settings, "X", …)`. */
function settingRead(node: SyntaxNode): string | undefined {
  if (node.type === 'attribute') {
    const object = field(node, 'object');
    const name = field(node, 'attribute')?.text ?? '';
    return object && SETTINGS_OBJECT.test(object.text) && SETTING.test(name) ? name : undefined;
  }
  if (node.type === 'call' && field(node, 'function')?.text === 'getattr') {
    const args = field(node, 'arguments')?.namedChildren ?? [];
    const [object, name] = args;
    if (object && name?.type === 'string' && SETTINGS_OBJECT.test(object.text) && SETTING.test(unquote(name.text))) return unquote(name.text);
  }
  return undefined;
}

/**
 * The loaders of the file: each function calling a dotted-path import and reading settings, with
 * the settings it reads (each may be the path: resolution keeps those holding one) and the one
 * splatted into a call (`**settings.X_OPTIONS`, or a local assigned it), which holds the options.
 */
export function dottedLoaders(root: SyntaxNode, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  const facts: BindingFact[] = [];
  for (const fn of root.descendantsOfType('function_definition')) {
    if (!fn) continue;
    const calls = fn.descendantsOfType('call').filter((call): call is SyntaxNode => call !== null);
    const loader = calls.find((call) => LOADERS.test(field(call, 'function')?.text ?? ''));
    if (!loader) continue;
    // Locals assigned a setting (`opts = settings.X_OPTIONS`), so a splat of them is the setting's.
    const locals = new Map<string, string>();
    const read = new Set<string>();
    for (const node of [...fn.descendantsOfType('attribute'), ...calls]) {
      const setting = node ? settingRead(node) : undefined;
      if (!node || !setting) continue;
      read.add(setting);
      const assignment = node.parent?.type === 'assignment' && field(node.parent, 'right')?.id === node.id ? node.parent : undefined;
      const left = assignment ? field(assignment, 'left') : undefined;
      if (left?.type === 'identifier') locals.set(left.text, setting);
    }
    let options = '';
    for (const splat of fn.descendantsOfType('dictionary_splat')) {
      const inner = splat?.namedChildren[0];
      const setting = inner ? (settingRead(inner) ?? (inner.type === 'identifier' ? locals.get(inner.text) : undefined)) : undefined;
      if (setting) options = setting;
    }
    for (const setting of [...read].sort()) {
      if (setting === options) continue;
      facts.push({ type: 'binding', scope: folderOf(path), key: `${DOTTED_LOADER_KEY}${setting}`, value: options, evidence: evidenceAt(lineOf(loader)) });
    }
  }
  return facts;
}
