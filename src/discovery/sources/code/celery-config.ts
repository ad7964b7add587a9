/**
 * Celery's configuration in the shapes its documentation gives besides `Celery(broker=…)` and
 * Django's namespaced settings (django-celery.ts):
 *
 * - a **configuration class**, `class CeleryConfig: broker_url = …; result_backend = …`, handed to
 *   `app.config_from_object(CeleryConfig)` in its file, or assigned to a setting of the app's
 *   framework configuration that the app is configured from in another file (Superset's
 *   `CELERY_CONFIG = CeleryConfig`, read by `celery_app.config_from_object(app.config["CELERY_CONFIG"])`);
 *   a class neither handed nor assigned (a laptop's `LocalCeleryConfig`) configures nothing;
 * - a **configuration module** named by `app.config_from_object("proj.celeryconfig")`: Celery's own
 *   lowercase settings at a module's top level (`broker_url = …` beside `result_backend`,
 *   `task_serializer`, `imports`… — two settings at least, so that a lone `broker_url` variable
 *   of other code is not taken for one);
 * - `Celery(…, backend=…)` and `app.conf.update(result_backend=…)`.
 *
 * The broker is bound as CELERY_BROKER_KEY for the configuring file's folder, as the app's own is;
 * resolution finds it for the producers and workers of the codebase. The **result backend** (old
 * names `CELERY_RESULT_BACKEND`) is a database use of the processes running the app: the worker
 * stores results and the code queuing tasks reads them (`AsyncResult`), so the connection is made
 * twice, once unmarked (the web process's) and once `runsIn: 'worker'`. Backends keeping results
 * in the broker (`rpc://`) or nowhere are no connection.
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { CELERY_BROKER_KEY } from '../../../core/discovery/shared-codebase.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import { topLevelAssignments, type Assignment } from './python-assignments.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { firstOf, readTarget } from './targets.js';
import type { Evaluator } from './value-evaluation.js';

/** Names of the broker setting: Celery 4+, Celery 3, and Django's namespaced one. */
const BROKER_NAMES = new Set(['broker_url', 'BROKER_URL', 'CELERY_BROKER_URL']);
/** Names of the result backend setting, new and old. */
const BACKEND_NAMES = new Set(['result_backend', 'CELERY_RESULT_BACKEND']);
/** Celery's lowercase settings (its configuration reference), by which a module is told to be a configuration module. */
const LOWERCASE_SETTING = /^(?:broker_\w+|result_\w+|task_\w+|worker_\w+|beat_\w+|imports|include|timezone|enable_utc|accept_content|event_\w+|database_\w+|redis_\w+|cache_backend\w*)$/;

/** Whether a Python file may hold Celery configuration, cheap, before it is parsed. */
export function mayConfigureCelery(text: string): boolean {
  return /\b(?:broker_url|BROKER_URL|result_backend|RESULT_BACKEND|config_from_object)\b|\bbackend\s*=/.test(text);
}

/** A parsed Python file as the framework readers of the family get it (code-source.ts `frameworks`). */
export interface PythonFileInput {
  root: SyntaxNode;
  model: FileModel;
  evaluator: Evaluator;
  evidenceAt: EvidenceAt;
  path: string;
}

/** The broker bindings and result-backend connections of a file's Celery configuration classes and module. */
export function celeryConfigFacts(input: PythonFileInput): Fact[] {
  const { root, model, evaluator } = input;
  const facts: Fact[] = [];
  const top = topLevelAssignments(root, []).filter((assignment) => !assignment.attribute && !assignment.entry);
  for (const body of configClasses(root, model, top)) facts.push(...settingsFacts(topLevelAssignments(body, []), input));
  // A dictionary of settings: `Celery("x", config_source=CONFIG)`, `app.config_from_object(CONFIG)`, `app.conf.update(CONFIG)`.
  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    const given = site.name === 'Celery' ? site.named.get('config_source') : site.name === 'config_from_object' || (site.name === 'update' && /(^|\.)conf$/.test(site.receiver?.text ?? '')) ? site.args[0] : undefined;
    const dictionary = given?.type === 'dictionary' ? given : given?.type === 'identifier' ? top.find((assignment) => assignment.name === given.text && assignment.value.type === 'dictionary')?.value : undefined;
    if (dictionary) facts.push(...settingsFacts(dictionaryEntries(dictionary), input));
    // A Django setting holding the dictionary (`CELERY = {"broker_url": …}` in the settings module,
    // `app.config_from_object(settings.CELERY)`): the broker is that entry, which the settings bind.
    const setting = site.name === 'config_from_object' && given?.type === 'attribute' ? djangoSettingName(given, model) : undefined;
    if (setting !== undefined) facts.push({ type: 'binding', scope: folderOf(input.path), key: CELERY_BROKER_KEY, value: `$ref:code:${setting}[broker_url]`, evidence: input.evidenceAt(lineOf(given as SyntaxNode)) } satisfies BindingFact);
  }
  const lowercase = top.filter((assignment) => LOWERCASE_SETTING.test(assignment.name));
  if (lowercase.length >= 2 && lowercase.some((assignment) => assignment.name === 'broker_url' || assignment.name === 'result_backend')) facts.push(...settingsFacts(lowercase, input));
  // `Celery("x", backend=…)`, `app.conf.update(result_backend=…)`.
  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    const pick = site.name === 'Celery' ? 'backend' : site.name === 'update' && /(^|\.)conf$/.test(site.receiver?.text ?? '') ? 'result_backend' : undefined;
    const node = pick ? site.named.get(pick) : undefined;
    if (node) facts.push(...backendConnections(node, evaluator, input.evidenceAt));
  }
  return facts;
}

/**
 * The bodies of the file's classes configuring a Celery app: handed to `config_from_object(Name)`
 * in the file, or assigned to a module setting naming Celery (`CELERY_CONFIG = CeleryConfig`).
 */
function configClasses(root: SyntaxNode, model: FileModel, top: readonly Assignment[]): SyntaxNode[] {
  const chosen = new Set<string>();
  for (const site of model.sites) {
    const argument = site.kind === 'call' && site.name === 'config_from_object' ? site.args[0] : undefined;
    if (argument?.type === 'identifier') chosen.add(argument.text);
  }
  for (const assignment of top) if (/celery/i.test(assignment.name) && assignment.value.type === 'identifier') chosen.add(assignment.value.text);
  const bodies: SyntaxNode[] = [];
  for (const statement of kids(root)) {
    const definition = statement.type === 'decorated_definition' ? field(statement, 'definition') : statement;
    if (definition?.type !== 'class_definition' || !chosen.has(field(definition, 'name')?.text ?? '')) continue;
    const body = field(definition, 'body');
    if (body) bodies.push(body);
  }
  return bodies;
}

/** The broker binding and result-backend connections of one set of settings. */
function settingsFacts(assignments: readonly Assignment[], input: PythonFileInput): Fact[] {
  const facts: Fact[] = [];
  for (const assignment of assignments) {
    if (BROKER_NAMES.has(assignment.name)) {
      const broker = boundValue(input.evaluator.value(assignment.value));
      if (broker !== undefined) facts.push({ type: 'binding', scope: folderOf(input.path), key: CELERY_BROKER_KEY, value: broker, evidence: input.evidenceAt(lineOf(assignment.value)) } satisfies BindingFact);
    } else if (BACKEND_NAMES.has(assignment.name)) {
      facts.push(...backendConnections(assignment.value, input.evaluator, input.evidenceAt));
    }
  }
  return facts;
}

/**
 * A result backend's connections: a database, cache or store URL (`redis://…`, `db+postgresql://…`,
 * `cache+memcached://…`, `mongodb://…`), used where the app's tasks are queued and where they run.
 */
function backendConnections(node: SyntaxNode, evaluator: Evaluator, evidenceAt: EvidenceAt): ConnectionFact[] {
  const value = firstOf(evaluator.value(node));
  // SQLAlchemy and cache backends are written `db+<url>` and `cache+<url>`: the URL after the `+` is the store.
  const stripped = value.kind === 'literal' || value.kind === 'prefix' ? { ...value, text: value.text.replace(/^(?:db|cache)\+/i, '') } : value;
  if ((stripped.kind === 'literal' || stripped.kind === 'prefix') && /^(?:rpc|amqp|amqps|file|disabled|django-db|django-cache)\b/i.test(stripped.text)) return [];
  const read = readTarget(stripped);
  if (read.known === 'none') return [];
  const fact: ConnectionFact = {
    type: 'connection',
    target: read.target,
    role: 'uses',
    mechanism: 'database',
    ...(read.technology ? { technology: read.technology } : {}),
    targetKind: 'database',
    evidence: evidenceAt(lineOf(node)),
    confidence: read.known === 'literal' ? CONFIDENCE.literal : CONFIDENCE.resolved,
  };
  return [fact, { ...fact, runsIn: 'worker' }];
}

/** A dictionary literal's entries with a string key, as assignments of that name (`{"broker_url": …}`). */
function dictionaryEntries(dictionary: SyntaxNode): Assignment[] {
  return kids(dictionary).flatMap((pair): Assignment[] => {
    const key = pair.type === 'pair' ? field(pair, 'key') : undefined;
    const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
    return key?.type === 'string' && value ? [{ name: unquote(key.text), value, conditions: [] }] : [];
  });
}

/** The Django setting an attribute of `django.conf.settings` names (`settings.CELERY` → `CELERY`), in a file importing it. */
function djangoSettingName(node: SyntaxNode, model: FileModel): string | undefined {
  const object = field(node, 'object');
  const name = field(node, 'attribute')?.text;
  if (object?.type !== 'identifier' || object.text !== 'settings' || name === undefined || !/^[A-Z][A-Z0-9_]*$/.test(name)) return undefined;
  return model.imports.some((imported) => imported === 'django.conf' || imported.startsWith('django.conf.')) ? name : undefined;
}
