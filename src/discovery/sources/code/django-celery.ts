/**
 * Django settings and Celery: one Python codebase often runs as several deployables (an ASGI or
 * WSGI web process and `celery … worker`, one image), and what each of them connects to depends on
 * where the code runs (ConnectionFact.runsIn, core/discovery/shared-codebase.ts).
 *
 * - A **settings module** (a file assigning Django's `DATABASES`, `CACHES`, `STORAGES`…) states
 *   connections every process loading it makes (`runsIn: 'every'`): each database of `DATABASES`
 *   (`dj_database_url.config()` on `DATABASE_URL` or its `env=`, `dj_database_url.parse(url)`,
 *   django-environ's `env.db()`, an `ENGINE`/`HOST`/`PORT` dictionary; SQLite is in-process), each
 *   Redis or Memcached cache of `CACHES` (its `LOCATION`, or `django_cache_url.config()` on
 *   `CACHE_URL`), the default file storage when a django-storages backend keeps it in S3, Google
 *   Cloud Storage or Azure (`STORAGES["default"]["BACKEND"]`, `DEFAULT_FILE_STORAGE`, a project
 *   class named after one), and the mail server (`dj_email_url.parse(url)`/`.config()` on
 *   `EMAIL_URL`, or `EMAIL_HOST`), which is also bound as DJANGO_EMAIL_KEY for Django's mail API.
 *   An assignment inside `if NAME:` / `elif` / `else` on a constant read from the environment with
 *   no default (`GS_BUCKET_NAME = os.environ.get("GS_BUCKET_NAME")`) is made only where that
 *   variable is set.
 * - The body of a **Celery task** (`@shared_task`, `@app.task`, `@celery_app.task(bind=True)`) runs
 *   in the worker: the file's connections made there are marked `runsIn: 'worker'`, and those of
 *   the file's functions tasks call (see taskFunctions).
 * - **Queuing a task** (`send_receipt.delay(…)`, `.apply_async(…)` on a task the file defines or
 *   imports, `app.send_task("name")`) produces to the Celery app's broker: the `broker=` of
 *   `Celery(…)`, or the setting `config_from_object("django.conf:settings", namespace="CELERY")`
 *   names (`CELERY_BROKER_URL`), bound as CELERY_BROKER_KEY for the app's folder; a configuration
 *   class or module and the result backend are read by celery-config.ts.
 * - **Django's mail API** (`send_mail`, `send_mass_mail`, `mail_admins`, `EmailMessage(…)`) sends
 *   through the settings' mail server.
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { celeryConfigFacts, mayConfigureCelery } from './celery-config.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type EvidenceAt, type Fact, type FactCondition } from '../../../core/discovery/facts.js';
import { CELERY, CELERY_BROKER_KEY, DJANGO_EMAIL_KEY, RQ } from '../../../core/discovery/shared-codebase.js';
import { importsRq, importsRqJobWrapper, isRqEnqueue, isRqJobDecorator, jobQueueRanges, rqBrokerFacts, rqJobFunctions, rqQueueName } from './rq-jobs.js';
import type { Binding, CallSite, FileModel, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { topLevelAssignments, type Assignment } from './python-assignments.js';
import { mayUseChannels, readChannels } from './django-channels.js';
import { asVariant, settingsModuleDefaults, variantModuleNames } from './django-settings-modules.js';
import { firstOf, readTarget } from './targets.js';
import { runtimeConfigName } from './python-runtime-config.js';
import { isNode, type Evaluator } from './value-evaluation.js';

/** Whether a Python file may hold Django settings, Celery tasks or producers, or Django mail: cheap, before any of it is read. */
export function mayUseDjangoOrCelery(text: string): boolean {
  if (mayConfigureCelery(text)) return true;
  if (/\b(?:django_rq|RQ_QUEUES|RQ_PARAMS|RQ_REDIS_URL|REDIS_URL|rq)\b/.test(text)) return true;
  return /\b(?:CHANNEL_LAYERS|channel_layer|group_send|DJANGO_SETTINGS_MODULE|CELERY_BROKER_URL|BROKER_URL|DATABASES|CACHES|STORAGES|DEFAULT_FILE_STORAGE|EMAIL_BACKEND|EMAIL_HOST|INSTALLED_APPS|dj_email_url|Celery|shared_task|delay|apply_async|send_task|send_mail|send_mass_mail|mail_admins|mail_managers|EmailMessage|EmailMultiAlternatives)\b|\.task\b/.test(text);
}

/**
 * The settings naming Celery's broker: `CELERY_BROKER_URL` (read with `namespace="CELERY"`) and
 * Celery 3's `BROKER_URL`, which an app configured from the settings without a namespace still
 * reads and long-lived Django projects still set.
 */
const SETTINGS_BROKER_NAMES = new Set(['CELERY_BROKER_URL', 'BROKER_URL']);
/** The Django settings whose assignment says a module is a settings module. */
const SETTINGS_NAMES = new Set(['DATABASES', 'CACHES', 'STORAGES', 'DEFAULT_FILE_STORAGE', 'EMAIL_BACKEND', 'EMAIL_HOST', 'INSTALLED_APPS']);
/** Cache backends of a server: Redis (Django's own, django-redis) and Memcached (not `LocMemCache`, whose name holds "MemCache"). */
const CACHE_BACKENDS: readonly [RegExp, string][] = [
  [/redis/i, 'Redis'],
  [/(?<!loc)memcache|pylibmc/i, 'Memcached'],
];
/**
 * Django's caches kept in the process, on disk, in the default database or nowhere: their
 * `LOCATION` is a name, a folder or a table, never a server, whatever it looks like.
 */
const LOCAL_CACHE_BACKENDS = /(?:^|\.)(?:locmem|filebased|dummy|db)\.\w+$|(?:LocMem|FileBased|Dummy|Database)Cache$/;
/** Database engines by the server they reach; SQLite (and a dummy backend) reach none. */
const ENGINES: readonly [RegExp, string][] = [
  [/postg/i, 'PostgreSQL'],
  [/mysql/i, 'MySQL'],
  [/oracle/i, 'Oracle'],
  [/mssql|sql_server|sqlserver/i, 'SQL Server'],
  [/mongo/i, 'MongoDB'],
];
/** django-storages backends by the store they keep files in, with the setting naming the bucket or container. */
const STORAGE_BACKENDS: readonly { test: RegExp; technology: string; bucket: RegExp; backends: readonly string[] }[] = [
  {
    test: /s3|boto/i,
    technology: 'Amazon S3',
    bucket: /^AWS_(?:\w+_)?BUCKET_NAME$/,
    backends: ['storages.backends.s3.S3Storage', 'storages.backends.s3.S3Boto3Storage', 'storages.backends.s3boto3.S3Boto3Storage', 'storages.backends.s3boto3.S3Storage'],
  },
  { test: /gcloud|google/i, technology: 'Google Cloud Storage', bucket: /^GS_(?:\w+_)?BUCKET_NAME$/, backends: ['storages.backends.gcloud.GoogleCloudStorage'] },
  { test: /azure/i, technology: 'Azure Blob Storage', bucket: /^AZURE_(?:\w+_)?CONTAINER$/, backends: ['storages.backends.azure_storage.AzureStorage'] },
];

/**
 * The endpoint a storage's OPTIONS name (`'OPTIONS': {'endpoint_url': …}`, or a dictionary of a
 * run-time configuration module: `STORAGE_CONFIG`, python-runtime-config.ts): an S3-compatible
 * server of the deployment (MinIO), as a target; undefined when they name none.
 */
function storageEndpoint(options: SyntaxNode, evaluator: Evaluator): ConnectionFact['target'] | undefined {
  const written = dictionaryEntries(options).find((item) => item.key === 'endpoint_url')?.value;
  const configured = written === undefined ? runtimeConfigName(options) : undefined;
  if (written === undefined && configured === undefined) return undefined;
  const read = written ? readTarget(evaluator.value(written)) : { target: { key: `code:${configured}[endpoint_url]` }, known: 'key' as const };
  return read.known === 'none' ? undefined : read.target;
}
/** Django's mail API: functions sending through the configured backend, and the message classes whose `send()` does. */
const MAIL_FUNCTIONS = new Set(['send_mail', 'send_mass_mail', 'mail_admins', 'mail_managers']);
const MAIL_MESSAGES = new Set(['EmailMessage', 'EmailMultiAlternatives']);

interface Input {
  root: SyntaxNode;
  model: FileModel;
  evaluator: Evaluator;
  facts: Fact[];
  evidenceAt: EvidenceAt;
  path: string;
}

/** Adds what Django and Celery say of the file to its facts, and marks the connections a task's body makes. */
export function readDjangoAndCelery(input: Input): Fact[] {
  const { root, model, evaluator, evidenceAt, path } = input;
  const added: Fact[] = [];
  const imported = importedNames(root);
  const celery = model.imports.some((name) => /celery/i.test(name));
  // RQ (django-rq, python-rq): `@job` functions queued with `.delay()`, `queue.enqueue(…)` (rq-jobs.ts).
  // A team's wrapper of RQ's `job` decorator imported from the codebase (`@job("emails")`) is RQ's too.
  const rq = importsRq(model.imports) || importsRqJobWrapper(root);
  const tasks = taskFunctions(root, celery, rq);
  const rqJobs = rq ? rqJobFunctions(root) : new Set<string>();
  // `from django.core.mail import send_mail`, or `from django.core import mail` and `mail.send_mail(…)`.
  const djangoMail = model.imports.some((name) => name === 'django.core.mail' || name.startsWith('django.core.mail.') || name === 'django.core');

  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    // Queuing a task produces to the app's broker; the task's name is the channel.
    const task = (site.name === 'delay' || site.name === 'apply_async') && site.receiver ? queuedTask(site.receiver, tasks.names, imported, celery) : undefined;
    if (task !== undefined) {
      // A `@job` function (or, in a file using RQ and not Celery, an imported one) is queued on RQ's Redis.
      const technology = rq && (rqJobs.has(task) || !celery) ? RQ : CELERY;
      added.push(producer(site, task === '' ? undefined : task, evidenceAt, technology));
    } else if (rq && isRqEnqueue(site)) {
      // `queue.enqueue("extras.webhooks.send", …)`, `get_queue("low").enqueue(fn, …)`, `django_rq.enqueue(fn)`.
      added.push(producer(site, rqQueueName(site), evidenceAt, RQ));
    } else if (site.name === 'send_task' && celery && site.args[0]) {
      const name = firstOf(evaluator.valueAt(site, 0));
      added.push(producer(site, name.kind === 'literal' ? name.text : undefined, evidenceAt));
    } else if (djangoMail && (MAIL_FUNCTIONS.has(site.name) || MAIL_MESSAGES.has(site.name))) {
      added.push(mailConnection(evidenceAt(site.line)));
    } else if (celery && site.name === 'Celery') {
      // `Celery("shop", broker=…)`: the app's broker, for the folder's producers and the workers running it.
      const broker = ['broker', 'broker_url'].map((pick) => boundValue(evaluator.valueAt(site, pick))).find((value) => value !== undefined);
      if (broker !== undefined) added.push(binding(path, CELERY_BROKER_KEY, broker, evidenceAt(site.line)));
    } else if (celery && site.name === 'update' && /(^|\.)conf$/.test(site.receiver?.text ?? '') && site.named.has('broker_url')) {
      // `app.conf.update(broker_url=…)`.
      const broker = boundValue(evaluator.valueAt(site, 'broker_url'));
      if (broker !== undefined) added.push(binding(path, CELERY_BROKER_KEY, broker, evidenceAt(site.line)));
    } else if (celery && site.name === 'config_from_object' && site.args[0]?.type === 'string') {
      // A class or a framework setting holding one (`config_from_object(app.config["CELERY_CONFIG"])`) is read where the class is (celery-config.ts).
      // `config_from_object("django.conf:settings", namespace="CELERY")`: the broker is the setting `CELERY_BROKER_URL`.
      const namespace = firstOf(evaluator.valueAt(site, 'namespace'));
      const key = namespace.kind === 'literal' && namespace.text !== '' ? `${namespace.text}_BROKER_URL` : 'BROKER_URL';
      added.push(binding(path, CELERY_BROKER_KEY, `$ref:${key}`, evidenceAt(site.line)));
    }
  }

  // `app.conf.broker_url = os.environ["BROKER"]`, at the top or in a function configuring the app (`def configure(): …`).
  if (celery) {
    for (const assignment of topLevelAssignments(root, [])) {
      if (!assignment.attribute || !/(^|\.)conf\.(?:broker_url|BROKER_URL)$/.test(assignment.attribute)) continue;
      const broker = boundValue(evaluator.value(assignment.value));
      if (broker !== undefined) added.push(binding(path, CELERY_BROKER_KEY, broker, evidenceAt(lineOf(assignment.value))));
    }
    added.push(...functionBrokers(root, evaluator).map(({ value, line }) => binding(path, CELERY_BROKER_KEY, value, evidenceAt(line))));
  }

  // Celery configured by a class or module of settings, and its result backend (celery-config.ts).
  added.push(...celeryConfigFacts({ root, model, evaluator, evidenceAt, path }));

  const top = topLevelAssignments(root, []);
  // A Django settings module's `CELERY_BROKER_URL = get_from_env(…)`, which an app configured from
  // the settings (`config_from_object("django.conf:settings", namespace="CELERY")`) reads: bound
  // for this folder too, where a settings package keeps it apart from the app's module.
  // A module setting both names is midway through a rename: the namespaced one is what's read.
  const brokerNames = top.some((assignment) => !assignment.attribute && !assignment.entry && assignment.name === 'CELERY_BROKER_URL') ? new Set(['CELERY_BROKER_URL']) : SETTINGS_BROKER_NAMES;
  for (const assignment of top) {
    if (assignment.attribute || assignment.entry || !brokerNames.has(assignment.name)) continue;
    const broker = boundValue(evaluator.value(assignment.value));
    if (broker !== undefined) added.push(binding(path, CELERY_BROKER_KEY, broker, evidenceAt(lineOf(assignment.value))));
  }
  // Django Channels: a settings module's layer, sends through it and consumers (django-channels.ts).
  if (mayUseChannels(root.text)) added.push(...readChannels(top, { root, model, evaluator, evidenceAt, path }));
  // `os.environ.setdefault("DJANGO_SETTINGS_MODULE", …)`: the settings module loaded where the deployment names none.
  added.push(...settingsModuleDefaults(model, evidenceAt, path));

  if (isSettingsModule(root)) added.push(...settingsFacts(root, model, evaluator, evidenceAt, path));
  // django-rq's `RQ_QUEUES`: the Redis its jobs are queued in, for the settings' folder (rq-jobs.ts).
  added.push(...rqBrokerFacts(top, model, evaluator, evidenceAt, path));

  // What the tasks call in other files runs in the worker too: resolution follows it (task-reach.ts).
  if (tasks.names.size > 0) added.push({ type: 'code-names', declarations: [], uses: {}, tasks: [...tasks.names].sort(), evidence: evidenceAt(1) });
  // A variant settings module (`settings/test.py` taking in the shared settings whole) is loaded
  // only where DJANGO_SETTINGS_MODULE names it (django-settings-modules.ts).
  const variant = variantModuleNames(root, path);
  const facts = variant ? asVariant([...input.facts, ...added], variant, path) : [...input.facts, ...added];
  if (tasks.ranges.length === 0) return facts;
  // A connection made in a task's body (or a helper only tasks call) runs in the worker; in a
  // function both tasks and other code may call, in both.
  const inside = (fact: ConnectionFact, ranges: readonly [number, number][]): boolean => ranges.some(([from, to]) => fact.evidence.line >= from && fact.evidence.line <= to);
  // An RQ job's body runs on the workers listening to its decorator's queue (shared-codebase.ts onQueues).
  const jobQueues = rq ? jobQueueRanges(root) : [];
  const onQueue = (fact: ConnectionFact): Pick<ConnectionFact, 'queues'> => {
    const job = jobQueues.find(({ range: [from, to] }) => fact.evidence.line >= from && fact.evidence.line <= to);
    return job ? { queues: [job.queue] } : {};
  };
  return facts.flatMap((fact): Fact[] => {
    if (fact.type !== 'connection' || fact.component !== undefined || fact.runsIn !== undefined) return [fact];
    if (inside(fact, tasks.ranges)) return [{ ...fact, runsIn: 'worker', ...onQueue(fact) }];
    return inside(fact, tasks.shared) ? [fact, { ...fact, runsIn: 'worker' }] : [fact];
  });
}

/**
 * The task a `.delay()` or `.apply_async()` is called on, when the file defines or imports it
 * (`send_receipt`, `tasks.rebuild_index`), or a signature or canvas of tasks (`refresh.s(1)`,
 * `chain(a.s(), b.s())` in a file importing Celery): its name, `''` when it has none.
 */
function queuedTask(receiver: SyntaxNode, tasks: ReadonlySet<string>, imported: ReadonlySet<string>, celery: boolean): string | undefined {
  if (receiver.type === 'identifier') return tasks.has(receiver.text) || imported.has(receiver.text) ? receiver.text : undefined;
  if (receiver.type === 'attribute') {
    const base = receiver.text.split('.')[0] as string;
    return imported.has(base) ? (field(receiver, 'attribute')?.text ?? '') : undefined;
  }
  if (receiver.type !== 'call') return undefined;
  const callee = field(receiver, 'function');
  if (callee?.type === 'attribute' && /^(?:s|si|signature)$/.test(field(callee, 'attribute')?.text ?? '')) {
    const task = field(callee, 'object');
    return task ? queuedTask(task, tasks, imported, celery) : undefined;
  }
  return celery && /^(?:chain|group|chord)$/.test(callee?.text ?? '') ? '' : undefined;
}

function producer(site: CallSite, task: string | undefined, evidenceAt: EvidenceAt, technology = CELERY): ConnectionFact {
  return {
    type: 'connection',
    target: {},
    role: 'produces',
    mechanism: 'messaging',
    technology,
    ...(task ? { channel: task } : {}),
    targetKind: 'message-broker',
    // RQ keeps its queues in a Redis the app may also cache in: that Redis is its broker, no database use besides.
    ...(technology === RQ ? { throughStore: true } : {}),
    evidence: evidenceAt(site.line),
    confidence: task ? CONFIDENCE.literal : CONFIDENCE.inferred,
  };
}

function mailConnection(evidence: ConnectionFact['evidence'], runsIn?: ConnectionFact['runsIn'], conditions: FactCondition[] = []): ConnectionFact {
  return {
    type: 'connection',
    target: { key: DJANGO_EMAIL_KEY },
    role: 'uses',
    mechanism: 'email',
    technology: 'SMTP',
    targetKind: 'saas',
    ...(runsIn ? { runsIn } : {}),
    ...(conditions.length > 0 ? { conditions } : {}),
    evidence,
    confidence: CONFIDENCE.resolved,
  };
}

function binding(path: string, key: string, value: string, evidence: BindingFact['evidence']): BindingFact {
  return { type: 'binding', scope: folderOf(path), key, value, evidence };
}

/** Names the file imports (`from .tasks import send_receipt`, `import shop.tasks as tasks`), as it uses them. */
function importedNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const statement of kids(root)) {
    if (statement.type !== 'import_from_statement' && statement.type !== 'import_statement') continue;
    const module = field(statement, 'module_name');
    for (const child of kids(statement)) {
      if (module !== undefined && child.id === module.id) continue;
      if (child.type === 'aliased_import') names.add(field(child, 'alias')?.text ?? '');
      else if (child.type === 'dotted_name') names.add(child.text.split('.')[0] as string);
    }
  }
  names.delete('');
  return names;
}

/** A decorator making a function a Celery task: `@shared_task`, `@app.task`, `@celery_app.task(bind=True)`. */
function isTaskDecorator(decorator: SyntaxNode, celery: boolean, rq = false): boolean {
  const expression = kids(decorator).find((child) => child.type !== '@');
  const callee = expression?.type === 'call' ? field(expression, 'function') : expression;
  const text = callee?.text ?? '';
  if (/(^|\.)shared_task$/.test(text)) return true;
  // RQ's `@job("default")` (django_rq.job, rq.decorators.job): its body runs in the RQ worker.
  if (rq && isRqJobDecorator(decorator)) return true;
  // `@app.task` where the file imports Celery's app (`from shop.celeryconf import app`) or names it so.
  return /\.task$/.test(text) && (celery || /^(?:app|celery|celery_app)\.task$/.test(text));
}

/** The file's Celery tasks, and the file's own functions they call. */
interface TaskCode {
  /** The tasks' names. */
  names: Set<string>;
  /** Lines run in the worker only: the tasks' bodies, and private helpers (`_render`) only they call. */
  ranges: [number, number][];
  /** Lines run in the worker and elsewhere: the file's public functions a task calls, which other code may too. */
  shared: [number, number][];
}

/**
 * The file's Celery task functions (their names and lines) and the file's module-level functions
 * they reach by calling them by name (`_send(…)` in a task's body, transitively). A private helper
 * (`_name`) called only by tasks and such helpers runs in the worker only; a public one a task
 * calls may be called from elsewhere too (a view imports it), so it runs in both. What tasks reach
 * in other files resolution follows (task-reach.ts), from the task names this file reports.
 */
function taskFunctions(root: SyntaxNode, celery: boolean, rq = false): TaskCode {
  const names = new Set<string>();
  const ranges: [number, number][] = [];
  const functions = new Map<string, { range: [number, number]; calls: Set<string> }>();
  const callsIn = (node: SyntaxNode): Set<string> =>
    new Set(
      node
        .descendantsOfType('call')
        .map((call) => call && field(call, 'function'))
        .filter((callee): callee is SyntaxNode => callee?.type === 'identifier')
        .map((callee) => callee.text),
    );
  const visit = (node: SyntaxNode, topLevel: boolean): void => {
    for (const child of kids(node)) {
      if (child.type === 'decorated_definition') {
        const definition = field(child, 'definition');
        if (definition?.type === 'function_definition' && kids(child).some((item) => item.type === 'decorator' && isTaskDecorator(item, celery, rq))) {
          const name = field(definition, 'name')?.text ?? '';
          names.add(name);
          ranges.push([lineOf(child), child.endPosition.row + 1]);
          functions.set(name, { range: [lineOf(child), child.endPosition.row + 1], calls: callsIn(definition) });
          continue;
        }
        if (definition?.type === 'function_definition' && topLevel) functions.set(field(definition, 'name')?.text ?? '', { range: [lineOf(child), child.endPosition.row + 1], calls: callsIn(definition) });
        else if (definition) visit(definition, false);
      } else if (child.type === 'function_definition' && topLevel) {
        functions.set(field(child, 'name')?.text ?? '', { range: [lineOf(child), child.endPosition.row + 1], calls: callsIn(child) });
      } else if (child.type === 'class_definition' || child.type === 'block' || child.type === 'if_statement') visit(child, false);
    }
  };
  visit(root, true);
  const shared: [number, number][] = [];
  if (names.size === 0) return { names, ranges, shared };
  // The helpers tasks reach, transitively.
  const reached = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    for (const callee of functions.get(pending.pop() as string)?.calls ?? []) {
      if (names.has(callee) || reached.has(callee) || !functions.has(callee)) continue;
      reached.add(callee);
      pending.push(callee);
    }
  }
  // Private helpers whose every caller in the file runs in the worker only.
  const workerOnly = new Set([...reached].filter((name) => name.startsWith('_')));
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of workerOnly) {
      const callers = [...functions].filter(([, code]) => code.calls.has(name)).map(([caller]) => caller);
      if (callers.every((caller) => names.has(caller) || workerOnly.has(caller))) continue;
      workerOnly.delete(name);
      changed = true;
    }
  }
  for (const name of reached) (workerOnly.has(name) ? ranges : shared).push((functions.get(name) as { range: [number, number] }).range);
  return { names, ranges, shared };
}

/** A module assigning Django's own settings at its top level. */
function isSettingsModule(root: SyntaxNode): boolean {
  return topLevelAssignments(root, []).some(({ name, attribute }) => attribute === undefined && SETTINGS_NAMES.has(name));
}

/** The connections a settings module states, made by every process loading it. */
function settingsFacts(root: SyntaxNode, model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): Fact[] {
  const facts: Fact[] = [];
  // `if GS_BUCKET_NAME:` on `GS_BUCKET_NAME = os.environ.get("GS_BUCKET_NAME")`: set or not, where deployed.
  const test = (node: SyntaxNode, negated: boolean): FactCondition | undefined => {
    let inner = node;
    let not = negated;
    if (inner.type === 'not_operator') {
      inner = field(inner, 'argument') ?? inner;
      not = !not;
    }
    if (inner.type !== 'identifier') return undefined;
    const value = firstOf(evaluator.value(inner));
    if (value.kind !== 'env') return undefined;
    const written = model.bindings.get(inner.text)?.[0];
    const call = written && 'type' in written && written.type === 'call' ? written : undefined;
    const noDefault = call !== undefined && kids(field(call, 'arguments') as SyntaxNode).filter((item) => item.type !== '(' && item.type !== ')' && item.type !== ',').length === 1;
    // `DEBUG = get_from_env("DEBUG", False, type_cast=str_to_bool)`: `false` is no more set than `0`.
    return { key: value.key, test: call !== undefined && readsBoolean(call) ? 'true' : 'set', ...(not ? { negated: true } : {}), ...(noDefault ? { unsetIsEmpty: true } : {}) };
  };
  const assignments = topLevelAssignments(root, [], test);
  const constants = new Map(assignments.filter((assignment) => !assignment.entry && !assignment.attribute).map((assignment) => [assignment.name, assignment]));
  /** The entries of a setting a dictionary assigns, or the one entry a subscript assigns. */
  const entriesOf = (assignment: Assignment): { key: string; value: SyntaxNode; at: SyntaxNode }[] =>
    assignment.entry ? [{ key: assignment.entry.key, value: assignment.value, at: assignment.entry.at }] : dictionaryEntries(assignment.value);
  // A backend sending no mail (`console`, `locmem`, `filebased`, `dummy`) set outright: EMAIL_HOST is only a leftover.
  const mailBackend = constants.get('EMAIL_BACKEND');
  const noMail = mailBackend !== undefined && mailBackend.conditions.length === 0 && /\.(?:console|locmem|filebased|dummy)\./.test(literalOf(mailBackend.value, evaluator) ?? '');
  const connection = (assignment: Assignment, at: SyntaxNode, fact: Omit<ConnectionFact, 'type' | 'evidence' | 'confidence' | 'runsIn'>, known: 'literal' | 'key' | 'none'): void => {
    facts.push({
      type: 'connection',
      ...fact,
      runsIn: 'every',
      ...(assignment.conditions.length > 0 ? { conditions: assignment.conditions } : {}),
      evidence: evidenceAt(lineOf(at)),
      confidence: known === 'literal' ? CONFIDENCE.literal : known === 'key' ? CONFIDENCE.resolved : CONFIDENCE.inferred,
    });
  };

  for (const assignment of assignments) {
    if (assignment.attribute) continue;
    if (assignment.name === 'DATABASES' || assignment.name === 'CACHES') {
      for (const entry of entriesOf(assignment)) {
        const reads = assignment.name === 'DATABASES' ? databasesOf(entry.value, model, evaluator) : [cacheOf(entry.value, model, evaluator)].flatMap((read) => (read ? [{ read, conditions: [] }] : []));
        for (const { read, conditions } of reads) {
          // An engine of a dictionary chosen by a setting (`DATABASE_ENGINES[DATABASE_TYPE]`) is used where the setting names it.
          const chosen = { ...assignment, conditions: [...assignment.conditions, ...conditions] };
          // A migration (`manage.py migrate`) connects to DATABASES alone.
          connection(chosen, entry.at, { target: read.target, role: 'uses', mechanism: 'database', ...(read.technology ? { technology: read.technology } : {}), targetKind: 'database', ...(assignment.name === 'DATABASES' ? { migrated: true } : {}) }, read.known);
        }
      }
      // The chosen setting's default (`os.getenv("DATABASE_TYPE", DatabaseTypes.MYSQL)`): what runs where nothing sets it.
      if (assignment.name === 'DATABASES') {
        for (const entry of entriesOf(assignment)) {
          const engine = entry.value.type === 'dictionary' ? dictionaryEntries(entry.value).find((item) => item.key === 'ENGINE')?.value : undefined;
          const setting = engine?.type === 'subscript' ? settingRead(field(engine, 'subscript'), model, evaluator) : undefined;
          if (setting?.fallback !== undefined) facts.push({ type: 'binding', scope: folderOf(path), key: setting.key, value: setting.fallback.text, fallback: true, evidence: evidenceAt(lineOf(setting.fallback.node)) });
        }
      }
    } else if (assignment.name === 'STORAGES' || assignment.name === 'DEFAULT_FILE_STORAGE') {
      const entry = assignment.name === 'STORAGES' ? entriesOf(assignment).find((item) => item.key === 'default') : { key: 'default', value: assignment.value, at: assignment.value };
      const backendNode = entry ? (assignment.name === 'STORAGES' ? (dictionaryEntries(entry.value).find((item) => item.key === 'BACKEND')?.value ?? entry.value) : entry.value) : undefined;
      const backend = literalOf(backendNode, evaluator);
      if (backend === undefined && backendNode && entry) {
        // A backend the deployment names (`'BACKEND': STORAGE_BACKEND`, read from the environment or a
        // run-time configuration module): a store's connection on the condition that it names one of
        // its backends, unset naming none. Made by the web process, which takes the uploads in.
        const chosen = firstOf(evaluator.value(backendNode));
        const key = chosen.kind === 'env' ? chosen.key : chosen.kind === 'ref' ? `code:${chosen.name}` : undefined;
        if (key === undefined) continue;
        const options = assignment.name === 'STORAGES' ? dictionaryEntries(entry.value).find((item) => item.key === 'OPTIONS')?.value : undefined;
        const endpoint = options ? storageEndpoint(options, evaluator) : undefined;
        for (const store of STORAGE_BACKENDS) {
          facts.push({
            type: 'connection',
            // An `endpoint_url` is an S3-compatible server's (MinIO); the other stores are the cloud's own.
            target: (store.technology === 'Amazon S3' ? endpoint : undefined) ?? {},
            role: 'uses',
            mechanism: 'file-transfer',
            technology: store.technology,
            targetKind: 'file-store',
            conditions: [...assignment.conditions, { key, test: { oneOf: [...store.backends] }, unsetIsEmpty: true }],
            evidence: evidenceAt(lineOf(entry.at)),
            confidence: endpoint && store.technology === 'Amazon S3' ? CONFIDENCE.resolved : CONFIDENCE.inferred,
          });
        }
        continue;
      }
      const store = backend !== undefined ? STORAGE_BACKENDS.find((candidate) => candidate.test.test(backend)) : undefined;
      if (!store || !entry) continue;
      // The bucket (`AWS_STORAGE_BUCKET_NAME`, literal or from the environment) is the channel; the store is the product.
      const buckets = [...constants.values()].filter((constant) => store.bucket.test(constant.name));
      const bucket = buckets.find((constant) => /STORAGE_BUCKET|^AZURE_CONTAINER$/.test(constant.name)) ?? buckets[0];
      const value = bucket ? firstOf(evaluator.value(bucket.value)) : undefined;
      const name = value?.kind === 'literal' ? value.text : value?.kind === 'env' ? `$ref:${value.key}` : undefined;
      connection(assignment, entry.at, { target: {}, role: 'uses', mechanism: 'file-transfer', technology: store.technology, ...(name ? { channel: name } : {}), targetKind: 'file-store' }, name ? 'key' : 'none');
    } else if (assignment.name === 'EMAIL_HOST' && !noMail) {
      const value = firstOf(evaluator.value(assignment.value));
      const bound = value.kind === 'literal' || value.kind === 'env' ? boundValue(value, true) : undefined;
      if (bound === undefined || readTarget(value, { bareHost: true }).known === 'none') continue;
      facts.push(binding(path, DJANGO_EMAIL_KEY, bound, evidenceAt(lineOf(assignment.value))));
      // `EMAIL_HOST = os.getenv("EMAIL_HOST")`, no default: Django sends to no server where nothing sets it.
      const unset: FactCondition[] = value.kind === 'env' && readsWithoutDefault(assignment.value) ? [{ key: value.key, test: 'set', unsetIsEmpty: true }] : [];
      facts.push(mailConnection(evidenceAt(lineOf(assignment.value)), 'every', [...assignment.conditions, ...unset]));
    } else if (assignment.value.type === 'call') {
      // `email_config = dj_email_url.parse(EMAIL_URL)`, `dj_email_url.config()`, django-environ's `env.email_url()`.
      const callee = field(assignment.value, 'function')?.text ?? '';
      const site = model.sites.find((candidate) => candidate.node.id === assignment.value.id);
      if (!site || !/(^|\.)(?:dj_email_url\.(?:parse|config)|email_url|email)$/.test(callee) || !callee.includes('.') || (callee.endsWith('.email') && callee.startsWith('dj_email_url'))) continue;
      // dj_email_url's `config(env=…)`, django-environ's `env.email_url("SMTP_URL")`; else the variable both read.
      const variable = literalOf(site.named.get('env') ?? site.named.get('var') ?? (callee.startsWith('dj_email_url') ? undefined : site.args[0]), evaluator);
      const value = site.args[0] && callee.endsWith('.parse') ? evaluator.valueAt(site, 0) : { kind: 'env' as const, key: variable ?? 'EMAIL_URL' };
      const bound = boundValue(value);
      if (bound === undefined) continue;
      facts.push(binding(path, DJANGO_EMAIL_KEY, bound, evidenceAt(site.line)));
      facts.push(mailConnection(evidenceAt(site.line), 'every', assignment.conditions));
    }
  }
  return facts;
}

/** A database a `DATABASES` entry reaches, under the conditions its engine is chosen on. */
interface DatabaseRead {
  read: ReturnType<typeof readTarget>;
  conditions: FactCondition[];
}

/**
 * The databases an entry of `DATABASES` reaches: a URL helper's call, or an ENGINE/HOST
 * dictionary, one per engine its ENGINE may name (engineChoices), each with that engine's server.
 */
export function databasesOf(node: SyntaxNode, model: FileModel, evaluator: Evaluator): DatabaseRead[] {
  if (node.type !== 'dictionary') {
    const read = urlHelper(node, model, evaluator, /(^|\.)(?:dj_database_url\.(?:config|parse)|db_url|db)$/, 'DATABASE_URL');
    if (read) return [{ read, conditions: [] }];
    // `'default': DATABASE` with `DATABASE = getattr(configuration, "DATABASE")` of a configuration
    // module loaded at run time (python-runtime-config.ts): that module's dictionary's HOST entry.
    const configured = runtimeConfigName(node);
    return configured !== undefined ? [{ read: { target: { key: `code:${configured}[HOST]` }, known: 'key' }, conditions: [] }] : [];
  }
  const entries = new Map(dictionaryEntries(node).map((entry) => [entry.key, entry.value]));
  const host = entries.get('HOST');
  if (!host) return [];
  const port = entries.get('PORT');
  const read = readTarget(evaluator.value(host), { bareHost: true, ...(port ? { port: evaluator.value(port) } : {}) });
  if (read.known === 'none') return [];
  return engineChoices(entries.get('ENGINE'), model, evaluator).flatMap(({ engine, conditions }) => {
    const technology = ENGINES.find(([test]) => test.test(engine))?.[1];
    return technology ? [{ read: { ...read, technology }, conditions }] : [];
  });
}

/** One engine an ENGINE may name, and the conditions naming it. */
interface EngineChoice {
  engine: string;
  conditions: FactCondition[];
}

/**
 * The engines an ENGINE names: its literal, or the entries of a dictionary of engines indexed by a
 * setting (`DATABASE_ENGINES[DATABASE_TYPE]`, `DATABASE_TYPE = os.getenv("DATABASE_TYPE",
 * DatabaseTypes.MYSQL).lower()`), each on the condition that the setting names its key (the
 * deployment's value chooses one; the read's default is bound by the caller). A literal index
 * picks its entry.
 */
export function engineChoices(node: SyntaxNode | undefined, model: FileModel, evaluator: Evaluator): EngineChoice[] {
  if (node?.type === 'subscript') {
    const table = engineTable(field(node, 'value'), model, evaluator);
    const index = field(node, 'subscript');
    if (table && index) {
      const picked = literalOf(index, evaluator);
      if (picked !== undefined) return table.filter((entry) => entry.key === picked).map(({ engine }) => ({ engine, conditions: [] }));
      const setting = settingRead(index, model, evaluator);
      if (setting) return table.map(({ key, engine }) => ({ engine, conditions: [{ key: setting.key, test: { equals: key }, ...(setting.caseless ? { caseless: true } : {}) }] }));
    }
  }
  const engine = literalOf(node, evaluator);
  return engine !== undefined ? [{ engine, conditions: [] }] : [];
}

/** A dictionary of engines by name (`DATABASE_ENGINES = {DatabaseTypes.MYSQL: "django.db.backends.mysql", …}`): its literal entries. */
function engineTable(node: SyntaxNode | undefined, model: FileModel, evaluator: Evaluator): { key: string; engine: string }[] | undefined {
  const bound = node?.type === 'identifier' ? (model.bindings.get(node.text) ?? []) : [];
  const table = node?.type === 'dictionary' ? node : bound.length === 1 && isNode(bound[0] as Binding) && (bound[0] as SyntaxNode).type === 'dictionary' ? (bound[0] as SyntaxNode) : undefined;
  if (!table) return undefined;
  const entries = kids(table)
    .filter((pair) => pair.type === 'pair')
    .map((pair) => ({ key: literalOf(field(pair, 'key'), evaluator), engine: literalOf(field(pair, 'value'), evaluator) }))
    .filter((entry): entry is { key: string; engine: string } => entry.key !== undefined && entry.engine !== undefined);
  return entries.length > 0 ? entries : undefined;
}

/** Python's string methods tidying a setting before it is used (`.lower()` compares it ignoring case). */
const TIDYING = new Map([['lower', true], ['casefold', true], ['strip', false]]);

/**
 * The setting an index reads, followed through the file's names and tidying methods
 * (`os.getenv("DATABASE_TYPE", "mysql").lower()`), with its literal default.
 */
function settingRead(node: SyntaxNode | undefined, model: FileModel, evaluator: Evaluator, depth = 0): { key: string; caseless: boolean; fallback?: { text: string; node: SyntaxNode } } | undefined {
  if (!node || depth > 6) return undefined;
  if (node.type === 'identifier') {
    const bound = model.bindings.get(node.text) ?? [];
    const only = bound.length === 1 ? bound[0] : undefined;
    if (only !== undefined && isNode(only) && only.id !== node.id) return settingRead(only, model, evaluator, depth + 1);
  }
  if (node.type === 'call') {
    const callee = field(node, 'function');
    const method = callee?.type === 'attribute' ? field(callee, 'attribute')?.text : undefined;
    const args = kids(field(node, 'arguments') ?? node).filter((item) => item.type !== '(' && item.type !== ')' && item.type !== ',' && item.type !== 'comment');
    if (method !== undefined && TIDYING.has(method) && args.length === 0) {
      const inner = settingRead(field(callee as SyntaxNode, 'object'), model, evaluator, depth + 1);
      return inner ? { ...inner, caseless: inner.caseless || TIDYING.get(method) === true } : undefined;
    }
  }
  const value = firstOf(evaluator.value(node));
  if (value.kind !== 'env') return undefined;
  const written = evaluator.envReadDefault(node);
  const fallback = written ? literalOf(written, evaluator) : undefined;
  return { key: value.key, caseless: false, ...(written && fallback !== undefined ? { fallback: { text: fallback, node: written } } : {}) };
}

/** A cache entry of `CACHES`: a Redis or Memcached backend's LOCATION, or `django_cache_url`. */
function cacheOf(node: SyntaxNode, model: FileModel, evaluator: Evaluator): ReturnType<typeof readTarget> | undefined {
  if (node.type !== 'dictionary') return urlHelper(node, model, evaluator, /(^|\.)(?:django_cache_url\.(?:config|parse)|cache_url|cache)$/, 'CACHE_URL');
  const entries = new Map(dictionaryEntries(node).map((entry) => [entry.key, entry.value]));
  const backend = literalOf(entries.get('BACKEND'), evaluator) ?? '';
  if (LOCAL_CACHE_BACKENDS.test(backend)) return undefined;
  const technology = CACHE_BACKENDS.find(([test]) => test.test(backend))?.[1];
  const location = entries.get('LOCATION');
  if (!technology || !location) return undefined;
  const read = readTarget(evaluator.value(location), { bareHost: true });
  return read.known === 'none' ? undefined : { ...read, technology: read.technology ?? technology };
}

/**
 * A URL helper's call (`dj_database_url.config(default=…)` on `DATABASE_URL` or its `env=`,
 * `dj_database_url.parse(url)`, django-environ's `env.db("DATABASE_URL")`): the URL, or the variable holding it.
 */
function urlHelper(node: SyntaxNode, model: FileModel, evaluator: Evaluator, helper: RegExp, variable: string): ReturnType<typeof readTarget> | undefined {
  if (node.type !== 'call') return undefined;
  const callee = field(node, 'function')?.text ?? '';
  const site = model.sites.find((candidate) => candidate.node.id === node.id);
  if (!site || !helper.test(callee) || !callee.includes('.')) return undefined;
  let read: ReturnType<typeof readTarget>;
  if (callee.endsWith('.parse')) read = site.args[0] ? readTarget(evaluator.valueAt(site, 0)) : { target: {}, known: 'none' };
  else {
    // `.config(env="PRIMARY_DB")`, django-environ's `env.db("PRIMARY_DB")`; else the helper's own variable.
    const named = literalOf(site.named.get('env') ?? site.named.get('var') ?? (callee.endsWith('.config') ? undefined : site.args[0]), evaluator);
    read = { target: { key: named ?? variable }, known: 'key' };
  }
  return read.known === 'none' ? undefined : read;
}

/**
 * Whether an env read gives a boolean: a `True`/`False` default, a cast to one (`type_cast=str_to_bool`,
 * `cast=bool`), or a reader of booleans (`env.bool("DEBUG")`, `get_bool_from_env("DEBUG")`).
 */
export function readsBoolean(call: SyntaxNode): boolean {
  if (/bool/i.test(field(call, 'function')?.text ?? '')) return true;
  return kids(field(call, 'arguments') ?? call).some((argument) => {
    if (argument.type === 'true' || argument.type === 'false') return true;
    const name = argument.type === 'keyword_argument' ? field(argument, 'name')?.text : undefined;
    const value = argument.type === 'keyword_argument' ? field(argument, 'value') : undefined;
    if (!name || !value) return false;
    return (/^(?:type_cast|cast|type)$/.test(name) && /bool/i.test(value.text)) || (name === 'default' && (value.type === 'true' || value.type === 'false'));
  });
}

/** Whether a value is an env read given no default (`os.getenv("EMAIL_HOST")`, `os.environ.get("EMAIL_HOST")`): one argument. */
function readsWithoutDefault(node: SyntaxNode): boolean {
  if (node.type !== 'call') return false;
  const args = kids(field(node, 'arguments') ?? node).filter((item) => item.type !== '(' && item.type !== ')' && item.type !== ',' && item.type !== 'comment');
  return args.length === 1 && args[0]?.type !== 'keyword_argument';
}

/** The entries of a dictionary literal, by their literal keys. */
function dictionaryEntries(node: SyntaxNode): { key: string; value: SyntaxNode; at: SyntaxNode }[] {
  if (node.type !== 'dictionary') return [];
  return kids(node)
    .filter((pair) => pair.type === 'pair')
    .map((pair) => ({ key: field(pair, 'key'), value: field(pair, 'value'), at: pair }))
    .filter((entry): entry is { key: SyntaxNode; value: SyntaxNode; at: SyntaxNode } => entry.key?.type === 'string' && entry.value !== undefined)
    .map((entry) => ({ key: unquote(entry.key.text), value: entry.value, at: entry.at }));
}

/** A node's literal text, followed through the file's names. */
function literalOf(node: SyntaxNode | undefined, evaluator: Evaluator): string | undefined {
  if (!node) return undefined;
  const value = firstOf(evaluator.value(node));
  return value.kind === 'literal' ? value.text : undefined;
}

/**
 * The broker a function of the file assigns its Celery app (`def configure(): app.conf.broker_url =
 * settings.CELERY_BROKER_URL`): the value as followed, else the setting a settings module's
 * attribute names (`$ref:CELERY_BROKER_URL`, which the deployment or the settings module binds).
 */
function functionBrokers(root: SyntaxNode, evaluator: Evaluator): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment ? field(assignment, 'left') : undefined;
    const right = assignment ? field(assignment, 'right') : undefined;
    if (!assignment || !left || !right || left.type !== 'attribute' || !/(^|\.)conf\.(?:broker_url|BROKER_URL)$/.test(left.text)) continue;
    let inFunction = false;
    for (let up = assignment.parent; up && !inFunction; up = up.parent) inFunction = up.type === 'function_definition';
    if (!inFunction) continue;
    const setting = right.type === 'attribute' ? field(right, 'attribute')?.text : undefined;
    const value = boundValue(evaluator.value(right)) ?? (setting !== undefined && /^[A-Z][A-Z0-9_]*$/.test(setting) ? `$ref:${setting}` : undefined);
    if (value !== undefined) found.push({ value, line: lineOf(right) });
  }
  return found;
}
