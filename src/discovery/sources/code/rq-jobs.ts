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

/**
 * Whether a file decorates its functions with a team's own `job` wrapper of RQ's decorator, imported
 * from the codebase (`from app.worker import job`, whose `def job(queue, *a, **kw): return
 * rq_job(queue, *a, **kw)`), as `@job("emails")`: a queue's name as the first argument, as RQ's own.
 */
export function importsRqJobWrapper(root: SyntaxNode): boolean {
  const imported = kids(root).some((statement) => {
    if (statement.type !== 'import_from_statement') return false;
    const module = field(statement, 'module_name');
    // Another library's `job` (APScheduler's, a test helper's) is no RQ job: only the codebase's own module, relative or dotted.
    if (module === undefined || /^(?:apscheduler|schedule|celery|dramatiq|huey|arq|pytest)(?:\.|$)/.test(module.text)) return false;
    return kids(statement).some((child) => child.id !== module.id && child.type === 'dotted_name' && child.text === 'job');
  });
  return imported && jobQueueRanges(root).length > 0;
}

/** Each `@job("queue")`-decorated function of the file, its lines and the queue its decorator names literally. */
export function jobQueueRanges(root: SyntaxNode): { queue: string; range: [number, number] }[] {
  const found: { queue: string; range: [number, number] }[] = [];
  for (const decorated of root.descendantsOfType('decorated_definition')) {
    if (!decorated || field(decorated, 'definition')?.type !== 'function_definition') continue;
    for (const decorator of kids(decorated).filter((item) => item.type === 'decorator' && isRqJobDecorator(item))) {
      const call = kids(decorator).find((child) => child.type === 'call');
      const first = call ? kids(field(call, 'arguments') ?? call).find((item) => item.type !== '(' && item.type !== ')' && item.type !== ',') : undefined;
      if (first?.type === 'string' && first.descendantsOfType('interpolation').length === 0) found.push({ queue: unquote(first.text), range: [lineOf(decorated), decorated.endPosition.row + 1] });
    }
  }
  return found;
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
  if (!queues) return redisUrlFacts(top, evaluator, evidenceAt, path);
  if (queues.value.type !== 'dictionary') return [];
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

/** The settings constants a Flask app or plain python-rq hands RQ its Redis by, first found first. */
const REDIS_URL_SETTINGS = ['RQ_REDIS_URL', 'REDIS_URL'];

/**
 * A settings module's `RQ_REDIS_URL`, else `REDIS_URL` (`os.environ.get("APP_REDIS_URL",
 * "redis://localhost:6379/0")`), the URL a Flask app builds the connection it hands RQ from
 * (`redis.from_url(settings.REDIS_URL)` given to `Queue(…, connection=…)`, `Worker`, rq-scheduler):
 * bound as RQ_BROKER_KEY for the module's folder. Only RQ's producers and workers read the key, so a
 * codebase not using RQ is not concerned; django-rq's RQ_QUEUES, where set, says it instead.
 */
function redisUrlFacts(top: readonly Assignment[], evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): BindingFact[] {
  for (const name of REDIS_URL_SETTINGS) {
    const assignment = top.find((candidate) => !candidate.attribute && !candidate.entry && candidate.name === name);
    const value = assignment ? boundValue(evaluator.value(assignment.value)) : undefined;
    if (assignment && value !== undefined) return [{ type: 'binding', scope: folderOf(path), key: RQ_BROKER_KEY, value, evidence: evidenceAt(lineOf(assignment.value)) }];
  }
  return [];
}
