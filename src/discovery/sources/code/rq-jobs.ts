/**
 * RQ (python-rq, and django-rq on top of it): jobs queued in Redis and run by `rq worker` /
 * `manage.py rqworker` (core/discovery/shared-codebase.ts rqWorker). Messaging through Redis:
 *
 * - **queuing a job** produces to RQ's Redis: `.delay(…)` on a function decorated `@job("low")`
 *   (`django_rq.job`, `rq.decorators.job`), `queue.enqueue(fn_or_path, …)` (also `enqueue_call`,
 *   `enqueue_in`, `enqueue_at`, `enqueue_job`, `enqueue_many`) on a queue of a file using RQ
 *   (`get_queue("default")`, `Queue("low", connection=…)`), `django_rq.enqueue(fn)`;
 * - the body of a `@job` function runs in the worker (django-celery.ts marks it as a task's);
 * - a Django settings module's `RQ_QUEUES` (each queue's `HOST`/`PORT`, or `URL`, often one shared
 *   `RQ_PARAMS` dictionary) names the Redis: bound as RQ_BROKER_KEY for the settings' folder, where
 *   producers and workers of the codebase find it, as Celery's broker is found.
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { RQ_BROKER_KEY } from '../../../core/discovery/shared-codebase.js';
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import type { Assignment } from './python-assignments.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { firstOf } from './targets.js';
import { isNode, type Evaluator } from './value-evaluation.js';

/** Whether a file imports RQ or django-rq (`import django_rq`, `from django_rq import job`, `from rq import Queue`). */
export function importsRq(imports: readonly string[]): boolean {
  return imports.some((name) => /^(?:django_rq|rq)(?:\.|$)/.test(name));
}

/** RQ's methods queuing a job on a queue. */
const ENQUEUE = new Set(['enqueue', 'enqueue_call', 'enqueue_in', 'enqueue_at', 'enqueue_job', 'enqueue_many']);

/** Whether a call queues an RQ job (in a file importing RQ): `queue.enqueue(…)`, `django_rq.enqueue(…)`, an imported `enqueue(…)`. */
export function isRqEnqueue(site: CallSite): boolean {
  return site.kind === 'call' && ENQUEUE.has(site.name);
}

/** The queue a job is put on, when the call says it literally: `get_queue("low").enqueue(…)`, `django_rq.get_queue("low")`. */
export function rqQueueName(site: CallSite): string | undefined {
  const receiver = site.receiver;
  if (receiver?.type !== 'call') return undefined;
  const callee = field(receiver, 'function')?.text ?? '';
  if (!/(^|\.)(?:get_queue|Queue)$/.test(callee)) return undefined;
  const first = kids(field(receiver, 'arguments') ?? receiver).find((item) => item.type === 'string');
  return first ? unquote(first.text) : 'default';
}

/** A decorator making a function an RQ job: `@job`, `@job("low")`, `@django_rq.job(…)`, `@rq.decorators.job(…)`. */
export function isRqJobDecorator(decorator: SyntaxNode): boolean {
  const expression = kids(decorator).find((child) => child.type !== '@');
  const callee = expression?.type === 'call' ? field(expression, 'function') : expression;
  return /^(?:job|django_rq\.job|rq\.job|rq\.decorators\.job|decorators\.job)$/.test(callee?.text ?? '');
}

/** The names of the file's functions decorated as RQ jobs. */
export function rqJobFunctions(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const decorated of root.descendantsOfType('decorated_definition')) {
    const definition = decorated ? field(decorated, 'definition') : undefined;
    if (!decorated || definition?.type !== 'function_definition') continue;
    if (kids(decorated).some((item) => item.type === 'decorator' && isRqJobDecorator(item))) names.add(field(definition, 'name')?.text ?? '');
  }
  names.delete('');
  return names;
}

/** The entries of a dictionary literal by their string keys. */
function entries(node: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  for (const pair of kids(node)) {
    const key = pair.type === 'pair' ? field(pair, 'key') : undefined;
    const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
    if (key?.type === 'string' && value) found.set(unquote(key.text), value);
  }
  return found;
}

/** A dictionary a node is, or the one dictionary a name of the file is bound to (`RQ_PARAMS`). */
function dictionaryOf(node: SyntaxNode, model: FileModel): SyntaxNode | undefined {
  if (node.type === 'dictionary') return node;
  if (node.type !== 'identifier') return undefined;
  const bound = model.bindings.get(node.text) ?? [];
  const only = bound.length === 1 ? bound[0] : undefined;
  return only !== undefined && isNode(only) && only.type === 'dictionary' ? only : undefined;
}

/**
 * The Redis a settings module's `RQ_QUEUES` keeps the queues in: each queue's `URL`, else its
 * `HOST` (with `PORT`), as followed through the file's names (a shared `RQ_PARAMS`), bound under
 * RQ_BROKER_KEY for the settings' folder. A queue on another Redis than the first is not told apart.
 */
export function rqBrokerFacts(top: readonly Assignment[], model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): BindingFact[] {
  const queues = top.find((assignment) => !assignment.attribute && !assignment.entry && assignment.name === 'RQ_QUEUES');
  if (!queues || queues.value.type !== 'dictionary') return [];
  for (const queue of entries(queues.value).values()) {
    const options = dictionaryOf(queue, model);
    if (!options) continue;
    const settings = entries(options);
    const url = settings.get('URL');
    const host = settings.get('HOST');
    const value = url ? boundValue(evaluator.value(url)) : host ? hostValue(host, settings.get('PORT'), evaluator) : undefined;
    if (value === undefined) continue;
    return [{ type: 'binding', scope: folderOf(path), key: RQ_BROKER_KEY, value, evidence: evidenceAt(lineOf(url ?? host ?? queue)) }];
  }
  return [];
}

/** A queue's HOST (with a literal PORT when it has one) as a bound value. */
function hostValue(host: SyntaxNode, port: SyntaxNode | undefined, evaluator: Evaluator): string | undefined {
  const value = boundValue(evaluator.value(host), true);
  if (value === undefined || value.startsWith('$ref:')) return value;
  const number = port ? firstOf(evaluator.value(port)) : undefined;
  return number?.kind === 'literal' && /^\d{1,5}$/.test(number.text) ? `${value}:${number.text}` : value;
}
